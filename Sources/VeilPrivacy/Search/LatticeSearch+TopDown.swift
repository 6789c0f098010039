/// Strategy B of the search (suppression allowed): a top-down pass with branch-and-bound.
/// See `LatticeSearch.swift` for the rules and why they are sound.
extension LatticeSearch {
  /// Visits every node from the top down, evaluating those no rule excludes.
  mutating func optimizeTopDown() {
    let size = lattice.size
    let n = records, k = model.k
    // Inherited from evaluated generalizations: sLo (F1) and the F5 pair (R / b, S).
    var suppressedFloor = [Int](repeating: 0, count: size)
    var splitSquares = [Int](repeating: 0, count: size)
    var splitSuppressed = [Int](repeating: 0, count: size)
    let squaredRecords = n.multipliedReportingOverflow(by: n)
    for node in lattice.byLevelSum.reversed() {
      var floor = 0, squares = 0, suppressed = 0
      var rest = node
      for d in lattice.strides.indices {
        let stride = lattice.strides[d]
        let level = rest / stride
        rest %= stride
        guard level < lattice.heights[d] else { continue }
        let parent = node + stride
        floor = max(floor, suppressedFloor[parent])
        let divided = splitSquares[parent] / problem.encoded[d].branching[level + 1]
        if pairValue(divided, splitSuppressed[parent]) > pairValue(squares, suppressed) {
          squares = divided
          suppressed = splitSuppressed[parent]
        }
      }
      if suppressedOf[node] < 0 && !shouldSkip(node, floor: floor, squares: squares, suppressed: suppressed,
        squaredRecords: squaredRecords, records: n, k: k)
      {
        evaluate(node, hub: true)
      }
      if suppressedOf[node] >= 0 {
        floor = max(floor, suppressedOf[node])
        let own = releasedSquaresOf[node]
        if pairValue(own, suppressedOf[node]) > pairValue(squares, suppressed) {
          squares = own
          suppressed = suppressedOf[node]
        }
      }
      suppressedFloor[node] = floor
      splitSquares[node] = squares
      splitSuppressed[node] = suppressed
    }
  }

  /// The F5 bound of a pair, saturating instead of overflowing.
  private func pairValue(_ squares: Int, _ suppressed: Int) -> Int {
    let (product, overflow) = records.multipliedReportingOverflow(by: suppressed)
    if overflow { return Int.max }
    let (sum, overflow2) = product.addingReportingOverflow(squares)
    return overflow2 ? Int.max : sum
  }

  /// Whether rule "non-admissible" or "bound" of strategy B excludes an unevaluated node.
  private mutating func shouldSkip(
    _ node: Int, floor: Int, squares: Int, suppressed: Int, squaredRecords: (partialValue: Int, overflow: Bool),
    records n: Int, k: Int
  ) -> Bool {
    if floor > maxSuppressed {
      skippedNonAdmissible += 1
      return true
    }
    let levels = lattice.levels(node)
    var bound: Int
    switch model.metric {
    case .discernibility:
      bound = pairValue(squares, suppressed)
      if n >= k { bound = max(bound, k * n + (n - k) * floor) }
      let cap = min(domainProduct(levels), max(n, 1))
      if !squaredRecords.overflow { bound = max(bound, (squaredRecords.partialValue + cap - 1) / cap) }
    case .precision:
      bound = scale.scaledPrecision(weight: scale.weight(levels), suppressed: floor)
    }
    if canImprove(bound: bound, node: node) { return false }
    skippedByBound += 1
    return true
  }
}
