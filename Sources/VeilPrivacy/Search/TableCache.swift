/// A bounded, least-recently-used cache of computed class tables used as roll-up sources.
///
/// A node's classes can be computed from any cached node whose levels are all ≤ its own;
/// `bestSource(for:)` picks the one with the fewest classes (the cheapest roll-up).
struct TableCache {
  private struct Entry {
    var table: ClassTable
    var lastUse: Int
  }

  let byteBudget: Int
  let maxEntries: Int
  private var entries: [Entry] = []
  private var bytes = 0
  private var clock = 0

  init(byteBudget: Int = 256 << 20, maxEntries: Int = 1024) {
    self.byteBudget = byteBudget
    self.maxEntries = maxEntries
  }

  /// The cached table with the fewest classes whose levels are all ≤ `levels`, if any.
  mutating func bestSource(for levels: [Int]) -> ClassTable? {
    var bestIndex = -1
    var bestCount = Int.max
    for (index, entry) in entries.enumerated() where entry.table.count < bestCount {
      var below = true
      for d in levels.indices where entry.table.levels[d] > levels[d] {
        below = false
        break
      }
      if below {
        bestIndex = index
        bestCount = entry.table.count
      }
    }
    guard bestIndex >= 0 else { return nil }
    clock += 1
    entries[bestIndex].lastUse = clock
    return entries[bestIndex].table
  }

  /// Adds `table`, evicting least recently used tables to stay within the budget.
  mutating func insert(_ table: ClassTable) {
    let size = table.byteCount
    guard size <= byteBudget / 4 else { return }
    while !entries.isEmpty && (bytes + size > byteBudget || entries.count >= maxEntries) {
      var oldest = 0
      for index in entries.indices where entries[index].lastUse < entries[oldest].lastUse {
        oldest = index
      }
      bytes -= entries[oldest].table.byteCount
      entries.swapAt(oldest, entries.count - 1)
      entries.removeLast()
    }
    clock += 1
    entries.append(Entry(table: table, lastUse: clock))
    bytes += size
  }
}
