import Foundation
import VeilCore
import VeilDetection
import VeilTransform

/// The `kanon` section: k-anonymity of the records' quasi-identifiers inside `veil run`.
public struct KAnonymityConfiguration: Sendable, Hashable {
  /// One quasi-identifier: a metadata field and its hierarchy.
  public struct Field: Sendable, Hashable {
    /// The JSON path of the field, e.g. `meta.country`.
    public var path: String
    /// The hierarchy: a CSV file (resolved against the configuration's folder), `interval:…`, `date`, `mask`,
    /// or `location` (city → region → country from `rules/dictionaries`).
    public var hierarchy: String
  }

  /// The smallest class size released.
  public var k = 5
  /// The largest share of records that may be suppressed.
  public var suppressionLimit = 0.0
  /// `dm` or `precision`.
  public var metric = "dm"
  /// Distinct sensitive values required per class.
  public var lDiversity: Int?
  /// The JSON path of the sensitive field, for l-diversity.
  public var sensitive: String?
  /// Whether suppressed records are dropped (else their quasi-identifiers become `*`).
  public var dropSuppressed = false
  /// Distinct combinations kept in memory while counting before they spill to SQLite.
  public var memoryBudget = 200_000
  /// The quasi-identifiers, in order.
  public var fields: [Field] = []
}

/// A run's configuration (`veil.yaml`, version 1). Every field has a sensible default.
public struct Configuration: Sendable {
  /// k-anonymity of the records' metadata, when configured.
  public var kAnonymity: KAnonymityConfiguration?
  /// The field naming each record's data subject (e.g. `meta.user_id`), for `shift_date`.
  public var subjectField: String?
  /// JSON paths of the text to scan.
  public var textFields: [String] = ["messages[*].content", "messages[*].content[*].text", "conversations[*].value", "text"]
  /// Findings below this score are dropped.
  public var threshold: Double = 0.5
  /// Per-type thresholds.
  public var thresholds: [EntityType: Double] = [:]
  /// How overlapping findings are settled.
  public var strategy: ConflictStrategy = .preferLongest
  /// Extra rule folders (resolved against the configuration file's folder).
  public var ruleDirectories: [URL] = []
  /// Recognizers switched on beyond the defaults.
  public var enable: [RecognizerID] = []
  /// Recognizers switched off.
  public var disable: [RecognizerID] = []
  /// Languages of the data: switches on the recognizers written for them (e.g. `es`).
  public var languages: [String] = []
  /// Countries of the data: switches on their identifier recognizers (e.g. `IN`).
  public var countries: [String] = []
  /// The operator for types without their own.
  public var defaultOperator: OperatorSpec = .tag(numbered: false)
  /// Operators per entity type.
  public var operators: [EntityType: OperatorSpec] = [:]
  /// Quarantined records allowed before a run counts as failed.
  public var maxQuarantine: Int = 0
  /// The longest input line accepted, in bytes.
  public var maxLineBytes: Int = 64 << 20
  /// The most text fields (messages) one record may hold; a record with more is quarantined.
  public var maxTextsPerRecord: Int = TextLimit.defaultPerRecord
  /// The most findings one record may hold, over all its texts; a record with more is quarantined.
  public var maxFindingsPerRecord: Int = FindingLimit.defaultPerRecord
  /// The file this configuration was read from, as given (for the manifest's digest).
  public var sourcePath: String?
  /// That file's bytes, exactly as read (for the manifest's digest).
  public var sourceBytes: [UInt8]?

  /// The defaults.
  public init() {}

  /// The detection policy this configuration describes.
  public var policy: DetectionPolicy { DetectionPolicy(
      threshold: threshold, thresholds: thresholds, strategy: strategy, maxFindingsPerRecord: maxFindingsPerRecord) }

  /// The operator table this configuration describes.
  ///
  /// - Parameter context: The key and lexicons that keyed or hierarchical operators need.
  /// - Throws: `KeyError.missing` when an operator needs a key and there is none.
  public func operatorTable(_ context: OperatorContext = OperatorContext()) throws(KeyError) -> OperatorTable {
    var byEntity: [EntityType: any Operator] = [:]
    for (entity, spec) in operators { byEntity[entity] = try spec.makeOperator(context) }
    return OperatorTable(fallback: try defaultOperator.makeOperator(context), byEntity: byEntity)
  }

  /// Whether any configured operator needs the name or place dictionaries.
  public var needsLexicons: Bool {
    ([defaultOperator] + Array(operators.values)).contains { spec in
      switch spec {
      case .pseudonym, .generalize(.region), .generalize(.country): true
      default: false
      }
    }
  }

  /// Whether any configured operator needs the pseudonymization key.
  public var needsKey: Bool { ([defaultOperator] + Array(operators.values)).contains(where: \.needsKey) }

