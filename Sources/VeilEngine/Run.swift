import Foundation
import VeilCore
import VeilIO

/// Where and how `run` writes its dataset.
public struct RunOutput: Sendable {
  /// The output folder.
  public var directory: URL
  /// Whether data files are gzip-compressed.
  public var compress: Bool
  /// Whether an existing, non-empty folder may be replaced.
  public var overwrite: Bool
  /// The most (uncompressed) bytes per data shard; a longer record gets a shard of its own.
  public var shardSize: Int
  /// Worker threads; the output is byte-identical for any number.
  public var jobs: Int

  /// Creates output settings.
  public init(
    directory: URL, compress: Bool = false, overwrite: Bool = false, shardSize: Int = RunOutput.defaultShardSize,
    jobs: Int = 1
  ) {
    self.directory = directory
    self.compress = compress
    self.overwrite = overwrite
    self.shardSize = shardSize
    self.jobs = max(1, jobs)
  }

  /// 500 MB.
  public static let defaultShardSize = 500_000_000
}

/// What the workers hand the ordered writer for one record.
private enum RunItem: Sendable {
  /// Rewritten, ready to write.
  case rewritten(RewrittenRecord)
  /// Detected only: rewritten in order by the writer (a vault run).
  case analyzed(AnalyzedRecord)
  /// Its k-anonymity class was suppressed with `drop_suppressed`.
  case dropped
}

