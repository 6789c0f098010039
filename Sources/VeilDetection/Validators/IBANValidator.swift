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
