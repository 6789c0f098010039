/// Which classes of the chosen node are released, with the figures the report needs.
public struct ReleasePlan: Sendable {
  /// The chosen level per quasi-identifier.
  public let levels: [Int]
  /// Sizes of the released classes.
  public let releasedSizes: [Int]
  /// Records suppressed.
  public let suppressed: Int
  /// Minimum distinct sensitive values over released classes (nil without a sensitive column).
  public let lDiversity: Int?
  private let released: [[Int32]: Bool]
  private let encoded: [EncodedHierarchy]
  private let dictionaries: [ValueDictionary]

  /// Classifies the classes of `levels` under `model` (exact distinct counts for the report).
  public init(problem: GeneralizationProblem, levels: [Int], model: PrivacyModel) {
    let q = problem.columns.count
    let counter = problem.counter
    let encoded = problem.encoded
    var sizes: [[Int32]: Int] = [:]
    var distinct: [[Int32]: Set<Int32>] = [:]
    var tuple = [Int32](repeating: 0, count: q)
    for (key, count) in counter.counts {
      for d in 0..<q { tuple[d] = encoded[d].leafToLevel[levels[d]][Int(key[d])] }
      sizes[tuple, default: 0] += count
      if counter.tracksSensitive { distinct[tuple, default: []].insert(key[q]) }
    }
    var released: [[Int32]: Bool] = [:]
    var releasedSizes: [Int] = []
    var suppressed = 0
    var minDistinct = Int.max
    for (tuple, size) in sizes {
      let distinctCount = distinct[tuple]?.count ?? 0
      var keep = size >= model.k
      if keep, let l = model.lDiversity, distinctCount < l { keep = false }
      released[tuple] = keep
      if keep {
        releasedSizes.append(size)
        minDistinct = min(minDistinct, distinctCount)
      } else {
        suppressed += size
      }
    }
    self.levels = levels
    self.releasedSizes = releasedSizes.sorted()
    self.suppressed = suppressed
    self.lDiversity = counter.tracksSensitive ? (releasedSizes.isEmpty ? 0 : minDistinct) : nil
    self.released = released
    self.encoded = encoded
    self.dictionaries = counter.dictionaries
  }

  /// The generalized quasi-identifier values of a record, or nil when its class is suppressed
  /// (or a value was never counted).
  public func generalize(_ values: [String]) -> [String]? {
    var tuple = [Int32]()
    tuple.reserveCapacity(values.count)
    for (d, value) in values.enumerated() {
      guard let leaf = dictionaries[d].id(of: value) else { return nil }
      tuple.append(encoded[d].leafToLevel[levels[d]][Int(leaf)])
    }
    guard released[tuple] == true else { return nil }
    return tuple.enumerated().map { d, id in encoded[d].labels[levels[d]][Int(id)] }
  }
}
