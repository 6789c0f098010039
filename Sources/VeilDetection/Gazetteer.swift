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

  private var index: [String: Slot] = [:]
  /// Every entry, in insertion order.
  public private(set) var entries: [Entry] = []

  /// Creates an empty gazetteer.
  public init() {}

  /// The number of entries.
  public var count: Int { entries.count }

  /// Makes room for `capacity` entries.
  public mutating func reserveCapacity(_ capacity: Int) {
    index.reserveCapacity(capacity)
    entries.reserveCapacity(capacity)
  }

  /// Adds `entry`; a second entry with the same tokens keeps the first.
  ///
  /// - Returns: `false` when the phrase was already present.
  @discardableResult
  public mutating func insert(_ entry: Entry) -> Bool {
    let keys = Self.keys(of: entry.text)
    guard !keys.isEmpty else { return false }
    let key = keys.joined(separator: " ")
    guard index[key, default: Slot()].entry < 0 else { return false }
    entries.append(entry)
    index[key, default: Slot()].entry = Int32(entries.count - 1)
    var prefix = ""
    for part in keys.dropLast() {
      prefix = prefix.isEmpty ? part : prefix + " " + part
      index[prefix, default: Slot()].continues = true
    }
    return true
  }

  /// Whether the single word `key` (lowercased) is an entry.
  public func contains(_ key: String) -> Bool { (index[key]?.entry ?? -1) >= 0 }

  /// The entry for the single word `key` (lowercased), if any.
  public func entry(for key: String) -> Entry? {
    guard let slot = index[key], slot.entry >= 0 else { return nil }
    return entries[Int(slot.entry)]
  }

  /// The longest entry starting at token `start`: its last token index and the entry.
  ///
  /// Word, number and punctuation tokens all take part (`St. Louis`, `U.S.`); a line break ends the phrase.
  public func longestMatch(in text: TokenizedText, from start: Int) -> (end: Int, entry: Entry)? {
    var best: (Int, Entry)?
    var key = ""
    var position = start
    while position < text.tokens.count {
      if position > start && text.tokens[position].lineBreakBefore { break }
      key = position == start ? text.keys[position] : key + " " + text.keys[position]
      guard let slot = index[key] else { break }
      if slot.entry >= 0 { best = (position, entries[Int(slot.entry)]) }
      guard slot.continues else { break }
      position += 1
    }
    return best
  }

  /// The lowercased token keys of a phrase.
  public static func keys(of phrase: String) -> [String] {
    // Most entries are one plain word: skip the tokenizer for them.
    let utf8 = phrase.utf8
    if utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
      return [String(decoding: utf8.map { $0 | 0x20 }, as: UTF8.self)]
    }
    if phrase.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { return [phrase.lowercased()] }
    return TokenizedText(.init(phrase)).keys
  }
}
