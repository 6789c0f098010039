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
    self.window = window
  }

  /// Whether there are no context words.
  public var isEmpty: Bool { phrases.isEmpty }

  /// The context phrases that occur within the window before or after `range` in `text`.
  public func matches(around range: Range<Int>, in text: [UInt8]) -> [String] {
    guard !phrases.isEmpty else { return [] }
    let before = Self.words(in: text, endingAt: range.lowerBound, count: window)
    let after = Self.words(in: text, startingAt: range.upperBound, count: window)
    var found: [String] = []
    for phrase in phrases where Self.contains(before, phrase) || Self.contains(after, phrase) {
      found.append(phrase.joined(separator: " "))
    }
    return found
  }

  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
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

  private static func lowered(_ bytes: ArraySlice<UInt8>) -> String {
    // Other scripts have case too ("Телефон"); only a word with non-ASCII bytes pays for full lowercasing.
    if bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self).lowercased() }
    return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// The words of the `count` whitespace-separated chunks before `end`, in text order.
  ///
  /// The window counts chunks, not words, so that an email address or URL between a cue
  /// and a value ("Contact: Priya Novak, priya.novak@corp.example, 622 138 987") takes one
  /// place in it, not five.
  static func words(in text: [UInt8], endingAt end: Int, count: Int) -> [String] {
    var chunks: [[String]] = []
    var index = end
    while chunks.count < count {
      while index > 0, isSpace(text[index - 1]) { index -= 1 }
      guard index > 0 else { break }
      let chunkEnd = index
      while index > 0, !isSpace(text[index - 1]) { index -= 1 }
      chunks.append(wordsOfChunk(text[index..<chunkEnd]))
    }
    return chunks.reversed().flatMap { $0 }
  }

  /// The words of the `count` whitespace-separated chunks after `start`, in text order.
  static func words(in text: [UInt8], startingAt start: Int, count: Int) -> [String] {
    var words: [String] = []
    var chunks = 0
    var index = start
    while chunks < count {
      while index < text.count, isSpace(text[index]) { index += 1 }
      guard index < text.count else { break }
      let chunkStart = index
      while index < text.count, !isSpace(text[index]) { index += 1 }
      words += wordsOfChunk(text[chunkStart..<index])
      chunks += 1
    }
    return words
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// The lowercased letter-and-digit runs of one chunk.
  private static func wordsOfChunk(_ chunk: ArraySlice<UInt8>) -> [String] {
    var words: [String] = []
    var index = chunk.startIndex
    while index < chunk.endIndex {
      while index < chunk.endIndex, !isWordByte(chunk[index]) { index += 1 }
      let wordStart = index
      while index < chunk.endIndex, isWordByte(chunk[index]) { index += 1 }
      if wordStart < index { words.append(lowered(chunk[wordStart..<index])) }
    }
    return words
  }
}
