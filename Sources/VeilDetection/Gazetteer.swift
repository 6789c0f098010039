/// A dictionary of words and multi-word phrases, matched on token boundaries.
///
/// Entries are stored in a trie over lowercased tokens, so a lookup walks the text's
/// tokens once however many entries there are. Each entry keeps its attributes (e.g. a
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

  private struct Node: Sendable {
    var children: [String: Int] = [:]
    var entry: Int?
  }

  private var nodes = [Node()]
  /// Every entry, in insertion order.
  public private(set) var entries: [Entry] = []

  /// Creates an empty gazetteer.
  public init() {}

  /// The number of entries.
  public var count: Int { entries.count }

  /// Adds `entry`; a second entry with the same tokens keeps the first.
  ///
  /// - Returns: `false` when the phrase was already present.
  @discardableResult
  public mutating func insert(_ entry: Entry) -> Bool {
    let keys = Self.keys(of: entry.text)
    guard !keys.isEmpty else { return false }
    var node = 0
    for key in keys {
      if let next = nodes[node].children[key] {
        node = next
      } else {
        nodes.append(Node())
        nodes[node].children[key] = nodes.count - 1
        node = nodes.count - 1
      }
    }
    guard nodes[node].entry == nil else { return false }
    entries.append(entry)
    nodes[node].entry = entries.count - 1
    return true
  }

  /// Whether the single word `key` (lowercased) is an entry.
  public func contains(_ key: String) -> Bool {
    guard let node = nodes[0].children[key] else { return false }
    return nodes[node].entry != nil
  }

  /// The entry for the single word `key` (lowercased), if any.
  public func entry(for key: String) -> Entry? {
    guard let node = nodes[0].children[key], let index = nodes[node].entry else { return nil }
    return entries[index]
  }

  /// The longest entry starting at token `start`: its last token index and the entry.
  ///
  /// Only word and number tokens take part, plus punctuation tokens written in the
  /// entry itself (`St. Louis`, `U.S.`); a line break ends the phrase.
  public func longestMatch(in text: TokenizedText, from start: Int) -> (end: Int, entry: Entry)? {
    var node = 0
    var best: (Int, Entry)?
    var index = start
    while index < text.tokens.count {
      if index > start && text.tokens[index].lineBreakBefore { break }
      guard let next = nodes[node].children[text.keys[index]] else { break }
      node = next
      if let entry = nodes[node].entry { best = (index, entries[entry]) }
      index += 1
    }
    return best
  }

  /// The lowercased token keys of a phrase.
  public static func keys(of phrase: String) -> [String] {
    let text = TokenizedText(.init(phrase))
    return text.keys
  }
}
