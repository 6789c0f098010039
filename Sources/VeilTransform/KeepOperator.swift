import VeilCore

/// Leaves the finding as it is: for types that are reported but not replaced.
public struct KeepOperator: Operator {
  /// `keep`.
  public let name = "keep"
  /// Creates the operator.
  public init() {}
  /// The original text.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String { original }
}
