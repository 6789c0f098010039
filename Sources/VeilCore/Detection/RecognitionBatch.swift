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
  /// The findings of each text so far.
  public var findings: [[Finding]]
  /// The most findings a text may have: one with more fails (see `FindingLimit`).
  public let maxFindings: Int
  /// Why each text failed, if it did: its findings no longer count and no recognizer looks at it again.
  public private(set) var failures: [DetectionError?]
  /// `failures[i] != nil`, kept apart: it is asked for every text and recognizer, and testing
  /// the optional error copies it.
  private var failed: [Bool]
  /// For each pattern that has run over the batch ("recognizer/pattern"), the texts it
  /// matched in: a later pattern that only ever matches where this one does runs only there.
  private var matchedTexts: [String: Set<Int>] = [:]

  /// A batch of `texts` with their `profiles` (and the literal sets they meet), nothing found yet.
  public init(
    texts: UnsafeBufferPointer<TextUnit>, profiles: UnsafeBufferPointer<TextProfile>, literals: LiteralPresence? = nil,
    maxFindings: Int = FindingLimit.defaultPerText
  ) {
    precondition(texts.count == profiles.count, "one profile per text")
    precondition(literals.map { $0.textCount == texts.count } ?? true, "literal sets for each text")
    self.texts = texts
    self.profiles = profiles
    self.literals = literals
    self.maxFindings = maxFindings
    findings = Array(repeating: [], count: texts.count)
    failures = Array(repeating: nil, count: texts.count)
    failed = Array(repeating: false, count: texts.count)
  }

  /// Whether text `index` has failed.
  @inline(__always)
  public func hasFailed(_ index: Int) -> Bool { failed[index] }

  /// Records that text `index` could not be searched.
  public mutating func fail(_ index: Int, _ error: DetectionError) {
    failures[index] = error
    failed[index] = true
  }

  /// Fails text `index` if it holds more than `maxFindings` findings, as found by `recognizer`; returns whether it did.
  @discardableResult
  public mutating func failIfOverLimit(_ index: Int, recognizer: RecognizerID) -> Bool {
    guard findings[index].count > maxFindings else { return false }
    fail(index, FindingLimit(maxFindings).error(recognizer: recognizer))
    findings[index] = []
    return true
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
