import VeilCore

/// UK NHS number check (mod 11 with weights 10...2).
public struct UKNHSValidator: Validator {
  /// The rule-file name.
  public let name = "uk_nhs"

  /// Creates the validator.
  public init() {}

  /// Valid for ten digits whose mod 11 check digit is right (a computed 10 is never valid).
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 10, !ValidatorInput.allSame(digits)
    else { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2])
    let check = (11 - sum % 11) % 11
    return check != 10 && check == Int(digits[9]) ? .valid : .invalid
  }
}
