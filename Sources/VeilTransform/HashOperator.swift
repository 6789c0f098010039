import VeilCore

/// Replaces a finding with a keyed hash of its normalized value (HMAC-SHA-256, truncated).
///
/// Unlike Presidio's salted hash, the same value gives the same hash across a dataset and
/// across runs with the same key, so joins survive while the value does not.
public struct HashOperator: Operator {
  /// The output alphabet.
  public enum Encoding: String, Sendable, CaseIterable {
    /// Lowercase hexadecimal.
    case hex
    /// RFC 4648 base32, lowercase, no padding.
    case base32
  }

  /// `hash`.
  public let name = "hash"
  /// The key.
  public let key: PseudonymKey
  /// How many bits of the HMAC are kept (64…256).
  public let bits: Int
  /// The output alphabet.
  public let encoding: Encoding

  /// Creates a hash operator; fewer than 64 bits are raised to 64.
  public init(key: PseudonymKey, bits: Int = 64, encoding: Encoding = .hex) {
    self.key = key
    self.bits = min(256, max(64, bits))
    self.encoding = encoding
  }

  /// The truncated keyed hash of the normalized value.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String {
    let mac = key.authenticationCode(["hash", finding.entity.rawValue, ValueNormalizer.key(for: original, entity: finding.entity)])
    let bytes = Array(mac.prefix((bits + 7) / 8))
    switch encoding {
    case .hex: return bytes.hexadecimal
    case .base32: return Self.base32(bytes)
    }
  }

  static func base32(_ bytes: [UInt8]) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
    var output = ""
    var buffer = 0
    var bitCount = 0
    for byte in bytes {
      buffer = buffer << 8 | Int(byte)
      bitCount += 8
      while bitCount >= 5 {
        output.append(alphabet[(buffer >> (bitCount - 5)) & 31])
        bitCount -= 5
      }
    }
    if bitCount > 0 { output.append(alphabet[(buffer << (5 - bitCount)) & 31]) }
    return output
  }
}
