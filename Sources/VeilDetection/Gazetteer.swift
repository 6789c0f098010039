/// A dictionary of words and multi-word phrases, matched on token boundaries.
///
/// Entries are indexed by their lowercased token sequence, and the prefixes of multi-word
/// entries are kept too, so a lookup from a token stops as soon as no entry can continue:
/// one hash lookup per token for nearly every token, however many entries there are. Each entry keeps its attributes (e.g. a
/// city's country and region, a name's gender).
public struct Gazetteer: Sendable {
  /// One entry: its text as written and its attributes.
  public struct Entry: Sendable, Hashable {
    /// The entry as written in the dictionary file.
    public var text: String
    /// TAB-separated attributes that followed it.
    public var attributes: [String]

    /// Creates an entry.
    public init(text: String, attributes: [String] = []) {
      self.text = text
      self.attributes = attributes
    }
  }

  /// What a phrase key (lowercased token keys joined by a space) leads to: an entry, the
  /// start of longer entries ("new" for "new york"), or both; one hash lookup per token.
  private struct Slot: Sendable {
    /// The entry with exactly this key, or -1.
    var entry: Int32 = -1
    /// Whether a longer entry starts with this key, so a match may go on.
    var continues = false
  }

  private var index = TokenTable<Slot>()
  /// Every entry, in insertion order.
  public private(set) var entries: [Entry] = []
  /// The key of each entry's first token, in the same order.
  public private(set) var firstKeys: [TokenKey] = []
  /// The key of the first two tokens of each entry of two tokens or more (`new york` for
  /// "New York City"), in insertion order.
  public private(set) var leadingPairs: [TokenKey] = []
  /// For entries of several words, all letters ("New York", "Joe Biden"), the key of their letters run together, as
  /// a hashtag writes them ("#NewYork", "#JoeBiden"): the entry's position.
  private var hashtagIndex = TokenTable<Int32>()
  /// Those keys, in insertion order.
  public private(set) var hashtagKeys: [TokenKey] = []

  /// Creates an empty gazetteer.
  public init() {}

  /// The number of entries.
  public var count: Int { entries.count }

  /// Makes room for `capacity` entries.
  public mutating func reserveCapacity(_ capacity: Int) {
    index.reserveCapacity(capacity)
    entries.reserveCapacity(capacity)
    firstKeys.reserveCapacity(capacity)
  }

  /// Adds `entry`; a second entry with the same tokens keeps the first.
  ///
  /// - Returns: `false` when the phrase was already present.
  @discardableResult
  public mutating func insert(_ entry: Entry) -> Bool {
    let keys = Self.tokenKeys(of: entry.text)
    guard var key = keys.first else { return false }
    var prefixes: [TokenKey] = []
    for next in keys.dropFirst() {
      prefixes.append(key)
      key = key.followed(by: next)
    }
    guard (index[key]?.entry ?? -1) < 0 else { return false }
    entries.append(entry)
    firstKeys.append(keys[0])
    if keys.count > 1 { leadingPairs.append(keys[0].followed(by: keys[1])) }
    let position = Int32(entries.count - 1)
    index.update(key) { slot in slot = Slot(entry: position, continues: slot?.continues ?? false) }
    for prefix in prefixes {
      index.update(prefix) { slot in slot = Slot(entry: slot?.entry ?? -1, continues: true) }
    }
    if keys.count > 1, let joined = Self.hashtagKey(of: entry.text), hashtagIndex[joined] == nil {
      hashtagIndex.update(joined) { $0 = position }
      hashtagKeys.append(joined)
    }
    return true
  }

