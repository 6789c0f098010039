/// Strategy A of the search (no suppression allowed): Flash-style classification, then a
/// bottom-up pass with dominance and bound pruning. See `LatticeSearch.swift`.
extension LatticeSearch {
  /// Phase 1: classifies every node as admissible or not with binary searches on paths.
  mutating func classify() {
    for node in lattice.byLevelSum where tag[node] == 0 {
      let path = pathUpward(from: node)
      var low = 0, high = path.count - 1
      while low <= high {
        let mid = (low + high) / 2
        let current = path[mid]
        let admissible: Bool
        if tag[current] != 0 {
          admissible = tag[current] > 0
        } else {
          admissible = evaluate(current).suppressed <= maxSuppressed
          if admissible { tagUpward(current) } else { tagDownward(current) }
        }
        if admissible { high = mid - 1 } else { low = mid + 1 }
      }
    }
  }

  /// A greedy chain of untagged successors, raising the relatively least generalized dimension.
  private func pathUpward(from node: Int) -> [Int] {
    var path = [node]
    var levels = lattice.levels(node)
    while true {
      var choice = -1
      for d in levels.indices where levels[d] < lattice.heights[d] {
        let next = path[path.count - 1] + lattice.strides[d]
        guard tag[next] == 0 else { continue }
        if choice < 0 || levels[d] * lattice.heights[choice] < levels[choice] * lattice.heights[d] {
          choice = d
        }
      }
      guard choice >= 0 else { return path }
      levels[choice] += 1
      path.append(path[path.count - 1] + lattice.strides[choice])
    }
  }

  private mutating func tagUpward(_ node: Int) {
    tag[node] = 1
    var stack = [node]
    while let current = stack.popLast() {
      lattice.forEachSuccessor(current) { next in
        if tag[next] == 0 {
          tag[next] = 1
          stack.append(next)
        }
      }
    }
  }

  private mutating func tagDownward(_ node: Int) {
    tag[node] = -1
    var stack = [node]
    while let current = stack.popLast() {
      lattice.forEachPredecessor(current) { next in
        if tag[next] == 0 {
          tag[next] = -1
          stack.append(next)
        }
      }
    }
  }

  /// Phase 2: evaluates the nodes not excluded by tagging, dominance or bounds, bottom-up.
  mutating func optimizeBottomUp() {
    let size = lattice.size
    // sLo(n): a lower bound on S(n) from evaluated generalizations (F1).
    var suppressedFloor = suppressedOf.map { max($0, 0) }
    for node in lattice.byLevelSum.reversed() {
      var floor = suppressedFloor[node]
      lattice.forEachSuccessor(node) { floor = max(floor, suppressedFloor[$0]) }
      suppressedFloor[node] = floor
    }
    var inheritedBound = [Int](repeating: 0, count: size)  // monotone DM bound (F2)
    var classCap = [Int](repeating: Int.max, count: size)
    var zeroSuppressed = [Bool](repeating: false, count: size)
    let n = records, k = model.k
    let squaredRecords = n.multipliedReportingOverflow(by: n)
    for node in lattice.byLevelSum {
      var bound = 0, cap = Int.max, dominated = false
      lattice.forEachPredecessor(node) { p in
        bound = max(bound, inheritedBound[p])
        cap = min(cap, classCap[p])
        if zeroSuppressed[p] { dominated = true }
      }
      if suppressedOf[node] >= 0 {
        bound = max(bound, squaresOf[node])
        cap = min(cap, classesOf[node])
      }
      let levels = lattice.levels(node)
      cap = min(cap, domainProduct(levels), max(n, 1))
      if !squaredRecords.overflow, cap > 0 {
        bound = max(bound, (squaredRecords.partialValue + cap - 1) / cap)
      }
      inheritedBound[node] = bound
      classCap[node] = cap

      if suppressedOf[node] >= 0 {
        zeroSuppressed[node] = suppressedOf[node] == 0
        continue  // already evaluated (and offered as a candidate) in phase 1
      }
      if dominated {
        zeroSuppressed[node] = true
        skippedDominated += 1
        continue
      }
      if tag[node] < 0 {
        skippedNonAdmissible += 1
        continue
      }
      let floor = suppressedFloor[node]
      var nodeBound: Int
      switch model.metric {
      case .discernibility:
        nodeBound = bound
        if n >= k { nodeBound = max(nodeBound, k * n + (n - k) * floor) }
      case .precision:
        nodeBound = scale.scaledPrecision(weight: scale.weight(levels), suppressed: floor)
      }
      guard canImprove(bound: nodeBound, node: node) else {
        skippedByBound += 1
        continue
      }
      let stats = evaluate(node)
      inheritedBound[node] = max(bound, stats.allSquares)
      classCap[node] = min(cap, stats.classes)
      zeroSuppressed[node] = stats.suppressed == 0
    }
  }
}
