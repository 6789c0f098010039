/// A hierarchy restricted to the observed leaves and dictionary-encoded per level.
///
/// Level 0 ids are the column's `ValueDictionary` ids; level l ids number the distinct
/// generalized values at l. `leafToLevel[l][leafId]` and the composed `map(from:to:)` tables
/// let the search generalize ids without touching strings.
struct EncodedHierarchy: Sendable {
  /// The highest level.
  let height: Int
  /// `labels[level][id]` is the generalized string.
  let labels: [[String]]
  /// `leafToLevel[level][leafId]` is the leaf's id at `level`.
  let leafToLevel: [[Int32]]
  /// `maps[from][to - from - 1][idAtFrom]` is the id at `to` (for to > from).
  private let maps: [[[Int32]]]
  /// `branching[level]` (level ≥ 1): the most level-(level − 1) values under one value at
  /// `level`, i.e. how many pieces a class can split into when this QI is lowered one level.
  let branching: [Int]

  /// Number of distinct values at `level`.
  func domainSize(_ level: Int) -> Int { labels[level].count }

  /// The table from ids at `from` to ids at `to`; nil when the levels are equal.
  func map(from: Int, to: Int) -> [Int32]? {
    to > from ? maps[from][to - from - 1] : nil
  }

  /// Encodes `hierarchy` for the leaves of `dictionary`; unknown leaves throw with column and line.
  init(hierarchy: Hierarchy, dictionary: ValueDictionary, column: String) throws {
    let height = hierarchy.height
    var labels = [[String]](repeating: [], count: height + 1)
    var leafToLevel = [[Int32]](repeating: [], count: height + 1)
    var interned = [[String: Int32]](repeating: [:], count: height + 1)
    labels[0] = dictionary.values
    leafToLevel[0] = (0..<dictionary.count).map { Int32($0) }
    for (leafId, value) in dictionary.values.enumerated() {
      guard let row = hierarchy.row(for: value) else {
        throw KAnonymityError.valueNotInHierarchy(
          column: column, line: dictionary.firstLines[leafId], value: value, hierarchy: hierarchy.source)
      }
      for level in 1..<(height + 1) {
        let label = row[level]
        let id: Int32
        if let known = interned[level][label] {
          id = known
        } else {
          id = Int32(labels[level].count)
          interned[level][label] = id
          labels[level].append(label)
        }
        leafToLevel[level].append(id)
      }
    }
    var maps = [[[Int32]]](repeating: [], count: height + 1)
    for from in 0..<(height + 1) {
      for to in (from + 1)..<(height + 1) {
        var table = [Int32](repeating: 0, count: labels[from].count)
        for leaf in 0..<dictionary.count {
          table[Int(leafToLevel[from][leaf])] = leafToLevel[to][leaf]
        }
        maps[from].append(table)
      }
    }
    var branching = [1]
    for level in stride(from: 1, through: height, by: 1) {
      var children = [Int](repeating: 0, count: labels[level].count)
      for parent in maps[level - 1][0] { children[Int(parent)] += 1 }
      branching.append(max(children.max() ?? 1, 1))
    }
    self.branching = branching
    self.height = height
    self.labels = labels
    self.leafToLevel = leafToLevel
    self.maps = maps
  }
}
