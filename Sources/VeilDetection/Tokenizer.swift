import VeilCore

/// A word, number or punctuation mark, with its byte range and shape.
public struct Token: Sendable, Hashable {
  /// What kind of token it is.
  public enum Kind: UInt8, Sendable {
    /// Letters (with inner apostrophes or hyphens: O'Brien, Jean-Luc), possibly with digits.
    case word
    /// Digits only.
    case number
    /// Anything else that is not whitespace, one character per token.
    case punctuation
  }

  /// The capitalization of a word.
  public enum Shape: UInt8, Sendable {
    /// `mark`.
    case lower
    /// `Mark`, `McDonald`.
    case capitalized
    /// `MARK`.
    case upper
    /// `iPhone`, digits, punctuation.
    case other
  }

  /// UTF-8 byte range in the text.
  public var range: Range<Int>
  /// The kind.
  public var kind: Kind
  /// The capitalization.
  public var shape: Shape
  /// Whether the token starts a sentence (first token, or after `.`, `!`, `?`, `:` or a line break).
  public var startsSentence: Bool
  /// Whether whitespace separates it from the previous token.
  public var spaceBefore: Bool
  /// Whether a line break lies between it and the previous token.
  public var lineBreakBefore: Bool
}

/// Unicode-aware word segmentation over UTF-8 bytes.
///
/// ASCII is classified with a table; other scalars are decoded by hand and classified
/// with `Unicode.Scalar.Properties`, so no `String` is created while tokenizing.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokenize(_ text: [UInt8]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.count / 5)
    var index = 0
    var sentenceStart = true
    var space = false
    var lineBreak = false
    while index < text.count {
      let (scalar, length) = decode(text, at: index)
      let category = classify(scalar)
      switch category {
      case .space, .newline:
        space = true
        if category == .newline {
          lineBreak = true
          sentenceStart = true
        }
        index += length
      case .letter, .digit:
        let start = index
        var hasLetter = false
        var uppers = 0
        var lowers = 0
        var firstUpper = false
        var position = index
        var first = true
        while position < text.count {
          let (current, width) = decode(text, at: position)
          let kind = classify(current)
          if kind == .letter {
            hasLetter = true
            let value = current.value
            // ASCII case by range; scripts without case (CJK, kana, Hangul) by block; others by Unicode properties.
            let caseless = (0x3041...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
            let upper = value < 0x80 ? (value >= 0x41 && value <= 0x5A) : !caseless && current.properties.isUppercase
            let lower = value < 0x80 ? (value >= 0x61 && value <= 0x7A) : !caseless && !upper && current.properties.isLowercase
            if upper {
              uppers += 1
              if first { firstUpper = true }
            } else if lower {
              lowers += 1
            }
          } else if kind == .digit {
          } else if (current == "'" || current == "’" || current == "-") && position + width < text.count {
            // Inner apostrophe or hyphen: only when a letter follows (O'Brien, Jean-Luc).
            let (next, _) = decode(text, at: position + width)
            guard classify(next) == .letter, hasLetter else { break }
          } else {
            break
          }
          first = false
          position += width
        }
        let shape: Token.Shape
        if !hasLetter {
          shape = .other
        } else if uppers > 0 && lowers == 0 {
          shape = uppers == 1 && position - start == 1 ? .capitalized : .upper
        } else if firstUpper {
          shape = .capitalized
        } else if uppers == 0 {
          shape = .lower
        } else {
          shape = .other
        }
        tokens.append(Token(range: start..<position, kind: hasLetter ? .word : .number, shape: shape,
          startsSentence: sentenceStart, spaceBefore: space, lineBreakBefore: lineBreak))
        sentenceStart = false
        space = false
        lineBreak = false
        index = position
      case .other:
        tokens.append(Token(range: index..<(index + length), kind: .punctuation, shape: .other,
          startsSentence: sentenceStart, spaceBefore: space, lineBreakBefore: lineBreak))
        if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" { sentenceStart = true }
        space = false
        lineBreak = false
        index += length
      }
    }
    return tokens
  }

  enum Category { case letter, digit, space, newline, other }

  static func classify(_ scalar: Unicode.Scalar) -> Category {
    switch scalar.value {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x0A, 0x0D: return .newline
    case 0x20, 0x09, 0x0B, 0x0C: return .space
    case 0..<0x80: return .other
    // Common letter blocks without a property lookup: Latin-1 and Latin Extended letters
    // (but × and ÷), CJK ideographs, kana, Hangul syllables.
    case 0xC0...0x24F where scalar.value != 0xD7 && scalar.value != 0xF7: return .letter
    case 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3: return .letter
    default:
      let properties = scalar.properties
      if properties.isAlphabetic || properties.generalCategory == .nonspacingMark { return .letter }
      if properties.numericType == .decimal { return .digit }
      if properties.isWhitespace { return scalar.value == 0x2028 || scalar.value == 0x2029 ? .newline : .space }
      return .other
    }
  }

  /// Decodes the scalar at `index` of valid UTF-8.
  @inline(__always)
  static func decode(_ text: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = text[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    if lead < 0xE0 {
      value = UInt32(lead & 0x1F)
      length = 2
    } else if lead < 0xF0 {
      value = UInt32(lead & 0x0F)
      length = 3
    } else {
      value = UInt32(lead & 0x07)
      length = 4
    }
    guard index + length <= text.count else { return ("\u{FFFD}", 1) }
    for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
