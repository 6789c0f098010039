import VeilCore

/// Writes a record back as a JSON line, replacing only the text units that changed.
public enum RecordEncoder {
  /// The record's line with `replacements[i]` spliced in for unit `i` (`nil` keeps the original bytes).
  ///
  /// - Parameters:
  ///   - record: The decoded record.
  ///   - replacements: New UTF-8 text per unit, or `nil` where the unit is unchanged.
  /// - Returns: The line, without a line break. Bytes outside changed string literals are identical.
  ///   - fields: Other literals to replace (e.g. generalized quasi-identifiers), each written as a JSON string.
  public static func encode(_ record: Record, replacing replacements: [[UInt8]?], fields: [(Range<Int>, String)] = [])
    -> [UInt8]
  {
    precondition(replacements.count == record.units.count, "one replacement slot per text unit")
    var splices: [(Range<Int>, [UInt8])] = []
    for (index, replacement) in replacements.enumerated() {
      if let replacement { splices.append((record.literalRanges[index], replacement)) }
    }
    for (range, text) in fields { splices.append((range, Array(text.utf8))) }
    splices.sort { $0.0.lowerBound < $1.0.lowerBound }
    var output: [UInt8] = []
    output.reserveCapacity(record.raw.count + 64)
    var copied = 0
    for (literal, text) in splices where literal.lowerBound >= copied {
      output.append(contentsOf: record.raw[copied..<literal.lowerBound])
      JSONString.encode(text, into: &output)
      copied = literal.upperBound
    }
    output.append(contentsOf: record.raw[copied...])
    return output
  }
}
