import Foundation
import Testing

@testable import VeilPrivacy

/// The pruned search must return exactly the node a brute-force evaluation of every lattice
/// node returns (same metric value and, with the documented tie-break, the same levels).
@Suite struct OptimalityTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var k: Int
    var limit: Double
    var metric: KAnonymityMetric
    var l: Int? = nil
    var testDescription: String { "k=\(k) limit=\(limit) \(metric) l=\(l.map(String.init) ?? "-")" }
  }

  /// Builds the engine's problem from the same rows the brute force sees.
  private func problem(
    file: URL, delimiter: UInt8, columns: [String], hierarchyFiles: [String], sensitive: String? = nil
  ) throws -> GeneralizationProblem {
    let table = try readTable(file, delimiter: delimiter)
    let indexes = columns.compactMap { table.header.firstIndex(of: $0) }
    let sensitiveIndex = sensitive.flatMap { table.header.firstIndex(of: $0) }
    var counter = ClassCounter(columns: columns, tracksSensitive: sensitiveIndex != nil)
    for row in table.rows {
      counter.add(indexes.map { row[$0] }, sensitive: sensitiveIndex.map { row[$0] })
    }
    let hierarchies = try hierarchyFiles.map { try Hierarchy.load(contentsOf: URL(fileURLWithPath: $0)) }
    return try GeneralizationProblem(counter: counter, hierarchies: hierarchies)
  }

  private func check(
    _ cases: [Case], file: URL, delimiter: UInt8, columns: [String], hierarchyFiles: [String],
    sensitive: String? = nil
  ) throws {
    let engine = try problem(
      file: file, delimiter: delimiter, columns: columns, hierarchyFiles: hierarchyFiles, sensitive: sensitive)
    let reference = try BruteForce(
      file: file, delimiter: delimiter, columns: columns, hierarchyFiles: hierarchyFiles, sensitive: sensitive)
    var outcomesByModel: [String: [BruteForce.Outcome]] = [:]
    for testCase in cases {
      let key = "\(testCase.k)/\(testCase.l ?? 0)"
      let outcomes = outcomesByModel[key] ?? reference.evaluateAll(k: testCase.k, l: testCase.l)
      outcomesByModel[key] = outcomes
      let model = PrivacyModel(
        k: testCase.k, lDiversity: testCase.l, suppressionLimit: testCase.limit, metric: testCase.metric)
      guard let expected = reference.optimum(of: outcomes, limit: testCase.limit, metric: testCase.metric) else {
        #expect(throws: KAnonymityError.self, "\(testCase.testDescription)") { try engine.search(model: model) }
        continue
      }
      let result = try engine.search(model: model)
      #expect(result.best.levels == expected.levels, "\(testCase.testDescription)")
      #expect(result.best.discernibility == expected.dm, "\(testCase.testDescription)")
      #expect(abs(result.best.precisionLoss - expected.precision) < 1e-12, "\(testCase.testDescription)")
      #expect(result.best.suppressed == expected.suppressed, "\(testCase.testDescription)")
      #expect(result.nodesChecked >= 1 && result.nodesChecked <= result.latticeSize)
      // The node reported is itself correct, not only its score.
      let direct = try engine.evaluate(levels: result.best.levels, model: model)
      #expect(direct == result.best)
    }
  }

  private static func grid(ks: [Int], limits: [Double], l: Int? = nil) -> [Case] {
    ks.flatMap { k in
      limits.flatMap { limit in
        KAnonymityMetric.allCases.map { Case(k: k, limit: limit, metric: $0, l: l) }
      }
    }
  }

  @Test func arxTestTable() throws {
    let base = "arx-test/test_hierarchy_"
    try check(
      Self.grid(ks: [1, 2, 3, 4], limits: [0, 0.15, 0.3, 0.5]), file: Fixtures.url("arx-test/test.csv"),
      delimiter: UInt8(ascii: ";"), columns: ["age", "gender", "zipcode"],
      hierarchyFiles: ["age", "gender", "zipcode"].map { Fixtures.path(base + $0 + ".csv") })
  }

  @Test func arxTest2TableWithLDiversity() throws {
    let base = "arx-test2/test2_hierarchy_"
    let cases = Self.grid(ks: [2, 3], limits: [0, 0.12, 0.34]) + Self.grid(ks: [2, 3], limits: [0, 0.34], l: 2)
      + Self.grid(ks: [2], limits: [0.5], l: 3)
    try check(
      cases, file: Fixtures.url("arx-test2/test2.csv"), delimiter: UInt8(ascii: ";"),
      columns: ["ZIPCode", "Age"], hierarchyFiles: ["ZIPCode", "Age"].map { Fixtures.path(base + $0 + ".csv") },
      sensitive: "Disease")
  }

  @Test func adultFixtureSixQuasiIdentifiers() throws {
    let columns = ["age", "education", "marital-status", "occupation", "race", "sex"]
    try check(
      Self.grid(ks: [2, 5, 10], limits: [0, 0.01, 0.02, 0.05, 0.1]), file: Fixtures.adultData,
      delimiter: UInt8(ascii: ";"), columns: columns,
      hierarchyFiles: columns.map { Fixtures.path("adult/adult_hierarchy_\($0).csv") })
  }

  @Test func adultFixtureWithLDiversity() throws {
    let columns = ["age", "marital-status", "native-country", "workclass"]
    try check(
      Self.grid(ks: [3, 5], limits: [0, 0.04], l: 2), file: Fixtures.adultData, delimiter: UInt8(ascii: ";"),
      columns: columns, hierarchyFiles: columns.map { Fixtures.path("adult/adult_hierarchy_\($0).csv") },
      sensitive: "salary-class")
  }

  /// All eight QIs (6,480 nodes): the reference is the engine's own direct per-node
  /// evaluation from the bottom table (no pruning, no roll-up chains).
  @Test func adultFixtureEightQuasiIdentifiersAgainstExhaustiveEvaluation() throws {
    let columns = Fixtures.adultQIs
    let engine = try problem(
      file: Fixtures.adultData, delimiter: UInt8(ascii: ";"), columns: columns,
      hierarchyFiles: columns.map { Fixtures.path("adult/adult_hierarchy_\($0).csv") })
    for (limit, metric) in [(0.0, KAnonymityMetric.discernibility), (0.05, .discernibility), (0.05, .precision)] {
      let model = PrivacyModel(k: 5, suppressionLimit: limit, metric: metric)
      let all = try engine.evaluateAll(model: model)
      let expected = all.filter(\.admissible).min {
        ($0.score, $0.levels.reduce(0, +)) < ($1.score, $1.levels.reduce(0, +))
          || (($0.score, $0.levels.reduce(0, +)) == ($1.score, $1.levels.reduce(0, +))
            && $0.levels.lexicographicallyPrecedes($1.levels))
      }
      let result = try engine.search(model: model)
      #expect(result.best == expected, "limit \(limit) \(metric)")
      #expect(result.nodesChecked < result.latticeSize / 2, "pruning should skip most nodes")
    }
  }
}
