import VeilCore

/// ISO 7064 MOD 11,10 hybrid check (German tax ID, Croatian OIB and similar).
public struct ISO7064Mod11_10Validator: Validator {
  /// The rule-file name.
  public let name = "iso7064_mod11_10"

  /// Creates the validator.
  public init() {}

  /// Valid when the digits (at least two, not all equal) pass ISO 7064 MOD 11,10.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count >= 2, !ValidatorInput.allSame(digits)
    else { return .invalid }
    return ISO7064Mod11_10Validator.isValid(digits) ? .valid : .invalid
  }

  /// Whether digit values (check digit last) pass ISO 7064 MOD 11,10.
  static func isValid(_ digits: [UInt8]) -> Bool {
    guard let check = digits.last else { return false }
    var product = 10
    for digit in digits.dropLast() {
      var sum = (product + Int(digit)) % 10
      if sum == 0 { sum = 10 }
      product = (sum * 2) % 11
    }
    return (product + Int(check)) % 10 == 1
  }
}
