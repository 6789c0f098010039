import Crypto
import VeilCore

/// Bitcoin mainnet address check: Base58Check (1..., 3...) or Bech32/Bech32m (bc1...).
public struct BitcoinAddressValidator: Validator {
  /// The rule-file name.
  public let name = "bitcoin_address"

  /// Creates the validator.
  public init() {}

  /// Valid when the address checksum (double SHA-256 or Bech32/Bech32m) verifies.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    guard let first = text.first else { return .invalid }
    if first == 0x31 || first == 0x33 {
      return Base58Check.isValidAddress(text) ? .valid : .invalid
    }
    if first == 0x62 || first == 0x42 {
      return Bech32.isValidSegwitAddress(text) ? .valid : .invalid
    }
    return .invalid
  }
}

/// Base58Check decoding for legacy P2PKH and P2SH addresses.
enum Base58Check {
  private static let alphabet: [UInt8] = Array(
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
  private static let values: [Int8] = {
    var table = [Int8](repeating: -1, count: 128)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
    return table
  }()

  /// The decoded bytes of a Base58 string, or nil on an invalid character.
  static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
    var bytes: [UInt8] = []
    var leadingZeros = 0
    var counting = true
    for char in text {
      guard char < 128, values[Int(char)] >= 0 else { return nil }
      var carry = Int(values[Int(char)])
      if counting && carry == 0 { leadingZeros += 1 } else { counting = false }
      for index in bytes.indices.reversed() {
        carry += Int(bytes[index]) * 58
        bytes[index] = UInt8(carry & 0xFF)
        carry >>= 8
      }
      while carry > 0 {
        bytes.insert(UInt8(carry & 0xFF), at: 0)
        carry >>= 8
      }
    }
    return [UInt8](repeating: 0, count: leadingZeros) + bytes
  }

  /// Whether `text` is a mainnet P2PKH (version 0) or P2SH (version 5) address, checksum right.
  static func isValidAddress(_ text: ArraySlice<UInt8>) -> Bool {
    guard text.count >= 26, text.count <= 35, let bytes = decode(text), bytes.count == 25,
      bytes[0] == 0x00 || bytes[0] == 0x05
    else { return false }
    let checksum = Array(SHA256.hash(data: Array(SHA256.hash(data: bytes[0..<21]))))
    return Array(checksum[0..<4]) == Array(bytes[21..<25])
  }
}

/// BIP 173 / BIP 350 Bech32 and Bech32m decoding for SegWit addresses.
enum Bech32 {
  private static let charset: [UInt8] = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
  private static let generator: [UInt32] = [
    0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3,
  ]
  private static let bech32Constant: UInt32 = 1
  private static let bech32mConstant: UInt32 = 0x2bc8_30a3

  /// Whether `text` is a valid mainnet (hrp "bc") SegWit address.
  static func isValidSegwitAddress(_ text: ArraySlice<UInt8>) -> Bool {
    guard text.count >= 14, text.count <= 90 else { return false }
    let hasLower = text.contains(where: ByteClass.isLower)
    let hasUpper = text.contains(where: ByteClass.isUpper)
    guard !(hasLower && hasUpper) else { return false }
    let lower = text.map { $0 | (ByteClass.isUpper($0) ? 0x20 : 0) }
    guard let separator = lower.lastIndex(of: 0x31), separator == 2, lower[0] == 0x62,
      lower[1] == 0x63
    else { return false }
    var data: [UInt8] = []
    for byte in lower[(separator + 1)...] {
      guard let value = charset.firstIndex(of: byte) else { return false }
      data.append(UInt8(value))
    }
    guard data.count >= 7 else { return false }
    let residue = polymod(expandHRP(lower[0..<separator]) + data)
    let version = data[0]
    guard version <= 16 else { return false }
    let expected = version == 0 ? bech32Constant : bech32mConstant
    guard residue == expected,
      let program = regroup(data[1..<(data.count - 6)])
    else { return false }
    guard program.count >= 2, program.count <= 40 else { return false }
    return version != 0 || program.count == 20 || program.count == 32
  }

  private static func expandHRP(_ hrp: ArraySlice<UInt8>) -> [UInt8] {
    hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 }
  }

  private static func polymod(_ values: [UInt8]) -> UInt32 {
    var checksum: UInt32 = 1
    for value in values {
      let top = checksum >> 25
      checksum = (checksum & 0x1ff_ffff) << 5 ^ UInt32(value)
      for bit in 0..<5 where (top >> UInt32(bit)) & 1 == 1 {
        checksum ^= generator[bit]
      }
    }
    return checksum
  }

  /// Converts 5-bit groups to bytes, rejecting non-zero or over-long padding.
  private static func regroup(_ groups: ArraySlice<UInt8>) -> [UInt8]? {
    var accumulator: UInt32 = 0
    var bits: UInt32 = 0
    var output: [UInt8] = []
    for group in groups {
      accumulator = (accumulator << 5) | UInt32(group)
      bits += 5
      if bits >= 8 {
        bits -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator >> bits))
      }
    }
    guard bits < 5, accumulator & ((1 << bits) - 1) == 0 else { return nil }
    return output
  }
}
