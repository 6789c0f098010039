import VeilCore

/// UK National Insurance number structure check (HMRC prefix and suffix rules).
public struct UKNINOValidator: Validator {
  /// The rule-file name.
  public let name = "uk_nino"

  /// Creates the validator.
  public init() {}

  /// Valid for an allowed two-letter prefix, six digits and suffix A-D; unknown without a suffix.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let chars = ValidatorInput.alphanumerics(
        ValidatorInput.trimmed(candidate),
        separators: [ByteClass.space, ByteClass.tab, ByteClass.dash]),
      chars.count == 8 || chars.count == 9
    else { return .invalid }
    let first = chars[0]
    let second = chars[1]
    guard ByteClass.isUpper(first), ByteClass.isUpper(second),
      chars[2..<8].allSatisfy(ByteClass.isDigit)
    else {
      return .invalid
    }
    if UKNINOValidator.badFirst.contains(first) || UKNINOValidator.badSecond.contains(second) {
      return .invalid
    }
    if UKNINOValidator.badPrefixes.contains([first, second]) { return .invalid }
    guard chars.count == 9 else { return .unknown }
    return (0x41...0x44).contains(chars[8]) ? .valid : .invalid
  }

  /// Letters never used first.
  static let badFirst: [UInt8] = Array("DFIQUV".utf8)
  /// Letters never used second.
  static let badSecond: [UInt8] = Array("DFIOQUV".utf8)
  /// Prefixes never allocated.
  static let badPrefixes: Set<[UInt8]> = Set(
    ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].map { Array($0.utf8) })
}
