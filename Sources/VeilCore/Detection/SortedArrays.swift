/// Searches and clean-ups of sorted arrays, shared by the detection stages.

extension RandomAccessCollection {
  /// The index of the first element for which `isAtOrAfter` holds, in a collection where it holds for a suffix (a
  /// binary search; `endIndex` when it holds for none). Inlinable, so that a call from another module is specialized
  /// for its element type rather than run through the generic witness tables.
  @inlinable package func partitioningIndex(where isAtOrAfter: (Element) throws -> Bool) rethrows -> Index {
    var (low, count) = (startIndex, self.count)
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isAtOrAfter(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}

extension Array where Element: Equatable {
  /// Drops each element equal to the one before it: a sorted array keeps each value once.
  @inlinable package mutating func removeDuplicatesOfSorted() {
    guard count > 1 else { return }
    var kept = 1
    for index in 1..<count where self[index] != self[kept - 1] {
      self[kept] = self[index]
      kept += 1
    }
    removeLast(count - kept)
  }
}
