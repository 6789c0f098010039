import Foundation
import VeilCore

/// What `veil gate` requires of a dataset (`--policy FILE`, version 1). It can only be as strict
/// as the run or stricter; without a file, the gate re-checks the run's own settings.
///
/// ```yaml
/// version: 1
/// min_score: 0.3            # every type's threshold (default: the run's thresholds)
/// thresholds: {PERSON: 0.4} # per type, after min_score
/// recognizers: all          # run (default) | default | all | [ids]
/// rules: [my-rules/]        # extra rule folders, relative to this file
/// allow: [PERSON]           # types that may remain (e.g. names that were pseudonymized)
/// k: 10                     # at least the run's k
/// l: 2                      # distinct sensitive values per class
/// max_quarantine: 0         # default: the run's limit
/// quasi_identifiers: [meta.country, meta.age]   # when the run had no kanon section
/// sensitive: meta.plan
/// ```
public struct GatePolicy: Sendable {
  /// Which recognizers re-scan the data.
  public enum Recognizers: Sendable, Hashable {
    /// Those the run used (listed in the manifest).
    case run
    /// The catalog's defaults.
    case defaults
    /// Every recognizer in the catalog.
    case all
    /// Exactly these.
    case only([RecognizerID])
  }

  /// One threshold for every entity type, replacing the run's.
  public var minScore: Double?
  /// Thresholds per type (after `minScore`).
  public var thresholds: [EntityType: Double] = [:]
  /// Which recognizers run.
  public var recognizers: Recognizers = .run
  /// Extra rule folders.
  public var ruleDirectories: [URL] = []
  /// Entity types that may remain in the output.
  public var allow: Set<EntityType> = []
  /// The k required (default: the run's).
  public var k: Int?
  /// Distinct sensitive values required per class (default: the run's).
  public var l: Int?
  /// Quarantined records allowed (default: the run's limit).
  public var maxQuarantine: Int?
  /// Quasi-identifier fields, when the manifest names none.
  public var quasiIdentifiers: [String]?
  /// The sensitive field, when the manifest names none.
  public var sensitive: String?
  /// Text fields to scan (default: the run's).
  public var textFields: [String]?

  /// The default policy: the run's own settings.
  public init() {}

  /// Reads a policy file.
  ///
  /// - Throws: `RuleLoadError` naming every problem with line and key path.
  public static func load(_ url: URL) throws(RuleLoadError) -> GatePolicy {
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
      throw RuleLoadError([RuleDiagnostic(file: url.relativePath, line: 0, keyPath: "", message: "cannot read the file as UTF-8 text")])
    }
    return try parse(text, file: url.relativePath, baseDirectory: url.deletingLastPathComponent())
  }

  /// Parses policy text.
  public static func parse(_ text: String, file: String, baseDirectory: URL) throws(RuleLoadError) -> GatePolicy {
    let log = DiagnosticLog()
    var policy = GatePolicy()
    let keys = [
      "version", "min_score", "thresholds", "recognizers", "rules", "allow", "k", "l", "max_quarantine", "quasi_identifiers",
      "sensitive", "text_fields",
    ]
    guard let root = YAMLNode.parse(text, file: file, log: log), let members = root.members(allowed: keys) else {
      try log.throwIfAny()
      return policy
    }
    if let version = members["version"] { _ = version.int(in: 1...1) } else { root.problem("missing 'version: 1'") }
    policy.minScore = members["min_score"]?.double(in: 0...1)
    for (name, node) in members["thresholds"]?.entries() ?? [] {
      if let value = node.double(in: 0...1) { policy.thresholds[EntityType(name)] = value }
    }
    if let node = members["recognizers"] {
      if node.isScalar, let name = node.string() {
        switch name {
        case "run": policy.recognizers = .run
        case "default": policy.recognizers = .defaults
        case "all": policy.recognizers = .all
        default: node.problem("expected run, default, all or a list of recognizer ids, not '\(name)'")
        }
      } else if let ids = node.strings() {
        policy.recognizers = .only(ids.map { RecognizerID($0) })
      }
    }
    policy.ruleDirectories = (members["rules"]?.strings() ?? []).map { baseDirectory.appendingPathComponent($0) }
    policy.allow = Set((members["allow"]?.strings() ?? []).map { EntityType($0) })
    policy.k = members["k"]?.int(in: 1...1_000_000)
    policy.l = members["l"]?.int(in: 1...1000)
    policy.maxQuarantine = members["max_quarantine"]?.int(in: 0...Int.max)
    policy.quasiIdentifiers = members["quasi_identifiers"]?.strings()
    policy.sensitive = members["sensitive"]?.string()
    policy.textFields = members["text_fields"]?.strings()
    if policy.l != nil && policy.sensitive == nil && members["quasi_identifiers"] != nil {
      root.problem("'l' needs 'sensitive' when the policy names the quasi-identifiers")
    }
    try log.throwIfAny()
    return policy
  }
}
