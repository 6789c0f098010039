/// Decoding and encoding of JSON string literals, on UTF-8 bytes.
public enum JSONString {
  /// A string literal that is well-formed JSON but not valid text.
  public struct DecodingError: Error, Sendable, Hashable {
    /// What is wrong.
    public var reason: String
  }

  /// Decodes the body of a validated JSON string literal (without its quotes) to UTF-8.
  ///
  /// - Parameter body: The bytes between the quotes; the grammar must already be checked.
  /// - Returns: The decoded UTF-8 bytes.
  /// - Throws: `DecodingError` for a lone or mismatched UTF-16 surrogate.
  public static func decode(_ body: some Collection<UInt8>) throws(DecodingError) -> [UInt8] {
    var failure: DecodingError?
    let decoded = body.withContiguousStorageIfAvailable { buffer -> [UInt8] in
      do throws(DecodingError) { return try decode(buffer) } catch {
        failure = error
        return []
      }
    }
    if let failure { throw failure }
    if let decoded { return decoded }
    return try Array(body).withUnsafeBufferPointer { buffer throws(DecodingError) in try decode(buffer) }
  }

  /// Decodes a body in contiguous memory: the runs between escapes are copied whole (most
  /// text has no escape at all, or a few newlines).
  private static func decode(_ body: UnsafeBufferPointer<UInt8>) throws(DecodingError) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(body.count)
    var index = 0
    while index < body.count {
      var run = index
      while run < body.count, body[run] != UInt8(ascii: "\\") { run += 1 }
      if run > index { output.append(contentsOf: UnsafeBufferPointer(rebasing: body[index..<run])) }
      guard run < body.count else { break }
      // The grammar is checked: a backslash is followed by its escape, and \u by four hex digits.
      let escape = body[run + 1]
      index = run + 2
      switch escape {
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        var unit = readHex4(body, at: index)
        index += 4
        if (0xD800...0xDBFF).contains(unit) {
          guard body.count - index >= 6, body[index] == UInt8(ascii: "\\"), body[index + 1] == UInt8(ascii: "u") else {
            throw DecodingError(reason: "lone UTF-16 surrogate in a \\u escape")
          }
          let low = readHex4(body, at: index + 2)
          guard (0xDC00...0xDFFF).contains(low) else { throw DecodingError(reason: "lone UTF-16 surrogate in a \\u escape") }
          index += 6
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
          throw DecodingError(reason: "lone UTF-16 surrogate in a \\u escape")
        }
        appendUTF8(unit, to: &output)
      default: output.append(escape)
      }
    }
    return output
  }

  /// Encodes UTF-8 text as a JSON string literal, quotes included.
  ///
  /// Escapes only what JSON requires (`"`, `\`, control characters); other characters
  /// stay as UTF-8.
  @inlinable
  public static func encode(_ text: some Sequence<UInt8>, into output: inout [UInt8]) {
    if text.withContiguousStorageIfAvailable({ encode(buffer: $0, into: &output) }) == nil {
      Array(text).withUnsafeBufferPointer { encode(buffer: $0, into: &output) }
    }
  }

  /// `encode(_:into:)` of contiguous bytes: the runs that need no escape (nearly all of a
  /// text) are copied whole.
  @usableFromInline
  static func encode(buffer text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var runStart = 0
    for index in text.indices {
      let byte = text[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
      runStart = index + 1
      output.append(0x5C)
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
      case 0x0A: output.append(UInt8(ascii: "n"))
      case 0x0D: output.append(UInt8(ascii: "r"))
      case 0x09: output.append(UInt8(ascii: "t"))
      default:
        output.append(UInt8(ascii: "u"))
        output.append(0x30)
        output.append(0x30)
        output.append(hexDigit(byte >> 4))
        output.append(hexDigit(byte & 0xF))
      }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
    output.append(UInt8(ascii: "\""))
  }

  /// The lowercase hexadecimal digit of `value` (0...15).
  private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }

  private static func readHex4(_ body: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
    var value: UInt32 = 0
    for index in start..<(start + 4) { value = value << 4 | (hexValue(body[index]) ?? 0) }
    return value
  }

  private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
