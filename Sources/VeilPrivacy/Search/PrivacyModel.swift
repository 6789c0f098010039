/// The privacy requirement and utility metric of a search.
public struct PrivacyModel: Sendable, Equatable {
  /// Minimum size of a released equivalence class.
  public var k: Int
  /// Minimum distinct sensitive values per released class (distinct l-diversity), if any.
  public var lDiversity: Int?
  /// Largest fraction of records that may be suppressed (0.05 = 5%).
  public var suppressionLimit: Double
  /// The metric to minimize.
  public var metric: KAnonymityMetric

  /// Creates a model.
  public init(
    k: Int, lDiversity: Int? = nil, suppressionLimit: Double = 0, metric: KAnonymityMetric = .discernibility
  ) {
    self.k = k
    self.lDiversity = lDiversity
    self.suppressionLimit = suppressionLimit
    self.metric = metric
  }

  /// The largest admissible number of suppressed records: ⌊limit × N⌋ (with a 1e-9 tolerance
  /// so that, say, 0.29 × 100 allows 29 despite binary rounding).
  public func maxSuppressed(records: Int) -> Int {
    Int((suppressionLimit * Double(records) + 1e-9).rounded(.down))
  }

  /// Throws when k, L or the limit are out of range.
  public func validate() throws {
    guard k >= 1 else { throw KAnonymityError.invalidOptions("k must be at least 1 (got \(k))") }
    if let l = lDiversity, l < 1 {
      throw KAnonymityError.invalidOptions("l-diversity must be at least 1 (got \(l))")
    }
    guard suppressionLimit >= 0, suppressionLimit <= 1 else {
      throw KAnonymityError.invalidOptions(
        "the suppression limit must be between 0 and 1 (got \(suppressionLimit))")
    }
  }
}
