import Foundation

/// The JSON summary of a k-anonymity run (snake_case keys).
public struct KAnonymityReport: Codable, Sendable, Equatable {
  /// The k that was enforced.
  public var k: Int
  /// The l-diversity that was enforced, if any.
  public var requiredL: Int?
  /// The suppression limit as a fraction.
  public var suppressionLimit: Double
  /// The metric minimized (`discernibility` or `precision`).
  public var metric: KAnonymityMetric
  /// Records in the input.
  public var records: Int
  /// Quasi-identifier names in lattice order.
  public var quasiIdentifiers: [String]
  /// The chosen generalization level per quasi-identifier.
  public var levels: [String: Int]
  /// Each quasi-identifier's hierarchy height.
  public var heights: [String: Int]
  /// Records suppressed.
  public var suppressed: Int
  /// Released equivalence classes.
  public var classes: Int
  /// Smallest released class.
  public var minClassSize: Int
  /// Highest re-identification risk: 1 / smallest class (0 when nothing is released).
  public var maxRisk: Double
  /// Released records / released classes.
  public var avgClassSize: Double
  /// Discernibility of the result.
  public var dm: Int
  /// ARX precision loss of the result.
  public var precisionLoss: Double
  /// Minimum distinct sensitive values over released classes (when a sensitive column is set).
  public var lDiversity: Int?
  /// Released classes bucketed by size.
  public var classSizeHistogram: [ClassSizeBucket]
  /// Milliseconds spent in the lattice search (no I/O).
  public var searchMs: Double
  /// Lattice nodes whose classes were computed.
  public var nodesChecked: Int
  /// Nodes in the lattice.
  public var latticeSize: Int
  /// Rows written to the output (nil without output).
  public var outputRows: Int?

  enum CodingKeys: String, CodingKey {
    case k, records, levels, heights, suppressed, classes, dm, metric
    case requiredL = "required_l"
    case suppressionLimit = "suppression_limit"
    case quasiIdentifiers = "quasi_identifiers"
    case minClassSize = "min_class_size"
    case maxRisk = "max_risk"
    case avgClassSize = "avg_class_size"
    case precisionLoss = "precision_loss"
    case lDiversity = "l_diversity"
    case classSizeHistogram = "class_size_histogram"
    case searchMs = "search_ms"
    case nodesChecked = "nodes_checked"
    case latticeSize = "lattice_size"
    case outputRows = "output_rows"
  }

  /// The report as JSON (sorted keys; use the default key strategy, keys are already snake_case).
  public func jsonData(pretty: Bool = true) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
    return try encoder.encode(self)
  }
}

/// Released classes whose size lies in `min...max` (`max` nil = unbounded).
public struct ClassSizeBucket: Codable, Sendable, Equatable {
  /// Smallest class size in the bucket.
  public var min: Int
  /// Largest class size in the bucket, nil for the open last bucket.
  public var max: Int?
  /// Number of classes in the bucket.
  public var classes: Int
  /// Records in those classes.
  public var records: Int

  /// Creates a bucket.
  public init(min: Int, max: Int?, classes: Int, records: Int) {
    self.min = min
    self.max = max
    self.classes = classes
    self.records = records
  }

  /// The lower bounds of the buckets: 1, 2, 3–4, 5–9, 10–19, 20–49, 50–99, 100–499, 500–999, 1000+.
  public static let lowerBounds = [1, 2, 3, 5, 10, 20, 50, 100, 500, 1000]

  /// Buckets the class sizes, keeping only non-empty buckets.
  public static func histogram(_ sizes: [Int]) -> [ClassSizeBucket] {
    var buckets = lowerBounds.indices.map { index in
      ClassSizeBucket(
        min: lowerBounds[index],
        max: index + 1 < lowerBounds.count ? lowerBounds[index + 1] - 1 : nil, classes: 0, records: 0)
    }
    for size in sizes {
      let index = (lowerBounds.lastIndex { $0 <= size }) ?? 0
      buckets[index].classes += 1
      buckets[index].records += size
    }
    return buckets.filter { $0.classes > 0 }
  }
}
