/// Conversions between UTF-8 byte offsets and Unicode code-point offsets.
public enum UTF8Offsets {
  /// Converts sorted-or-unsorted byte offsets into code-point offsets in one pass over `bytes`.
  ///
  /// - Parameters:
  ///   - offsets: Byte offsets on character boundaries, each in `0...bytes.count`.
  ///   - bytes: Valid UTF-8.
  /// - Returns: The code-point offset for each input offset, in the same order.
  public static func codePointOffsets(_ offsets: [Int], in bytes: [UInt8]) -> [Int] {
    guard !offsets.isEmpty else { return [] }
    let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
    var result = [Int](repeating: 0, count: offsets.count)
    var position = 0
    var codePoints = 0
    for index in order {
      let target = offsets[index]
      while position < target, position < bytes.count {
        if bytes[position] & 0xC0 != 0x80 { codePoints += 1 }
        position += 1
      }
      result[index] = codePoints
    }
    return result
  }
}
