import VeilCore

/// Vehicle identification numbers (ISO 3779): 17 letters and digits without I, O and Q.
///
/// North American VINs carry a check digit in position 9 (49 CFR 565.15: letters transliterated to
/// 1...9, weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, sum mod 11, 10 written X); other regions'
/// VINs need not, so a failed check leaves the candidate to its context rather than rejecting it.
public struct VINValidator: Validator {
  /// The rule-file name.
  public let name = "vin"

  /// Creates the validator.
  public init() {}

  /// Valid when the check digit matches and the model-year character is one; unknown for another
  /// well-formed VIN; invalid for anything that is not 17 VIN characters with both letters and digits.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    guard text.count == 17 else { return .invalid }
    var sum = 0
    var (letters, digits) = (0, 0)
    for (position, raw) in text.enumerated() {
      let byte = ByteClass.uppercased(raw)
      guard let value = Self.value(of: byte) else { return .invalid }
      if ByteClass.isDigit(byte) { digits += 1 } else { letters += 1 }
      sum += value * Self.weights[position]
    }
    guard letters > 0, digits > 0 else { return .invalid }
    let remainder = sum % 11
    let expected = remainder == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(remainder)
    // One 17-character code in eleven passes the check by chance: the model year (position 10, never U, Z or 0)
    // must be one too before the number stands on its own.
    let year = ByteClass.uppercased(text[text.startIndex + 9])
    let plausibleYear = year != UInt8(ascii: "U") && year != UInt8(ascii: "Z") && year != UInt8(ascii: "0")
    return ByteClass.uppercased(text[text.startIndex + 8]) == expected && plausibleYear ? .valid : .unknown
  }

  private static let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

  /// The transliterated value of a VIN character; nil for I, O, Q and anything not a letter or digit.
  private static func value(of byte: UInt8) -> Int? {
    if ByteClass.isDigit(byte) { return Int(byte - 0x30) }
    guard ByteClass.isUpper(byte) else { return nil }
    // A-H = 1-8, J-N = 1-5, P = 7, R-Z = 9, 2-9 (I, O and Q are not used).
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "H"): return Int(byte - UInt8(ascii: "A")) + 1
    case UInt8(ascii: "J")...UInt8(ascii: "N"): return Int(byte - UInt8(ascii: "J")) + 1
    case UInt8(ascii: "P"): return 7
    case UInt8(ascii: "R"): return 9
    case UInt8(ascii: "S")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "S")) + 2
    default: return nil
    }
  }
}
