import VeilCore

/// Polish PESEL check: weights 1,3,7,9 and a real embedded birth date.
public struct PLPESELValidator: Validator {
  /// The rule-file name.
  public let name = "pl_pesel"

  /// Creates the validator.
  public init() {}

  /// Valid for 11 digits with the right check digit and a real century-encoded birth date.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 11, !ValidatorInput.allSame(digits)
    else { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])
    guard (10 - sum % 10) % 10 == Int(digits[10]) else { return .invalid }
    let yy = ValidatorInput.number(digits[0..<2])
    let encodedMonth = ValidatorInput.number(digits[2..<4])
    let day = ValidatorInput.number(digits[4..<6])
    let centuries = [(80, 1800), (0, 1900), (20, 2000), (40, 2100), (60, 2200)]
    for (offset, century) in centuries where encodedMonth > offset && encodedMonth <= offset + 12 {
      let valid = ValidatorCalendar.isValid(
        year: century + yy, month: encodedMonth - offset, day: day)
      return valid ? .valid : .invalid
    }
    return .invalid
  }
}

/// Polish NIP (tax number) check: weights 6,5,7,2,3,4,5,6,7 mod 11.
public struct PLNIPValidator: Validator {
  /// The rule-file name.
  public let name = "pl_nip"

  /// Creates the validator.
  public init() {}

  /// Valid for ten digits (optional "PL" prefix) whose mod 11 check digit is right.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    var text = ValidatorInput.trimmed(candidate)
    if text.count >= 2, ByteClass.uppercased(text[text.startIndex]) == 0x50,
      ByteClass.uppercased(text[text.startIndex + 1]) == 0x4C
    {
      text = ValidatorInput.trimmed(text.dropFirst(2))
    }
    guard let digits = ValidatorInput.digits(text), digits.count == 10,
      !ValidatorInput.allSame(digits)
    else { return .invalid }
    let check = CheckDigits.weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
    return check != 10 && check == Int(digits[9]) ? .valid : .invalid
  }
}

/// Polish REGON (business register number) check for the 9- and 14-digit forms.
public struct PLREGONValidator: Validator {
  /// The rule-file name.
  public let name = "pl_regon"

  /// Creates the validator.
  public init() {}

  /// Valid when the mod 11 check digit (10 counts as 0) is right; 14 digits check both parts.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      !ValidatorInput.allSame(digits)
    else { return .invalid }
    switch digits.count {
    case 9:
      return PLREGONValidator.checks(digits, [8, 9, 2, 3, 4, 5, 6, 7]) ? .valid : .invalid
    case 14:
      let base = Array(digits[0..<9])
      let ok =
        PLREGONValidator.checks(base, [8, 9, 2, 3, 4, 5, 6, 7])
        && PLREGONValidator.checks(digits, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8])
      return ok ? .valid : .invalid
    default:
      return .invalid
    }
  }

  /// Whether the last digit equals the weighted sum mod 11 (10 becomes 0).
  static func checks(_ digits: [UInt8], _ weights: [Int]) -> Bool {
    let check = CheckDigits.weightedSum(digits, weights) % 11 % 10
    return check == Int(digits[digits.count - 1])
  }
}
