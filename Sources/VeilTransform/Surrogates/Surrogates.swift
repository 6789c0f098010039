/// Format-preserving surrogate generators: pure functions from an original value and a seeded stream to a realistic
/// replacement of the same shape.
///
/// Every generator draws only from the `SurrogateRandom` it is given, in a fixed order, so the same original and the
/// same stream always give the same surrogate, on every machine. None of them reads the original beyond its shape
/// and the parts it deliberately keeps (country codes, card brands, separators).
///
/// Generators work on ASCII bytes. Text with other characters is first read one character at a time: a digit of
/// another script becomes its ASCII digit, a letter of another script becomes `A` or `a` by its case (`a` when it
/// has none, as in CJK), and any other character is kept as it is. So no letter or digit of the original survives
/// unless a generator deliberately keeps it, and lengths in characters are preserved.
public enum Surrogates {
  /// Same length and character classes: digits→digits, A-Z→A-Z, a-z→a-z, other characters kept (also non-ASCII
  /// letters → ASCII letters of the same case).
  ///
  /// Length is counted in characters. Letters without case (CJK, Arabic…) become lowercase ASCII letters and
  /// non-ASCII decimal digits become ASCII digits.
  public static func sameShape(_ original: String, _ random: inout SurrogateRandom) -> String {
    var bytes = SurrogateText.units(original)
    shape(&bytes, bytes.indices, &random)
    return SurrogateText.string(bytes)
  }

  /// Replaces the ASCII letters and digits of `bytes[range]` with random ones of the same class and case.
  static func shape(_ bytes: inout [UInt8], _ range: Range<Int>, _ random: inout SurrogateRandom) {
    for index in range { bytes[index] = shapeByte(bytes[index], &random) }
  }

  /// One byte of `sameShape`.
  static func shapeByte(_ byte: UInt8, _ random: inout SurrogateRandom) -> UInt8 {
    if ASCII.isDigit(byte) { return random.digit() }
    if ASCII.isUpper(byte) { return random.letter(uppercase: true) }
    if ASCII.isLower(byte) { return random.letter(uppercase: false) }
    return byte
  }
}

/// ASCII byte classes.
enum ASCII {
  /// `0-9`.
  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  /// `A-Z`.
  static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  /// `a-z`.
  static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  /// `A-Z` or `a-z`.
  static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
  /// A letter or a digit.
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
  /// `A-F`.
  static func isUpperHex(_ byte: UInt8) -> Bool { byte &- 0x41 < 6 }

  /// The value 0...15 of a hexadecimal digit, or nil.
  static func hexValue(_ byte: UInt8) -> UInt8? {
    if isDigit(byte) { return byte - 0x30 }
    if byte &- 0x41 < 6 { return byte - 0x41 + 10 }
    if byte &- 0x61 < 6 { return byte - 0x61 + 10 }
    return nil
  }

  /// The hexadecimal digit for `value` (0...15).
  static func hex(_ value: UInt8, uppercase: Bool) -> UInt8 {
    value < 10 ? 0x30 + value : (uppercase ? 0x41 : 0x61) + value - 10
  }

  /// The byte lowercased (letters only).
  static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

  /// The byte uppercased (letters only).
  static func uppercased(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }

  /// Whether the bytes have letters and all of them are uppercase.
  static func isAllUpper<C: Collection<UInt8>>(_ bytes: C) -> Bool {
    var letters = false
    for byte in bytes {
      if isLower(byte) { return false }
      if isUpper(byte) { letters = true }
    }
    return letters
  }

  /// The bytes of an ASCII string literal.
  static func bytes(_ text: StaticString) -> [UInt8] {
    text.withUTF8Buffer { Array($0) }
  }
}

/// Conversions between text and the byte units the generators work on, and name-text helpers (no Foundation).
enum SurrogateText {
  /// The text as ASCII-shaped bytes (see `Surrogates`): other scripts' digits and letters become ASCII, other
  /// characters keep their UTF-8 bytes.
  static func units(_ text: String) -> [UInt8] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.utf8) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for character in text {
      if character.isASCII {
        bytes.append(contentsOf: character.utf8)
      } else if let value = digitValue(character) {
        bytes.append(0x30 + value)
      } else if character.isLetter {
        bytes.append(character.isUppercase ? 0x41 : 0x61)
      } else {
        bytes.append(contentsOf: character.utf8)
      }
    }
    return bytes
  }

  /// The bytes as a string (invalid UTF-8 cannot arise: only whole characters are kept).
  static func string<C: Collection<UInt8>>(_ bytes: C) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// The value 0...9 of a decimal digit character (ASCII or another script's), or nil.
  static func digitValue(_ character: Character) -> UInt8? {
    if let ascii = character.asciiValue { return ASCII.isDigit(ascii) ? ascii - 0x30 : nil }
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      scalar.properties.numericType == .decimal, let value = character.wholeNumberValue, (0...9).contains(value)
    else { return nil }
    return UInt8(value)
  }

  /// ASCII lowercase letters and digits of `text`, Latin accents folded (`José` → `jose`), other characters dropped.
  static func asciiFold(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x30...0x39, 0x61...0x7A: result.unicodeScalars.append(scalar)
      case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(UInt8(value + 0x20)))
      default:
        if let folded = latinFold[value] { result += folded }
      }
    }
    return result
  }

  /// Latin-1 and Latin Extended-A letters → ASCII lowercase.
  private static let latinFold: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let groups: [(String, String)] = [
      ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
      ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķĸ", "k"),
      ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇňŉŊŋ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
      ("ŚśŜŝŞşŠšſ", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"),
      ("ŹźŻżŽž", "z"), ("Ææ", "ae"), ("Œœ", "oe"), ("ß", "ss"), ("Þþ", "th"), ("Ĳĳ", "ij"),
    ]
    for (letters, ascii) in groups {
      for scalar in letters.unicodeScalars { table[scalar.value] = ascii }
    }
    return table
  }()

  /// The case style of a word: all upper, all lower, or anything else (title / mixed).
  enum CaseStyle {
    case upper
    case lower
    case title
  }

  /// How `word` is cased; a single capital letter counts as title case.
  static func caseStyle(of word: Substring) -> CaseStyle {
    var upper = 0
    var lower = 0
    for character in word where character.isLetter {
      if character.isUppercase { upper += 1 } else if character.isLowercase { lower += 1 }
    }
    if lower == 0, upper >= 2 { return .upper }
    if upper == 0, lower >= 1 { return .lower }
    return .title
  }

  /// `word` written in `style`; title keeps the word's own inner capitals (`McKenzie`) and raises the first letter.
  static func apply(_ style: CaseStyle, to word: String) -> String {
    switch style {
    case .upper: return word.uppercased()
    case .lower: return word.lowercased()
    case .title:
      guard let first = word.first else { return word }
      return first.uppercased() + word.dropFirst()
    }
  }
}
