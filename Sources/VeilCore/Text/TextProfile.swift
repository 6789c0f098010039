/// What the prefilter knows about a text after one pass over its bytes: which bytes occur,
/// which pairs of adjacent bytes (ASCII letters folded to lowercase), which classes of bytes
/// stand side by side (a capital before a digit), and how many ASCII digits.
///
/// The analyzer computes it once per text unit; each pattern then asks in a few
/// instructions whether it can match at all.
public struct TextProfile: Sendable, Hashable {
  /// The bytes that occur.
  public let bytes: ByteSet
  /// The adjacent byte pairs that occur.
  public let pairs: PairSet
  /// The text's length in bytes (kept here so that a prefilter need not touch the text).
  public let length: Int
  /// How many of its bytes are ASCII digits (a phone number needs seven or more, a card number twelve).
  public let digits: Int
  /// Its longest run of token characters (`runBytes`): a word's length in chat, forty and more for a key or a hash.
  public let longestRun: Int
  /// Its longest run of ASCII capitals: 0 or 1 in three chat messages of four, 2 for "in NY", 6 and more for a SWIFT
  /// code.
  public let longestCapitalRun: Int
  /// The pairs of byte classes (`ByteClasses`) that stand side by side in it, one bit per pair: a capital before a
  /// digit ("M19", "GB82") is in one chat message of twelve, a digit, a period and a digit ("4.5") in one of three.
  public let classPairs: UInt64

  /// The bytes of keys, hashes and tokens: ASCII letters, digits, `+`, `/`, `=`, `_` and `-`.
  public static let runBytes = ByteSet(Array("+/=_-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8))

  /// Profiles `text`, in one pass over its bytes.
  public init(of text: [UInt8]) {
    length = text.count
    var digits = 0
    var (run, longestRun) = (0, 0)
    var (capitals, longestCapitalRun) = (0, 0)
    var classPairs: UInt64 = 0
    let runBytes = Self.runBytes
    (bytes, pairs) = ByteClasses.table.withUnsafeBufferPointer { classOf in
      text.withUnsafeBufferPointer { buffer in
        // Twelve plain words, each set by a computed index without a branch: four for the bytes, eight for the pairs.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 12) { words in
          words.initialize(repeating: 0)
          func note(_ byte: UInt8) {
            words[Int(byte &>> 6)] |= 1 &<< UInt64(byte & 63)
            digits &+= byte &- UInt8(ascii: "0") < 10 ? 1 : 0
            run = runBytes.containsInASCII(byte) ? run &+ 1 : 0
            longestRun = max(longestRun, run)
            capitals = byte &- UInt8(ascii: "A") < 26 ? capitals &+ 1 : 0
            longestCapitalRun = max(longestCapitalRun, capitals)
          }
          if let first = buffer.first {
            note(first)
            var previous = PairSet.fold(first)
            var previousClass = classOf[Int(first)]
            for byte in buffer.dropFirst() {
              note(byte)
              let folded = PairSet.fold(byte)
              let slot = PairSet.slot(previous, folded)
              words[4 &+ slot &>> 6] |= 1 &<< UInt64(slot & 63)
              previous = folded
              let byteClass = classOf[Int(byte)]
              classPairs |= ByteClasses.bit(previousClass, byteClass)
              previousClass = byteClass
            }
          }
          return (
            ByteSet(words: words[0], words[1], words[2], words[3]),
            PairSet(bits: SIMD8(words[4], words[5], words[6], words[7], words[8], words[9], words[10], words[11]))
          )
        }
      }
    }
    self.digits = digits
    self.longestRun = longestRun
    self.longestCapitalRun = longestCapitalRun
    self.classPairs = classPairs
  }
}

/// Eight classes of bytes, for the pairs of them a text holds side by side (`TextProfile.classPairs`): ASCII
/// capitals, lower-case letters, digits, a space or a tab, a period, a hyphen, the bytes of non-ASCII characters,
/// and every other byte. A set of classes is an 8-bit mask; a set of pairs, a 64-bit one.
public enum ByteClasses {
  public static let upper: UInt8 = 0, lower: UInt8 = 1, digit: UInt8 = 2, space: UInt8 = 3, period: UInt8 = 4,
    hyphen: UInt8 = 5, nonASCII: UInt8 = 6, other: UInt8 = 7
  /// Every class.
  public static let all: UInt8 = 0xFF
  /// Their names, by class, for people reading a profile.
  public static let names = ["A-Z", "a-z", "0-9", "space", ".", "-", "non-ASCII", "other"]

