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

  static func words(in text: [UInt8], endingAt end: Int, count: Int) -> [String] {
    var words: [String] = []
    var index = end
    while words.count < count {
      while index > 0, !isWordByte(text[index - 1]) { index -= 1 }
      guard index > 0 else { break }
      let wordEnd = index
      while index > 0, isWordByte(text[index - 1]) { index -= 1 }
      words.append(lowered(text[index..<wordEnd]))
    }
    return words.reversed()
  }

  static func words(in text: [UInt8], startingAt start: Int, count: Int) -> [String] {
    var words: [String] = []
    var index = start
    while words.count < count {
      while index < text.count, !isWordByte(text[index]) { index += 1 }
      guard index < text.count else { break }
      let wordStart = index
      while index < text.count, isWordByte(text[index]) { index += 1 }
      words.append(lowered(text[wordStart..<index]))
    }
    return words
  }
}
