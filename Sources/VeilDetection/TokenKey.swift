/// A token's lookup key: a 64-bit hash of its lowercased UTF-8 bytes.
///
/// The tokenizer computes it while it scans a word, so looking a token up in a
/// dictionary costs no `String`, no allocation and no second pass over its bytes.
/// Phrases ("new york") chain the keys of their tokens. Two different words share a
/// key with a probability of about 2⁻⁶⁴ per pair: far below any dictionary's error rate.
public struct TokenKey: Hashable, Sendable, CustomStringConvertible {
  /// The hash.
  public let raw: UInt64

  /// A key from its hash.
  @inline(__always)
  init(raw: UInt64) { self.raw = raw }

  /// The key of a word, lowercased first (`"Paris"` and `"paris"` share one).
  public init(_ word: some StringProtocol) {
    // Read through a buffer of its bytes: iterating a string's UTF-8 view byte by byte is several times slower, and
    // dictionaries make a key of every entry as they load.
    if let key = word.utf8.withContiguousStorageIfAvailable({ TokenKey(utf8: $0) }) {
      self = key
    } else {
      var word = String(word)
      self = word.withUTF8 { TokenKey(utf8: $0) }
    }
  }

  /// The key of a word given as UTF-8 bytes, lowercased first: ASCII byte by byte, anything
  /// else by Unicode's rules.
  public init(utf8 bytes: some Collection<UInt8>) {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      self.init(lowercased: bytes.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    } else {
      self.init(lowercased: String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }
  }

  /// The key of bytes that are already lowercase (or have no case), as they are.
  init(lowercased bytes: some Sequence<UInt8>) {
    var hash = Self.seed
    for byte in bytes { hash = Self.add(byte, to: hash) }
    raw = Self.finish(hash)
  }

  /// The key of a phrase: the keys of its words, chained.
  public init(phrase words: [String]) {
    precondition(!words.isEmpty, "a phrase has at least one word")
    var key = TokenKey(words[0])
    for word in words.dropFirst() { key = key.followed(by: TokenKey(word)) }
    self = key
  }

  /// The key of this phrase with `next` appended.
  @inline(__always)
  public func followed(by next: TokenKey) -> TokenKey {
    TokenKey(raw: Self.finish(raw &* 0x9E37_79B9_7F4A_7C15 ^ next.raw))
  }

  /// The key of "#", which glues a hashtag's word to it.
  static let hashMark = TokenKey("#")

  /// The hex digits of the hash.
  public var description: String { String(raw, radix: 16) }

  // FNV-1a over the bytes, then a full-avalanche finish (SplitMix64) so that the low bits
  // of the key index a table evenly.
  static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

  @inline(__always)
  static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

  @inline(__always)
  static func finish(_ hash: UInt64) -> UInt64 {
    var value = hash
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// A hash table from token keys to values: open addressing, linear probing, no per-lookup
/// hashing beyond the key itself.
///
/// Dictionaries hold hundreds of thousands of words and are probed once per token, and
/// nearly every probe misses. So a large table keeps, beside its flat arrays of keys and
/// values, a bit filter a sixteenth of their size (two bits per key): most misses are
/// answered from the filter, which stays in cache, without touching the table.
public struct TokenTable<Value: Sendable>: Sendable {
  private var keys: [UInt64]
  private var values: [Value?]
  private var mask: Int
  /// Two bits per key, in one 64-bit word of it; a bit for every 16 bits of `keys`; empty for a table small enough to
  /// stay in cache.
  private var filter: [UInt64]
  private var filterMask: UInt64
  /// The number of keys.
  public private(set) var count = 0

  /// An empty table with room for `capacity` keys before it grows.
  public init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: 0, count: size)
    values = Array(repeating: nil, count: size)
    mask = size - 1
    // Tables up to 32 KB of keys fit in the first-level cache: a filter would only add work.
    let filterBits = size >= 4096 ? size * 4 : 0
    filter = Array(repeating: 0, count: filterBits / 64)
    filterMask = UInt64(max(filterBits / 64, 1) - 1)
  }

  /// The value for `key`, if any.
  @inline(__always)
  public subscript(key: TokenKey) -> Value? {
    guard let slot = slot(of: key) else { return nil }
    return values[slot]
  }

  /// Whether `key` is in the table (every stored key has a value: entries are never removed).
  @inline(__always)
  public func contains(_ key: TokenKey) -> Bool { slot(of: key) != nil }

  /// The slot holding `key`, if any.
  @inline(__always)
  private func slot(of key: TokenKey) -> Int? {
    let stored = Self.stored(key)
    guard mayContain(stored) else { return nil }
    var slot = Int(truncatingIfNeeded: stored) & mask
    while true {
      let candidate = keys[slot]
      if candidate == stored { return slot }
      if candidate == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// `false` when the filter rules `stored` out. Its word and two bits come from the key's
  /// high bits (`filterWord`); the slot comes from the low ones.
  @inline(__always)
  private func mayContain(_ stored: UInt64) -> Bool {
    guard !filter.isEmpty else { return true }
    let (word, bits) = filterWord(of: stored)
    return filter[word] & bits == bits
  }

  /// The filter word of a stored key and its two bits in it: both bits in one word, so that a
  /// probe reads one cache line of the filter, not two.
  @inline(__always)
  private func filterWord(of stored: UInt64) -> (Int, UInt64) {
    (Int(truncatingIfNeeded: (stored >> 40) & filterMask), 1 << ((stored >> 26) & 63) | 1 << ((stored >> 32) & 63))
  }

  /// Lets `body` replace the value for `key` (it sees `nil` when the key is absent). A `nil`
  /// result leaves the table as it was: entries are never removed.
  public mutating func update(_ key: TokenKey, _ body: (inout Value?) -> Void) {
    if (count + 1) * 2 > keys.count { grow() }
    let stored = Self.stored(key)
    var slot = Int(truncatingIfNeeded: stored) & mask
    while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & mask }
    var value = values[slot]
    body(&value)
    guard let value else { return }
    if keys[slot] == 0 {
      keys[slot] = stored
      count += 1
      if !filter.isEmpty {
        let (word, bits) = filterWord(of: stored)
        filter[word] |= bits
      }
    }
    values[slot] = value
  }

  /// Makes room for `capacity` keys.
  public mutating func reserveCapacity(_ capacity: Int) {
    while capacity * 2 > keys.count { grow() }
  }

  private mutating func grow() {
    var larger = TokenTable(capacity: keys.count)
    for (key, value) in zip(keys, values) where key != 0 {
      larger.update(TokenKey(raw: key)) { $0 = value }
    }
    self = larger
  }

  /// Zero marks an empty slot, so a key that hashes to zero is stored as one.
  @inline(__always)
  private static func stored(_ key: TokenKey) -> UInt64 { key.raw == 0 ? 1 : key.raw }
}

/// A set of words, looked up by token key.
public struct TokenSet: Sendable, ExpressibleByArrayLiteral {
  private var table: TokenTable<Bool>

  /// The set of `words` (matched case-insensitively).
  public init(_ words: some Sequence<String>) {
    table = TokenTable()
    for word in words { table.update(TokenKey(word)) { $0 = true } }
  }

  /// The set of the words with `keys`.
  public init(keys: some Sequence<TokenKey>) {
    table = TokenTable()
    for key in keys { table.update(key) { $0 = true } }
  }

  /// The set of the given words.
  public init(arrayLiteral words: String...) { self.init(words) }

  /// The set of the entries of `gazetteers`, each entry's whole text taken as one word (as `init(_:)` takes it).
  public init(entriesOf gazetteers: [Gazetteer]) {
    table = TokenTable(capacity: gazetteers.reduce(0) { $0 + $1.count })
    for gazetteer in gazetteers {
      for entry in gazetteer.entries { table.update(TokenKey(entry.text)) { $0 = true } }
    }
  }

  /// Whether the word with `key` is in the set.
  @inline(__always)
  public func contains(_ key: TokenKey) -> Bool { table.contains(key) }

  /// Whether `word` is in the set.
  public func contains(_ word: String) -> Bool { table.contains(TokenKey(word)) }

  /// The number of words.
  public var count: Int { table.count }
}
