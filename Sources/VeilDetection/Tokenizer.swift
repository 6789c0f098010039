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
  /// Whether the token starts a sentence (first token, or after `.`, `!`, `?`, `:`, their full-width and other
  /// scripts' forms such as `。`, or a line break).
  public var startsSentence: Bool
  /// Whether whitespace separates it from the previous token.
  public var spaceBefore: Bool
  /// Whether a line break lies between it and the previous token.
  public var lineBreakBefore: Bool
  /// The bytes of a possessive `'s` (2) or `’s` (4) that end a word of four bytes or more ("Houston's", and the
  /// contraction "it's" alike), or of a Turkish case ending with its apostrophe after a proper noun ("Ankara'da": 3),
  /// 0 when none: lookups read the word without them. (Declared before `key`, it fills the padding: a token stays 32
  /// bytes.)
  public var possessiveLength: UInt8
  /// Whether an inner hyphen joins the word's parts ("Jean-Luc", "Garcia-Roberson"; it fills padding too).
  public var hyphenated: Bool = false
  /// The dictionary lookup key: the hash of the token's text, lowercased.
  public var key: TokenKey

  /// Whether the token is one punctuation byte among `marks` (ASCII) in `bytes`, its text.
  func isMark(in bytes: [UInt8], _ marks: StaticString) -> Bool {
    guard kind == .punctuation, range.count == 1 else { return false }
    let byte = bytes[range.lowerBound]
    return marks.withUTF8Buffer { $0.contains(byte) }
  }
}

