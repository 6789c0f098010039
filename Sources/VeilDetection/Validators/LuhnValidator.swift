import VeilCore

/// Luhn (mod 10) check used by payment cards, IMEIs and many other identifiers.
public struct LuhnValidator: Validator {
  /// The rule-file name.
  public let name = "luhn"

  /// Creates the validator.
  public init() {}

  /// Valid when the digits (separators removed) pass Luhn and are not all the same digit.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count >= 2, !ValidatorInput.allSame(digits)
    else { return .invalid }
    return CheckDigits.luhn(digits) ? .valid : .invalid
  }
}
