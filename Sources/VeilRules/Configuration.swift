import Foundation
import VeilCore
import VeilDetection
import VeilTransform

/// How one entity type is replaced, as written in the configuration.
public enum OperatorSpec: Sendable, Hashable {
  /// `<TYPE>`, or `<TYPE_n>` when numbered.
  case tag(numbered: Bool)
  /// Removed.
  case redact
  /// Letters and digits masked, the last `keepLast` kept.
  case mask(character: Character, keepLast: Int)

  /// The operator this spec describes.
  public func makeOperator() -> any Operator {
    switch self {
    case .tag(let numbered): TagOperator(numbered: numbered)
    case .redact: RedactOperator()
    case .mask(let character, let keepLast): MaskOperator(character: character, keepLast: keepLast)
    }
  }
}

/// A run's configuration (`veil.yaml`, version 1). Every field has a sensible default.
public struct Configuration: Sendable {
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

  /// The defaults.
  public init() {}

  /// The detection policy this configuration describes.
  public var policy: DetectionPolicy { DetectionPolicy(threshold: threshold, thresholds: thresholds, strategy: strategy) }

  /// The operator table this configuration describes.
  public var operatorTable: OperatorTable {
    OperatorTable(fallback: defaultOperator.makeOperator(), byEntity: operators.mapValues { $0.makeOperator() })
  }

  /// Reads a configuration file.
  ///
  /// - Throws: `RuleLoadError` naming every problem (line and key path), including misspelt keys.
  public static func load(_ url: URL) throws(RuleLoadError) -> Configuration {
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
      throw RuleLoadError([RuleDiagnostic(file: url.relativePath, line: 0, keyPath: "", message: "cannot read the file as UTF-8 text")])
    }
    return try parse(text, file: url.relativePath, baseDirectory: url.deletingLastPathComponent())
  }

  /// Parses configuration text.
  public static func parse(_ text: String, file: String, baseDirectory: URL) throws(RuleLoadError) -> Configuration {
    let log = DiagnosticLog()
    var config = Configuration()
    guard let root = YAMLNode.parse(text, file: file, log: log),
      let sections = root.members(allowed: ["version", "input", "detection", "operators", "limits"])
    else {
      try log.throwIfAny()
      return config
    }
    if let version = sections["version"] { _ = version.int(in: 1...1) } else { root.problem("missing 'version: 1'") }
    if let input = sections["input"]?.members(allowed: ["text_fields"]) {
      config.textFields = input["text_fields"]?.strings() ?? config.textFields
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
      guard let spec = readOperator(node) else { continue }
      if name == "default" { config.defaultOperator = spec } else { config.operators[EntityType(name)] = spec }
    }
    if let limits = sections["limits"]?.members(allowed: ["max_quarantine", "max_line_bytes"]) {
      config.maxQuarantine = limits["max_quarantine"]?.int(in: 0...Int.max) ?? config.maxQuarantine
      config.maxLineBytes = limits["max_line_bytes"]?.int(in: 1...(1 << 34)) ?? config.maxLineBytes
    }
    try log.throwIfAny()
    return config
  }

  private static let operatorNames = ["tag", "redact", "mask"]

  private static func readOperator(_ node: YAMLNode) -> OperatorSpec? {
    if node.isScalar {
      switch node.string() {
      case "tag": return .tag(numbered: false)
      case "redact": return .redact
      case "mask": return .mask(character: "*", keepLast: 0)
      case let other?:
        node.problem("unknown operator '\(other)'; known: \(operatorNames.joined(separator: ", "))")
        return nil
      case nil: return nil
      }
    }
    guard let members = node.members(allowed: ["type", "numbered", "char", "keep_last"]) else { return nil }
    guard let type = members["type"]?.string() else {
      node.problem("missing 'type' (one of \(operatorNames.joined(separator: ", ")))")
      return nil
    }
    switch type {
    case "tag":
      return .tag(numbered: members["numbered"]?.bool() ?? false)
    case "redact":
      return .redact
    case "mask":
      let text = members["char"]?.string() ?? "*"
      guard text.count == 1, let character = text.first else {
        members["char"]?.problem("the masking character must be exactly one character")
        return nil
      }
      return .mask(character: character, keepLast: members["keep_last"]?.int(in: 0...64) ?? 0)
    default:
      members["type"]?.problem("unknown operator '\(type)'; known: \(operatorNames.joined(separator: ", "))")
      return nil
    }
  }
}

extension Configuration {
  /// The operator applied to `entity`, in words for reports (e.g. `tag (numbered)`).
  public func operatorDescription(for entity: EntityType) -> String {
    switch operators[entity] ?? defaultOperator {
    case .tag(let numbered): numbered ? "tag (numbered)" : "tag"
    case .redact: "redact"
    case .mask(_, let keepLast): keepLast > 0 ? "mask (keep last \(keepLast))" : "mask"
    }
  }
}
