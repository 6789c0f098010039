import Foundation

// Optimal full-domain generalization search over the lattice of level vectors.
//
// Definitions. N records; a node n is a level vector; S(n) = records in classes that are
// smaller than k or (with l-diversity) have fewer than L distinct sensitive values; n is
// *admissible* when S(n) ≤ ⌊limit · N⌋. The result is the admissible node with the smallest
// exact score (DM, or precision loss scaled to an integer, see `MetricScale`); ties go to
// the smaller level sum, then the lexicographically smaller level vector. The search
// returns exactly the node a brute-force evaluation of every node would return.
//
// Facts used (m ≥ n means m generalizes n in every dimension; hierarchies are validated so
// each value has one parent, hence every class of m is a union of classes of n):
//  (F1) S(m) ≤ S(n): a released class of n stays inside a class of m that is at least as
//       large and has at least as many distinct sensitive values. So admissibility is
//       upward closed and non-admissibility downward closed.
//  (F2) DM*(n) = Σ|E|² over all classes (no suppression) never decreases upward, and
//       DM(n) ≥ DM*(n) because a suppressed record costs N ≥ |E| instead of |E|.
//       With c(n) classes, DM*(n) ≥ N² / c(n) (Cauchy–Schwarz), and c never increases upward.
//  (F3) Precision: scaled P(n) = N·A(n) + S(n)·(Q·H − A(n)) with A(n) the level weight sum,
//       so P(n) ≥ N·A(n), and A grows strictly along every lattice edge.
//  (F4) If S(n) = 0 and n is admissible, every m > n has S(m) = 0 and score(m) ≥ score(n)
//       (by F2 / F3 with S = 0), and m loses the tie-break (larger level sum).
//
// Phase 1 — classification (Flash-style predictive tagging). Nodes are visited bottom-up
// by level sum; from each untagged node a greedy path of untagged successors is built
// towards the top (raising the dimension with the lowest relative level first) and
// binary-searched: an admissible node tags its whole up-set admissible, a non-admissible
// one tags its whole down-set non-admissible (F1). Every evaluated node's statistics are
// kept and admissible ones are offered as candidates.
//
// Phase 2 — optimum. A top-down pass gives each node a lower bound on its suppression,
// sLo(n) = max S(m) over evaluated m ≥ n (F1). Then every node is visited bottom-up and
// is skipped — never evaluated — only when one of these holds:
//  (a) it was tagged non-admissible in phase 1 (it can never be the result);
//  (b) some immediate predecessor has S = 0 and is admissible, or is itself such a skipped
//      node (F4: dominated by that predecessor, including the tie-break);
//  (c) a lower bound on its score cannot beat the best score found so far (a bound equal
//      to the best still loses only if the node also loses the tie-break). The bound is
//      the maximum of: the bounds inherited from its immediate predecessors (F2, DM only:
//      DM* of evaluated predecessors and N² / an upper bound on its class count taken from
//      predecessors' class counts and the product of its domain sizes); for DM,
//      k·N + (N − k)·sLo(n) (every released record costs ≥ k, every suppressed one N); for
//      precision, N·A(n) + sLo(n)·(Q·H − A(n)) (F3).
// Every other node is evaluated, so every admissible node is either evaluated or provably
// no better than the reported one: the result is the exact optimum. There is no heuristic
// fallback; lattices above `Lattice.maxNodes` nodes are rejected with an error instead.
//
// Evaluating a node rolls its classes up from the cached node with the fewest classes among
// those below it (falling back to the bottom node, i.e. the distinct leaf tuples of the
// `ClassCounter`); records are never re-read. `nodesChecked` counts these evaluations.

/// The result of an optimal lattice search.
public struct SearchResult: Sendable {
  /// The optimal admissible node.
  public let best: NodeEvaluation
  /// Number of nodes whose classes were computed.
  public let nodesChecked: Int
  /// Number of nodes in the lattice.
  public let latticeSize: Int
  /// Nodes evaluated while classifying admissibility (phase 1, included in `nodesChecked`).
  public let classificationChecks: Int
  /// Source classes read by all roll-ups (the search's unit of work).
  public let classesRolledUp: Int
  /// Nodes skipped in phase 2 by rule (a), (b) and (c) of the search documentation.
  public let skippedNonAdmissible: Int, skippedDominated: Int, skippedByBound: Int
  /// Wall-clock seconds spent searching (no I/O).
  public let seconds: Double
}

extension GeneralizationProblem {
  /// Finds the admissible node with the smallest metric (see the file documentation).
  public func search(model: PrivacyModel) throws -> SearchResult {
    try model.validate()
    let start = DispatchTime.now().uptimeNanoseconds
    var search = try LatticeSearch(problem: self, model: model)
    let best = try search.run()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return SearchResult(
      best: best, nodesChecked: search.nodesChecked, latticeSize: search.lattice.size,
      classificationChecks: search.classificationChecks, classesRolledUp: search.classesRolledUp,
      skippedNonAdmissible: search.skippedNonAdmissible, skippedDominated: search.skippedDominated,
      skippedByBound: search.skippedByBound, seconds: seconds)
  }
}

