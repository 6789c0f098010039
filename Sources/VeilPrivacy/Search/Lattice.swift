/// The generalization lattice: one level per dimension, nodes numbered in lexicographic order.
///
/// Node index = Σ level[d] · stride[d] with the first dimension most significant, so
/// comparing indexes compares level vectors lexicographically. A node's predecessors lower
/// one level in one dimension, its successors raise one.
struct Lattice: Sendable {
  /// The largest lattice the search accepts (state is kept per node).
  static let maxNodes = 1 << 22
  let heights: [Int]
  let strides: [Int]
  let size: Int
  /// Node indexes sorted by level sum, then index (a topological order, bottom first).
  let byLevelSum: [Int]
  /// `levelSum[node]`.
  let levelSum: [Int32]

  init(heights: [Int]) throws {
    var product = 1.0
    for height in heights { product *= Double(height + 1) }
    guard product <= Double(Lattice.maxNodes) else {
      throw KAnonymityError.latticeTooLarge(nodes: product, limit: Lattice.maxNodes)
    }
    var strides = [Int](repeating: 1, count: heights.count)
    var size = 1
    for d in heights.indices.reversed() {
      strides[d] = size
      size *= heights[d] + 1
    }
    self.heights = heights
    self.strides = strides
    self.size = size
    var sums = [Int32](repeating: 0, count: size)
    let maxSum = heights.reduce(0, +)
    var buckets = [Int](repeating: 0, count: maxSum + 2)
    for node in 0..<size {
      var rest = node, sum = 0
      for d in heights.indices {
        sum += rest / strides[d]
        rest %= strides[d]
      }
      sums[node] = Int32(sum)
      buckets[sum + 1] += 1
    }
    for index in 1..<buckets.count { buckets[index] += buckets[index - 1] }
    var order = [Int](repeating: 0, count: size)
    for node in 0..<size {
      let sum = Int(sums[node])
      order[buckets[sum]] = node
      buckets[sum] += 1
    }
    levelSum = sums
    byLevelSum = order
  }

  /// The bottom node (all levels 0).
  var bottom: Int { 0 }
  /// The top node (all levels at their height).
  var top: Int { size - 1 }

  /// The level vector of `node`.
  func levels(_ node: Int) -> [Int] {
    var rest = node
    return strides.map { stride in
      let level = rest / stride
      rest %= stride
      return level
    }
  }

  /// The node of a level vector.
  func node(_ levels: [Int]) -> Int {
    var index = 0
    for (d, level) in levels.enumerated() { index += level * strides[d] }
    return index
  }

  /// Calls `body` with each immediate predecessor of `node` (one level lower in one dimension).
  @inline(__always)
  func forEachPredecessor(_ node: Int, _ body: (Int) -> Void) {
    var rest = node
    for d in strides.indices {
      let level = rest / strides[d]
      rest %= strides[d]
      if level > 0 { body(node - strides[d]) }
    }
  }

  /// Calls `body` with each immediate successor of `node` (one level higher in one dimension).
  @inline(__always)
  func forEachSuccessor(_ node: Int, _ body: (Int) -> Void) {
    var rest = node
    for d in strides.indices {
      let level = rest / strides[d]
      rest %= strides[d]
      if level < heights[d] { body(node + strides[d]) }
    }
  }

  /// True when every level of `lower` is ≤ the same level of `upper`.
  func isBelowOrEqual(_ lower: [Int], _ upper: [Int]) -> Bool {
    for d in lower.indices where lower[d] > upper[d] { return false }
    return true
  }
}
