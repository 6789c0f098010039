import Foundation
import VeilCore
import VeilDetection
import VeilIO
import VeilRules

/// `veil gate`: decides whether a folder written by `veil run` may be published.
///
/// It trusts nothing it did not check itself:
/// 1. **Integrity**: `manifest.json` exists and parses; every file it lists exists with the
///    listed size, SHA-256 and record count; no file under `data/` or `quarantine/` is unlisted.
/// 2. **Residual PII**: every text field of every record is scanned again with the policy's
///    recognizers and thresholds (by default the run's own). A finding is a leak unless it is
///    Veil's own output: inside a tag of a known type (`<PERSON>`, `<EMAIL_ADDRESS_2>`), a value in
///    a range reserved for documentation or fiction (`ReservedValues`: example.com emails and
///    URLs, 555-01xx and other fictional phone numbers, documentation IP addresses, test card
///    numbers), or of a type the policy allows.
/// 3. **k-anonymity**: classes of released quasi-identifier values, counted from the data itself,
///    have at least k records (records whose quasi-identifiers are all `*` are suppressed, within
///    the run's suppression limit), and at least l distinct sensitive values when l is required.
/// 4. **Quarantine**: the quarantine file's records are within the limit.
///
/// Anything it cannot verify makes the verdict `notCleared` (a problem with the dataset) or
/// `undecided` (a problem with the gate's own inputs), never `cleared`.
public struct Gate: Sendable {
  /// The policy.
  public var policy: GatePolicy

  /// Creates a gate.
  public init(policy: GatePolicy = GatePolicy()) { self.policy = policy }

  /// Checks `directory`.
  ///
  /// - Parameter directory: The output folder of `veil run`, as the user named it.
  /// - Returns: The verdict, with every problem and finding.
  public func check(_ directory: String) -> GateResult {
    var result = GateResult(directory: directory)
    check(directory, into: &result)
    result.decide()
    return result
  }

