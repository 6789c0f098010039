import Foundation
import VeilCore
import VeilIO
import VeilPrivacy
import VeilRules

/// What k-anonymity did in a run, for the report. Counts and levels only, never values.
public struct KAnonymitySummary: Codable, Sendable {
  /// The k required.
  public var k: Int
  /// The quasi-identifier fields, in order.
  public var quasiIdentifiers: [String]
  /// The generalization level chosen for each field.
  public var levels: [String: Int]
  /// The height of each field's hierarchy.
  public var heights: [String: Int]
  /// Records counted (those with every quasi-identifier).
  public var records: Int
  /// Records whose class was suppressed.
  public var suppressed: Int
  /// Released equivalence classes.
  public var classes: Int
  /// The smallest released class.
  public var minClassSize: Int
  /// 1 / smallest class.
  public var maxRisk: Double
  /// Discernibility: Σ|E|² over released classes + N × suppressed.
  public var dm: Int
  /// ARX precision loss: mean over QIs of (released × level/height + suppressed) / N.
  public var precisionLoss: Double
  /// Search time, without I/O.
  public var searchMs: Double
  /// Lattice nodes evaluated.
  public var nodesChecked: Int
  /// Nodes in the lattice.
  public var latticeSize: Int
  /// Whether suppressed records were dropped (else their quasi-identifiers became `*`).
  public var dropSuppressed: Bool
  /// How many times counts spilled to SQLite during counting.
  public var spills: Int
  /// Released classes by size (suppressed records are not in any class).
  public var classSizeHistogram: [ClassSizeBucket]?
}

/// The plan for a run's quasi-identifiers: found in a first pass, applied while writing.
struct KAnonymityPlan: Sendable {
  let configuration: KAnonymityConfiguration
  let plan: ReleasePlan
  let summary: KAnonymitySummary

  /// What happens to one record's quasi-identifiers.
  enum Outcome {
    /// Released with these replacements (literal range → generalized value).
    case release([(Range<Int>, String)])
    /// Its class is too small: quasi-identifiers become `*` …
    case suppress([(Range<Int>, String)])
    /// … or the record is dropped.
    case drop
  }

  /// The outcome for `record`.
  ///
  /// - Throws: `RecordError` (`missing_quasi_identifier`) when a field is absent.
  func apply(to record: Record) throws -> Outcome {
    let fields = configuration.fields
    var ranges: [Range<Int>] = []
    var values: [String] = []
    for (index, field) in fields.enumerated() {
      guard index < record.values.count, let value = record.values[index] else {
        throw RecordError(location: record.location, kind: .missingQuasiIdentifier, reason: "no quasi-identifier field \(field.path)")
      }
      ranges.append(value.range)
      values.append(value.text)
    }
    if let generalized = plan.generalize(values) {
      return .release(Array(zip(ranges, generalized)))
    }
    if configuration.dropSuppressed { return .drop }
    return .suppress(ranges.map { ($0, "*") })
  }
}

extension Engine {
  /// The value fields the decoder must read for k-anonymity: the quasi-identifiers, then the sensitive field.
  static func valueFields(for configuration: KAnonymityConfiguration?) throws(TextFieldPath.ParseError) -> [TextFieldPath] {
    guard let configuration else { return [] }
    var paths = try configuration.fields.map { (field) throws(TextFieldPath.ParseError) in try TextFieldPath(field.path) }
    if let sensitive = configuration.sensitive { paths.append(try TextFieldPath(sensitive)) }
    return paths
  }

  /// The location hierarchy from `rules/dictionaries`: city → region → country → `*`.
  ///
  /// Places the gazetteer does not know generalize straight to `*` at level 1, so they never
  /// stand alone in a class above level 0.
  static func locationHierarchy(values: [String]) throws -> Hierarchy {
    let places = try OperatorContext.load(key: nil, needsLexicons: true).places
    let rows = values.map { value -> [String] in
      guard let parents = places.lookup(value), let country = parents.country else { return [value, "*", "*", "*"] }
      return [value, parents.region.map { "\(country)/\($0)" } ?? country, country, "*"]
    }
    return try Hierarchy(rows: rows, source: "rules/dictionaries (location)")
  }

  /// The first pass: counts quasi-identifier combinations (spilling to SQLite past the budget) and searches the lattice.
  ///
  /// - Throws: `EngineSetupError` for a bad hierarchy or when no generalization satisfies k within the suppression limit.
  func planKAnonymity(_ inputs: [String]) throws -> KAnonymityPlan? {
    guard let configuration = configuration.kAnonymity else { return nil }
    let columns = configuration.fields.map(\.path)
    let tracksSensitive = configuration.sensitive != nil
    var counter = ClassCounter(columns: columns, tracksSensitive: tracksSensitive)
    var spill: CountSpill?
    try forEachRecord(in: inputs) { record in
      let values = record.values.prefix(columns.count).compactMap { $0?.text }
      guard values.count == columns.count else { return }  // quarantined in the second pass
      let sensitive = tracksSensitive ? record.values.last??.text ?? "" : nil
      counter.add(values, sensitive: sensitive, line: record.location.line)
      if counter.distinctKeys > configuration.memoryBudget {
        if spill == nil { spill = try CountSpill() }
        try spill?.spill(counter)
        counter = ClassCounter(columns: columns, tracksSensitive: tracksSensitive)
      }
    } quarantine: { _ in }
    if let spill { counter = try spill.merged(with: counter) }

    do {
      let hierarchies = try configuration.fields.enumerated().map { index, field in
        field.hierarchy == "location"
          ? try Self.locationHierarchy(values: counter.dictionaries[index].values)
          : try HierarchySpec.parse(field.hierarchy).build(values: counter.dictionaries[index].values)
      }
      let model = PrivacyModel(
        k: configuration.k, lDiversity: configuration.lDiversity, suppressionLimit: configuration.suppressionLimit,
        metric: configuration.metric == "precision" ? .precision : .discernibility)
      let problem = try GeneralizationProblem(counter: counter, hierarchies: hierarchies)
      let result = try problem.search(model: model)
      let best = result.best
      let summary = KAnonymitySummary(
        k: configuration.k, quasiIdentifiers: columns,
        levels: Dictionary(uniqueKeysWithValues: zip(columns, best.levels)),
        heights: Dictionary(uniqueKeysWithValues: zip(columns, problem.heights)), records: problem.records,
        suppressed: best.suppressed, classes: best.classes, minClassSize: best.minClassSize,
        maxRisk: best.minClassSize > 0 ? 1 / Double(best.minClassSize) : 0, dm: best.discernibility,
        precisionLoss: best.precisionLoss, searchMs: result.seconds * 1000, nodesChecked: result.nodesChecked,
        latticeSize: result.latticeSize, dropSuppressed: configuration.dropSuppressed, spills: spill?.spills ?? 0)
      return KAnonymityPlan(
        configuration: configuration, plan: ReleasePlan(problem: problem, levels: best.levels, model: model), summary: summary)
    } catch let error as KAnonymityError {
      throw EngineSetupError("k-anonymity: \(error.description)")
    }
  }
}