  /// The class of each byte, by byte.
  public static let table: [UInt8] = (0...255).map { of(UInt8($0)) }

  /// The class of `byte`.
  public static func of(_ byte: UInt8) -> UInt8 {
    if byte &- 0x61 < 26 { return lower }
    if byte &- 0x41 < 26 { return upper }
    if byte &- 0x30 < 10 { return digit }
    if byte >= 0x80 { return nonASCII }
    switch byte {
    case 0x20, 0x09: return space
    case 0x2E: return period
    case 0x2D: return hyphen
    default: return other
    }
  }

  /// The bit of the pair (`first`, `second`).
  @inline(__always)
  public static func bit(_ first: UInt8, _ second: UInt8) -> UInt64 { 1 &<< UInt64(first &<< 3 | second) }

  /// The classes of the bytes of `set` (an empty set: every class).
  public static func of(_ set: ByteSet) -> UInt8 {
    var classes: UInt8 = 0
    for (byteClass, members) in members.enumerated() where !set.intersection(members).isEmpty {
      classes |= 1 &<< UInt8(byteClass)
    }
    return classes == 0 ? all : classes
  }

  /// The bytes of each class, by class.
  private static let members: [ByteSet] = (0..<UInt8(8)).map { byteClass in
    ByteSet((0...255).map(UInt8.init).filter { of($0) == byteClass })
  }

  /// Every pair whose first byte is of a class of `first` and whose second is of a class of `second`.
  public static func pairs(from first: UInt8, to second: UInt8) -> UInt64 {
    var mask: UInt64 = 0
    for a in 0..<UInt8(8) where first & (1 &<< a) != 0 {
      for b in 0..<UInt8(8) where second & (1 &<< b) != 0 { mask |= bit(a, b) }
    }
    return mask
  }
}

/// A set of adjacent byte pairs, as a 512-bit Bloom filter: `contains` may say yes for a
/// pair that is absent (more often the longer the text), never no for one that is present.
public struct PairSet: Sendable, Hashable {
  private var bits = SIMD8<UInt64>()

  /// The empty set.
  public init() {}

  /// The set with these filter bits.
  init(bits: SIMD8<UInt64>) { self.bits = bits }

  /// The pairs of adjacent bytes in `bytes`, ASCII letters lowercased.
  public init(of bytes: some Collection<UInt8>) {
    if let bits = bytes.withContiguousStorageIfAvailable(Self.bits(of:)) {
      self.bits = bits
    } else {
      self.bits = Array(bytes).withUnsafeBufferPointer(Self.bits(of:))
    }
  }

  /// The filter bits of the pairs in `bytes`, set in eight plain words (setting a lane of a
  /// SIMD vector by a computed index goes through memory on every byte).
  private static func bits(of bytes: UnsafeBufferPointer<UInt8>) -> SIMD8<UInt64> {
    guard var previous = bytes.first.map(fold) else { return SIMD8() }
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8) { words in
      words.initialize(repeating: 0)
      for byte in bytes.dropFirst() {
        let folded = fold(byte)
        let slot = slot(previous, folded)
        words[slot &>> 6] |= 1 &<< UInt64(slot & 63)
        previous = folded
      }
      return SIMD8(words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7])
    }
  }

  /// Whether every pair of `other` may be in this set.
  @inline(__always)
  public func contains(_ other: PairSet) -> Bool { (bits & other.bits) == other.bits }

  @inline(__always)
  static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  @inline(__always)
  static func slot(_ first: UInt8, _ second: UInt8) -> Int { (Int(first) &* 37 &+ Int(second)) & 511 }
}