  private func check(_ directory: String, into result: inout GateResult) {
    let root = URL(fileURLWithPath: directory)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      result.problems.append(.init(check: .setup, rule: "no-directory", message: "\(directory): no such folder", decisive: false))
      return
    }
    guard FileManager.default.isReadableFile(atPath: root.path), FileManager.default.isExecutableFile(atPath: root.path),
      let files = Self.listFiles(root)
    else {
      result.problems.append(.init(check: .setup, rule: "unreadable-directory", message: "\(directory): cannot read the folder", decisive: false))
      return
    }
    guard let manifest = readManifest(root, into: &result) else { return }
    checkIntegrity(manifest, files: files, root: root, into: &result)
    checkQuarantine(manifest, root: root, into: &result)
    scan(manifest, root: root, into: &result)
  }

  // MARK: Integrity

  /// Every regular file under `root`, relative, with `/` separators; nil when the folder cannot be listed.
  static func listFiles(_ root: URL) -> [String]? {
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return nil }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
      if (enumerator.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory { files.append(path) }
    }
    return files.sorted()
  }

  private func readManifest(_ root: URL, into result: inout GateResult) -> DatasetManifest? {
    let url = root.appendingPathComponent("manifest.json")
    guard FileManager.default.fileExists(atPath: url.path) else {
      result.problems.append(.init(
        check: .integrity, rule: "missing-manifest", file: "manifest.json",
        message: "manifest.json is missing: the run did not finish, or this folder was not written by veil run"))
      return nil
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      result.problems.append(.init(check: .setup, rule: "unreadable-manifest", file: "manifest.json", message: "cannot read manifest.json", decisive: false))
      return nil
    }
    let manifest: DatasetManifest
    do {
      manifest = try DatasetManifest.decode(data)
    } catch {
      result.problems.append(.init(
        check: .integrity, rule: "malformed-manifest", file: "manifest.json",
        message: "manifest.json is not a valid manifest: \(Self.describe(error))"))
      return nil
    }
    guard manifest.format == DatasetManifest.currentFormat else {
      result.problems.append(.init(
        check: .setup, rule: "unsupported-manifest", file: "manifest.json",
        message: "manifest format '\(manifest.format)' is not one Veil \(veilVersion) reads (\(DatasetManifest.currentFormat))",
        decisive: false))
      return nil
    }
    for entry in manifest.data + manifest.files where !Self.isSafe(entry.path) {
      result.problems.append(.init(
        check: .integrity, rule: "path-outside", file: "manifest.json",
        message: "the manifest lists '\(entry.path)', which is not a plain path inside the folder"))
      return nil
    }
    return manifest
  }

  /// A relative path without `..`, `.` or empty components.
  static func isSafe(_ path: String) -> Bool {
    !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == ".." || $0 == "." }
  }

  private func checkIntegrity(_ manifest: DatasetManifest, files: [String], root: URL, into result: inout GateResult) {
    result.passed[GateCheckName.integrity.rawValue] = true
    let listed = Set((manifest.data + manifest.files).map(\.path) + ["manifest.json"])
    for file in files where !listed.contains(file) && (file.hasPrefix("data/") || file.hasPrefix("quarantine/")) {
      result.problems.append(.init(
        check: .integrity, rule: "unlisted-file", file: file,
        message: "\(file) is not listed in the manifest (added after the run, or left by an unfinished one)"))
    }
    if manifest.data.isEmpty {
      result.problems.append(.init(check: .integrity, rule: "no-data", file: "manifest.json", message: "the manifest lists no data files"))
    }
    for entry in manifest.data + manifest.files {
      let path = root.appendingPathComponent(entry.path).path
      guard FileManager.default.fileExists(atPath: path) else {
        result.problems.append(.init(check: .integrity, rule: "missing-file", file: entry.path, message: "\(entry.path) is listed in the manifest but missing"))
        continue
      }
      let digest: (sha256: String, bytes: Int)
      do {
        digest = try StreamDigest.file(path)
      } catch {
        result.problems.append(.init(check: .setup, rule: "unreadable-file", file: entry.path, message: "cannot read \(entry.path): \(error.reason)", decisive: false))
        continue
      }
      if digest.bytes != entry.bytes {
        result.problems.append(.init(
          check: .integrity, rule: "size-mismatch", file: entry.path,
          message: "\(entry.path) has \(digest.bytes) bytes, the manifest says \(entry.bytes) (changed or truncated since the run)"))
      } else if digest.sha256 != entry.sha256 {
        result.problems.append(.init(
          check: .integrity, rule: "hash-mismatch", file: entry.path,
          message: "\(entry.path) does not match its SHA-256 in the manifest (changed since the run)"))
      }
    }
    let written = manifest.data.reduce(0) { $0 + ($1.records ?? 0) }
    if written != manifest.records.written {
      result.problems.append(.init(
        check: .integrity, rule: "count-mismatch", file: "manifest.json",
        message: "the manifest's data files hold \(written) records, but it says \(manifest.records.written) were written"))
    }
  }

  // MARK: Quarantine

  private func checkQuarantine(_ manifest: DatasetManifest, root: URL, into result: inout GateResult) {
    result.passed[GateCheckName.quarantine.rawValue] = true
    let limit = policy.maxQuarantine ?? manifest.quarantine.limit
    result.quarantineLimit = limit
    var quarantined = manifest.quarantine.records
    if let entry = manifest.files.first(where: { $0.path.hasPrefix("quarantine/") }),
      let data = FileManager.default.contents(atPath: root.appendingPathComponent(entry.path).path)
    {
      let lines = data.split(separator: UInt8(ascii: "\n")).count
      if lines != manifest.quarantine.records {
        result.problems.append(.init(
          check: .quarantine, rule: "count-mismatch", file: entry.path,
          message: "\(entry.path) holds \(lines) entries, the manifest says \(manifest.quarantine.records)"))
      }
      quarantined = max(quarantined, lines)
    }
    result.quarantined = quarantined
    if quarantined > limit {
      result.problems.append(.init(
        check: .quarantine, rule: "quarantine-over-limit", file: "quarantine/quarantine.jsonl",
        message: "\(quarantined == 1 ? "1 record was" : "\(quarantined) records were") quarantined; the limit is \(limit)"))
    }
  }

  // MARK: Scan

  private func kRequirement(_ manifest: DatasetManifest, into result: inout GateResult) -> KRequirement? {
    if let kanon = manifest.kAnonymity {
      let sensitive = kanon.sensitive ?? policy.sensitive
      let l = policy.l ?? kanon.lDiversity
      if l != nil && sensitive == nil {
        result.problems.append(.init(check: .setup, rule: "no-sensitive-field", message: "l = \(l ?? 0) is required but no sensitive field is named", decisive: false))
        return nil
      }
      return KRequirement(
        k: policy.k ?? kanon.k, l: l, fields: kanon.quasiIdentifiers, sensitive: sensitive,
        suppressionLimit: kanon.suppressionLimit, suppressionMarksClass: !kanon.dropSuppressed)
    }
    guard policy.k != nil || policy.l != nil else { return nil }
    guard let fields = policy.quasiIdentifiers, !fields.isEmpty else {
      result.problems.append(.init(
        check: .setup, rule: "no-quasi-identifiers",
        message: "the policy asks for k or l, but neither the manifest nor the policy names quasi-identifiers", decisive: false))
      return nil
    }
    return KRequirement(
      k: policy.k ?? 1, l: policy.l, fields: fields, sensitive: policy.sensitive, suppressionLimit: 0, suppressionMarksClass: false)
  }

  /// The engine that re-scans: the run's detection settings, tightened by the policy.
  private func makeEngine(_ manifest: DatasetManifest) throws -> Engine {
    var configuration = Configuration()
    configuration.textFields = policy.textFields ?? manifest.detection.textFields
    configuration.threshold = policy.minScore ?? manifest.detection.threshold
    if policy.minScore == nil {
      for (name, value) in manifest.detection.thresholds { configuration.thresholds[EntityType(name)] = value }
    }
    for (entity, value) in policy.thresholds { configuration.thresholds[entity] = value }
    configuration.strategy = ConflictStrategy(rawValue: manifest.detection.strategy) ?? .preferLongest
    // A record the run could read, the gate can read too.
    configuration.maxFindingsPerRecord = manifest.detection.maxFindingsPerRecord ?? configuration.maxFindingsPerRecord
    configuration.ruleDirectories = policy.ruleDirectories
    let selection: RecognizerSelection
    switch policy.recognizers {
    case .run: selection = .only(manifest.detection.recognizers.map { RecognizerID($0) })
    case .defaults: selection = .defaults
    case .all: selection = .all
    case .only(let ids): selection = .only(ids)
    }
    return try Engine(configuration: configuration, selection: selection, rewrites: false)
  }

  private func scan(_ manifest: DatasetManifest, root: URL, into result: inout GateResult) {
    let requirement = kRequirement(manifest, into: &result)
    let engine: Engine
    let decoder: RecordDecoder
    do {
      engine = try makeEngine(manifest)
      let valuePaths = (requirement?.fields ?? []) + (requirement?.sensitive.map { [$0] } ?? [])
      decoder = RecordDecoder(
        textFields: try engine.configuration.textFields.map { (path) throws(TextFieldPath.ParseError) in try TextFieldPath(path) },
        valueFields: try valuePaths.map { (path) throws(TextFieldPath.ParseError) in try TextFieldPath(path) },
        // What the run wrote, it read: no limit here (as for the line length).
        maxTexts: .max)
    } catch {
      result.problems.append(.init(check: .setup, rule: "cannot-scan", message: "cannot set up the scan: \(Self.describe(error))", decisive: false))
      return
    }
    result.passed[GateCheckName.residualPII.rawValue] = true
    let tagNames = Set(engine.catalog.entries.flatMap { $0.recognizer.entities.map(\.rawValue) } + manifest.operators.keys)
    var classes = ClassTally(requirement: requirement)
    let reader = InputReader(maxLineBytes: 1 << 34)
    // The same parallel pipeline as a run: chunks of lines, analyzed in batches on every core,
    // handed back in file order so that findings and problems come out as one thread would.
    let detector = engine.detector
    let pipeline = RecordPipeline<AnalyzedRecord>(
      jobs: max(1, ProcessInfo.processInfo.activeProcessorCount), reader: reader, decoder: decoder,
      work: { records in detector.analyze(records).map { $0.mapError { $0 as any Error } } })
    for entry in manifest.data {
      let path = root.appendingPathComponent(entry.path).path
      guard FileManager.default.fileExists(atPath: path) else { continue }  // reported by the integrity check
      result.files += 1
      var lines = 0
      var unreadable = false
      do {
        try pipeline.run([path]) { processed in
          lines += processed.chunk.lines.count
          for event in processed.events {
            switch event {
            case .quarantined(let failure) where failure.kind == .invalidUTF8 || failure.kind == .lineTooLong:
              result.problems.append(.init(
                check: .integrity, rule: "malformed-record", file: entry.path, line: failure.line,
                message: "not a valid record: \(failure.reason)"))
            case .quarantined(let failure):
              result.problems.append(.init(
                check: .integrity, rule: "unscannable-record", file: entry.path, line: failure.line,
                message: "cannot be checked: \(failure.reason)"))
            case .output(let analyzed):
              check(analyzed, file: entry.path, tagNames: tagNames, classes: &classes, into: &result)
            }
          }
          if let failure = processed.chunk.inputError {
            unreadable = true
            let truncated = failure.kind == .truncatedInput
            result.problems.append(.init(
              check: truncated ? .integrity : .setup, rule: truncated ? "truncated-file" : "unreadable-file", file: entry.path,
              message: "\(entry.path): \(failure.reason)", decisive: truncated))
          }
        }
      } catch {
        result.problems.append(.init(check: .setup, rule: "unreadable-file", file: entry.path, message: "\(entry.path): \(error)", decisive: false))
        continue
      }
      if unreadable { continue }
      if let expected = entry.records, expected != lines {
        result.problems.append(.init(
          check: .integrity, rule: "count-mismatch", file: entry.path,
          message: "\(entry.path) holds \(lines) records, the manifest says \(expected)"))
      }
    }
    if let requirement {
      result.passed[GateCheckName.kAnonymity.rawValue] = true
      let (measured, problems) = classes.verdict(requirement)
      result.kAnonymity = measured
      result.problems += problems
    }
  }

  /// Checks one analyzed record of data file `file`: its findings (tags, reserved values and
  /// allowed types excused) and its quasi-identifiers.
  private func check(
    _ analyzed: AnalyzedRecord, file: String, tagNames: Set<String>, classes: inout ClassTally, into result: inout GateResult
  ) {
    let record = analyzed.record
    result.records += 1
    result.textUnits += record.units.count
    for (unit, findings) in zip(record.units, analyzed.findings) where !findings.isEmpty {
      let tags = Self.tagSpans(unit.utf8, names: tagNames)
      for finding in findings {
        let text = String(decoding: unit.utf8[finding.range], as: UTF8.self)
        if tags.contains(where: { $0.lowerBound <= finding.range.lowerBound && finding.range.upperBound <= $0.upperBound }) {
          result.excused["tag", default: 0] += 1
        } else if ReservedValues.contains(text, as: finding.entity) {
          result.excused["reserved", default: 0] += 1
        } else if policy.allow.contains(finding.entity) {
          result.excused["allowed", default: 0] += 1
        } else {
          result.findingsTotal += 1
          guard result.findings.count < GateResult.findingLimit else { continue }
          result.findings.append(GateFinding(
            file: file, line: record.location.line, field: unit.path, entity: finding.entity.rawValue,
            recognizer: finding.explanation.recognizer.rawValue, score: rounded(finding.score), masked: Self.mask(text)))
        }
      }
    }
    if let problem = classes.add(record, file: file) { result.problems.append(problem) }
  }

  /// Byte ranges of Veil tags (`<TYPE>`, `<TYPE_n>`) of known types in `text`.
  static func tagSpans(_ text: [UInt8], names: Set<String>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var index = 0
    while index < text.count {
      guard text[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      var end = index + 1
      while end < text.count, (text[end] &- 0x41 < 26) || (text[end] &- 0x30 < 10) || text[end] == UInt8(ascii: "_") { end += 1 }
      if end < text.count, text[end] == UInt8(ascii: ">"), end > index + 1 {
        var name = String(decoding: text[(index + 1)..<end], as: UTF8.self)
        if !names.contains(name), let underscore = name.lastIndex(of: "_"), name[name.index(after: underscore)...].allSatisfy(\.isNumber) {
          name = String(name[..<underscore])
        }
        if names.contains(name) {
          spans.append(index..<(end + 1))
          index = end + 1
          continue
        }
      }
      index += 1
    }
    return spans
  }

  /// `text` with every letter and digit replaced by `*` (at most 64 characters shown).
  static func mask(_ text: String) -> String {
    var masked = String(text.prefix(64).map { $0.isLetter || $0.isNumber ? "*" : $0 })
    if text.count > 64 { masked += "…" }
    return masked
  }

  /// A decoding or setup error in one line.
  static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      return "no '\(Self.path(context.codingPath + [key]))'"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "'\(Self.path(context.codingPath))' has the wrong type"
    case DecodingError.dataCorrupted(let context):
      return context.codingPath.isEmpty ? "not JSON" : "'\(Self.path(context.codingPath))' is invalid"
    default:
      return "\(error)"
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { key in
      key.intValue.map { "[\($0)]" } ?? key.stringValue.reduce(into: "") { result, character in
        if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
      }
    }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
  }
}

