import VeilCore

/// Ethereum address check: 0x + 40 hex digits, with the EIP-55 mixed-case checksum when present.
public struct EthereumAddressValidator: Validator {
  /// The rule-file name.
  public let name = "ethereum_address"

  /// Creates the validator.
  public init() {}

  /// Valid or invalid for mixed-case (EIP-55) addresses; unknown for single-case ones.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = Array(ValidatorInput.trimmed(candidate))
    guard text.count == 42, text[0] == 0x30, text[1] == 0x78 || text[1] == 0x58 else {
      return .invalid
    }
    let hex = text[2...]
    guard hex.allSatisfy({ ByteClass.hexValue($0) != nil }) else { return .invalid }
    let hasLower = hex.contains(where: ByteClass.isLower)
    let hasUpper = hex.contains(where: ByteClass.isUpper)
    guard hasLower && hasUpper else { return .unknown }
    let lowered = hex.map { $0 | (ByteClass.isUpper($0) ? 0x20 : 0) }
    let hash = Keccak256.hash(lowered)
    for (offset, byte) in hex.enumerated() where ByteClass.isLetter(byte) {
      let hashByte = hash[offset / 2]
      let nibble = offset % 2 == 0 ? hashByte >> 4 : hashByte & 0x0F
      if (nibble >= 8) != ByteClass.isUpper(byte) { return .invalid }
    }
    return .valid
  }
}
