import VeilCore

/// A text unit split into tokens, with a lowercased key for each word, shared by every
/// dictionary-based recognizer so that the text is tokenized once.
public struct TokenizedText: Sendable {
  /// The text unit.
  public let unit: TextUnit
  /// Its tokens.
  public let tokens: [Token]
  /// For each token, its text lowercased (the dictionary lookup key).
  public let keys: [String]

  /// Tokenizes `unit`.
  public init(_ unit: TextUnit) {
    self.unit = unit
    tokens = Tokenizer.tokenize(unit.utf8)
    keys = tokens.map { token in
      let bytes = unit.utf8[token.range]
      if bytes.allSatisfy({ $0 < 0x80 }) {
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
      }
      return String(decoding: bytes, as: UTF8.self).lowercased()
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
