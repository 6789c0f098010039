/// A deterministic stream of random numbers seeded from an HMAC: xoshiro256** (Blackman and Vigna, 2018).
///
/// The seed (32 bytes of HMAC-SHA-256) is read as four little-endian 64-bit words; word `i` is
/// offset by `i × 0x9E3779B97F4A7C15` and passed through the SplitMix64 finalizer, a bijection,
/// so every seed byte counts and low-entropy seeds (counters in tests) still start well mixed.
/// Only fixed-width integer arithmetic is used: the same seed gives the same numbers on every
/// machine and Swift version. Longer seeds are folded into the four words by XOR; shorter ones are
/// zero-padded.
public struct SurrogateRandom: Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a stream from seed bytes (normally the 32 bytes of an HMAC-SHA-256).
  public init(seed: [UInt8]) {
    var words: [UInt64] = [0, 0, 0, 0]
    for (index, byte) in seed.enumerated() {
      words[(index / 8) % 4] ^= UInt64(byte) << UInt64(8 * (index % 8))
    }
    for index in 0..<4 {
      words[index] = SurrogateRandom.mix(words[index] &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    }
    if words.allSatisfy({ $0 == 0 }) { words[0] = 0x9E37_79B9_7F4A_7C15 }
    s0 = words[0]
    s1 = words[1]
    s2 = words[2]
    s3 = words[3]
  }

  /// Creates a stream from a raw xoshiro256** state (not all zero); for reference-vector tests.
  init(state: (UInt64, UInt64, UInt64, UInt64)) {
    (s0, s1, s2, s3) = state
  }

  /// The SplitMix64 output function (a bijection on 64-bit words).
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private static func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = SurrogateRandom.rotateLeft(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = SurrogateRandom.rotateLeft(s3, 45)
    return result
  }

  /// A uniform integer in `0..<bound`, without modulo bias (rejection sampling); `bound` must be positive.
  public mutating func next(below bound: Int) -> Int {
    precondition(bound > 0, "SurrogateRandom.next(below:) needs a positive bound")
    let limit = UInt64(bound)
    // 2^64 mod limit: values below it would make the low residues more likely.
    let threshold = (0 &- limit) % limit
    while true {
      let value = next()
      if value >= threshold { return Int(value % limit) }
    }
  }

  /// A random ASCII digit, `0x30...0x39`.
  public mutating func digit() -> UInt8 {
    0x30 + UInt8(next(below: 10))
  }

  /// A random digit value `0...9`.
  mutating func digitValue() -> UInt8 {
    UInt8(next(below: 10))
  }

  /// A random ASCII letter, `A-Z` or `a-z`.
  mutating func letter(uppercase: Bool) -> UInt8 {
    (uppercase ? 0x41 : 0x61) + UInt8(next(below: 26))
  }

  /// A random ASCII hexadecimal digit in the given case.
  mutating func hexDigit(uppercase: Bool) -> UInt8 {
    ASCII.hex(UInt8(next(below: 16)), uppercase: uppercase)
  }

  /// A uniformly chosen element of a non-empty array.
  mutating func element<T>(of items: [T]) -> T {
    items[next(below: items.count)]
  }
}
