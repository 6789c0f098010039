import VeilCore

/// Finnish personal identity code (HETU) check: DDMMYY, century sign, individual number, mod 31.
public struct FIPersonalIdentityCodeValidator: Validator {
  /// The rule-file name.
  public let name = "fi_personal_identity_code"

  /// Creates the validator.
  public init() {}

  /// Valid for DDMMYYCZZZQ with a real date, individual number 002...999 and right check character.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = Array(ValidatorInput.trimmed(candidate)).map(ByteClass.uppercased)
    guard text.count == 11 else { return .invalid }
    let numberPart = Array(text[0..<6]) + Array(text[7..<10])
    guard numberPart.allSatisfy(ByteClass.isDigit) else { return .invalid }
    let values = numberPart.map { $0 - 0x30 }
    guard let century = FIPersonalIdentityCodeValidator.century(text[6]) else { return .invalid }
    let day = ValidatorInput.number(values[0..<2])
    let month = ValidatorInput.number(values[2..<4])
    let year = century + ValidatorInput.number(values[4..<6])
    guard ValidatorCalendar.isValid(year: year, month: month, day: day) else { return .invalid }
    guard ValidatorInput.number(values[6..<9]) >= 2 else { return .invalid }
    let remainder = ValidatorInput.number(values) % 31
    return FIPersonalIdentityCodeValidator.checkCharacters[remainder] == text[10]
      ? .valid : .invalid
  }

  /// Check characters indexed by the nine-digit number modulo 31.
  static let checkCharacters: [UInt8] = Array("0123456789ABCDEFHJKLMNPRSTUVWXY".utf8)

  /// The century for a separator sign, including the 2023 additions.
  static func century(_ sign: UInt8) -> Int? {
    switch sign {
    case ByteClass.plus: return 1800
    case ByteClass.dash, 0x59, 0x58, 0x57, 0x56, 0x55: return 1900
    case 0x41, 0x42, 0x43, 0x44, 0x45, 0x46: return 2000
    default: return nil
    }
  }
}

/// Swedish personnummer (and samordningsnummer) check: Luhn over ten digits plus a real date.
public struct SEPersonnummerValidator: Validator {
  /// The rule-file name.
  public let name = "se_personnummer"

  /// Creates the validator.
  public init() {}

  /// Valid for YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD-NNNC passing Luhn with a real date.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    var digits: [UInt8] = []
    var separator: UInt8?
    var separatorPosition = 0
    for byte in text {
      if ByteClass.isDigit(byte) {
        digits.append(byte - 0x30)
      } else if byte == ByteClass.dash || byte == ByteClass.plus || byte == ByteClass.space,
        separator == nil
      {
        separator = byte
        separatorPosition = digits.count
      } else {
        return .invalid
      }
    }
    guard digits.count == 10 || digits.count == 12 else { return .invalid }
    if separator != nil, separatorPosition != digits.count - 4 { return .invalid }
    let short = Array(digits.suffix(10))
    guard !ValidatorInput.allSame(short), CheckDigits.luhn(short) else { return .invalid }
    let yy = ValidatorInput.number(short[0..<2])
    let month = ValidatorInput.number(short[2..<4])
    var day = ValidatorInput.number(short[4..<6])
    if day > 60 { day -= 60 }
    let years: [Int]
    if digits.count == 12 {
      years = [ValidatorInput.number(digits[0..<4])]
    } else if separator == ByteClass.plus {
      years = [1800 + yy, 1900 + yy]
    } else {
      years = [1900 + yy, 2000 + yy]
    }
    return ValidatorCalendar.isValid(years: years, month: month, day: day) ? .valid : .invalid
  }
}
