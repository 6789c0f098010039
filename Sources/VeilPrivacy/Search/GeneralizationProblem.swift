/// A search-ready problem: the counts table of a `ClassCounter` plus encoded hierarchies.
///
/// Building it checks every observed value against its hierarchy (an unknown value throws
/// naming the column, the line where it was first seen and the value).
public struct GeneralizationProblem: Sendable {
  /// Quasi-identifier names, in lattice dimension order.
  public let columns: [String]
  /// The hierarchies, one per column.
  public let hierarchies: [Hierarchy]
  /// The counts the search consumes.
  public let counter: ClassCounter
  let encoded: [EncodedHierarchy]

  /// Encodes `hierarchies` (one per counter column) for the counter's observed values.
  public init(counter: ClassCounter, hierarchies: [Hierarchy]) throws {
    precondition(counter.columns.count == hierarchies.count, "one hierarchy per column")
    var encoded: [EncodedHierarchy] = []
    for (index, hierarchy) in hierarchies.enumerated() {
      encoded.append(
        try EncodedHierarchy(
          hierarchy: hierarchy, dictionary: counter.dictionaries[index], column: counter.columns[index]))
    }
    self.columns = counter.columns
    self.hierarchies = hierarchies
    self.counter = counter
    self.encoded = encoded
  }

  /// Number of records counted.
  public var records: Int { counter.records }

  /// The height of each column's hierarchy.
  public var heights: [Int] { encoded.map(\.height) }

  /// Number of lattice nodes (Π (height + 1)).
  public var latticeSize: Int { heights.reduce(1) { $0 * ($1 + 1) } }

  /// The generalized label of column `column`'s level-`level` id.
  func label(column: Int, level: Int, id: Int32) -> String {
    encoded[column].labels[level][Int(id)]
  }

  /// The bottom node's classes (distinct leaf tuples), with distinct-sensitive lists of `width`.
  func bottomTable(sensitiveWidth width: Int, grouper: ClassGrouper) -> ClassTable {
    let q = columns.count
    let trackedWidth = counter.tracksSensitive ? width : 0
    var raw = ClassTable(levels: Array(repeating: 0, count: q), dimensions: q, sensitiveWidth: trackedWidth)
    let keys = counter.counts.keys.sorted { $0.lexicographicallyPrecedes($1) }
    raw.ids.reserveCapacity(keys.count * q)
    raw.sizes.reserveCapacity(keys.count)
    for key in keys {
      raw.ids.append(contentsOf: key[0..<q])
      raw.sizes.append(counter.counts[key] ?? 0)
      if trackedWidth > 0 {
        raw.sensitive.append(key[q])
        raw.sensitive.append(contentsOf: repeatElement(-1, count: trackedWidth - 1))
      }
    }
    return grouper.rollUp(raw, to: raw.levels)
  }

  /// The classes of the node `levels`, computed directly from the bottom table (no search).
  func table(levels: [Int], sensitiveWidth: Int) -> ClassTable {
    let grouper = ClassGrouper(hierarchies: encoded)
    let bottom = bottomTable(sensitiveWidth: sensitiveWidth, grouper: grouper)
    return grouper.rollUp(bottom, to: levels)
  }

  /// Evaluates one node without searching (for brute-force checks and previews).
  public func evaluate(levels: [Int], model: PrivacyModel) throws -> NodeEvaluation {
    try model.validate()
    guard levels.count == columns.count, zip(levels, heights).allSatisfy({ $0 >= 0 && $0 <= $1 }) else {
      throw KAnonymityError.invalidOptions("levels \(levels) do not fit the heights \(heights)")
    }
    let scale = try MetricScale(metric: model.metric, records: records, heights: heights)
    let table = table(levels: levels, sensitiveWidth: model.lDiversity ?? 0)
    let stats = NodeStats(table: table, k: model.k, l: model.lDiversity)
    return NodeEvaluation(levels: levels, stats: stats, scale: scale, model: model)
  }
}

/// The outcome of one lattice node under a privacy model.
public struct NodeEvaluation: Sendable, Equatable {
  /// The generalization level per quasi-identifier.
  public let levels: [Int]
  /// Whether the suppressed records fit within the suppression limit.
  public let admissible: Bool
  /// Records suppressed (in classes smaller than k or not l-diverse).
  public let suppressed: Int
  /// Released equivalence classes.
  public let classes: Int
  /// Size of the smallest released class (0 when nothing is released).
  public let minClassSize: Int
  /// Discernibility: Σ|E|² over released classes + N × suppressed.
  public let discernibility: Int
  /// ARX precision loss in [0, 1].
  public let precisionLoss: Double
  /// The exact value the search minimizes (DM, or precision loss scaled to an integer).
  public let score: Int

  init(levels: [Int], stats: NodeStats, scale: MetricScale, model: PrivacyModel) {
    self.levels = levels
    admissible = stats.suppressed <= model.maxSuppressed(records: scale.records)
    suppressed = stats.suppressed
    classes = stats.releasedClasses
    minClassSize = stats.minReleasedSize
    discernibility = scale.discernibility(stats)
    let scaled = scale.scaledPrecision(weight: scale.weight(levels), suppressed: stats.suppressed)
    precisionLoss = scale.precisionLoss(scaled: scaled)
    score = model.metric == .discernibility ? discernibility : scaled
  }
}

extension GeneralizationProblem {
  /// Evaluates every lattice node directly from the bottom table, without pruning (a
  /// reference for tests; only practical for small lattices).
  func evaluateAll(model: PrivacyModel) throws -> [NodeEvaluation] {
    try model.validate()
    let scale = try MetricScale(metric: model.metric, records: records, heights: heights)
    let lattice = try Lattice(heights: heights)
    let grouper = ClassGrouper(hierarchies: encoded)
    let bottom = bottomTable(sensitiveWidth: model.lDiversity ?? 0, grouper: grouper)
    return (0..<lattice.size).map { node in
      let levels = lattice.levels(node)
      let stats = NodeStats(table: grouper.rollUp(bottom, to: levels), k: model.k, l: model.lDiversity)
      return NodeEvaluation(levels: levels, stats: stats, scale: scale, model: model)
    }
  }
}
