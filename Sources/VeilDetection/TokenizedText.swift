import VeilCore

/// A text unit split into tokens, shared by every dictionary-based recognizer so that the
/// text is tokenized once.
public struct TokenizedText: Sendable {
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
    public subscript(index: Int) -> String {
      let token = text.tokens[index]
      return text.unit.utf8.withUnsafeBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(rebasing: buffer[token.range])
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
          // A token with no capital letter (lowercase, or a script without case) is its own key.
          if token.shape == .lower || token.kind != .word { return String(decoding: bytes, as: UTF8.self) }
          return String(decoding: bytes, as: UTF8.self).lowercased()
        }
        // ASCII lowercased straight into the string's storage (inline for up to 15 bytes: no allocation).
        return String(unsafeUninitializedCapacity: bytes.count) { storage in
          for (offset, byte) in bytes.enumerated() { storage[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
          return bytes.count
        }
      }
    }
  }

  /// The original text of token `index`.
  public func text(_ index: Int) -> String { String(decoding: unit.utf8[tokens[index].range], as: UTF8.self) }

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
