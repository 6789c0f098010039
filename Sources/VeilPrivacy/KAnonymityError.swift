import Foundation

/// Every error the k-anonymity engine throws; each message names the file, line and column involved.
public enum KAnonymityError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file could not be read or written.
  case io(path: String, message: String)
  /// A CSV file is malformed (bad quoting, wrong field count).
  case malformedCSV(path: String, line: Int, message: String)
  /// A hierarchy file or generated hierarchy is invalid.
  case invalidHierarchy(source: String, line: Int?, message: String)
  /// A value in the data has no row in the column's hierarchy, or cannot be generalized.
  case valueNotInHierarchy(column: String, line: Int, value: String, hierarchy: String)
  /// A value cannot be placed in a generated hierarchy (not a number, not a date, ...).
  case invalidValue(column: String?, line: Int?, value: String, reason: String)
  /// A command-line style specification (`NAME=HIERARCHY`) could not be parsed.
  case invalidSpecification(String)
  /// A named column is not in the header.
  case missingColumn(path: String, column: String)
  /// The options are inconsistent (k < 1, limit outside 0...1, ...).
  case invalidOptions(String)
  /// No generalization in the lattice satisfies the privacy model within the suppression limit.
  case noAdmissibleNode(k: Int, lDiversity: Int?, suppressionLimit: Double, records: Int, reason: String)
  /// The lattice has more nodes than the search supports.
  case latticeTooLarge(nodes: Double, limit: Int)

  /// A one-line, human-readable explanation.
  public var description: String {
    switch self {
    case let .io(path, message):
      return "\(path): \(message)"
    case let .malformedCSV(path, line, message):
      return "\(path):\(line): malformed CSV: \(message)"
    case let .invalidHierarchy(source, line, message):
      if let line { return "\(source):\(line): invalid hierarchy: \(message)" }
      return "\(source): invalid hierarchy: \(message)"
    case let .valueNotInHierarchy(column, line, value, hierarchy):
      return "line \(line), column '\(column)': value '\(value)' is not in hierarchy \(hierarchy)"
    case let .invalidValue(column, line, value, reason):
      var prefix = ""
      if let line { prefix += "line \(line), " }
      if let column { prefix += "column '\(column)': " }
      return "\(prefix)value '\(value)' \(reason)"
    case let .invalidSpecification(message):
      return "invalid specification: \(message)"
    case let .missingColumn(path, column):
      return "\(path): column '\(column)' is not in the header"
    case let .invalidOptions(message):
      return "invalid options: \(message)"
    case let .noAdmissibleNode(k, l, limit, records, reason):
      let model = l.map { "k=\(k) with \($0)-diversity" } ?? "k=\(k)"
      let percent = String(format: "%g", limit * 100)
      return "no generalization satisfies \(model) within the suppression limit of \(percent)% "
        + "(\(records) records): \(reason); lower k, raise the suppression limit or use coarser hierarchies"
    case let .latticeTooLarge(nodes, limit):
      return "the generalization lattice has \(String(format: "%.0f", nodes)) nodes, more than the "
        + "supported \(limit); use fewer quasi-identifiers or shorter hierarchies"
    }
  }
}

extension KAnonymityError: LocalizedError {
  /// The same text as `description`, for `localizedDescription`.
  public var errorDescription: String? { description }
}