/// The k-anonymity requirement the gate checks.
private struct KRequirement {
  var k: Int
  var l: Int?
  var fields: [String]
  var sensitive: String?
  var suppressionLimit: Double
  /// Whether all-`*` records are suppressed ones (else they were dropped, and `*` is an ordinary value).
  var suppressionMarksClass: Bool
}

/// Equivalence classes of released quasi-identifier values, counted from the data.
private struct ClassTally {
  struct Class {
    var size = 0
    var sensitive: Set<String> = []
    var file: String
    var line: Int
  }

  let fields: Int
  let tracksSensitive: Bool
  var classes: [[String]: Class] = [:]
  var records = 0

  init(requirement: KRequirement?) {
    fields = requirement?.fields.count ?? 0
    tracksSensitive = requirement?.l != nil && requirement?.sensitive != nil
  }

  /// Adds one record; a problem when a quasi-identifier is missing.
  mutating func add(_ record: Record, file: String) -> GateProblem? {
    guard fields > 0 else { return nil }
    var key: [String] = []
    key.reserveCapacity(fields)
    for index in 0..<fields {
      guard index < record.values.count, let value = record.values[index] else {
        return GateProblem(
          check: .kAnonymity, rule: "missing-quasi-identifier", file: file, line: record.location.line,
          message: "the record lacks quasi-identifier \(index + 1) of \(fields), so its class cannot be checked")
      }
      key.append(value.text)
    }
    records += 1
    classes[key, default: Class(file: file, line: record.location.line)].size += 1
    if tracksSensitive {
      let sensitive = record.values.count > fields ? record.values[fields]?.text ?? "" : ""
      classes[key]?.sensitive.insert(sensitive)
    }
    return nil
  }

