/// Texts that recognizers search together, with each text's prefilter profile, the
/// findings found so far and the texts that failed.
///
/// The analyzer hands a whole chunk of lines to each recognizer in turn, so that a
/// recognizer can run each of its patterns over every text before the next one: the
/// machine code of one pattern stays hot, and there is one call per recognizer and chunk
/// instead of one per text.
public struct RecognitionBatch: ~Copyable {
  /// The texts.
  public let texts: UnsafeBufferPointer<TextUnit>
  /// The profile of each text.
  public let profiles: UnsafeBufferPointer<TextProfile>
  /// Which literal sets each text meets (see `LiteralPresence`), when the analyzer has looked.
  public let literals: LiteralPresence?
  /// Where the literals of some of those sets start in each text (see `LiteralStarts`), when the analyzer has noted
  /// them.
  public let starts: LiteralStarts?
  /// The findings of each text so far; recognizers add them with `append(_:to:by:)`, which keeps the count.
  public var findings: [[Finding]]
  /// How many findings each record may still take (see `FindingLimit`).
  public private(set) var budget: FindingBudget
  /// Why each text failed, if it did: its findings no longer count and no recognizer looks at it again.
  public private(set) var failures: [DetectionError?]
  /// `failures[i] != nil`, kept apart: it is asked for every text and recognizer, and testing
  /// the optional error copies it.
  @usableFromInline private(set) var failed: [Bool]
  /// For each pattern that has run over the batch ("recognizer/pattern"), the texts it
  /// matched in: a later pattern that only ever matches where this one does runs only there.
  private var matchedTexts: [String: Set<Int>] = [:]

  /// A batch of `texts` with their `profiles` (and the literal sets they meet, and where), nothing found yet;
  /// `budget` says which record each text belongs to and how many findings a record may hold (default: each text
  /// is a record of its own, with the default limit).
  public init(
    texts: UnsafeBufferPointer<TextUnit>, profiles: UnsafeBufferPointer<TextProfile>, literals: LiteralPresence? = nil,
    starts: LiteralStarts? = nil, budget: FindingBudget? = nil
  ) {
    precondition(texts.count == profiles.count, "one profile per text")
    precondition(literals.map { $0.textCount == texts.count } ?? true, "literal sets for each text")
    precondition(budget.map { $0.textCount == texts.count } ?? true, "a record for each text")
    self.texts = texts
    self.profiles = profiles
    self.literals = literals
    self.starts = starts
    self.budget = budget ?? FindingBudget(limit: FindingLimit.defaultPerRecord, records: Array(texts.indices))
    findings = Array(repeating: [], count: texts.count)
    failures = Array(repeating: nil, count: texts.count)
    failed = Array(repeating: false, count: texts.count)
  }

  /// Whether text `index` has failed.
  /// (Inlinable: asked for every pattern and text, a call would copy the whole batch first.)
  @inlinable
  public func hasFailed(_ index: Int) -> Bool { failed[index] }

  /// Records that text `index` could not be searched.
  public mutating func fail(_ index: Int, _ error: DetectionError) {
    failures[index] = error
    failed[index] = true
  }

  /// Adds `finding`, found by `recognizer`, to text `index`. Returns `false` when that takes its record over the
  /// limit: then every text of the record has failed, and the recognizer should stop searching this text.
  public mutating func append(_ finding: Finding, to index: Int, by recognizer: RecognizerID) -> Bool {
    findings[index].append(finding)
    return count(from: findings[index].count - 1, in: index, by: recognizer)
  }

  /// Counts the findings `recognizer` put into `findings[index]` directly, from position `start` on; `false` (and
  /// the record failed) when that takes the record over the limit.
  @discardableResult
  public mutating func count(from start: Int, in index: Int, by recognizer: RecognizerID) -> Bool {
    let within = budget.add(findings[index][start...], to: index) { [findings] in findings[$0] }
    guard !within else { return true }
    let error = FindingLimit(budget.limit).error(recognizer: recognizer)
    for text in budget.texts(sharingRecordWith: index) {
      fail(text, error)
      findings[text] = []
    }
    return false
  }

  /// Records that pattern `key` ("recognizer/pattern") has run over the batch, before its matches are recorded.
  public mutating func startRecording(_ key: String) {
    if matchedTexts[key] == nil { matchedTexts[key] = [] }
  }

  /// Records that pattern `key` matched in text `index`.
  public mutating func recordMatch(of key: String, in index: Int) {
    matchedTexts[key, default: []].insert(index)
  }

  /// The texts pattern `key` matched in, or `nil` when it has not run over the batch
  /// (its recognizer is switched off, or runs later): then nothing is known.
  public func texts(matching key: String) -> Set<Int>? { matchedTexts[key] }
}

/// For each text of a batch, a bit per literal set ("street", "st", "avenue"…) that it meets:
/// the words a pattern needs, looked for once per text for every pattern together.
public struct LiteralPresence: Sendable {
  /// The 64-bit words per text.
  public let wordsPerText: Int
  /// The texts' words, one text after another.
  public let bits: [UInt64]
  /// For each slot, the texts that meet its set, in order: a pattern that needs a rare word
  /// visits only those.
  public let textsMeeting: [[Int]]