  /// Reads a configuration file.
  ///
  /// - Throws: `RuleLoadError` naming every problem (line and key path), including misspelt keys.
  public static func load(_ url: URL) throws(RuleLoadError) -> Configuration {
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
      throw RuleLoadError([RuleDiagnostic(file: url.relativePath, line: 0, keyPath: "", message: "cannot read the file as UTF-8 text")])
    }
    var config = try parse(text, file: url.relativePath, baseDirectory: url.deletingLastPathComponent())
    config.sourcePath = url.relativePath
    config.sourceBytes = [UInt8](data)
    return config
  }

  /// Parses configuration text.
  public static func parse(_ text: String, file: String, baseDirectory: URL) throws(RuleLoadError) -> Configuration {
    let log = DiagnosticLog()
    var config = Configuration()
    guard let root = YAMLNode.parse(text, file: file, log: log),
      let sections = root.members(allowed: ["version", "input", "detection", "operators", "limits", "kanon"])
    else {
      try log.throwIfAny()
      return config
    }
    if let version = sections["version"] { _ = version.int(in: 1...1) } else { root.problem("missing 'version: 1'") }
    if let input = sections["input"]?.members(allowed: ["text_fields", "subject_field"]) {
      config.textFields = input["text_fields"]?.strings() ?? config.textFields
      config.subjectField = input["subject_field"]?.string()
    }
    if let detection = sections["detection"]?.members(allowed: [
      "threshold", "thresholds", "strategy", "rules", "enable", "disable", "languages", "countries",
    ]) {
      config.threshold = detection["threshold"]?.double(in: 0...1) ?? config.threshold
      for (name, node) in detection["thresholds"]?.entries() ?? [] {
        if let value = node.double(in: 0...1) { config.thresholds[EntityType(name)] = value }
      }
      if let strategy = detection["strategy"], let name = strategy.string() {
        if let value = ConflictStrategy(rawValue: name) {
          config.strategy = value
        } else {
          strategy.problem("unknown strategy '\(name)'; known: \(ConflictStrategy.allCases.map(\.rawValue).joined(separator: ", "))")
        }
      }
      config.ruleDirectories = (detection["rules"]?.strings() ?? []).map { baseDirectory.appendingPathComponent($0) }
      config.enable = (detection["enable"]?.strings() ?? []).map { RecognizerID($0) }
      config.disable = (detection["disable"]?.strings() ?? []).map { RecognizerID($0) }
      config.languages = detection["languages"]?.strings() ?? []
      config.countries = detection["countries"]?.strings() ?? []
    }
    for (name, node) in sections["operators"]?.entries() ?? [] {
      guard let spec = OperatorSpec.read(node) else { continue }
      if name == "default" { config.defaultOperator = spec } else { config.operators[EntityType(name)] = spec }
    }
    if let kanon = sections["kanon"] {
      config.kAnonymity = readKAnonymity(kanon, baseDirectory: baseDirectory)
    }
    if let limits = sections["limits"]?.members(
      allowed: ["max_quarantine", "max_line_bytes", "max_texts_per_record", "max_findings_per_record"])
    {
      config.maxQuarantine = limits["max_quarantine"]?.int(in: 0...Int.max) ?? config.maxQuarantine
      config.maxLineBytes = limits["max_line_bytes"]?.int(in: 1...(1 << 34)) ?? config.maxLineBytes
      config.maxTextsPerRecord = limits["max_texts_per_record"]?.int(in: 1...Int.max) ?? config.maxTextsPerRecord
      config.maxFindingsPerRecord = limits["max_findings_per_record"]?.int(in: 1...Int.max) ?? config.maxFindingsPerRecord
    }
    try log.throwIfAny()
    return config
  }

  private static func readKAnonymity(_ node: YAMLNode, baseDirectory: URL) -> KAnonymityConfiguration? {
    let keys = ["k", "suppression_limit", "metric", "l_diversity", "sensitive", "drop_suppressed", "memory_budget", "quasi_identifiers"]
    guard let members = node.members(allowed: keys) else { return nil }
    var result = KAnonymityConfiguration()
    result.k = members["k"]?.int(in: 1...1_000_000) ?? result.k
    result.suppressionLimit = members["suppression_limit"]?.double(in: 0...1) ?? result.suppressionLimit
    if let metric = members["metric"], let name = metric.string() {
      if ["dm", "precision"].contains(name) { result.metric = name } else { metric.problem("unknown metric '\(name)'; known: dm, precision") }
    }
    result.lDiversity = members["l_diversity"]?.int(in: 1...1000)
    result.sensitive = members["sensitive"]?.string()
    result.dropSuppressed = members["drop_suppressed"]?.bool() ?? false
    result.memoryBudget = members["memory_budget"]?.int(in: 1...100_000_000) ?? result.memoryBudget
    guard let fields = members["quasi_identifiers"]?.entries(), !fields.isEmpty else {
      node.problem("needs 'quasi_identifiers' (field path: hierarchy)")
      return nil
    }
    for (path, value) in fields {
      guard var hierarchy = value.string() else { continue }
      let lower = hierarchy.lowercased()
      if !(lower == "date" || lower == "mask" || lower == "location" || lower.hasPrefix("interval:")) && !hierarchy.hasPrefix("/") {
        hierarchy = baseDirectory.appendingPathComponent(hierarchy).path
      }
      result.fields.append(.init(path: path, hierarchy: hierarchy))
    }
    return result
  }

}

extension Configuration {
  /// The operator applied to `entity`, in words for reports (e.g. `tag (numbered)`).
  public func operatorDescription(for entity: EntityType) -> String {
    (operators[entity] ?? defaultOperator).description
  }
}
