import Foundation
import Testing

@testable import VeilPrivacy

/// A six-record table whose metrics are worked out by hand below.
///
///   age hierarchy: 20,25 → 20-29 → *;  30,35 → 30-39 → *   (height 2)
///   sex hierarchy: M, F → *                                 (height 1)
///   records: (20,M) (25,M) (30,F) (35,F) (30,M) (20,M),  N = 6
///
/// With k = 2, node (age 1, sex 0) has classes (20-29,M) = 3, (30-39,F) = 2, (30-39,M) = 1:
///   suppressed S = 1, released classes 3 and 2.
///   DM = 3² + 2² + N·S = 9 + 4 + 6 = 19.
///   precision loss: age (5 · 1/2 + 1) / 6 = 3.5/6; sex (5 · 0/1 + 1) / 6 = 1/6;
///   mean = (3.5/6 + 1/6) / 2 = 0.375.
/// Node (0, 0): classes (20,M) = 2 and four singletons: S = 4, DM = 2² + 6·4 = 28,
///   precision = (4/6 + 4/6) / 2 = 2/3.
/// Node (1, 1): classes 3 and 3, S = 0, DM = 18, precision = (1/2 + 1) / 2 = 0.75.
/// Node (2, 0): classes (*,M) = 4, (*,F) = 2, S = 0, DM = 20, precision = (1 + 0) / 2 = 0.5.
/// Node (0, 1): classes 2, 1, 2, 1: S = 2, DM = 4 + 4 + 12 = 20, precision = (2/6 + 1) / 2 = 2/3.
/// Node (2, 1): one class of 6: DM = 36, precision = 1.
enum TinyTable {
  static let hierarchies: [Hierarchy] = {
    let age = try? Hierarchy.parse("20;20-29;*\n25;20-29;*\n30;30-39;*\n35;30-39;*\n", source: "age")
    let sex = try? Hierarchy.parse("M;*\nF;*\n", source: "sex")
    return [age, sex].compactMap { $0 }
  }()
  static let rows = [["20", "M"], ["25", "M"], ["30", "F"], ["35", "F"], ["30", "M"], ["20", "M"]]
  /// Sensitive values chosen so that (20-29, *) holds only "flu".
  static let diseases = ["flu", "flu", "cold", "flu", "cold", "flu"]

  static func problem(sensitive: Bool = false) throws -> GeneralizationProblem {
    var counter = ClassCounter(columns: ["age", "sex"], tracksSensitive: sensitive)
    for (index, row) in rows.enumerated() {
      counter.add(row, sensitive: sensitive ? diseases[index] : nil, line: index + 2)
    }
    return try GeneralizationProblem(counter: counter, hierarchies: hierarchies)
  }
}

@Suite struct MetricsTests {
  @Test func handComputedNodeMetrics() throws {
    let problem = try TinyTable.problem()
    #expect(problem.heights == [2, 1])
    let model = PrivacyModel(k: 2, suppressionLimit: 1)
    let expected: [([Int], Int, Int, Double)] = [
      ([1, 0], 1, 19, 0.375), ([0, 0], 4, 28, 2.0 / 3.0), ([1, 1], 0, 18, 0.75),
      ([2, 0], 0, 20, 0.5), ([0, 1], 2, 20, 2.0 / 3.0), ([2, 1], 0, 36, 1.0),
    ]
    for (levels, suppressed, dm, precision) in expected {
      let node = try problem.evaluate(levels: levels, model: model)
      #expect(node.suppressed == suppressed, "S at \(levels)")
      #expect(node.discernibility == dm, "DM at \(levels)")
      #expect(abs(node.precisionLoss - precision) < 1e-12, "precision at \(levels)")
    }
    let node = try problem.evaluate(levels: [1, 0], model: model)
    #expect(node.classes == 2)
    #expect(node.minClassSize == 2)
  }