extension Engine {
  /// Anonymizes `inputs` into `output`: `data/` shards, `quarantine/`, `report.json`,
  /// `report.html`, `README.md` (a dataset card) and, last, `manifest.json`.
  ///
  /// Nothing unprocessed reaches `data/`: a record is written only after every text
  /// unit was searched and rewritten. Failures go to `quarantine/quarantine.jsonl`
  /// with their location and reason, never their text. Every file is written under a
  /// temporary name and renamed; a run that stops early leaves no manifest.
  /// - Parameters:
  ///   - inputs: Files, `-` for standard input.
  ///   - output: Where to write.
  ///   - maxQuarantine: Overrides the configuration's quarantine limit.
  ///   - quarantine: Told about each failure as it happens (for the terminal).
  ///   - progress: Told every few hundred records how far the run has come.
  /// - Returns: The report that was written.
  /// - Throws: `OutputError` when the output cannot be written, `EngineSetupError` for a non-empty folder.
  public func run(
    _ inputs: [String], into output: RunOutput, maxQuarantine: Int? = nil,
    quarantine notify: (QuarantineEntry) -> Void = { _ in }, progress: @escaping (RunProgress) -> Void = { _ in }
  ) throws -> RunReport {
    let started = DispatchTime.now()
    let fileManager = FileManager.default
    let root = output.directory
    if let existing = try? fileManager.contentsOfDirectory(atPath: root.path), !existing.isEmpty, !output.overwrite {
      throw EngineSetupError("\(root.relativePath) is not empty; pass --overwrite to replace what is there")
    }
    // k-anonymity needs two passes; standard input is kept in a temporary file for the second.
    var inputs = inputs
    var bufferedInput: URL?
    if configuration.kAnonymity != nil, inputs.contains("-") {
      let buffer = FileManager.default.temporaryDirectory.appendingPathComponent("veil-stdin-\(UUID().uuidString).jsonl")
      do {
        try FileHandle.standardInput.readDataToEndOfFile().write(to: buffer)
      } catch {
        throw OutputError(path: buffer.path, reason: "cannot buffer standard input: \(error.localizedDescription)")
      }
      bufferedInput = buffer
      inputs = inputs.map { $0 == "-" ? buffer.path : $0 }
    }
    defer { if let bufferedInput { try? FileManager.default.removeItem(at: bufferedInput) } }
    // Planned before anything is written: a dataset that cannot reach k writes nothing.
    let kAnonymity = try planKAnonymity(inputs)

    if output.overwrite {
      // The manifest goes first: a run interrupted from here on must not look finished.
      for name in ["manifest.json", "data", "quarantine", "report.json", "report.html", "README.md"] {
        try? fileManager.removeItem(at: root.appendingPathComponent(name))
      }
    }
    let dataDirectory = root.appendingPathComponent("data")
    let quarantineDirectory = root.appendingPathComponent("quarantine")
    for directory in [dataDirectory, quarantineDirectory] {
      do {
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
      } catch {
        throw OutputError(path: directory.relativePath, reason: "cannot create the folder: \(error.localizedDescription)")
      }
    }
    let data = ShardWriter(directory: dataDirectory, compress: output.compress, limit: output.shardSize)
    var meter = ProgressMeter(inputs: inputs, report: progress)
    let quarantineFile = try AtomicFileWriter(path: quarantineDirectory.appendingPathComponent("quarantine.jsonl").path)

    var report = RunReport(veilVersion: veilVersion, maxQuarantine: maxQuarantine ?? configuration.maxQuarantine)
    report.keyID = key?.id
    report.kAnonymity = kAnonymity?.summary
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let rewritesInOrder = self.rewritesInOrder
    let work: @Sendable (AnalyzedRecord) throws -> RunItem = { analyzed in
      if rewritesInOrder { return .analyzed(analyzed) }
      return try release(try transform(analyzed), kAnonymity: kAnonymity)
    }
    try forEachRecord(
      in: inputs, jobs: output.jobs,
      progress: { counts in
        report.inputs.append(counts)
        meter.finished(input: counts)
      },
      chunkDone: { bytes, records in meter.advance(bytes: bytes, records: records) }, work: work
    ) { item in
      var item = item
      if case .analyzed(let analyzed) = item {
        item = try release(try transform(analyzed), kAnonymity: kAnonymity)
      }
      guard case .rewritten(let rewritten) = item else {
        report.droppedBySuppression += 1
        return
      }
      try data.write(line: rewritten.line)
      report.records.written += 1
      report.textUnits += rewritten.analyzed.record.units.count
      for finding in rewritten.analyzed.findings.joined() {
        report.findings.total += 1
        report.findings.byEntity[finding.entity.rawValue, default: 0] += 1
        report.findings.byRecognizer[finding.explanation.recognizer.rawValue, default: 0] += 1
        if report.operators[finding.entity.rawValue] == nil {
          report.operators[finding.entity.rawValue] = configuration.operatorDescription(for: finding.entity)
        }
      }
    } quarantine: { entry in
      report.quarantineByKind[entry.kind.rawValue, default: 0] += 1
      notify(entry)
      try quarantineFile.write(String(decoding: try encoder.encode(entry), as: UTF8.self) + "\n")
    }
    let shards = try data.commit()
    try quarantineFile.commit()
    meter.finish()

    report.records.quarantined = report.quarantineByKind.values.reduce(0, +)
    report.records.read = report.records.written + report.droppedBySuppression + report.inputs.reduce(0) { $0 + $1.quarantined }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    let bytes = report.inputs.reduce(0) { $0 + $1.bytes }
    report.timings = .init(seconds: seconds, megabytesPerSecond: seconds > 0 ? Double(bytes) / 1e6 / seconds : 0)

    try publish(&report, shards: shards, kAnonymity: kAnonymity, in: root)
    return report
  }

  /// Applies the k-anonymity plan to a rewritten record: its quasi-identifiers generalized or starred, or dropped.
  private func release(_ rewritten: RewrittenRecord, kAnonymity: KAnonymityPlan?) throws -> RunItem {
    guard let kAnonymity else { return .rewritten(rewritten) }
    var rewritten = rewritten
    let record = rewritten.analyzed.record
    switch try kAnonymity.apply(to: record) {
    case .drop:
      return .dropped
    case .release(let fields), .suppress(let fields):
      rewritten.line = RecordEncoder.encode(record, replacing: rewritten.replacements, fields: fields)
      return .rewritten(rewritten)
    }
  }
}
