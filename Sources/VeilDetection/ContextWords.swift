/// Context words: whole words near a match that make it more likely to be what it looks like.
public struct ContextWords: Sendable, Hashable {
  /// Each entry is a word or a phrase, lowercased and split into words.
  public let phrases: [[String]]
  /// How many words before and after the match are looked at.
  public let window: Int

  /// Creates context words.
  ///
  /// - Parameters:
  ///   - words: Words or phrases (`"credit card"`), matched case-insensitively as whole words.
  ///   - window: Words looked at on each side of the match.
  public init(_ words: [String], window: Int = 5) {
    phrases = words.map { phrase in phrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
      .filter { !$0.isEmpty }
    phraseKeys = phrases.map { $0.map { TokenKey($0) } }
    firstWords = TokenSet(phrases.map { $0[0] })
    self.window = window
  }

  /// The first word of every phrase: a window without any of them matches nothing.
  private let firstWords: TokenSet

  /// Equal when the phrases and the window are (the keys are made from them).
  public static func == (lhs: ContextWords, rhs: ContextWords) -> Bool {
    lhs.phrases == rhs.phrases && lhs.window == rhs.window
  }

  /// Hashes the phrases and the window.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(phrases)
    hasher.combine(window)
  }

  /// The lookup keys of each phrase's words: the text around a match is compared by key, without making strings.
  private let phraseKeys: [[TokenKey]]

  /// Whether there are no context words.
  public var isEmpty: Bool { phrases.isEmpty }

  /// The context phrases that occur within the window before or after `range` in `text`.
  ///
  /// - Parameters:
  ///   - range: The match.
  ///   - text: The text.
  ///   - notBefore: Words starting before this offset are not looked at (the start of the match's sentence).
  public func matches(around range: Range<Int>, in text: [UInt8], notBefore: Int = 0) -> [String] {
    guard !phrases.isEmpty, mayMatch(around: range, in: text, notBefore: notBefore) else { return [] }
    let before = Self.wordRanges(in: text, endingAt: range.lowerBound, count: window).filter { $0.lowerBound >= notBefore }
      .map { TokenKey(utf8: text[$0]) }
    let after = Self.wordRanges(in: text, startingAt: range.upperBound, count: window).map { TokenKey(utf8: text[$0]) }
    var found: [String] = []
    for (phrase, keys) in zip(phrases, phraseKeys) where Self.contains(before, keys) || Self.contains(after, keys) {
      found.append(phrase.joined(separator: " "))
    }
    return found
  }

  /// Whether the first word of a phrase occurs in the window: most matches have none, and
  /// this answers without building a list of the words.
  private func mayMatch(around range: Range<Int>, in text: [UInt8], notBefore: Int) -> Bool {
    func isFirstWord(_ word: Range<Int>) -> Bool { firstWords.contains(TokenKey(utf8: text[word])) }
    var found = false
    Self.forEachChunk(in: text, endingAt: range.lowerBound, count: window) { chunk in
      found = Self.words(of: chunk, in: text).contains { $0.lowerBound >= notBefore && isFirstWord($0) }
      return !found
    }
    if found { return true }
    Self.forEachChunk(in: text, startingAt: range.upperBound, count: window) { chunk in
      found = Self.words(of: chunk, in: text).contains(where: isFirstWord)
      return !found
    }
    return found
  }

  private static func contains(_ words: [TokenKey], _ phrase: [TokenKey]) -> Bool {
    guard phrase.count <= words.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
      if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
    }
    return false
  }

  /// Word bytes: ASCII letters and digits, and any non-ASCII byte (letters of other scripts).
  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
      return true
    default:
      return false
    }
  }

  /// The words of the `count` whitespace-separated chunks before `end`, lowercased, in text order.
  ///
  /// The window counts chunks, not words, so that an email address or URL between a cue
  /// and a value ("Contact: Priya Novak, priya.novak@corp.example, 622 138 987") takes one
  /// place in it, not five.
  static func words(in text: [UInt8], endingAt end: Int, count: Int) -> [String] {
    wordRanges(in: text, endingAt: end, count: count).map { TokenizedText.lowercased(text[$0]) }
  }

  /// The words of the `count` whitespace-separated chunks after `start`, lowercased, in text order.
  static func words(in text: [UInt8], startingAt start: Int, count: Int) -> [String] {
    wordRanges(in: text, startingAt: start, count: count).map { TokenizedText.lowercased(text[$0]) }
  }

  /// Where the words of the `count` chunks before `end` are, in text order.
  static func wordRanges(in text: [UInt8], endingAt end: Int, count: Int) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    forEachChunk(in: text, endingAt: end, count: count) { chunks.append($0); return true }
    return chunks.reversed().flatMap { words(of: $0, in: text) }
  }

  /// Where the words of the `count` chunks after `start` are, in text order.
  static func wordRanges(in text: [UInt8], startingAt start: Int, count: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    forEachChunk(in: text, startingAt: start, count: count) { ranges.append(contentsOf: words(of: $0, in: text)); return true }
    return ranges
  }

  /// Calls `body` with each of the `count` whitespace-separated chunks before `end`, nearest
  /// first, until it returns `false`.
  private static func forEachChunk(in text: [UInt8], endingAt end: Int, count: Int, _ body: (Range<Int>) -> Bool) {
    var index = end
    for _ in 0..<count {
      while index > 0, isSpace(text[index - 1]) { index -= 1 }
      guard index > 0 else { return }
      let chunkEnd = index
      while index > 0, !isSpace(text[index - 1]) { index -= 1 }
      guard body(index..<chunkEnd) else { return }
    }
  }

  /// Calls `body` with each of the `count` whitespace-separated chunks after `start`, in
  /// order, until it returns `false`.
  private static func forEachChunk(in text: [UInt8], startingAt start: Int, count: Int, _ body: (Range<Int>) -> Bool) {
    var index = start
    for _ in 0..<count {
      while index < text.count, isSpace(text[index]) { index += 1 }
      guard index < text.count else { return }
      let chunkStart = index
      while index < text.count, !isSpace(text[index]) { index += 1 }
      guard body(chunkStart..<index) else { return }
    }
  }

  /// The letter-and-digit runs of one chunk, found as they are asked for.
  private static func words(of chunk: Range<Int>, in text: [UInt8]) -> ChunkWords {
    ChunkWords(text: text, index: chunk.lowerBound, end: chunk.upperBound)
  }

  /// The words of a chunk, one by one, without building a list.
  private struct ChunkWords: Sequence, IteratorProtocol {
    let text: [UInt8]
    var index: Int
    let end: Int

    mutating func next() -> Range<Int>? {
      while index < end, !isWordByte(text[index]) { index += 1 }
      let start = index
      while index < end, isWordByte(text[index]) { index += 1 }
      return start < index ? start..<index : nil
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
