import VeilCore

/// How overlapping findings are settled.
public enum ConflictStrategy: String, Sendable, CaseIterable, Codable {
  /// The longer finding wins (the digits inside an email, URL or IBAN are not a phone
  /// number); equal lengths go to the higher score.
  case preferLongest = "prefer_longest"
  /// The higher score wins; equal scores go to the longer finding.
  case preferHighestScore = "prefer_highest_score"
}

/// What the analyzer keeps.
public struct DetectionPolicy: Sendable {
  /// Findings scoring below this are dropped.
  public var threshold: Double
  /// Per-type thresholds that replace `threshold` for their type.
  public var thresholds: [EntityType: Double]
  /// How overlaps are settled.
  public var strategy: ConflictStrategy
  /// The most findings one record may hold before it fails (see `FindingLimit`).
  public var maxFindingsPerRecord: Int

  /// Creates a policy.
  public init(
    threshold: Double = 0.5, thresholds: [EntityType: Double] = [:], strategy: ConflictStrategy = .preferLongest,
    maxFindingsPerRecord: Int = FindingLimit.defaultPerRecord
  ) {
    self.threshold = threshold
    self.thresholds = thresholds
    self.strategy = strategy
    self.maxFindingsPerRecord = maxFindingsPerRecord
  }

  /// The threshold for `entity`.
  public func threshold(for entity: EntityType) -> Double { thresholds[entity] ?? threshold }
}

/// Runs every recognizer over a text unit, then applies thresholds and conflict resolution.
public struct Analyzer: Sendable {
  /// The recognizers, run in order.
  public let recognizers: [any Recognizer]
  /// Thresholds and conflict strategy.
  public let policy: DetectionPolicy

  /// For each recognizer that has them, the entity types its findings may not lie inside.
  private let exclusions: [RecognizerID: Set<EntityType>]
  /// The recognizers that search raw bytes.
  private let byteRecognizers: [any Recognizer]
  /// Looks for the literal sets the byte recognizers' patterns need, once per text for all.
  private let literalScanner: LiteralScanner?
  /// The recognizers that need tokens; the text is tokenized once for all of them.
  private let tokenRecognizers: [any TokenRecognizer]

  /// Creates an analyzer.
  public init(recognizers: [any Recognizer], policy: DetectionPolicy = DetectionPolicy()) {
    // Findings below the thresholds are dropped anyway: recognizers that can skip them do.
    let recognizers = recognizers.map { $0.skippingFindings(below: policy.threshold(for:)) }
    self.recognizers = recognizers
    self.policy = policy
    tokenRecognizers = Self.grouped(recognizers.compactMap { $0 as? any TokenRecognizer })
    let byteRecognizers = Self.gatesFirst(recognizers.filter { !($0 is any TokenRecognizer) })
    let patternRecognizers = byteRecognizers.compactMap { $0 as? PatternRecognizer }
    let scanner = LiteralScanner(
      sets: patternRecognizers.flatMap(\.requiredLiterals), startsOf: patternRecognizers.flatMap(\.anchorLiterals))
    literalScanner = scanner.sets.isEmpty ? nil : scanner
    self.byteRecognizers = byteRecognizers.map { ($0 as? PatternRecognizer)?.checkingLiterals(of: scanner) ?? $0 }
    exclusions = Dictionary(
      recognizers.filter { !$0.excludedInside.isEmpty }.map { ($0.id, $0.excludedInside) }, uniquingKeysWith: { $0.union($1) })
  }

