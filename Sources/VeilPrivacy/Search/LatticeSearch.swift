import Foundation

// Optimal full-domain generalization search over the lattice of level vectors.
//
// Definitions. N records; a node n is a level vector; S(n) = records in classes that are
// smaller than k or (with l-diversity) have fewer than L distinct sensitive values; n is
// *admissible* when S(n) ≤ ⌊limit · N⌋. The result is the admissible node with the smallest
// exact score (DM, or precision loss scaled to an integer, see `MetricScale`); ties go to
// the smaller level sum, then the lexicographically smaller level vector. The search
// returns exactly the node a brute-force evaluation of every node would return (the tests
// check this against brute force).
//
// Facts used (m ≥ n means m generalizes n in every dimension; hierarchies are validated so
// each value has one parent, hence every class of m is a union of classes of n):
//  (F1) S(m) ≤ S(n), record by record: a record released at n is released at m (its class
//       only grows and gains sensitive values). So admissibility is upward closed,
//       non-admissibility downward closed, and "k-anonymous without suppression" is upward closed.
//  (F2) DM*(n) = Σ|E|² over all classes never decreases upward, DM(n) ≥ DM*(n) (a suppressed
//       record costs N ≥ |E|), and DM*(n) ≥ N² / c(n) for c(n) classes (Cauchy–Schwarz).
//  (F3) Precision: scaled P(n) = N·A(n) + S(n)·(Q·H − A(n)) with A(n) the level-weight sum,
//       which grows along every lattice edge; so P(n) ≥ N·A(n) + s·(Q·H − A(n)) for s ≤ S(n).
//  (F4) If S(n) = 0, every m > n has S(m) = 0 and a score ≥ score(n) (F2/F3 with S = 0), and
//       loses the tie-break (larger level sum): m is dominated.
//  (F5) Going down from m to n ≤ m, a class of m splits into at most b(n, m) classes, the
//       product over the lowered levels of the hierarchy's branching factor (most children
//       of one value among the observed values). Records suppressed at m stay suppressed at n
//       (F1), so DM(n) ≥ N·S(m) + R(m) / b(n, m) with R(m) = Σ|E|² over m's released classes
//       (a class of size s split into j pieces has Σ|piece|² ≥ s² / j; suppressed pieces cost
//       even more).
//
// Two strategies, both exact; neither skips a node unless a rule below proves it cannot be
// the result, so every admissible node is evaluated or provably no better than the answer.
// There is no heuristic fallback: lattices above `Lattice.maxNodes` nodes are rejected.
//
// A. No suppression allowed (⌊limit · N⌋ = 0). Admissible then means S = 0, so by F4 the
//    optimum is a minimal admissible node. Phase 1 classifies the lattice Flash-style:
//    nodes are visited bottom-up by level sum; from each untagged node a greedy path of
//    untagged successors (raising the relatively least generalized QI) is built towards the
//    top and binary-searched; an admissible node tags its up-set admissible, a
//    non-admissible one tags its down-set non-admissible (predictive tagging, F1). Phase 2
//    walks the lattice bottom-up and evaluates the remaining nodes except those (a) tagged
//    non-admissible, (b) above a node with S = 0 (F4), or (c) whose lower bound (F2 bounds
//    inherited from predecessors and N² / a class-count cap; F3 for precision) cannot beat
//    the best score. With no suppression (b) leaves nothing to evaluate after phase 1.
//
// B. Suppression allowed. The score is not monotone any more and the minimal admissible
//    nodes are a poor guide, so the lattice is walked top-down (level sum descending, after
//    evaluating the top node). Each node inherits from its successors sLo = the largest S
//    of an evaluated generalization (F1) and the best F5 bound. A node is skipped when
//    sLo > ⌊limit · N⌋ (it is non-admissible: predictive tagging downwards) or when its lower
//    bound cannot beat the best score found so far: for DM the maximum of the F5 bound,
//    k·N + (N − k)·sLo (every released record costs ≥ k, every suppressed one N) and
//    N² / min(N, Π domain sizes) (F2); for precision the F3 bound with s = sLo. A bound equal
//    to the best score still loses only if the node also loses the tie-break. Every other
//    node is evaluated.
//
// Evaluating a node rolls its classes up from the cached node with the fewest classes among
// those below it (falling back to the bottom node, i.e. the distinct leaf tuples of the
// `ClassCounter`); records are never re-read. In strategy B, when the best cached source is
// more than two steps below the target, the node one level below the target in every QI is
// evaluated first as a "hub" that serves the target and its neighbours (hubs are ordinary
// evaluations: counted, and offered as candidates). `nodesChecked` counts all evaluations.

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
  let grouper: ClassGrouper
  var cache = TableCache()
  let bottom: ClassTable

  // Per-node state, indexed by node.
  var tag: [Int8]  // 1 admissible, -1 not admissible, 0 unknown (strategy A)
  var suppressedOf: [Int]  // S(n) when evaluated, else -1
  var squaresOf: [Int]  // DM*(n) when evaluated
  var releasedSquaresOf: [Int]  // R(n) when evaluated
  var classesOf: [Int]  // c(n) when evaluated
  var bestNode = -1
  var bestScore = Int.max
  var bestStats = NodeStats(table: ClassTable(levels: [], dimensions: 0, sensitiveWidth: 0), k: 1, l: nil)

  var nodesChecked = 0
  var classificationChecks = 0
  var classesRolledUp = 0
  var skippedNonAdmissible = 0
  var skippedDominated = 0
  var skippedByBound = 0

  init(problem: GeneralizationProblem, model: PrivacyModel) throws {
    self.problem = problem
    self.model = model
    lattice = try Lattice(heights: problem.heights)
    records = problem.records
    scale = try MetricScale(metric: model.metric, records: records, heights: problem.heights)
    maxSuppressed = model.maxSuppressed(records: records)
    let grouper = ClassGrouper(hierarchies: problem.encoded)
    bottom = problem.bottomTable(sensitiveWidth: model.lDiversity ?? 0, grouper: grouper)
    self.grouper = grouper
    tag = Array(repeating: 0, count: lattice.size)
    suppressedOf = Array(repeating: -1, count: lattice.size)
    squaresOf = Array(repeating: 0, count: lattice.size)
    releasedSquaresOf = Array(repeating: 0, count: lattice.size)
    classesOf = Array(repeating: 0, count: lattice.size)
  }

  /// Runs the search and returns the optimum, or throws when no node is admissible.
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
    if maxSuppressed == 0 {
      classify()
      classificationChecks = nodesChecked
      optimizeBottomUp()
    } else {
      optimizeTopDown()
    }
    return NodeEvaluation(levels: lattice.levels(bestNode), stats: bestStats, scale: scale, model: model)
  }

  // MARK: Evaluation

  /// Computes the node's classes by roll-up, records its statistics and offers it as a candidate.
  ///
  /// With `hub`, a source more than two steps below first gets the node one level lower in
  /// every QI evaluated and cached (see strategy B).
  @discardableResult
  mutating func evaluate(_ node: Int, hub: Bool = false) -> NodeStats {
    let levels = lattice.levels(node)
    var source = cache.bestSource(for: levels) ?? bottom
    if hub && distance(from: source.levels, to: levels) > 2 {
      let hubNode = lattice.node(levels.map { max($0 - 1, 0) })
      if hubNode != node && suppressedOf[hubNode] < 0 {
        evaluate(hubNode, hub: true)
        source = cache.bestSource(for: levels) ?? bottom
      }
    }
    classesRolledUp += source.count
    let table = grouper.rollUp(source, to: levels)
    let stats = NodeStats(table: table, k: model.k, l: model.lDiversity)
    nodesChecked += 1
    cache.insert(table)
    suppressedOf[node] = stats.suppressed
    squaresOf[node] = stats.allSquares
    releasedSquaresOf[node] = stats.releasedSquares
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

  private func distance(from lower: [Int], to upper: [Int]) -> Int {
    var total = 0
    for d in lower.indices { total += upper[d] - lower[d] }
    return total
  }

  func isBetter(score: Int, node: Int) -> Bool {
    if bestNode < 0 || score != bestScore { return bestNode < 0 || score < bestScore }
    let sum = lattice.levelSum[node], bestSum = lattice.levelSum[bestNode]
    return sum != bestSum ? sum < bestSum : node < bestNode
  }

  /// Whether a node whose score is at least `bound` could still become the best.
  func canImprove(bound: Int, node: Int) -> Bool {
    isBetter(score: bound, node: node)
  }

  func domainProduct(_ levels: [Int]) -> Int {
    var product = 1
    for (d, level) in levels.enumerated() {
      let (next, overflow) = product.multipliedReportingOverflow(by: problem.encoded[d].domainSize(level))
      if overflow { return Int.max }
      product = next
    }
    return product
  }
}
