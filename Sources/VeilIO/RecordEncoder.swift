import VeilCore

/// Writes a record back as a JSON line, replacing only the text units that changed.
public enum RecordEncoder {
  /// The record's line with `replacements[i]` spliced in for unit `i` (`nil` keeps the original bytes).
  ///
  /// - Parameters:
  ///   - record: The decoded record.
  ///   - replacements: New UTF-8 text per unit, or `nil` where the unit is unchanged.
  /// - Returns: The line, without a line break. Bytes outside changed string literals are identical.
  public static func encode(_ record: Record, replacing replacements: [[UInt8]?]) -> [UInt8] {
    precondition(replacements.count == record.units.count, "one replacement slot per text unit")
    var output: [UInt8] = []
    output.reserveCapacity(record.raw.count + 64)
    var copied = 0
    for (index, replacement) in replacements.enumerated() {
      guard let replacement else { continue }
      let literal = record.literalRanges[index]
      output.append(contentsOf: record.raw[copied..<literal.lowerBound])
      JSONString.encode(replacement, into: &output)
      copied = literal.upperBound
    }
    output.append(contentsOf: record.raw[copied...])
    return output
  }
}