  /// The key of a phrase's letters run together ("New York" → "newyork", "St. Louis" → "stlouis"), when it holds only
  /// letters between its spaces, hyphens, apostrophes and periods.
  static func hashtagKey(of phrase: String) -> TokenKey? {
    // Most phrases are ASCII: their letters are A-Z and a-z, with no Unicode property to look up.
    if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
      var letters: [UInt8] = []
      letters.reserveCapacity(phrase.utf8.count)
      for byte in phrase.utf8 {
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
          letters.append(byte)
        } else if byte != 0x20 && byte != 0x2D && byte != 0x27 && byte != 0x2E {
          return nil
        }
      }
      return letters.isEmpty ? nil : TokenKey(utf8: letters)
    }
    var letters = String.UnicodeScalarView()
    for scalar in phrase.unicodeScalars {
      if scalar.properties.isAlphabetic {
        letters.append(scalar)
      } else if !" -'.’".unicodeScalars.contains(scalar) {
        return nil
      }
    }
    return letters.isEmpty ? nil : TokenKey(String(letters))
  }

  /// The entry that the hashtag word at token `index` spells with its words run together in camel case ("#NewYork",
  /// "#JoeBiden"; not "#newyork" nor "#NEWYORK", which ordinary words spell as often: "#northeast", "#battleground").
  public func hashtagMatch(in text: TokenizedText, at index: Int) -> Int? {
    let token = text.tokens[index]
    guard index > 0, !token.spaceBefore, token.kind == .word, text.tokens[index - 1].key == .hashMark,
      let entry = hashtagIndex[token.key]
    else { return nil }
    // Camel case: a capital first, another after a lower-case letter.
    let bytes = text.unit.utf8[token.range]
    guard let first = bytes.first, first >= 0x41, first <= 0x5A else { return nil }
    var afterLower = false
    for byte in bytes.dropFirst() {
      if byte >= 0x61 && byte <= 0x7A {
        afterLower = true
      } else if byte >= 0x41 && byte <= 0x5A && afterLower {
        return Int(entry)
      }
    }
    return nil
  }

  /// Whether the single word `key` is an entry.
  @inline(__always)
  public func contains(_ key: TokenKey) -> Bool { (index[key]?.entry ?? -1) >= 0 }

  /// Whether the single word `word` (any case) is an entry.
  public func contains(_ word: String) -> Bool { contains(TokenKey(word)) }

  /// Whether `phrase` (any case, its words as the tokenizer splits them) is an entry, whole.
  public func containsPhrase(_ phrase: String) -> Bool {
    let keys = Self.tokenKeys(of: phrase)
    guard var key = keys.first else { return false }
    for next in keys.dropFirst() { key = key.followed(by: next) }
    return contains(key)
  }

  /// The entry for the single word `key`, if any.
  public func entry(for key: TokenKey) -> Entry? {
    guard let slot = index[key], slot.entry >= 0 else { return nil }
    return entries[Int(slot.entry)]
  }

  /// The entry for the single word `word` (any case), if any.
  public func entry(for word: String) -> Entry? { entry(for: TokenKey(word)) }

  /// Whether a longer entry starts with the single word `key` ("new" for "new york").
  public func continues(after key: TokenKey) -> Bool { index[key]?.continues ?? false }

  /// The longest entry starting at token `start`: its last token index and the entry's
  /// index in `entries` (fetched only for a hit that is reported).
  ///
  /// Word, number and punctuation tokens all take part (`St. Louis`, `U.S.`); a line break ends the phrase.
  /// A possessive `'s` may end the match ("Houston's", "New York's"): `end` is then that token, and `possessive` says
  /// that the entry ends before its `'s`.
  @inline(__always)
  public func longestMatch(in text: TokenizedText, from start: Int) -> (end: Int, entry: Int, possessive: Bool)? {
    let tokens = text.tokens
    var key = tokens[start].key
    guard let first = index[key] else { return possessiveEntry(key: nil, in: text, at: start) }
    var best: Int32 = first.entry
    var bestEnd = start
    var slot = first
    var position = start + 1
    while slot.continues, position < tokens.count, !tokens[position].lineBreakBefore {
      let extended = key.followed(by: tokens[position].key)
      guard let next = index[extended] else {
        if tokens[position].possessiveLength != 0, let match = possessiveEntry(key: key, in: text, at: position) {
          return match
        }
        break
      }
      key = extended
      if next.entry >= 0 { (best, bestEnd) = (next.entry, position) }
      slot = next
      position += 1
    }
    return best >= 0 ? (bestEnd, Int(best), false) : nil
  }

  /// The entry that the words before (`key`, nil at the start) and token `position` without its possessive spell.
  private func possessiveEntry(key: TokenKey?, in text: TokenizedText, at position: Int)
    -> (end: Int, entry: Int, possessive: Bool)?
  {
    guard let stem = text.possessiveStemKey(position), let entry = index[key.map { $0.followed(by: stem) } ?? stem]?.entry,
      entry >= 0
    else { return nil }
    return (position, Int(entry), true)
  }

  /// The lowercased token texts of a phrase.
  public static func keys(of phrase: String) -> [String] {
    let text = TokenizedText(.init(phrase))
    return text.tokens.indices.map { text.keys[$0] }
  }

  /// The lookup keys of a phrase's tokens.
  public static func tokenKeys(of phrase: String) -> [TokenKey] {
    // Most entries are one plain word: skip the tokenizer for them.
    var phrase = phrase
    return phrase.withUTF8 { bytes in
      if bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) { return [TokenKey(utf8: bytes)] }
      return Tokenizer.tokenize(Array(bytes)).map(\.key)
    }
  }
}
