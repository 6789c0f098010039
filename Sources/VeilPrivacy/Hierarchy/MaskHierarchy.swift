import Foundation

extension Hierarchy {
  /// Builds a masking hierarchy for codes: level i masks the last i characters with `*`
  /// (`12345`, `1234*`, `123**`, …), the top level (height = longest code length) is `*`.
  ///
  /// Shorter codes stay fully masked (`***`) on the levels above their length; codes of the
  /// same length share a parent exactly when they share the unmasked prefix, as in ARX's
  /// zip-code hierarchies.
  public static func mask(values: [String]) throws -> Hierarchy {
    let characters = values.map { Array($0) }
    let height = max(characters.map(\.count).max() ?? 0, 1)
    var rows: [[String]] = []
    rows.reserveCapacity(values.count)
    for (value, chars) in zip(values, characters) {
      var row = [value]
      for level in 1..<height {
        let masked = min(level, chars.count)
        row.append(String(chars.prefix(chars.count - masked)) + String(repeating: "*", count: masked))
      }
      row.append("*")
      rows.append(row)
    }
    return try Hierarchy(rows: rows, source: "mask")
  }
}
