/// A set of byte values (a 256-bit map): which bytes occur in a text, or which can start a match.
///
/// The analyzer computes it once per text unit in a single pass; each recognizer's
/// prefilter then asks in a few instructions whether it can match at all.
public struct ByteSet: Sendable, Hashable {
  private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

  /// The empty set.
  public init() {}

  /// Whether every byte of the set is ASCII (below 0x80).
  @inline(__always)
  public var isASCII: Bool { w2 | w3 == 0 }

  /// The set of the bytes whose bits are set in these four words (bit `b & 63` of word `b >> 6`).
  init(words w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) { (self.w0, self.w1, self.w2, self.w3) = (w0, w1, w2, w3) }

  /// The bytes that occur in `bytes`.
  public init(of bytes: [UInt8]) {
    // Four separate words and no bounds checks keep this loop branch-free.
    var (w0, w1, w2, w3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer {
        let bit = UInt64(1) &<< UInt64(byte & 63)
        switch byte >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
      }
    }
    (self.w0, self.w1, self.w2, self.w3) = (w0, w1, w2, w3)
  }

  /// The set described by a 32-byte little-endian bitmap (PCRE2's first-code-unit map).
  public init(bitmap: [UInt8]) {
    precondition(bitmap.count == 32, "a byte bitmap has 32 bytes")
    for byte in 0..<256 where bitmap[byte >> 3] & (1 << (byte & 7)) != 0 { insert(UInt8(byte)) }
  }

  /// The set of the given bytes.
  public init(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { insert(byte) }
  }

  /// Adds `byte`.
  public mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: w0 |= bit
    case 1: w1 |= bit
    case 2: w2 |= bit
    default: w3 |= bit
    }
  }

  /// Whether `byte` is in the set, for a set of ASCII bytes only: without a branch on which word holds it (a loop over
  /// running text would mispredict it at every space).
  @inline(__always)
  func containsInASCII(_ byte: UInt8) -> Bool {
    byte < 0x80 && ((byte < 0x40 ? w0 : w1) &>> UInt64(byte & 63)) & 1 != 0
  }

  /// Whether `byte` is in the set.
  public func contains(_ byte: UInt8) -> Bool {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: return w0 & bit != 0
    case 1: return w1 & bit != 0
    case 2: return w2 & bit != 0
    default: return w3 & bit != 0
    }
  }

  /// Whether the two sets share a byte.
  public func intersects(_ other: ByteSet) -> Bool {
    (w0 & other.w0) | (w1 & other.w1) | (w2 & other.w2) | (w3 & other.w3) != 0
  }

  /// Whether the set is empty.
  public var isEmpty: Bool { w0 | w1 | w2 | w3 == 0 }

  /// How many bytes the set holds.
  public var count: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount }

  /// The bytes of either set.
  public func union(_ other: ByteSet) -> ByteSet {
    var union = self
    union.formUnion(other)
    return union
  }

  /// Adds the bytes of `other`.
  public mutating func formUnion(_ other: ByteSet) {
    w0 |= other.w0
    w1 |= other.w1
    w2 |= other.w2
    w3 |= other.w3
  }

  /// The bytes in both sets.
  public func intersection(_ other: ByteSet) -> ByteSet {
    var intersection = self
    intersection.w0 &= other.w0
    intersection.w1 &= other.w1
    intersection.w2 &= other.w2
    intersection.w3 &= other.w3
    return intersection
  }

  /// Whether every byte of the set is in `other`.
  public func isSubset(of other: ByteSet) -> Bool {
    (w0 & ~other.w0) | (w1 & ~other.w1) | (w2 & ~other.w2) | (w3 & ~other.w3) == 0
  }
}
