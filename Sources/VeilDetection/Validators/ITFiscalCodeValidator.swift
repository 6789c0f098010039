import VeilCore

/// Italian codice fiscale check: structure (with omocodia), birth date and control character.
public struct ITFiscalCodeValidator: Validator {
  /// The rule-file name.
  public let name = "it_fiscal_code"

  /// Creates the validator.
  public init() {}

  /// Valid for a well-formed 16-character code whose last letter matches the odd/even tables.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let chars = ValidatorInput.alphanumerics(
        ValidatorInput.trimmed(candidate), separators: ValidatorInput.blankSeparators),
      chars.count == 16
    else { return .invalid }
    var decoded = chars
    for (offset, byte) in chars.enumerated() {
      if ITFiscalCodeValidator.letterPositions.contains(offset) {
        guard ByteClass.isUpper(byte) else { return .invalid }
      } else {
        guard let digit = ITFiscalCodeValidator.omocodiaDigit(byte) else { return .invalid }
        decoded[offset] = digit
      }
    }
    guard let monthIndex = ITFiscalCodeValidator.monthLetters.firstIndex(of: chars[8]) else {
      return .invalid
    }
    var day = Int(decoded[9] - 0x30) * 10 + Int(decoded[10] - 0x30)
    if day > 40 { day -= 40 }
    guard day >= 1, day <= ValidatorCalendar.daysIn(month: monthIndex + 1, leap: true) else {
      return .invalid
    }
    var sum = 0
    for offset in 0..<15 {
      guard let value = ByteClass.base36Value(chars[offset]) else { return .invalid }
      let index = value >= 10 ? value - 10 : value
      sum += offset % 2 == 0 ? ITFiscalCodeValidator.oddValues[index] : index
    }
    return UInt8(0x41 + sum % 26) == chars[15] ? .valid : .invalid
  }

  /// Offsets that must always be letters (surname, name, month, place letter, control).
  static let letterPositions: Set<Int> = [0, 1, 2, 3, 4, 5, 8, 11, 15]
  /// Month letters A=January ... T=December.
  static let monthLetters: [UInt8] = Array("ABCDEHLMPRST".utf8)
  /// Values of characters in odd (1-based) positions, indexed by digit value or letter index.
  static let oddValues = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
  ]
  private static let omocodiaLetters: [UInt8] = Array("LMNPQRSTUV".utf8)

  /// The ASCII digit for a digit position, decoding omocodia letters L...V to 0...9.
  static func omocodiaDigit(_ byte: UInt8) -> UInt8? {
    if ByteClass.isDigit(byte) { return byte }
    guard let index = omocodiaLetters.firstIndex(of: byte) else { return nil }
    return 0x30 + UInt8(index)
  }
}
