import VeilCore

/// ISO 13616 IBAN check: known country, exact national length, ISO 7064 MOD 97-10.
public struct IBANValidator: Validator {
  /// The rule-file name.
  public let name = "iban"

  /// Creates the validator.
  public init() {}

  /// Valid when the country is in the SWIFT registry, the length matches it and mod 97 is 1.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let chars = ValidatorInput.alphanumerics(
        ValidatorInput.trimmed(candidate),
        separators: [ByteClass.space, ByteClass.tab, ByteClass.dash])
    else { return .invalid }
    guard chars.count >= 5, ByteClass.isUpper(chars[0]), ByteClass.isUpper(chars[1]),
      ByteClass.isDigit(chars[2]), ByteClass.isDigit(chars[3])
    else { return .invalid }
    let country = String(decoding: chars[0..<2], as: UTF8.self)
    guard let length = IBANRegistry.lengths[country], chars.count == length else {
      return .invalid
    }
    let check = Int(chars[2] - 0x30) * 10 + Int(chars[3] - 0x30)
    guard check >= 2, check <= 98 else { return .invalid }
    return IBANValidator.mod97(chars) == 1 ? .valid : .invalid
  }

  /// The ISO 7064 MOD 97-10 remainder of an upper-case IBAN (first four characters moved last).
  static func mod97(_ chars: [UInt8]) -> Int {
    var remainder = 0
    for offset in 0..<chars.count {
      let byte = chars[(offset + 4) % chars.count]
      guard let value = ByteClass.base36Value(byte) else { return -1 }
      remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
    }
    return remainder
  }
}

/// IBAN lengths per country code from the SWIFT IBAN registry (release 100+, 89 countries).
enum IBANRegistry {
  /// Country code to total IBAN length.
  static let lengths: [String: Int] = [
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
  ]
}
