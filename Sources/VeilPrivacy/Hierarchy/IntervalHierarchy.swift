import Foundation

extension Hierarchy {
  /// Builds an interval hierarchy for numeric `values`: level i (1…widths.count) is the
  /// band `[lo-hi[` of width `widths[i-1]` containing the value (lo = ⌊v / w⌋ · w), the top is `*`.
  ///
  /// Widths must be positive, increasing, and each a whole multiple of the previous one so
  /// that every band has exactly one parent band. Values that are not finite numbers throw
  /// `KAnonymityError.invalidValue`.
  public static func interval(widths: [Double], values: [String]) throws -> Hierarchy {
    let source = "interval:" + widths.map(formatNumber).joined(separator: ",")
    try validateWidths(widths, source: source)
    var rows: [[String]] = []
    rows.reserveCapacity(values.count)
    for value in values {
      guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else {
        throw KAnonymityError.invalidValue(
          column: nil, line: nil, value: value, reason: "is not a number (hierarchy \(source))")
      }
      var row = [value]
      for width in widths {
        let low = (number / width).rounded(.down) * width
        row.append("[\(formatNumber(low))-\(formatNumber(low + width))[")
      }
      row.append("*")
      rows.append(row)
    }
    return try Hierarchy(rows: rows, source: source)
  }

  static func validateWidths(_ widths: [Double], source: String) throws {
    guard !widths.isEmpty else {
      throw KAnonymityError.invalidHierarchy(source: source, line: nil, message: "no band widths")
    }
    for (index, width) in widths.enumerated() {
      guard width > 0, width.isFinite else {
        throw KAnonymityError.invalidHierarchy(
          source: source, line: nil, message: "band width \(formatNumber(width)) is not positive")
      }
      guard index > 0 else { continue }
      let previous = widths[index - 1]
      let ratio = width / previous
      guard width > previous, abs(ratio - ratio.rounded()) < 1e-9 else {
        throw KAnonymityError.invalidHierarchy(
          source: source, line: nil,
          message: "band width \(formatNumber(width)) must be a larger multiple of "
            + "\(formatNumber(previous)) so each band has one parent")
      }
    }
  }

  /// Formats integral numbers without a fraction ("30", not "30.0").
  static func formatNumber(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 {
      return String(Int(number))
    }
    return String(number)
  }
}
