import VeilCore

/// A text unit split into tokens, shared by every dictionary-based recognizer so that the
/// text is tokenized once.
///
/// A class, immutable: the person rule's helpers and closures pass it around by the hundred per
/// text, and a copy of a struct holding the text and its tokens retained each of its parts.
public final class TokenizedText: Sendable {
  /// The text unit.
  public let unit: TextUnit
  /// Its tokens, each with its lookup key.
  public let tokens: [Token]

  /// Tokenizes `unit`.
  public init(_ unit: TextUnit) {
    self.unit = unit
    tokens = Tokenizer.tokenize(unit.utf8)
  }

  /// The lowercased text of each token, made when asked for (lookups use `Token.key`).
  public var keys: Keys { Keys(text: self) }

  /// The lowercased text of each token.
  public struct Keys: Sendable {
    let text: TokenizedText

    /// The lowercased text of token `index`.
    public subscript(index: Int) -> String { TokenizedText.lowercased(text.unit.utf8[text.tokens[index].range]) }
  }

  /// `bytes` as a lowercased string: ASCII straight into the string's storage (inline, no
  /// allocation, up to 15 bytes), anything else by Unicode's rules.
  static func lowercased(_ bytes: some Collection<UInt8>) -> String {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
    return String(unsafeUninitializedCapacity: bytes.count) { storage in
      for (offset, byte) in bytes.enumerated() { storage[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
      return bytes.count
    }
  }

  /// The original text of token `index`.
  public func text(_ index: Int) -> String { String(decoding: unit.utf8[tokens[index].range], as: UTF8.self) }

  /// The length of token `index` without a possessive `'s` or `’s` ("Meza's" → 4).
  @inline(__always)
  public func lengthWithoutPossessive(_ index: Int) -> Int {
    tokens[index].range.count - Int(tokens[index].possessiveLength)
  }

  /// The lookup key of token `index` without its possessive `'s` ("Houston's" → "houston"), or `nil` when it has none.
  @inline(__always)
  public func possessiveStemKey(_ index: Int) -> TokenKey? {
    guard tokens[index].possessiveLength != 0 else { return nil }
    let start = tokens[index].range.lowerBound
    return TokenKey(utf8: unit.utf8[start..<(start + lengthWithoutPossessive(index))])
  }

  /// Whether tokens `index - 1` and `index` are adjacent words on one line (one run of spaces at most).
  public func continuesPhrase(at index: Int) -> Bool {
    index > 0 && !tokens[index].lineBreakBefore
  }
}

/// A recognizer that works on tokens; the analyzer tokenizes each text once for all of them.
public protocol TokenRecognizer: Recognizer {
  /// Appends every finding in `text`.
  func recognize(_ text: TokenizedText, into findings: inout [Finding])
}

extension TokenRecognizer {
  /// Tokenizes `text` and recognizes in it (for use outside the analyzer).
  public func recognize(_ text: TextUnit, into findings: inout [Finding]) throws(DetectionError) {
    recognize(TokenizedText(text), into: &findings)
  }
}
