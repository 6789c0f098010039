import VeilCore

/// Verhoeff (dihedral group D5) check as used by the Indian Aadhaar number.
public struct VerhoeffValidator: Validator {
  /// The rule-file name.
  public let name = "verhoeff"

  /// Creates the validator.
  public init() {}

  /// Valid for 12 digits not starting with 0 or 1 whose Verhoeff check digit is right.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = ValidatorInput.digits(ValidatorInput.trimmed(candidate)),
      digits.count == 12, digits[0] >= 2, !ValidatorInput.allSame(digits)
    else { return .invalid }
    return Verhoeff.isValid(digits) ? .valid : .invalid
  }
}

/// The Verhoeff check-digit scheme for any number of digits.
enum Verhoeff {
  /// Whether digit values (check digit last) pass the Verhoeff check.
  static func isValid(_ digits: [UInt8]) -> Bool {
    var check = 0
    for (position, digit) in digits.reversed().enumerated() {
      check = multiply(check, permute(position % 8, Int(digit)))
    }
    return check == 0
  }

  /// The check digit to append to `digits`.
  static func checkDigit(for digits: [UInt8]) -> UInt8 {
    var check = 0
    for (position, digit) in digits.reversed().enumerated() {
      check = multiply(check, permute((position + 1) % 8, Int(digit)))
    }
    return UInt8(inverse(check))
  }

  /// The D5 group operation: rotations 0...4, reflections 5...9.
  static func multiply(_ j: Int, _ k: Int) -> Int {
    switch (j < 5, k < 5) {
    case (true, true): return (j + k) % 5
    case (true, false): return 5 + (j + k) % 5
    case (false, true): return 5 + (j - k + 5) % 5
    case (false, false): return (j - k + 5) % 5
    }
  }

  /// The position-dependent permutation: the base permutation applied `times` times.
  static func permute(_ times: Int, _ digit: Int) -> Int {
    var value = digit
    for _ in 0..<times { value = basePermutation[value] }
    return value
  }

  /// The group inverse.
  static func inverse(_ value: Int) -> Int { value < 5 ? (5 - value) % 5 : value }

  private static let basePermutation = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
}