  @Test func handComputedOptima() throws {
    let problem = try TinyTable.problem()
    // No suppression: admissible nodes are (1,1) DM 18, (2,0) DM 20, (2,1) DM 36.
    let dm0 = try problem.search(model: PrivacyModel(k: 2, suppressionLimit: 0, metric: .discernibility))
    #expect(dm0.best.levels == [1, 1])
    #expect(dm0.best.discernibility == 18)
    let p0 = try problem.search(model: PrivacyModel(k: 2, suppressionLimit: 0, metric: .precision))
    #expect(p0.best.levels == [2, 0])
    #expect(p0.best.precisionLoss == 0.5)
    // One suppressed record allowed (1/6): (1,0) joins with DM 19 > 18 but precision 0.375 < 0.5.
    let dm1 = try problem.search(model: PrivacyModel(k: 2, suppressionLimit: 1.0 / 6.0, metric: .discernibility))
    #expect(dm1.best.levels == [1, 1])
    let p1 = try problem.search(model: PrivacyModel(k: 2, suppressionLimit: 1.0 / 6.0, metric: .precision))
    #expect(p1.best.levels == [1, 0])
    #expect(p1.best.suppressed == 1)
    #expect(abs(p1.best.precisionLoss - 0.375) < 1e-12)
    // Just below 1/6 nothing may be suppressed again.
    let p1b = try problem.search(model: PrivacyModel(k: 2, suppressionLimit: 0.16, metric: .precision))
    #expect(p1b.best.levels == [2, 0])
  }

  @Test func lDiversitySuppressesHomogeneousClasses() throws {
    let problem = try TinyTable.problem(sensitive: true)
    // At (1,1) the class (20-29,*) has only "flu": with L = 2 it is suppressed, so (1,1) is not
    // admissible without suppression; (2,0) has {flu, cold} in both classes: DM 20.
    let node = try problem.evaluate(levels: [1, 1], model: PrivacyModel(k: 2, lDiversity: 2, suppressionLimit: 1))
    #expect(node.suppressed == 3)
    let result = try problem.search(model: PrivacyModel(k: 2, lDiversity: 2, suppressionLimit: 0))
    #expect(result.best.levels == [2, 0])
    #expect(result.best.discernibility == 20)
    let plan = ReleasePlan(problem: problem, levels: [2, 0], model: PrivacyModel(k: 2, lDiversity: 2))
    #expect(plan.lDiversity == 2)
    // Only two diseases exist, so 3-diversity is impossible even at the top.
    #expect(throws: KAnonymityError.self) {
      try problem.search(model: PrivacyModel(k: 2, lDiversity: 3, suppressionLimit: 0.5))
    }
  }

  @Test func noAdmissibleNodeIsAClearError() throws {
    let problem = try TinyTable.problem()
    let error = #expect(throws: KAnonymityError.self) {
      try problem.search(model: PrivacyModel(k: 7, suppressionLimit: 0.5))
    }
    guard case .noAdmissibleNode(let k, _, _, let records, let reason)? = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(k == 7)
    #expect(records == 6)
    #expect(reason.contains("fewer than k"))
    #expect(error?.description.contains("suppression limit of 50%") == true)
  }

  @Test func histogramBuckets() {
    let buckets = ClassSizeBucket.histogram([2, 2, 3, 5, 9, 10, 1500])
    #expect(buckets == [
      ClassSizeBucket(min: 2, max: 2, classes: 2, records: 4),
      ClassSizeBucket(min: 3, max: 4, classes: 1, records: 3),
      ClassSizeBucket(min: 5, max: 9, classes: 2, records: 14),
      ClassSizeBucket(min: 10, max: 19, classes: 1, records: 10),
      ClassSizeBucket(min: 1000, max: nil, classes: 1, records: 1500),
    ])
  }

  @Test func invalidModelsAreRejected() throws {
    let problem = try TinyTable.problem()
    #expect(throws: KAnonymityError.self) { try problem.search(model: PrivacyModel(k: 0)) }
    #expect(throws: KAnonymityError.self) { try problem.search(model: PrivacyModel(k: 2, suppressionLimit: 1.5)) }
    #expect(throws: KAnonymityError.self) { try problem.evaluate(levels: [3, 0], model: PrivacyModel(k: 2)) }
  }
}
