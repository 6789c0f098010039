import VeilCore

/// A record (or input) that failed closed: where it was and why, never its content.
public struct QuarantineEntry: Sendable, Hashable, Codable {
  /// The input file.
  public var source: String
  /// The 1-based line, or 0 for a problem with the whole input.
  public var line: Int
  /// The category.
  public var kind: QuarantineKind
  /// What was wrong.
  public var reason: String

  /// Creates an entry.
  public init(source: String, line: Int, kind: QuarantineKind, reason: String) {
    self.source = source
    self.line = line
    self.kind = kind
    self.reason = reason
  }

  /// `file:line: reason` (the line is omitted for whole-input problems).
  public var message: String { line > 0 ? "\(source):\(line): \(reason)" : "\(source): \(reason)" }
}