/// Unicode-aware word segmentation over UTF-8 bytes.
///
/// ASCII bytes are classified with a table; other scalars are decoded by hand and classified
/// with `Unicode.Scalar.Properties`, so no `String` is created while tokenizing (but for the
/// rare word with a non-ASCII capital, whose key needs Unicode lowercasing). Each word's
/// lookup key is hashed in the same pass.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokenize(_ text: [UInt8]) -> [Token] {
    text.withUnsafeBufferPointer { tokenize($0) }
  }

  /// The tokens of `text`, in order.
  public static func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.count / 4)
    var index = 0
    var sentenceStart = true
    var space = false
    var lineBreak = false
    while index < text.count {
      let byte = text[index]
      let category: Category
      let length: Int
      let scalar: Unicode.Scalar
      if byte < 0x80 {
        (scalar, length) = (Unicode.Scalar(byte), 1)
        category = asciiCategory(byte)
      } else {
        (scalar, length) = decode(text, at: index)
        category = classify(scalar)
      }
      switch category {
      case .space:
        space = true
        index += length
      case .newline:
        space = true
        lineBreak = true
        sentenceStart = true
        index += length
      case .upper, .lower, .letter, .digit:
        let token = word(in: text, at: index)
        let possessive =
          token.apostrophe < 0
          ? 0 : possessiveLength(in: text, word: index..<token.end, apostrophe: token.apostrophe, shape: token.shape)
        tokens.append(
          Token(range: index..<token.end, kind: token.kind, shape: token.shape, startsSentence: sentenceStart,
            spaceBefore: space, lineBreakBefore: lineBreak, possessiveLength: possessive, hyphenated: token.hyphenated,
            key: token.key))
        sentenceStart = false
        space = false
        lineBreak = false
        index = token.end
      case .other:
        let range = index..<(index + length)
        tokens.append(
          Token(range: range, kind: .punctuation, shape: .other, startsSentence: sentenceStart,
            spaceBefore: space, lineBreakBefore: lineBreak, possessiveLength: 0,
            key: TokenKey(lowercased: UnsafeBufferPointer(rebasing: text[range]))))
        if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" || (byte >= 0x80 && endsSentence(scalar)) {
          sentenceStart = true
        }
        space = false
        lineBreak = false
        index += length
      }
    }
    return tokens
  }

  /// Whether `scalar`, a mark beyond ASCII, ends a sentence: the ideographic full stop and the full-width marks of
  /// Chinese and Japanese ("客户很满意。 Kunde war..."), the half-width full stop, the Arabic question mark and the
  /// Devanagari danda.
  @inline(__always)
  private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "：", "．", "｡", "؟", "।": true
    default: false
    }
  }

  /// The length of what follows the last apostrophe (`'` or `’`, at `apostrophe`) of the word at `range`, with the
  /// apostrophe, when it is a possessive `s` after two bytes or more ("Houston's", and the contraction "it's"
  /// alike), or a Turkish case ending after a proper noun ("Ankara'da", "İstanbul'a", "Ahmet'in", "Ayşe'nin"),
  /// which Turkish always writes after an apostrophe; 0 otherwise.
  private static func possessiveLength(
    in text: UnsafeBufferPointer<UInt8>, word range: Range<Int>, apostrophe: Int, shape: Token.Shape
  ) -> UInt8 {
    guard apostrophe - range.lowerBound >= 2 else { return 0 }
    let ending = UnsafeBufferPointer(rebasing: text[(apostrophe + (text[apostrophe] == 0x27 ? 1 : 3))..<range.upperBound])
    if ending.count == 1, ending[0] | 0x20 == 0x73 { return UInt8(range.upperBound - apostrophe) }  // 's, ’s
    guard shape == .capitalized || shape == .upper, ending.count <= 6, turkishCaseEndings.contains(Array(ending)) else {
      return 0
    }
    return UInt8(range.upperBound - apostrophe)
  }

  /// The case endings Turkish puts after a proper noun's apostrophe, in their forms of vowel harmony and
  /// consonant assimilation: dative, accusative, genitive, locative, ablative, instrumental, and the locative
  /// adjective ("Ankara'daki").
  private static let turkishCaseEndings: Set<[UInt8]> = Set(
    [
      "a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "ın", "in", "un", "ün", "nın", "nin", "nun",
      "nün", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "la", "le", "yla", "yle", "daki", "deki", "taki",
      "teki",
    ].map { Array($0.utf8) })

  /// Scans the word or number starting at `start`: letters and digits, with inner
  /// apostrophes or hyphens when a letter follows (O'Brien, Jean-Luc).
  @inline(__always)
  private static func word(
    in text: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> (end: Int, kind: Token.Kind, shape: Token.Shape, key: TokenKey, apostrophe: Int, hyphenated: Bool) {
    // Letters without case (CJK, Arabic, ...); `hasLetter` counts the cased ones from `uppers` and `lowers`, so the
    // loop over ASCII letters keeps no flag of its own.
    var uncasedLetters = false
    var hyphenated = false
    // Where the word's last inner apostrophe starts, or -1.
    var apostrophe = -1
    var uppers = 0
    var lowers = 0
    var hasLetter: Bool { uppers != 0 || lowers != 0 || uncasedLetters }
    var firstUpper = false
    var ascii = true
    var hash = TokenKey.seed
    var position = start
    while position < text.count {
      let byte = text[position]
      // ASCII letters and digits first, by range: they are nearly every byte of a word.
      if byte &- 0x61 < 26 {
        lowers += 1
        hash = TokenKey.add(byte, to: hash)
        position += 1
        continue
      }
      if byte &- 0x41 < 26 {
        if position == start { firstUpper = true }
        uppers += 1
        hash = TokenKey.add(byte | 0x20, to: hash)
        position += 1
        continue
      }
      if byte &- 0x30 < 10 {
        hash = TokenKey.add(byte, to: hash)
        position += 1
        continue
      }
      if byte < 0x80 {
        guard byte == 0x27 || byte == 0x2D, hasLetter, position + 1 < text.count,
          startsLetter(text, at: position + 1)
        else { return finish() }
        if byte == 0x27 { apostrophe = position } else { hyphenated = true }
        hash = TokenKey.add(byte, to: hash)
        position += 1
        continue
      }
      let (scalar, width) = decode(text, at: position)
      switch classify(scalar) {
      case .letter, .upper, .lower:
        ascii = false
        switch letterCase(scalar) {
        case .upper:
          if position == start { firstUpper = true }
          uppers += 1
        case .lower:
          lowers += 1
        default:
          uncasedLetters = true
        }
      case .digit:
        ascii = false
      default:
        // A right single quote joins like an apostrophe (O’Brien).
        guard scalar == "’", hasLetter, position + width < text.count, startsLetter(text, at: position + width)
        else { return finish() }
        apostrophe = position
        ascii = false
      }
      for offset in 0..<width { hash = TokenKey.add(text[position + offset], to: hash) }
      position += width
    }
    return finish()

    func finish() -> (end: Int, kind: Token.Kind, shape: Token.Shape, key: TokenKey, apostrophe: Int, hyphenated: Bool) {
      let shape: Token.Shape
      if !hasLetter {
        shape = .other
      } else if uppers > 0 && lowers == 0 {
        // One capital letter ("J", "Ç" as in "Ç. Yüksel") is an initial's shape, a capitalized word's.
        shape = uppers == 1 && position - start == Self.sequenceLength(text[start]) ? .capitalized : .upper
      } else if firstUpper {
        shape = .capitalized
      } else if uppers == 0 {
        shape = .lower
      } else {
        shape = .other
      }
      // A non-ASCII word with a capital letter needs Unicode lowercasing for its key.
      let key =
        !ascii && uppers > 0
        ? TokenKey(utf8: UnsafeBufferPointer(rebasing: text[start..<position]))
        : TokenKey(raw: TokenKey.finish(hash))
      return (position, hasLetter ? .word : .number, shape, key, apostrophe, hyphenated)
    }
  }

  /// Whether a letter starts at `index`.
  @inline(__always)
  private static func startsLetter(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = text[index]
    if byte < 0x80 { return asciiCategory(byte).isLetter }
    return classify(decode(text, at: index).0).isLetter
  }

  enum Category {
    case upper, lower, letter, digit, space, newline, other

    var isLetter: Bool { self == .upper || self == .lower || self == .letter }
  }

  /// The category of an ASCII byte (a switch, not a table: a global table costs a lazy-initialization check per byte).
  @inline(__always)
  private static func asciiCategory(_ byte: UInt8) -> Category {
    if byte &- 0x61 < 26 { return .lower }
    if byte &- 0x41 < 26 { return .upper }
    if byte &- 0x30 < 10 { return .digit }
    if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { return .space }
    return byte == 0x0A || byte == 0x0D ? .newline : .other
  }

  /// Whether a non-ASCII letter is upper or lower case (`.letter` when it has no case).
  ///
  /// Latin-1 letters, Greek and basic Cyrillic by range, scripts without case (CJK, kana,
  /// Hangul) by block, the rest by Unicode properties.
  static func letterCase(_ scalar: Unicode.Scalar) -> Category {
    switch scalar.value {
    case 0xC0...0xDE: return .upper  // À…Þ (× is not a letter and never gets here)
    case 0xDF...0xFF: return .lower  // ß…ÿ
    case 0x391...0x3A9, 0x400...0x42F: return .upper
    case 0x3B1...0x3C9, 0x430...0x45F: return .lower
    case 0x621...0x64A, 0x904...0x939, 0x3041...0x9FFF, 0xAC00...0xD7A3: return .letter
    default:
      let properties = scalar.properties
      if properties.isUppercase { return .upper }
      return properties.isLowercase ? .lower : .letter
    }
  }

  static func classify(_ scalar: Unicode.Scalar) -> Category {
    switch scalar.value {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x0A, 0x0D: return .newline
    case 0x20, 0x09, 0x0B, 0x0C: return .space
    case 0..<0x80: return .other
    // Common blocks without a property lookup (a test checks each against the properties):
    // Latin-1 and Latin Extended letters (but × and ÷), CJK ideographs, kana, Hangul
    // syllables; punctuation, symbols and emoji, which chat is full of.
    case 0xC0...0x24F where scalar.value != 0xD7 && scalar.value != 0xF7: return .letter
    case 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3: return .letter
    case 0x400...0x481, 0x621...0x64A, 0x904...0x939: return .letter  // Cyrillic, Arabic, Devanagari letters
    case 0xA1...0xA9, 0x3001...0x3003, 0xFF01...0xFF0F, 0xFF1A...0xFF20: return .other  // ¡ £ ¥ ©, CJK punctuation
    case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x245F, 0x2500...0x27BF, 0x1F300...0x1FAFF:
      return .other
    default: return classifyByProperties(scalar)
    }
  }

  /// The category of a scalar from its Unicode properties.
  static func classifyByProperties(_ scalar: Unicode.Scalar) -> Category {
    let properties = scalar.properties
    if properties.isAlphabetic || properties.generalCategory == .nonspacingMark { return .letter }
    if properties.numericType == .decimal { return .digit }
    if properties.isWhitespace { return scalar.value == 0x2028 || scalar.value == 0x2029 ? .newline : .space }
    return .other
  }

  /// Decodes the scalar at `index` of valid UTF-8.
  static func decode(_ text: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    text.withUnsafeBufferPointer { decode($0, at: index) }
  }

  /// The bytes of the UTF-8 sequence that `lead` opens (1 for ASCII).
  @inline(__always)
  static func sequenceLength(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// Decodes the scalar at `index` of valid UTF-8.
  @inline(__always)
  static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
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
