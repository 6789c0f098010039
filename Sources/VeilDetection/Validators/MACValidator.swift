import VeilCore

/// IEEE 802 MAC address check (colon, dash or Cisco dotted notation).
public struct MACValidator: Validator {
  /// The rule-file name.
  public let name = "mac"

  /// Creates the validator.
  public init() {}

  /// Valid for six hex octets, one separator kind, or `xxxx.xxxx.xxxx`; unknown for 12 bare hex.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = Array(ValidatorInput.trimmed(candidate))
    switch text.count {
    case 17:
      let separator = text[2]
      guard separator == ByteClass.colon || separator == ByteClass.dash else { return .invalid }
      for (offset, byte) in text.enumerated() {
        if offset % 3 == 2 {
          guard byte == separator else { return .invalid }
        } else if ByteClass.hexValue(byte) == nil {
          return .invalid
        }
      }
      return .valid
    case 14:
      for (offset, byte) in text.enumerated() {
        if offset == 4 || offset == 9 {
          guard byte == ByteClass.dot else { return .invalid }
        } else if ByteClass.hexValue(byte) == nil {
          return .invalid
        }
      }
      return .valid
    case 12:
      return text.allSatisfy { ByteClass.hexValue($0) != nil } ? .unknown : .invalid
    default:
      return .invalid
    }
  }
}
