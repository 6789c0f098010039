import VeilCore

/// South African ID number check (Luhn on 13 digits, YYMMDD birth date, citizenship digit).
public struct ZAIDValidator: Validator {
  /// The rule-file name.
  public let name = "za_id"

  /// Creates the validator.
  public init() {}

  /// Valid with a real birth date, citizenship digit 0-2 and a passing Luhn check.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 13, !ValidatorInput.allSame(digits), digits[10] <= 2
    else { return .invalid }
    let yy = ValidatorInput.number(digits[0..<2])
    let month = ValidatorInput.number(digits[2..<4])
    let day = ValidatorInput.number(digits[4..<6])
    guard ValidatorCalendar.isValid(years: NumericDate.twoDigitYears(yy), month: month, day: day)
    else {
      return .invalid
    }
    return CheckDigits.luhn(digits) ? .valid : .invalid
  }
}

/// Nigerian National Identification Number structure check (no public checksum).
public struct NGNINValidator: Validator {
  /// The rule-file name.
  public let name = "ng_nin"

  /// Creates the validator.
  public init() {}

  /// Unknown for eleven digits that are not all the same; invalid otherwise.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 11, !ValidatorInput.allSame(digits)
    else { return .invalid }
    return .unknown
  }
}
