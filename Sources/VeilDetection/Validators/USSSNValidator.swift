import VeilCore

/// US Social Security Number structure check (SSA never-issued ranges and known fakes).
public struct USSSNValidator: Validator {
  /// The rule-file name.
  public let name = "us_ssn"

  /// Creates the validator.
  public init() {}

  /// Invalid in the never-issued ranges; otherwise unknown.
  ///
  /// An SSN has no check digit, so a well-formed number is not proof: the verdict is
  /// `unknown` (the base score and context decide), never `valid`.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let digits = USNineDigitID.parse(candidate) else { return .invalid }
    let area = ValidatorInput.number(digits[0..<3])
    let group = ValidatorInput.number(digits[3..<5])
    let serial = ValidatorInput.number(digits[5..<9])
    if area == 0 || area == 666 || area >= 900 { return .invalid }
    if group == 0 || serial == 0 { return .invalid }
    if ValidatorInput.allSame(digits) { return .invalid }
    let whole = ValidatorInput.number(digits)
    if USSSNValidator.knownInvalid.contains(whole) { return .invalid }
    return .unknown
  }

  /// Numbers published in advertising or wallet inserts, never valid for a person.
  static let knownInvalid: Set<Int> = [78_051_120, 219_099_999, 123_456_789]
}

/// Parses the AAA-GG-SSSS shape shared by the SSN and ITIN with consistent separators.
enum USNineDigitID {
  /// The nine digit values, or nil if the shape or separators are wrong.
  static func parse(_ candidate: ArraySlice<UInt8>) -> [UInt8]? {
    let text = ValidatorInput.trimmed(candidate)
    var digits: [UInt8] = []
    var separators: [UInt8] = []
    var separatorPositions: [Int] = []
    for byte in text {
      if ByteClass.isDigit(byte) {
        digits.append(byte - 0x30)
      } else if byte == ByteClass.dash || byte == ByteClass.space || byte == ByteClass.dot {
        separators.append(byte)
        separatorPositions.append(digits.count)
      } else {
        return nil
      }
    }
    guard digits.count == 9 else { return nil }
    if separators.isEmpty { return digits }
    guard separators.count == 2, separators[0] == separators[1],
      separatorPositions == [3, 5]
    else { return nil }
    return digits
  }
}
