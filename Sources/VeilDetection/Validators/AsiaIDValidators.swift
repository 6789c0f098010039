import VeilCore

/// South Korean Resident Registration Number check (mod 11 check digit and birth date).
public struct KRRRNValidator: Validator {
  /// The rule-file name.
  public let name = "kr_rrn"

  /// Creates the validator.
  public init() {}

  /// Valid with a real birth date and check digit; unknown for a post-2020-10 number failing it.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 13, !ValidatorInput.allSame(digits)
    else { return .invalid }
    let century: Int
    switch digits[6] {
    case 9, 0: century = 1800
    case 1, 2, 5, 6: century = 1900
    case 3, 4, 7, 8: century = 2000
    default: return .invalid
    }
    let year = century + ValidatorInput.number(digits[0..<2])
    let month = ValidatorInput.number(digits[2..<4])
    let day = ValidatorInput.number(digits[4..<6])
    guard ValidatorCalendar.isValid(year: year, month: month, day: day) else { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])
    if (11 - sum % 11) % 10 == Int(digits[12]) { return .valid }
    let issuedWithoutCheckDigit = year * 10_000 + month * 100 + day >= 2020_10_01
    return issuedWithoutCheckDigit ? .unknown : .invalid
  }
}

/// Thai national ID (13 digits, weights 13...2 mod 11).
public struct THTNINValidator: Validator {
  /// The rule-file name.
  public let name = "th_tnin"

  /// Creates the validator.
  public init() {}

  /// Valid for thirteen digits whose last digit is (11 - sum mod 11) mod 10.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 13, !ValidatorInput.allSame(digits)
    else { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2])
    return (11 - sum % 11) % 10 == Int(digits[12]) ? .valid : .invalid
  }
}

/// Turkish TC Kimlik number check (11 digits, first not 0, two check digits).
public struct TRTCKNValidator: Validator {
  /// The rule-file name.
  public let name = "tr_tckn"

  /// Creates the validator.
  public init() {}

  /// Valid when both TC Kimlik check-digit rules hold.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 11, digits[0] != 0
    else { return .invalid }
    let values = digits.map(Int.init)
    let odd = values[0] + values[2] + values[4] + values[6] + values[8]
    let even = values[1] + values[3] + values[5] + values[7]
    let tenth = ((odd * 7 - even) % 10 + 10) % 10
    let eleventh = values[0..<10].reduce(0, +) % 10
    return tenth == values[9] && eleventh == values[10] ? .valid : .invalid
  }
}
