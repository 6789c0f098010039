import Foundation

@testable import VeilPrivacy

/// A deliberately naive reference: evaluates lattice nodes straight from the value strings,
/// sharing no code with the engine's encoding, roll-up or pruning.
struct BruteForce {
  struct Outcome: Equatable {
    var levels: [Int]
    var suppressed: Int
    var dm: Int
    /// Σ_i ((N − S) · level_i · L / height_i + S · L) with L the lcm of the heights.
    var scaledPrecision: Int
    var precision: Double
    var releasedSizes: [Int]

    func isAdmissible(limit: Double, records: Int) -> Bool {
      Double(suppressed) <= limit * Double(records) + 1e-9
    }

    func score(_ metric: KAnonymityMetric) -> Int {
      metric == .discernibility ? dm : scaledPrecision
    }
  }

  let hierarchies: [Hierarchy]
  let records: Int
  private let tuples: [[String]: (count: Int, sensitive: Set<String>)]

  init(rows: [[String]], sensitive: [String]? = nil, hierarchies: [Hierarchy]) {
    var tuples: [[String]: (count: Int, sensitive: Set<String>)] = [:]
    for (index, row) in rows.enumerated() {
      var entry = tuples[row] ?? (0, [])
      entry.count += 1
      if let sensitive { entry.sensitive.insert(sensitive[index]) }
      tuples[row] = entry
    }
    self.tuples = tuples
    self.hierarchies = hierarchies
    records = rows.count
  }

  /// Loads `columns` (and optionally a sensitive column) of a CSV file with file hierarchies.
  init(file: URL, delimiter: UInt8, columns: [String], hierarchyFiles: [String], sensitive: String? = nil) throws {
    let table = try readTable(file, delimiter: delimiter)
    let indexes = columns.compactMap { table.header.firstIndex(of: $0) }
    let rows = table.rows.map { row in indexes.map { row[$0] } }
    let sensitiveValues = sensitive.flatMap { name in
      table.header.firstIndex(of: name).map { index in table.rows.map { $0[index] } }
    }
    let hierarchies = try hierarchyFiles.map { try Hierarchy.load(contentsOf: URL(fileURLWithPath: $0)) }
    self.init(rows: rows, sensitive: sensitiveValues, hierarchies: hierarchies)
  }

  var heights: [Int] { hierarchies.map(\.height) }

  /// Every level vector of the lattice.
  var allNodes: [[Int]] {
    heights.reduce([[]]) { partial, height in partial.flatMap { prefix in (0...height).map { prefix + [$0] } } }
  }

  func evaluate(_ levels: [Int], k: Int, l: Int? = nil) -> Outcome {
    var classes: [[String]: (count: Int, sensitive: Set<String>)] = [:]
    for (tuple, entry) in tuples {
      let key = tuple.indices.map { hierarchies[$0].generalize(tuple[$0], to: levels[$0]) ?? "?" }
      var merged = classes[key] ?? (0, [])
      merged.count += entry.count
      merged.sensitive.formUnion(entry.sensitive)
      classes[key] = merged
    }
    var suppressed = 0, dm = 0
    var released: [Int] = []
    for (_, entry) in classes {
      if entry.count >= k && (l == nil || entry.sensitive.count >= (l ?? 0)) {
        dm += entry.count * entry.count
        released.append(entry.count)
      } else {
        suppressed += entry.count
      }
    }
    dm += records * suppressed
    let lcm = heights.filter { $0 > 0 }.reduce(1) { a, b in a / gcd(a, b) * b }
    var scaled = 0
    var precision = 0.0
    for (index, level) in levels.enumerated() {
      let height = heights[index]
      let ratio = height == 0 ? 0 : Double(level) / Double(height)
      precision += (Double(records - suppressed) * ratio + Double(suppressed)) / Double(records)
      scaled += (records - suppressed) * (height == 0 ? 0 : level * lcm / height) + suppressed * lcm
    }
    precision /= Double(levels.count)
    return Outcome(
      levels: levels, suppressed: suppressed, dm: dm, scaledPrecision: scaled, precision: precision,
      releasedSizes: released.sorted())
  }

  /// Every node's outcome for k (and l).
  func evaluateAll(k: Int, l: Int? = nil) -> [Outcome] {
    allNodes.map { evaluate($0, k: k, l: l) }
  }

  /// The admissible node with the smallest metric (ties: smaller level sum, then lexicographic).
  func optimum(of outcomes: [Outcome], limit: Double, metric: KAnonymityMetric) -> Outcome? {
    var best: Outcome?
    for outcome in outcomes where outcome.isAdmissible(limit: limit, records: records) {
      guard let current = best else {
        best = outcome
        continue
      }
      let score = outcome.score(metric), bestScore = current.score(metric)
      let sum = outcome.levels.reduce(0, +), bestSum = current.levels.reduce(0, +)
      if score < bestScore
        || (score == bestScore
          && (sum < bestSum || (sum == bestSum && outcome.levels.lexicographicallyPrecedes(current.levels))))
      {
        best = outcome
      }
    }
    return best
  }
}

private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
