/// Keccak-256 (the pre-SHA-3 padding used by Ethereum) for EIP-55 address checksums: swift-crypto offers SHA-2
/// but no Keccak, so this one is written here (not constant-time, not for secrets).
enum Keccak256 {
  /// The 32-byte Keccak-256 digest of `message`.
  static func hash<C: Collection>(_ message: C) -> [UInt8] where C.Element == UInt8 {
    let rate = 136
    var state = [UInt64](repeating: 0, count: 25)
    var padded = Array(message)
    padded.append(0x01)
    while padded.count % rate != 0 { padded.append(0) }
    padded[padded.count - 1] |= 0x80
    for blockStart in stride(from: 0, to: padded.count, by: rate) {
      for lane in 0..<(rate / 8) {
        var value: UInt64 = 0
        for byte in 0..<8 {
          value |= UInt64(padded[blockStart + lane * 8 + byte]) << UInt64(8 * byte)
        }
        state[lane] ^= value
      }
      permute(&state)
    }
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for lane in 0..<4 {
      for byte in 0..<8 {
        digest.append(UInt8(truncatingIfNeeded: state[lane] >> UInt64(8 * byte)))
      }
    }
    return digest
  }

  /// The Keccak-f[1600] permutation (24 rounds).
  static func permute(_ state: inout [UInt64]) {
    var columns = [UInt64](repeating: 0, count: 5)
    for round in 0..<24 {
      for x in 0..<5 {
        columns[x] = state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20]
      }
      for x in 0..<5 {
        let mix = columns[(x + 4) % 5] ^ rotl(columns[(x + 1) % 5], 1)
        for y in stride(from: 0, to: 25, by: 5) { state[y + x] ^= mix }
      }
      var current = state[1]
      for step in 0..<24 {
        let target = piTargets[step]
        let saved = state[target]
        state[target] = rotl(current, rotations[step])
        current = saved
      }
      for y in stride(from: 0, to: 25, by: 5) {
        for x in 0..<5 { columns[x] = state[y + x] }
        for x in 0..<5 {
          state[y + x] = columns[x] ^ (~columns[(x + 1) % 5] & columns[(x + 2) % 5])
        }
      }
      state[0] ^= roundConstants[round]
    }
  }

  @inline(__always) private static func rotl(_ value: UInt64, _ count: UInt64) -> UInt64 {
    count == 0 ? value : (value << count) | (value >> (64 - count))
  }

  /// Rho rotation amounts along the pi walk starting at lane (1, 0): (t+1)(t+2)/2 mod 64.
  private static let rotations: [UInt64] = (0..<24).map { (step: Int) -> UInt64 in
    let triangular = (step + 1) * (step + 2) / 2
    return UInt64(triangular % 64)
  }

  /// Lane indices visited by the pi walk (x, y) -> (y, 2x + 3y) from (1, 0).
  private static let piTargets: [Int] = {
    var targets: [Int] = []
    var x = 1
    var y = 0
    for _ in 0..<24 {
      let next = (2 * x + 3 * y) % 5
      x = y
      y = next
      targets.append(x + 5 * y)
    }
    return targets
  }()

  /// Iota round constants from the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1.
  private static let roundConstants: [UInt64] = {
    var lfsr: UInt8 = 1
    var constants: [UInt64] = []
    for _ in 0..<24 {
      var constant: UInt64 = 0
      for bit in 0..<7 {
        if lfsr & 1 != 0 { constant ^= 1 << UInt64((1 << bit) - 1) }
        lfsr = lfsr & 0x80 != 0 ? (lfsr << 1) ^ 0x71 : lfsr << 1
      }
      constants.append(constant)
    }
    return constants
  }()
}
