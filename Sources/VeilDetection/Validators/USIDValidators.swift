import VeilCore

/// US ABA routing transit number check (weights 3,7,1 mod 10 and a Federal Reserve prefix).
public struct USABARoutingValidator: Validator {
  /// The rule-file name.
  public let name = "us_aba_routing"

  /// Creates the validator.
  public init() {}

  /// Valid for nine digits with a known prefix whose 3-7-1 weighted sum is divisible by 10.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 9, !ValidatorInput.allSame(digits)
    else { return .invalid }
    let prefix = ValidatorInput.number(digits[0..<2])
    let knownPrefix =
      (0...12).contains(prefix) || (21...32).contains(prefix) || (61...72).contains(prefix)
      || prefix == 80
    guard knownPrefix else { return .invalid }
    let sum = CheckDigits.weightedSum(digits, [3, 7, 1, 3, 7, 1, 3, 7, 1])
    return sum % 10 == 0 ? .valid : .invalid
  }
}

/// US National Provider Identifier check (Luhn over the number prefixed with 80840).
public struct USNPIValidator: Validator {
  /// The rule-file name.
  public let name = "us_npi"

  /// Creates the validator.
  public init() {}

  /// Valid for ten digits starting with 1 or 2 that pass Luhn with the 80840 prefix.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 10, digits[0] == 1 || digits[0] == 2
    else { return .invalid }
    return CheckDigits.luhn([8, 0, 8, 4, 0] + digits) ? .valid : .invalid
  }
}

/// US Individual Taxpayer Identification Number structure check.
public struct USITINValidator: Validator {
  /// The rule-file name.
  public let name = "us_itin"

  /// Creates the validator.
  public init() {}

  /// Valid for 9XX-GG-SSSS, group 50-65, 70-88, 90-92 or 94-99, consistent separators.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = USNineDigitID.parse(candidate), digits[0] == 9,
      !ValidatorInput.allSame(digits)
    else { return .invalid }
    let group = ValidatorInput.number(digits[3..<5])
    let validGroup =
      (50...65).contains(group) || (70...88).contains(group) || (90...92).contains(group)
      || (94...99).contains(group)
    return validGroup ? .valid : .invalid
  }
}