  /// `recognizers` in order, but each moved before the first recognizer with a pattern that
  /// runs only `after` one of its patterns (the street line before the city line of an
  /// address): otherwise that pattern would run everywhere, not knowing where they matched.
  static func gatesFirst(_ recognizers: [any Recognizer]) -> [any Recognizer] {
    let positions = Dictionary(recognizers.indices.map { (recognizers[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    var placed = Set<Int>()
    var ordered: [any Recognizer] = []
    func place(_ position: Int) {
      guard placed.insert(position).inserted else { return }
      if let patterns = recognizers[position] as? PatternRecognizer {
        for key in patterns.patterns.flatMap(\.after) {
          if let id = PatternRecognizer.recognizer(inReference: key), let earlier = positions[id] { place(earlier) }
        }
      }
      ordered.append(recognizers[position])
    }
    for position in recognizers.indices { place(position) }
    return ordered
  }

  /// `recognizers` with each run of consecutive dictionaries (up to 64) made one
  /// `DictionarySet`, which probes once per token for all of them. Its findings come in
  /// the members' order, so the analysis is exactly that of the dictionaries one by one.
  static func grouped(_ recognizers: [any TokenRecognizer]) -> [any TokenRecognizer] {
    var grouped: [any TokenRecognizer] = []
    var run: [DictionaryRecognizer] = []
    func closeRun() {
      if run.count == 1 { grouped.append(run[0]) } else if run.count > 1 { grouped.append(DictionarySet(run)) }
      run = []
    }
    for recognizer in recognizers {
      if let dictionary = recognizer as? DictionaryRecognizer {
        if run.count == DictionarySet.capacity { closeRun() }
        run.append(dictionary)
      } else {
        closeRun()
        grouped.append(recognizer)
      }
    }
    closeRun()
    return grouped
  }

  /// The findings in `text`: above threshold, non-overlapping, sorted by position.
  ///
  /// - Throws: `DetectionError` when a recognizer could not finish within its limits.
  public func analyze(_ text: TextUnit) throws(DetectionError) -> [Finding] {
    try analyze([text])[0].get()
  }

  /// The findings in each of `texts`, exactly as `analyze(_:)` finds them one by one.
  ///
  /// The patterns run recognizer by recognizer over the whole batch, not text by text:
  /// short chat messages would otherwise run every compiled pattern once per message,
  /// and switching between dozens of patterns' machine code costs more than matching.
  /// The few token recognizers then run text by text on one tokenization each.
  /// A recognizer that gives up fails only the text it gave up on; a record over the findings limit fails whole.
  /// (Near the limit a verdict may depend on the batch: a message another record holds too is counted for that
  /// record by its readings, and for this one by its findings once overlaps are settled.)
  ///
  /// - Parameter records: For each text, the record it belongs to: adjacent texts with equal numbers share the
  ///   record's findings limit. By default each text is a record of its own.
  public func analyze(_ texts: [TextUnit], records: [Int]? = nil) -> [Result<[Finding], DetectionError>] {
    let records = records ?? Array(texts.indices)
    precondition(records.count == texts.count, "a record for each text")
    // Findings depend on a text's bytes alone, so identical texts (the same short reply, a
    // system prompt repeated in every record) are analyzed once per batch.
    var firstOfText: [TextBytes: Int] = [:]
    firstOfText.reserveCapacity(texts.count)
    var distinct: [TextUnit] = []
    var distinctRecords: [Int] = []
    var analyzedAs: [Int] = []
    analyzedAs.reserveCapacity(texts.count)
    for (index, text) in texts.enumerated() {
      let key = TextBytes(text.utf8)
      if let position = firstOfText[key] {
        analyzedAs.append(position)
      } else {
        firstOfText[key] = distinct.count
        analyzedAs.append(distinct.count)
        distinct.append(text)
        distinctRecords.append(records[index])
      }
    }
    guard distinct.count < texts.count else { return analyzeDistinct(texts, records: records) }
    // A repeated text counted once, for the record it first appeared in: the others' totals are checked after.
    let results = analyzeDistinct(distinct, records: distinctRecords)
    var mapped = analyzedAs.map { results[$0] }
    // The record a repeated text was counted for went over the findings limit: that fails its own texts, not the
    // repeats in other records, which are searched again, once per record that holds them, each record with a
    // budget of its own (in one pass: a chunk of records repeating one dump would otherwise nest a pass per record).
    let again = texts.indices.filter { index in
      guard case .failure(let error) = mapped[index], error.isOverFindingLimit else { return false }
      return records[index] != distinctRecords[analyzedAs[index]]
    }
    if !again.isEmpty {
      var firstInRecord: [RecordText: Int] = [:]
      var retried: [TextUnit] = []
      var retriedRecords: [Int] = []
      var retriedAs: [Int] = []
      for index in again {
        let key = RecordText(record: records[index], text: TextBytes(texts[index].utf8))
        if let position = firstInRecord[key] {
          retriedAs.append(position)
        } else {
          firstInRecord[key] = retried.count
          retriedAs.append(retried.count)
          retried.append(texts[index])
          retriedRecords.append(records[index])
        }
      }
      let results = analyzeDistinct(retried, records: retriedRecords)
      for (index, position) in zip(again, retriedAs) { mapped[index] = results[position] }
    }
    return withinRecordLimit(mapped, records: records)
  }

  /// `results` with every record that holds more findings than the limit in all failed.
  private func withinRecordLimit(_ results: [Result<[Finding], DetectionError>], records: [Int])
    -> [Result<[Finding], DetectionError>]
  {
    // Counted, not gathered: a record of 90,000 copies of one message would otherwise hold them all at once.
    func count(_ index: Int) -> Int { (try? results[index].get())?.count ?? 0 }
    let limit = policy.maxFindingsPerRecord
    guard results.indices.reduce(0, { $0 + count($1) }) > limit else { return results }
    let budget = FindingBudget(limit: limit, records: records)
    var checked = results
    var index = 0
    while index < results.count {
      let texts = budget.texts(sharingRecordWith: index)
      index = texts.upperBound
      guard texts.reduce(0, { $0 + count($1) }) > limit else { continue }
      // Named after the recognizer that found most in the record's fullest text.
      let fullest = (try? results[texts.max { count($0) < count($1) }!].get()) ?? []
      let counts = Dictionary(fullest.map { ($0.explanation.recognizer, 1) }, uniquingKeysWith: +)
      let recognizer = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
      for text in texts { checked[text] = .failure(FindingLimit(limit).error(recognizer: recognizer)) }
    }
    return checked
  }

  /// `analyze(_:records:)` of texts that are all different.
  private func analyzeDistinct(_ texts: [TextUnit], records: [Int]) -> [Result<[Finding], DetectionError>] {
    // The prefilter: one pass over each text's bytes, then each pattern runs only where it can match.
    let profiles = texts.map { TextProfile(of: $0.utf8) }
    // And one pass for the words patterns need.
    let literals = literalScanner?.scan(texts.map(\.utf8), present: profiles.map(\.bytes))
    var (candidates, failures, budget) = texts.withUnsafeBufferPointer { texts in
      profiles.withUnsafeBufferPointer { profiles in
        var batch = RecognitionBatch(
          texts: texts, profiles: profiles, literals: literals?.presence, starts: literals?.starts,
          budget: FindingBudget(limit: policy.maxFindingsPerRecord, records: records))
        for recognizer in byteRecognizers { recognizer.recognize(&batch) }
        return (batch.findings, batch.failures, batch.budget)
      }
    }
    if !tokenRecognizers.isEmpty {
      for index in texts.indices where failures[index] == nil {
        // Taken out while its recognizers add to it, so that the budget may read the record's other texts.
        var found = candidates[index]
        candidates[index] = []
        do throws(DetectionError) {
          try recognizeTokens(in: texts[index], into: &found, counting: &budget, as: index) { [candidates] in
            candidates[$0]
          }
          candidates[index] = found
        } catch {
          // The record fails whole, as a batch fails it.
          for text in budget.texts(sharingRecordWith: index) {
            failures[text] = error
            candidates[text] = []
          }
        }
      }
    }
    return texts.indices.map { index in
      if let failure = failures[index] { return .failure(failure) }
      var readings = candidates[index]
      dropBelowThreshold(&readings)
      readings.removeAll { $0.range.isEmpty }
      if !exclusions.isEmpty { dropExcluded(&readings) }
      let text = texts[index].utf8
      let settled = Remainders.completed(resolve(readings), candidates: readings, in: text)
      return .success(AddressBlocks.completed(settled, in: text))
    }
  }

  /// Texts up to this many bytes are tokenized whole; longer ones window by window (see `windows(of:)`).
  static let windowBytes = 2 << 20
  /// The text read on each side of a window, so that its words near the edges have their context; also how far
  /// past its nominal place a window's edge may move to fall at a line break or a sentence's end.
  static let windowMargin = 4 << 10

  /// Runs the token recognizers over `text`, appending to `findings` and counting them in `budget` as text `index`
  /// of its batch, while its record stays within the limit (`otherTexts(i)` gives the findings of the batch's text
  /// `i`, which the budget reads once the record's readings pass the limit). The few
  /// token recognizers share one tokenization, which a local constant lends to each of them without a copy (an
  /// element of a buffer was copied, with its references, for every call).
  ///
  /// A text longer than `windowBytes` is read window by window, so that its tokens (32 bytes each, one per word
  /// or mark) take memory for one window only: a 60 MB line of "a a a ..." held a gigabyte of them. Each window
  /// is read with `windowMargin` bytes of the text on either side and keeps the findings that start inside it,
  /// so every finding is decided once, with the words around it; what the person recognizer weighs over a whole
  /// text (a name found elsewhere in it, its language, whether it shouts) is weighed per window.
  ///
  /// Readings below the threshold are dropped as they come (they are dropped in the end anyway): they neither
  /// count toward the limit nor cover a window's edge.
  ///
  /// - Throws: The `FindingLimit` error when the record would hold more findings than the limit.
  private func recognizeTokens(
    in text: TextUnit, into findings: inout [Finding], counting budget: inout FindingBudget, as index: Int,
    otherTexts: (Int) -> [Finding]
  ) throws(DetectionError) {
    var counted = findings.count
    func check(_ recognizer: RecognizerID) throws(DetectionError) {
      defer { counted = findings.count }
      let within = budget.add(findings[counted...], to: index) { [findings] in $0 == index ? findings : otherTexts($0) }
      guard within else {
        throw FindingLimit(policy.maxFindingsPerRecord).error(recognizer: recognizer)
      }
    }
    guard text.utf8.count > Self.windowBytes else {
      let tokenized = TokenizedText(text)
      // By index: a copy of each recognizer per text would retain what it holds, which every worker shares.
      for position in tokenRecognizers.indices {
        // Straight into `findings`: a text of a million readings would otherwise hold them twice while they move.
        tokenRecognizers[position].recognize(tokenized, into: &findings)
        dropBelowThreshold(&findings, from: counted)
        try check(tokenRecognizers[position].id)
      }
      return
    }
    // For each recognizer, where its findings kept from earlier windows end at the furthest.
    var covered = [Int](repeating: 0, count: tokenRecognizers.count)
    for window in Self.windows(of: text.utf8) {
      let part = TextUnit(
        utf8: Array(text.utf8[window.read]), path: text.path, messageIndex: text.messageIndex, role: text.role)
      let tokenized = TokenizedText(part)
      let offset = window.read.lowerBound
      for (index, recognizer) in tokenRecognizers.enumerated() {
        var found: [Finding] = []
        recognizer.recognize(tokenized, into: &found)
        dropBelowThreshold(&found)
        // What this window decides starts at its edge, or past the last finding the window before kept, which may
        // reach over the edge. A finding from the margin that reaches beyond is kept from there on: a run of names
        // longer than the margin is grouped from where each window starts reading, differently in the two, and
        // the words past the last window's group would be lost.
        let decided = max(covered[index], window.keeps.lowerBound)
        for var finding in found {
          var range = (finding.range.lowerBound + offset)..<(finding.range.upperBound + offset)
          guard range.lowerBound < window.keeps.upperBound, range.upperBound > decided else { continue }
          if range.lowerBound < decided {
            var start = decided
            while start < range.upperBound, text.utf8[start] == 0x20 || text.utf8[start] == 0x09 || text.utf8[start] == 0x0A {
              start += 1
            }
            guard start < range.upperBound else { continue }
            range = start..<range.upperBound
            finding.explanation.notes.append("the part past the edge of a window of the text")
          }
          finding.range = range
          covered[index] = max(covered[index], range.upperBound)
          findings.append(finding)
        }
        try check(recognizer.id)
      }
    }
  }

  /// The windows a long text is read in: consecutive stretches of about `windowBytes` that cover it (`keeps`), each
  /// with up to `windowMargin` bytes more on either side (`read`). An edge falls after a line break if one is near,
  /// else after a sentence's end, else after a space (names run on across none of them), and never inside a
  /// character.
  static func windows(of utf8: [UInt8]) -> [(keeps: Range<Int>, read: Range<Int>)] {
    func bound(near position: Int) -> Int {
      guard position > 0 else { return 0 }
      guard position < utf8.count else { return utf8.count }
      let stretch = position..<min(utf8.count, position + windowMargin)
      // The first position of the stretch right after a byte that `ends`, at the start of a character.
      func after(_ ends: (Int) -> Bool) -> Int? { stretch.first { ends($0 - 1) && utf8[$0] & 0xC0 != 0x80 } }
      let lineBreak = { (index: Int) in utf8[index] == 0x0A }
      let sentenceEnd = { (index: Int) in
        utf8[index] == 0x20 && index > 0 && (utf8[index - 1] == 0x2E || utf8[index - 1] == 0x21 || utf8[index - 1] == 0x3F)
      }
      let space = { (index: Int) in utf8[index] == 0x20 || utf8[index] == 0x09 }
      if let index = after(lineBreak) ?? after(sentenceEnd) ?? after(space) { return index }
      var index = position
      while index < utf8.count, utf8[index] & 0xC0 == 0x80 { index += 1 }
      return index
    }
    var windows: [(keeps: Range<Int>, read: Range<Int>)] = []
    var start = 0
    while start < utf8.count {
      let end = bound(near: start + windowBytes)
      let read = bound(near: max(0, start - windowMargin))..<bound(near: min(utf8.count, end + windowMargin))
      windows.append((start..<end, min(read.lowerBound, start)..<max(read.upperBound, end)))
      start = end
    }
    return windows
  }

  /// Drops the findings from index `start` on that score below their type's threshold, keeping the others' order.
  private func dropBelowThreshold(_ findings: inout [Finding], from start: Int = 0) {
    var kept = start
    for index in start..<findings.count where findings[index].score >= policy.threshold(for: findings[index].entity) {
      if kept != index { findings.swapAt(kept, index) }
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// Drops findings that lie inside a finding of a type their recognizer excludes.
  private func dropExcluded(_ candidates: inout [Finding]) {
    let snapshot = candidates
    candidates.removeAll { finding in
      guard let excluded = exclusions[finding.explanation.recognizer] else { return false }
      return snapshot.contains { other in
        excluded.contains(other.entity) && other.range.contains(finding.range) && other.range != finding.range
      }
    }
  }

  /// Settles overlaps among `candidates` with the policy's strategy.
  public func resolve(_ candidates: [Finding]) -> [Finding] {
    guard candidates.count > 1 else { return candidates }
    // Read once: a comparator reading `policy` would copy the whole analyzer, shared by every worker, at each sort.
    let strategy = policy.strategy
    let ranked = candidates.sorted { a, b in
      let (lengthA, lengthB) = (a.range.count, b.range.count)
      switch strategy {
      case .preferLongest:
        if lengthA != lengthB { return lengthA > lengthB }
        if a.score != b.score { return a.score > b.score }
      case .preferHighestScore:
        if a.score != b.score { return a.score > b.score }
        if lengthA != lengthB { return lengthA > lengthB }
      }
      if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
      return a.entity < b.entity
    }
    // Kept findings never overlap, so each stretch between two consecutive bounds of the candidates belongs to
    // at most one of them: a candidate overlaps the kept findings that own one of its stretches. A check costs
    // the stretches the candidate spans, not the findings kept so far (a long text with thousands of names
    // made this quadratic).
    var bounds: [Int] = []
    bounds.reserveCapacity(2 * ranked.count)
    for candidate in ranked {
      bounds.append(candidate.range.lowerBound)
      bounds.append(candidate.range.upperBound)
    }
    bounds.sort()
    bounds.removeDuplicatesOfSorted()
    var owner = [Int](repeating: -1, count: bounds.count)
    var kept: [Finding] = []
    for candidate in ranked {
      let (lower, upper) = (candidate.range.lowerBound, candidate.range.upperBound)
      let stretches = bounds.partitioningIndex { $0 >= lower }..<bounds.partitioningIndex { $0 >= upper }
      // The first kept of those it overlaps, as kept in rank order.
      let winner = stretches.lazy.map { owner[$0] }.filter { $0 >= 0 }.min()
      if let winner {
        // A recognizer's own shorter readings of the same entity are not worth a note.
        let sameReading = kept[winner].entity == candidate.entity
          && kept[winner].explanation.recognizer == candidate.explanation.recognizer
        if sameReading { continue }
        let relation = kept[winner].range.contains(candidate.range) ? "inside it" : "overlapping it"
        let note = "kept over \(candidate.entity) (\(candidate.explanation.recognizer)) \(relation)"
        if !kept[winner].explanation.notes.contains(note) { kept[winner].explanation.notes.append(note) }
        continue
      }
      for stretch in stretches { owner[stretch] = kept.count }
      kept.append(candidate)
    }
    return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}

/// A text of one record, as a dictionary key.
private struct RecordText: Hashable {
  let record: Int
  let text: TextBytes
}

/// A text's bytes as a dictionary key, hashed in one pass over the buffer (an array of
/// bytes hashes element by element).
private struct TextBytes: Hashable {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// One 64-bit digest of the bytes, eight at a time, then the standard hasher over the digest and the length.
  /// `Hasher.combine(bytes:)` runs SipHash over every byte, about 1% of an analysis's instructions for a lookup
  /// that only sorts out repeated texts; equal digests still compare the bytes. The digest starts from a seed drawn
  /// per process, so a crafted input cannot aim at collisions it cannot compute.
  func hash(into hasher: inout Hasher) {
    hasher.combine(Self.digest(bytes))
    hasher.combine(bytes.count)
  }

  private static let seed = UInt64.random(in: .min ... .max) | 1

  static func digest(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { raw -> UInt64 in
      var state = seed
      var offset = 0
      let count = raw.count
      while offset + 8 <= count {
        state = mix(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < count {
        tail |= UInt64(raw[offset]) << shift
        shift += 8
        offset += 1
      }
      return mix(state ^ tail ^ UInt64(count))
    }
  }

  /// A multiply to 128 bits whose halves are folded together: every input bit reaches the high half, and the fold
  /// brings it back into the low one.
  @inline(__always)
  private static func mix(_ value: UInt64) -> UInt64 {
    let product = value.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
    return product.high ^ product.low
  }
}

extension Range where Bound == Int {
  fileprivate func contains(_ other: Range<Int>) -> Bool {
    lowerBound <= other.lowerBound && other.upperBound <= upperBound
  }
}