struct LatticeSearch {
  let problem: GeneralizationProblem
  let model: PrivacyModel
  let lattice: Lattice
  let scale: MetricScale
  let records: Int
  let maxSuppressed: Int
  private var grouper: ClassGrouper
  private var cache = TableCache()
  private let bottom: ClassTable

  // Per-node state, indexed by node.
  private var tag: [Int8]  // 1 admissible, -1 not admissible, 0 unknown
  private var suppressedOf: [Int]  // S(n) when evaluated, else -1
  private var squaresOf: [Int]  // DM*(n) when evaluated
  private var classesOf: [Int]  // c(n) when evaluated
  private var bestNode = -1
  private var bestScore = Int.max
  private var bestStats = NodeStats(table: ClassTable(levels: [], dimensions: 0, sensitiveWidth: 0), k: 1, l: nil)

  private(set) var nodesChecked = 0
  private(set) var classificationChecks = 0
  private(set) var classesRolledUp = 0
  private(set) var skippedNonAdmissible = 0
  private(set) var skippedDominated = 0
  private(set) var skippedByBound = 0

  init(problem: GeneralizationProblem, model: PrivacyModel) throws {
    self.problem = problem
    self.model = model
    lattice = try Lattice(heights: problem.heights)
    records = problem.records
    scale = try MetricScale(metric: model.metric, records: records, heights: problem.heights)
    maxSuppressed = model.maxSuppressed(records: records)
    var grouper = ClassGrouper(hierarchies: problem.encoded)
    bottom = problem.bottomTable(sensitiveWidth: model.lDiversity ?? 0, grouper: &grouper)
    self.grouper = grouper
    tag = Array(repeating: 0, count: lattice.size)
    suppressedOf = Array(repeating: -1, count: lattice.size)
    squaresOf = Array(repeating: 0, count: lattice.size)
    classesOf = Array(repeating: 0, count: lattice.size)
  }

  /// Runs both phases and returns the optimum, or throws when no node is admissible.
  mutating func run() throws -> NodeEvaluation {
    let top = lattice.top
    let topStats = evaluate(top)
    guard topStats.suppressed <= maxSuppressed else {
      var reason = "even the fully generalized table suppresses \(topStats.suppressed) records"
      reason += " (limit \(maxSuppressed))"
      if records < model.k { reason = "the table has only \(records) records, fewer than k" }
      throw KAnonymityError.noAdmissibleNode(
        k: model.k, lDiversity: model.lDiversity, suppressionLimit: model.suppressionLimit,
        records: records, reason: reason)
    }
    tag[top] = 1
    classify()
    classificationChecks = nodesChecked
    optimize()
    return NodeEvaluation(levels: lattice.levels(bestNode), stats: bestStats, scale: scale, model: model)
  }

  // MARK: Phase 1

  private mutating func classify() {
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

  // MARK: Phase 2

  private mutating func optimize() {
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

  // MARK: Evaluation

  /// Computes the node's classes by roll-up, records its statistics and offers it as a candidate.
  @discardableResult
  private mutating func evaluate(_ node: Int) -> NodeStats {
    let levels = lattice.levels(node)
    let source = cache.bestSource(for: levels) ?? bottom
    classesRolledUp += source.count
    let table = grouper.rollUp(source, to: levels)
    let stats = NodeStats(table: table, k: model.k, l: model.lDiversity)
    nodesChecked += 1
    cache.insert(table)
    suppressedOf[node] = stats.suppressed
    squaresOf[node] = stats.allSquares
    classesOf[node] = stats.classes
    if stats.suppressed <= maxSuppressed {
      let score = scale.score(levels: levels, stats: stats)
      if isBetter(score: score, node: node) {
        bestNode = node
        bestScore = score
        bestStats = stats
      }
    }
    return stats
  }

  private func isBetter(score: Int, node: Int) -> Bool {
    if bestNode < 0 || score != bestScore { return bestNode < 0 || score < bestScore }
    let sum = lattice.levelSum[node], bestSum = lattice.levelSum[bestNode]
    return sum != bestSum ? sum < bestSum : node < bestNode
  }

  /// Whether a node whose score is at least `bound` could still become the best.
  private func canImprove(bound: Int, node: Int) -> Bool {
    isBetter(score: bound, node: node)
  }

  private func domainProduct(_ levels: [Int]) -> Int {
    var product = 1
    for (d, level) in levels.enumerated() {
      let (next, overflow) = product.multipliedReportingOverflow(by: problem.encoded[d].domainSize(level))
      if overflow { return Int.max }
      product = next
    }
    return product
  }
}
