/// A strict, validating JSON reader over UTF-8 bytes that decodes only what it is asked for.
///
/// It walks the whole value once, checking the grammar, and calls back for every string
/// (with its path) so the caller can decide which ones to decode. Everything else is
/// only validated, never copied.
struct JSONScanner {
  /// One step of the path to the current value.
  enum Step: Equatable {
    /// An object member, as the byte range of its key's body (between the quotes) in the line.
    case key(Range<Int>)
    case index(Int)
  }

  /// A JSON scalar or container kind.
  enum Kind: String {
    case string, number, literal = "true/false/null", object, array

    /// "a string", "an object", ... for messages.
    var withArticle: String {
      switch self {
      case .object, .array: "an \(rawValue)"
      case .literal: "a boolean"
      default: "a \(rawValue)"
      }
    }
  }

  struct SyntaxError: Error {
    var offset: Int
    var reason: String
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let maxDepth: Int
  var position = 0
  var path: [Step] = []

  init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 128) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  /// Scans one complete document; `visit` sees every value with its kind and byte range.
  mutating func scanDocument(visit: (_ path: [Step], _ kind: Kind, _ range: Range<Int>) throws -> Void) throws {
    skipWhitespace()
    try scanValue(visit: visit)
    skipWhitespace()
    guard position == bytes.count else { throw SyntaxError(offset: position, reason: "unexpected data after the JSON value") }
  }

  private mutating func scanValue(visit: (_ path: [Step], _ kind: Kind, _ range: Range<Int>) throws -> Void) throws {
    guard position < bytes.count else { throw SyntaxError(offset: position, reason: "unexpected end of line, a value was expected") }
    let start = position
    switch bytes[position] {
    case UInt8(ascii: "{"):
      guard path.count < maxDepth else { throw SyntaxError(offset: position, reason: "nesting deeper than \(maxDepth) levels") }
      try visit(path, .object, start..<start + 1)
      position += 1
      skipWhitespace()
      if peek(UInt8(ascii: "}")) { position += 1; return }
      while true {
        skipWhitespace()
        guard peek(UInt8(ascii: "\"")) else { throw SyntaxError(offset: position, reason: "an object key (a string) was expected") }
        let keyRange = try scanString()
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { throw SyntaxError(offset: position, reason: "':' was expected after an object key") }
        position += 1
        skipWhitespace()
        path.append(.key((keyRange.lowerBound + 1)..<(keyRange.upperBound - 1)))
        try scanValue(visit: visit)
        path.removeLast()
        skipWhitespace()
        if peek(UInt8(ascii: ",")) { position += 1; continue }
        if peek(UInt8(ascii: "}")) { position += 1; return }
        throw SyntaxError(offset: position, reason: "',' or '}' was expected in an object")
      }
    case UInt8(ascii: "["):
      guard path.count < maxDepth else { throw SyntaxError(offset: position, reason: "nesting deeper than \(maxDepth) levels") }
      try visit(path, .array, start..<start + 1)
      position += 1
      skipWhitespace()
      if peek(UInt8(ascii: "]")) { position += 1; return }
      var index = 0
      while true {
        skipWhitespace()
        path.append(.index(index))
        try scanValue(visit: visit)
        path.removeLast()
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: ",")) { position += 1; continue }
        if peek(UInt8(ascii: "]")) { position += 1; return }
        throw SyntaxError(offset: position, reason: "',' or ']' was expected in an array")
      }
    case UInt8(ascii: "\""):
      let range = try scanString()
      try visit(path, .string, range)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      try visit(path, .literal, start..<position)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      try visit(path, .literal, start..<position)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      try visit(path, .literal, start..<position)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try scanNumber()
      try visit(path, .number, start..<position)
    default:
      throw SyntaxError(offset: position, reason: "unexpected character, a JSON value was expected")
    }
  }

  private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private mutating func expectLiteral(_ literal: StaticString) throws {
    let count = literal.utf8CodeUnitCount
    guard position + count <= bytes.count else { throw SyntaxError(offset: position, reason: "unexpected end of line inside a literal") }
    let text = UnsafeBufferPointer(start: literal.utf8Start, count: count)
    for index in 0..<count where bytes[position + index] != text[index] {
      // "not json" reads as a broken `null`; say what a bare word may be rather than guess which one was meant.
      throw SyntaxError(offset: position, reason: "unexpected word, a JSON value was expected (the only bare words are true, false and null)")
    }
    position += count
  }

  private mutating func scanNumber() throws {
    let start = position
    if peek(UInt8(ascii: "-")) { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else { throw SyntaxError(offset: start, reason: "invalid number") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: ".")) {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else { throw SyntaxError(offset: start, reason: "invalid number") }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard position < bytes.count, isDigit(bytes[position]) else { throw SyntaxError(offset: start, reason: "invalid number") }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
  }

  /// Validates a string literal at `position` and returns its range, quotes included.
  private mutating func scanString() throws -> Range<Int> {
    let start = position
    position += 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return start..<position
      }
      if byte == UInt8(ascii: "\\") {
        guard position + 1 < bytes.count else { break }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          position += 2
        case UInt8(ascii: "u"):
          guard position + 6 <= bytes.count, (2..<6).allSatisfy({ hexValue(bytes[position + $0]) != nil }) else {
            throw SyntaxError(offset: position, reason: "invalid \\u escape in a string")
          }
          position += 6
        default:
          throw SyntaxError(offset: position, reason: "invalid escape in a string")
        }
        continue
      }
      if byte < 0x20 { throw SyntaxError(offset: position, reason: "unescaped control character in a string") }
      position += 1
    }
    throw SyntaxError(offset: start, reason: "unterminated string")
  }
}

func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

func hexValue(_ byte: UInt8) -> UInt32? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
  default: return nil
  }
}
