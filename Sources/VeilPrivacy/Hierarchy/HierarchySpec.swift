import Foundation

/// How to obtain a quasi-identifier's generalization hierarchy.
public enum HierarchySpec: Sendable, Equatable, CustomStringConvertible {
  /// An ARX hierarchy CSV file (relative paths resolve against the current directory).
  case file(path: String)
  /// Numeric bands, one width per level (`interval:5,10,20`).
  case interval([Double])
  /// ISO dates or timestamps: day → month → year → `*`.
  case date
  /// Codes masked one trailing character per level.
  case mask

  /// Parses `interval:5,10,20`, `date`, `mask` (a trailing `:` is allowed), or a file path.
  public static func parse(_ text: String) throws -> HierarchySpec {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    if lower == "date" || lower == "date:" { return .date }
    if lower == "mask" || lower == "mask:" { return .mask }
    if lower.hasPrefix("interval:") {
      let list = trimmed.dropFirst("interval:".count)
      var widths: [Double] = []
      for part in list.split(separator: ",", omittingEmptySubsequences: false) {
        guard let width = Double(part.trimmingCharacters(in: .whitespaces)), width > 0, width.isFinite
        else {
          throw KAnonymityError.invalidSpecification(
            "'\(text)': band width '\(part)' is not a positive number (example: interval:5,10,20)")
        }
        widths.append(width)
      }
      try Hierarchy.validateWidths(widths, source: trimmed)
      return .interval(widths)
    }
    guard !trimmed.isEmpty else {
      throw KAnonymityError.invalidSpecification("empty hierarchy (use FILE.csv, interval:…, date or mask)")
    }
    return .file(path: trimmed)
  }

  /// The specification in the same syntax `parse` accepts.
  public var description: String {
    switch self {
    case .file(let path): return path
    case .interval(let widths): return "interval:" + widths.map(Hierarchy.formatNumber).joined(separator: ",")
    case .date: return "date"
    case .mask: return "mask"
    }
  }

  /// Builds the hierarchy for the observed leaf `values` (file hierarchies are loaded whole).
  public func build(values: [String], hierarchyDelimiter: UInt8? = nil) throws -> Hierarchy {
    switch self {
    case .file(let path):
      return try Hierarchy.load(contentsOf: URL(fileURLWithPath: path), delimiter: hierarchyDelimiter)
    case .interval(let widths):
      return try Hierarchy.interval(widths: widths, values: values)
    case .date:
      return try Hierarchy.date(values: values)
    case .mask:
      return try Hierarchy.mask(values: values)
    }
  }
}

/// A quasi-identifier column and the hierarchy used to generalize it.
public struct QuasiIdentifier: Sendable, Equatable {
  /// The column name in the CSV header.
  public var name: String
  /// How its hierarchy is obtained.
  public var hierarchy: HierarchySpec

  /// Creates a quasi-identifier.
  public init(name: String, hierarchy: HierarchySpec) {
    self.name = name
    self.hierarchy = hierarchy
  }

  /// Parses `NAME=HIERARCHY` (for example `age=interval:5,10,20`, `zip=mask`, `edu=edu.csv`).
  public static func parse(_ text: String) throws -> QuasiIdentifier {
    guard let equals = text.firstIndex(of: "=") else {
      throw KAnonymityError.invalidSpecification(
        "'\(text)': expected NAME=HIERARCHY (HIERARCHY.csv, interval:5,10,20, date or mask)")
    }
    let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw KAnonymityError.invalidSpecification("'\(text)': the column name before '=' is empty")
    }
    return QuasiIdentifier(name: name, hierarchy: try HierarchySpec.parse(String(text[text.index(after: equals)...])))
  }
}
