/// A problem in a rule or configuration file, located precisely.
public struct RuleDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// The file.
  public var file: String
  /// The 1-based line (0 when unknown).
  public var line: Int
  /// The key path within the file, e.g. `recognizers[2].patterns[0].score`.
  public var keyPath: String
  /// What is wrong.
  public var message: String

  /// Creates a diagnostic.
  public init(file: String, line: Int, keyPath: String, message: String) {
    self.file = file
    self.line = line
    self.keyPath = keyPath
    self.message = message
  }

  /// `file:line: keyPath: message`.
  public var description: String {
    let location = line > 0 ? "\(file):\(line)" : file
    return keyPath.isEmpty ? "\(location): \(message)" : "\(location): \(keyPath): \(message)"
  }
}

/// Every problem found while loading rules or configuration; nothing was half-loaded.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
  /// The problems, in file order.
  public var diagnostics: [RuleDiagnostic]

  /// Creates the error.
  public init(_ diagnostics: [RuleDiagnostic]) { self.diagnostics = diagnostics }

  /// One problem per line.
  public var description: String {
    let count = diagnostics.count
    let header = count == 1 ? "1 problem:" : "\(count) problems:"
    return ([header] + diagnostics.map { "  " + $0.description }).joined(separator: "\n")
  }
}

/// Collects diagnostics while a file is read, so that every problem is reported at once.
final class DiagnosticLog {
  private(set) var entries: [RuleDiagnostic] = []

  func add(_ diagnostic: RuleDiagnostic) { entries.append(diagnostic) }

  /// Throws the collected diagnostics, if any.
  func throwIfAny() throws(RuleLoadError) {
    if !entries.isEmpty { throw RuleLoadError(entries) }
  }
}
