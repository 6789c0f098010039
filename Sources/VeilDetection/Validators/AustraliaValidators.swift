import VeilCore

/// Australian Business Number check (first digit minus 1, weights 10,1,3,...,19, mod 89).
public struct AUABNValidator: Validator {
  /// The rule-file name.
  public let name = "au_abn"

  /// Creates the validator.
  public init() {}

  /// Valid for eleven digits whose adjusted weighted sum is divisible by 89.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard var digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 11, digits[0] >= 1, !ValidatorInput.allSame(digits)
    else { return .invalid }
    digits[0] -= 1
    let sum = CheckDigits.weightedSum(digits, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])
    return sum % 89 == 0 ? .valid : .invalid
  }
}

/// Australian Company Number check (weights 8...1, mod 10 complement).
public struct AUACNValidator: Validator {
  /// The rule-file name.
  public let name = "au_acn"

  /// Creates the validator.
  public init() {}

  /// Valid for nine digits whose last digit is the mod 10 complement of the weighted sum.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 9, !ValidatorInput.allSame(digits)
    else { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [8, 7, 6, 5, 4, 3, 2, 1])
    return (10 - sum % 10) % 10 == Int(digits[8]) ? .valid : .invalid
  }
}

/// Australian Tax File Number check (weights 1,4,3,7,5,8,6,9,10 mod 11; also the old 8-digit form).
public struct AUTFNValidator: Validator {
  /// The rule-file name.
  public let name = "au_tfn"

  /// Creates the validator.
  public init() {}

  /// Valid when the weighted sum of the eight or nine digits is divisible by 11.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      !ValidatorInput.allSame(digits)
    else { return .invalid }
    let weights: [Int]
    switch digits.count {
    case 9: weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    case 8: weights = [10, 7, 8, 4, 6, 3, 5, 1]
    default: return .invalid
    }
    return CheckDigits.weightedSum(digits, weights) % 11 == 0 ? .valid : .invalid
  }
}

/// Australian Medicare card number check (first digit 2-6, weights 1,3,7,9,1,3,7,9 mod 10).
public struct AUMedicareValidator: Validator {
  /// The rule-file name.
  public let name = "au_medicare"

  /// Creates the validator.
  public init() {}

  /// Valid for 10 digits (or 11 with the individual reference number) with the right ninth digit.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let digits = ValidatorInput.digits(
        ValidatorInput.trimmed(candidate),
        separators: [ByteClass.space, ByteClass.tab, ByteClass.dash, ByteClass.slash]),
      digits.count == 10 || digits.count == 11, (2...6).contains(digits[0])
    else { return .invalid }
    if digits.count == 11, digits[10] == 0 { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9])
    return sum % 10 == Int(digits[8]) ? .valid : .invalid
  }
}