  /// What was measured, and the problems with it. Problems name a record of the class, never its values.
  func verdict(_ requirement: KRequirement) -> (GateKAnonymity, [GateProblem]) {
    let suppressedKey = Array(repeating: "*", count: fields)
    var suppressed = 0
    var released: [Class] = []
    for (key, value) in classes {
      if requirement.suppressionMarksClass && key == suppressedKey { suppressed += value.size } else { released.append(value) }
    }
    released.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    let distinct = requirement.l != nil ? released.map(\.sensitive.count).min() : nil
    let measured = GateKAnonymity(
      k: requirement.k, l: requirement.l, records: records, classes: released.count, minClassSize: released.map(\.size).min() ?? 0,
      minDistinctSensitive: distinct, suppressed: suppressed, classSizeHistogram: ClassSizeBucket.histogram(released.map(\.size)))
    var problems: [GateProblem] = []
    /// The first 20 failing classes by location, then one line counting the rest.
    func list(_ failing: [Class], rule: String, message: (Class) -> String, rest: (Int) -> String) {
      for value in failing.prefix(20) {
        problems.append(.init(check: .kAnonymity, rule: rule, file: value.file, line: value.line, message: message(value)))
      }
      if failing.count > 20 { problems.append(.init(check: .kAnonymity, rule: rule, message: rest(failing.count - 20))) }
    }
    list(
      released.filter { $0.size < requirement.k }, rule: "class-below-k",
      message: { "this record's quasi-identifiers are shared by \($0.size) record(s), fewer than k = \(requirement.k)" },
      rest: { "\($0) more classes are smaller than k = \(requirement.k)" })
    if let l = requirement.l {
      list(
        released.filter { $0.sensitive.count < l }, rule: "class-below-l",
        message: { "this record's class has \($0.sensitive.count) distinct sensitive value(s), fewer than l = \(l)" },
        rest: { "\($0) more classes have fewer than l = \(l) distinct sensitive values" })
    }
    if Double(suppressed) > requirement.suppressionLimit * Double(records) + 1e-9 {
      problems.append(.init(
        check: .kAnonymity, rule: "suppression-over-limit",
        message: "\(suppressed) of \(records) records are suppressed, more than the limit of \(requirement.suppressionLimit * 100)%"))
    }
    return (measured, problems)
  }
}