  /// The presence read from `bits`, `wordsPerText` words per text.
  public init(wordsPerText: Int, bits: [UInt64]) {
    precondition(wordsPerText > 0 && bits.count % wordsPerText == 0, "whole texts")
    self.wordsPerText = wordsPerText
    self.bits = bits
    var textsMeeting = [[Int]](repeating: [], count: wordsPerText * 64)
    for (index, word) in bits.enumerated() where word != 0 {
      var remaining = word
      while remaining != 0 {
        let bit = remaining.trailingZeroBitCount
        textsMeeting[(index % wordsPerText) * 64 + bit].append(index / wordsPerText)
        remaining &= remaining - 1
      }
    }
    self.textsMeeting = textsMeeting
  }

  /// The number of texts.
  public var textCount: Int { bits.count / wordsPerText }

  /// Whether text `text` meets the set in `slot`.
  @inline(__always)
  public func contains(slot: Int, text: Int) -> Bool {
    bits[text &* wordsPerText &+ slot &>> 6] & (1 &<< UInt64(slot & 63)) != 0
  }
}

/// How many findings each record of a batch of texts may still take: the texts of one record (the messages of a
/// conversation) share its budget. A finding is a place in a text: readings of one value by several recognizers
/// (a country in two dictionaries) count once. See `FindingLimit`.
///
/// Readings are counted, which costs nothing and bounds the places from above; only a record whose readings pass
/// the limit has its places counted, and from then on kept, one at a time.
public struct FindingBudget: Sendable {
  /// The most findings a record may hold.
  public let limit: Int
  /// For each text, its record's position in `readings`.
  private let recordOf: [Int]
  /// For each record, its texts.
  private let textsOf: [Range<Int>]
  /// For each record, the readings counted so far.
  private var readings: [Int]
  /// The places of the findings of each record whose readings passed the limit; never more than `limit + 1`.
  private var places: [Int: Set<Place>] = [:]

  /// Where a finding lies: its text and range.
  private struct Place: Hashable {
    let text: Int
    let start: Int
    let end: Int

    init(_ text: Int, _ finding: Finding) {
      self.text = text
      start = finding.range.lowerBound
      end = finding.range.upperBound
    }
  }

  /// A budget of `limit` findings for each record; `records[i]` names the record of text `i`, and the texts of one
  /// record are adjacent (a run of equal names is one record).
  public init(limit: Int, records: [Int]) {
    var recordOf: [Int] = []
    var textsOf: [Range<Int>] = []
    recordOf.reserveCapacity(records.count)
    for (text, record) in records.enumerated() {
      if text == 0 || record != records[text - 1] { textsOf.append(text..<text) }
      textsOf[textsOf.count - 1] = textsOf[textsOf.count - 1].lowerBound..<(text + 1)
      recordOf.append(textsOf.count - 1)
    }
    self.limit = limit
    self.recordOf = recordOf
    self.textsOf = textsOf
    readings = Array(repeating: 0, count: textsOf.count)
  }

  /// The number of texts.
  public var textCount: Int { recordOf.count }

  /// Counts `added`, new findings in text `index`, toward its record; whether the record is still within the limit.
  /// `findings(text)` gives the findings of each text of the record so far, `added` among them: they are read once,
  /// when the record's readings first pass the limit.
  public mutating func add(
    _ added: some Collection<Finding>, to index: Int, findings: (Int) -> [Finding]
  ) -> Bool {
    let record = recordOf[index]
    readings[record] += added.count
    guard readings[record] > limit else { return true }
    if places[record] != nil {
      for finding in added {
        places[record]!.insert(Place(index, finding))
        if places[record]!.count > limit { return false }
      }
      return true
    }
    var counted = Set<Place>()
    for text in textsOf[record] {
      for finding in findings(text) {
        counted.insert(Place(text, finding))
        if counted.count > limit { return false }
      }
    }
    places[record] = counted
    return true
  }

  /// The texts of the record of text `index`, itself included.
  public func texts(sharingRecordWith index: Int) -> Range<Int> { textsOf[recordOf[index]] }
}

/// For each text of a batch, the places where a literal of some of the `LiteralPresence` sets starts: a
/// pattern whose every match starts with one of a set's words is tried there only.
///
/// Read by patterns text by text; a class, so that a batch holds it by one reference.
public final class LiteralStarts: Sendable {
  /// For each text, the range of `entries` that holds its starts; empty for no text at all.
  public let ranges: [Range<Int>]
  /// Each start: the slot of the set and the byte offset in the text where one of its literals starts.
  public let entries: [(slot: Int32, start: Int32)]
  /// The texts whose starts are not known (a text holding a character that only PCRE2 folds to
  /// an ASCII letter, such as the Kelvin sign): a pattern is tried everywhere in them.
  public let unknown: Set<Int>

  /// Starts as recorded by a scan.
  public init(ranges: [Range<Int>] = [], entries: [(slot: Int32, start: Int32)] = [], unknown: Set<Int> = []) {
    self.ranges = ranges
    self.entries = entries
    self.unknown = unknown
  }

  /// Fills `positions` with the offsets in text `text` where a literal of the set in `slot` starts, in
  /// order and each once, and returns `true`; returns `false` when they are not known.
  public func positions(of slot: Int, in text: Int, into positions: inout [Int]) -> Bool {
    positions.removeAll(keepingCapacity: true)
    guard text < ranges.count, !unknown.contains(text) else { return false }
    for entry in entries[ranges[text]] where entry.slot == slot { positions.append(Int(entry.start)) }
    // Literals are found where they end: a longer one may start before a shorter one found earlier.
    positions.sort()
    positions.removeDuplicatesOfSorted()
    return true
  }
}

