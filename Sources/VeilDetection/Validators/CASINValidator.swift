import VeilCore

/// Canadian Social Insurance Number check (Luhn, first digit not 0 or 8).
public struct CASINValidator: Validator {
  /// The rule-file name.
  public let name = "ca_sin"

  /// Creates the validator.
  public init() {}

  /// Valid for nine digits passing Luhn whose first digit is neither 0 nor 8.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 9, digits[0] != 0, digits[0] != 8, !ValidatorInput.allSame(digits)
    else { return .invalid }
    return CheckDigits.luhn(digits) ? .valid : .invalid
  }
}
