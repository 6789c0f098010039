import VeilCore

/// JSON Web Token shape check: three base64url segments with a JSON header naming "alg".
public struct JWTValidator: Validator {
  /// The rule-file name.
  public let name = "jwt"

  /// Creates the validator.
  public init() {}

  /// Valid when the header decodes to a JSON object containing "alg" and the payload decodes.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let segments = ValidatorInput.trimmed(candidate).split(
      separator: ByteClass.dot, omittingEmptySubsequences: false)
    guard segments.count == 3, !segments[0].isEmpty, !segments[1].isEmpty,
      JWTBase64URL.isAlphabet(segments[2]),
      let header = JWTBase64URL.decode(segments[0]), JWTBase64URL.decode(segments[1]) != nil
    else { return .invalid }
    guard let start = header.firstIndex(where: { !ValidatorInput.isWhitespace($0) }),
      header[start] == 0x7B, JWTValidator.contains(header, JWTValidator.algKey)
    else { return .invalid }
    return .valid
  }

  private static let algKey: [UInt8] = Array("\"alg\"".utf8)

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }
}

/// Unpadded base64url (RFC 4648 section 5) decoding.
enum JWTBase64URL {
  /// The 6-bit value of a base64url character, or nil.
  static func value(_ byte: UInt8) -> UInt32? {
    if ByteClass.isUpper(byte) { return UInt32(byte - 0x41) }
    if ByteClass.isLower(byte) { return UInt32(byte - 0x61) + 26 }
    if ByteClass.isDigit(byte) { return UInt32(byte - 0x30) + 52 }
    if byte == ByteClass.dash { return 62 }
    if byte == 0x5F { return 63 }
    return nil
  }

  /// Whether every byte is in the base64url alphabet and the length is decodable.
  static func isAlphabet(_ text: ArraySlice<UInt8>) -> Bool {
    text.count % 4 != 1 && text.allSatisfy { value($0) != nil }
  }

  /// The decoded bytes, or nil for a bad character or an impossible length.
  static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
    guard text.count % 4 != 1 else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(text.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bits: UInt32 = 0
    for byte in text {
      guard let sextet = value(byte) else { return nil }
      accumulator = (accumulator << 6) | sextet
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator >> bits))
        accumulator &= (1 << bits) - 1
      }
    }
    return output
  }
}
