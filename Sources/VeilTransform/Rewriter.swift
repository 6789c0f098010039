import VeilCore

/// Chooses an operator for each entity type, with a default for the rest.
public struct OperatorTable: Sendable {
  /// The operator for types not listed.
  public var fallback: any Operator
  /// Operators per entity type.
  public var byEntity: [EntityType: any Operator]

  /// Creates a table.
  public init(fallback: any Operator = TagOperator(), byEntity: [EntityType: any Operator] = [:]) {
    self.fallback = fallback
    self.byEntity = byEntity
  }

  /// The operator that handles `entity`.
  public func callAsFunction(_ entity: EntityType) -> any Operator { byEntity[entity] ?? fallback }
}

/// Applies operators to a text's findings, producing the rewritten text.
public struct Rewriter: Sendable {
  /// The operators to apply.
  public let operators: OperatorTable

  /// Creates a rewriter.
  public init(operators: OperatorTable) { self.operators = operators }

  /// Rewrites `text`, replacing each finding's bytes.
  ///
  /// - Parameters:
  ///   - text: Valid UTF-8.
  ///   - findings: Non-overlapping findings, each on character boundaries.
  ///   - scope: The record's shared state (numbered tags).
  /// - Returns: The new UTF-8 text, or `nil` when there are no findings.
  public func rewrite(_ text: [UInt8], findings: [Finding], scope: inout RecordScope) -> [UInt8]? {
    var replacements: [String] = []
    return rewrite(text, findings: findings, scope: &scope, replacements: &replacements)
  }

  /// Rewrites `text` and also reports each finding's replacement, in position order (for previews).
  public func rewrite(_ text: [UInt8], findings: [Finding], scope: inout RecordScope, replacements: inout [String]) -> [UInt8]? {
    guard !findings.isEmpty else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var copied = 0
    for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      precondition(finding.range.lowerBound >= copied, "findings must not overlap")
      output.append(contentsOf: text[copied..<finding.range.lowerBound])
      let original = String(decoding: text[finding.range], as: UTF8.self)
      let replacement = operators(finding.entity).replacement(for: original, of: finding, in: &scope)
      replacements.append(replacement)
      output.append(contentsOf: replacement.utf8)
      copied = finding.range.upperBound
    }
    output.append(contentsOf: text[copied...])
    return output
  }
}
