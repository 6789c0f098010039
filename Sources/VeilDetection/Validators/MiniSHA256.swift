/// A small SHA-256 (FIPS 180-4) for Base58Check; not constant-time, not for secrets.
enum MiniSHA256 {
  /// The 32-byte digest of `message`.
  static func hash<C: Collection>(_ message: C) -> [UInt8] where C.Element == UInt8 {
    var state = initialState
    var padded = Array(message)
    let bitLength = UInt64(padded.count) &* 8
    padded.append(0x80)
    while padded.count % 64 != 56 { padded.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    var schedule = [UInt32](repeating: 0, count: 64)
    for blockStart in stride(from: 0, to: padded.count, by: 64) {
      for word in 0..<16 {
        let base = blockStart + word * 4
        schedule[word] =
          UInt32(padded[base]) << 24 | UInt32(padded[base + 1]) << 16
          | UInt32(padded[base + 2]) << 8 | UInt32(padded[base + 3])
      }
      for word in 16..<64 {
        let w15 = schedule[word - 15]
        let w2 = schedule[word - 2]
        let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
        let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
        schedule[word] = schedule[word - 16] &+ s0 &+ schedule[word - 7] &+ s1
      }
      var a = state[0]
      var b = state[1]
      var c = state[2]
      var d = state[3]
      var e = state[4]
      var f = state[5]
      var g = state[6]
      var h = state[7]
      for round in 0..<64 {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choice = (e & f) ^ (~e & g)
        let t1 = h &+ s1 &+ choice &+ roundConstants[round] &+ schedule[round]
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        let t2 = s0 &+ majority
        h = g
        g = f
        f = e
        e = d &+ t1
        d = c
        c = b
        b = a
        a = t1 &+ t2
      }
      state[0] &+= a
      state[1] &+= b
      state[2] &+= c
      state[3] &+= d
      state[4] &+= e
      state[5] &+= f
      state[6] &+= g
      state[7] &+= h
    }
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in state {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  @inline(__always) private static func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }

  /// The first 64 primes.
  private static let primes: [UInt64] = {
    var found: [UInt64] = []
    var candidate: UInt64 = 2
    while found.count < 64 {
      if found.allSatisfy({ candidate % $0 != 0 }) { found.append(candidate) }
      candidate += 1
    }
    return found
  }()

  /// First 32 fractional bits of the square roots of the first 8 primes (computed exactly).
  private static let initialState: [UInt32] = primes.prefix(8).map { prime in
    let root = integerRoot(UInt128(prime) << 64, degree: 2)
    return UInt32(truncatingIfNeeded: root)
  }

  /// First 32 fractional bits of the cube roots of the first 64 primes (computed exactly).
  private static let roundConstants: [UInt32] = primes.map { prime in
    let root = integerRoot(UInt128(prime) << 96, degree: 3)
    return UInt32(truncatingIfNeeded: root)
  }

  /// The largest x with x^degree <= value, by binary search.
  private static func integerRoot(_ value: UInt128, degree: Int) -> UInt128 {
    var low: UInt128 = 0
    var high: UInt128 = UInt128(1) << 40
    while low < high {
      let middle = (low + high + 1) / 2
      var power: UInt128 = 1
      for _ in 0..<degree { power *= middle }
      if power <= value { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
