/// The information-loss metric the search minimizes.
public enum KAnonymityMetric: String, Sendable, Codable, CaseIterable {
  /// Discernibility: DM = Σ|E|² over released classes + N × suppressed.
  case discernibility
  /// ARX precision loss: mean over QIs of (released × level/height + suppressed) / N.
  case precision
}

/// Exact integer versions of the metrics so the search compares without rounding.
///
/// DM is already an integer. Precision loss is scaled by Q · N · H where H is the least
/// common multiple of the QI heights: each QI contributes `(N − S) · a + S · H` with the
/// integer weight `a = level · H / height`, so the scaled value is `(N − S) · A + S · Q · H`
/// with `A = Σ a`. A QI of height 0 has weight 0.
struct MetricScale: Sendable {
  let metric: KAnonymityMetric
  let records: Int
  let dimensions: Int
  let heightLCM: Int
  /// `weights[d][level] = level · heightLCM / height_d`.
  let weights: [[Int]]

  init(metric: KAnonymityMetric, records: Int, heights: [Int]) throws {
    var lcm = 1
    for height in heights where height > 0 {
      let divisor = MetricScale.gcd(lcm, height)
      let (next, overflow) = (lcm / divisor).multipliedReportingOverflow(by: height)
      guard !overflow, next <= 1 << 30 else {
        throw KAnonymityError.invalidOptions("hierarchy heights \(heights) are too varied for exact precision loss")
      }
      lcm = next
    }
    let (scaled, overflow1) = records.multipliedReportingOverflow(by: lcm)
    let (_, overflow2) = scaled.multipliedReportingOverflow(by: max(heights.count, 1) * 2)
    guard !overflow1, !overflow2 else {
      throw KAnonymityError.invalidOptions("too many records for exact precision loss")
    }
    self.metric = metric
    self.records = records
    self.dimensions = heights.count
    self.heightLCM = lcm
    self.weights = heights.map { height in
      (0...height).map { level in height == 0 ? 0 : level * (lcm / height) }
    }
  }

  /// Σ of the precision weights of a level vector (`A`).
  func weight(_ levels: [Int]) -> Int {
    var total = 0
    for (d, level) in levels.enumerated() { total += weights[d][level] }
    return total
  }

  /// The exact score of an admissible node: DM, or scaled precision loss.
  func score(levels: [Int], stats: NodeStats) -> Int {
    switch metric {
    case .discernibility:
      return discernibility(stats)
    case .precision:
      return scaledPrecision(weight: weight(levels), suppressed: stats.suppressed)
    }
  }

  /// DM of a node.
  func discernibility(_ stats: NodeStats) -> Int {
    stats.releasedSquares + records * stats.suppressed
  }

  /// `(N − S) · A + S · Q · H`.
  func scaledPrecision(weight: Int, suppressed: Int) -> Int {
    (records - suppressed) * weight + suppressed * dimensions * heightLCM
  }

  /// Precision loss in [0, 1] from its scaled value.
  func precisionLoss(scaled: Int) -> Double {
    let denominator = records * dimensions * heightLCM
    return denominator == 0 ? 0 : Double(scaled) / Double(denominator)
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
