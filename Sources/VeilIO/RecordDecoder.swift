import VeilCore

/// A line that cannot become a record; it fails closed with this reason.
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the line is.
  public var location: SourceLocation
  /// The category of the problem, stable for reports (e.g. `malformed_json`).
  public var kind: QuarantineKind
  /// What is wrong, without any of the line's content.
  public var reason: String

  /// Creates a record error.
  public init(location: SourceLocation, kind: QuarantineKind, reason: String) {
    self.location = location
    self.kind = kind
    self.reason = reason
  }

  /// `file:line: reason`.
  public var description: String { "\(location): \(reason)" }
}

/// Decodes one JSONL line into a `Record`: validates it, finds its text fields, decodes only those.
public struct RecordDecoder: Stage, Sendable {
  /// Where text lives in a record.
  public let textFields: [TextFieldPath]
  /// The field naming the record's data subject (e.g. `meta.user_id`), if configured.
  public let subjectField: TextFieldPath?
  /// Scalar fields read into `Record.values` (quasi-identifiers), in order.
  public let valueFields: [TextFieldPath]
  /// The most text fields (messages) one record may hold (`limits.max_texts_per_record`).
  public let maxTexts: Int
  /// All of them, as the scan matches them.
  private let watched: WatchedPaths
  /// The top-level arrays text fields run through (`messages` of `messages[*].content`): the role or speaker of each
  /// element names its texts' role.
  private let messageArrays: [[UInt8]]

  /// Creates a decoder reading the given text fields, at most `maxTexts` of them per record.
  public init(
    textFields: [TextFieldPath] = TextFieldPath.defaults, subjectField: TextFieldPath? = nil, valueFields: [TextFieldPath] = [],
    maxTexts: Int = TextLimit.defaultPerRecord
  ) {
    self.textFields = textFields
    self.subjectField = subjectField
    self.valueFields = valueFields
    self.maxTexts = maxTexts
    watched = WatchedPaths(text: textFields, subject: subjectField, values: valueFields)
    var arrays: [[UInt8]] = []
    for field in textFields {
      guard field.components.count >= 2, case .key(let name) = field.components[0], field.components[1] == .anyElement,
        !arrays.contains(name)
      else { continue }
      arrays.append(name)
    }
    messageArrays = arrays
  }

  /// Decodes `line` and emits its record.
  public func process(_ line: (SourceLocation, [UInt8]), emit: (Record) throws -> Void) throws {
    try emit(decode(line.1, at: line.0))
  }

  /// Decodes one line.
  ///
  /// - Parameters:
  ///   - raw: The line's bytes, without its line break.
  ///   - location: Where it came from (its line number also gives the default id).
  /// - Returns: The record with its text units.
  /// - Throws: `RecordError` for invalid UTF-8, malformed JSON, a non-object line, a text
  ///   field holding a number or boolean, a record with none of the text fields, or one with more
  ///   than `maxTexts` of them (or of messages with a role), found as the scan passes the limit.
  public func decode(_ raw: [UInt8], at location: SourceLocation) throws(RecordError) -> Record {
    func fail(_ kind: QuarantineKind, _ reason: String) -> RecordError {
      RecordError(location: location, kind: kind, reason: reason)
    }
    var found: [(path: [JSONScanner.Step], range: Range<Int>)] = []
    var roles: [Int: Range<Int>] = [:]
    var idValue: (JSONScanner.Kind, Range<Int>)?
    var subjectValue: (JSONScanner.Kind, Range<Int>)?
    var fieldValues: [(JSONScanner.Kind, Range<Int>)?] = Array(repeating: nil, count: valueFields.count)
    var matchedAnyField = false
    var problem: String?

    let maxTexts = maxTexts
    let messageArrays = messageArrays
    func tooMany() -> RecordError {
      fail(.tooManyTexts, "more than \(maxTexts) messages or text fields in one record (limits.max_texts_per_record)")
    }
    let scanned: Result<Void, any Error> = raw.withUnsafeBufferPointer { bytes in
      if let bad = UTF8Validation.firstInvalidOffset(bytes) {
        return .failure(fail(.invalidUTF8, "invalid UTF-8 at byte \(bad)"))
      }
      var scanner = JSONScanner(bytes: bytes)
      // A local copy: inside the callback, reaching it through `self` copies the whole decoder at every value.
      let watched = watched
      var cursor = WatchedPaths.Cursor(watched)
      return Result {
        try scanner.scanDocument { path, kind, range in
          if path.isEmpty {
            if kind != .object { throw fail(.notAnObject, "line is \(kind.withArticle), not a JSON object") }
            return
          }
          if path.count == 1, isKey(path[0], idKey, in: raw), kind == .string || kind == .number {
            idValue = (kind, range)
          }
          if kind == .string, path.count == 3, case .index(let message) = path[1],
            isKey(path[2], roleKey, in: raw) || isKey(path[2], fromKey, in: raw),
            messageArrays.contains(where: { isKey(path[0], $0, in: raw) })
          {
            roles[message] = range
            // Messages without text (a tool call's null content) cost memory too.
            if roles.count > maxTexts { throw tooMany() }
          }
          // A text field ends here (`exact`), or one goes on inside this value (`extended`).
          var exact = false
          var extended = false
          let here = cursor.visit(path, in: bytes)
          for index in cursor.matching[here] {
            let ends = watched.length(index) == path.count
            switch watched.purpose(index) {
            case .text:
              if ends { exact = true } else { extended = true }
            case .subject where ends && (kind == .string || kind == .number):
              subjectValue = (kind, range)
            case .value(let field) where ends && fieldValues[field] == nil && (kind == .string || kind == .number || kind == .literal):
              fieldValues[field] = (kind, range)
            default:
              break
            }
          }
          guard exact || extended else { return }
          matchedAnyField = true
          guard exact else { return }
          switch kind {
          case .string:
            found.append((path, range))
            if found.count > maxTexts { throw tooMany() }
          case .literal where raw[range.lowerBound] == UInt8(ascii: "n"): return
          case .object where extended, .array where extended: return
          default:
            if problem == nil { problem = "text field \(Self.render(path, in: raw)) is \(kind.withArticle), not a string" }
          }
        }
      }
    }
    switch scanned {
    case .success: break
    case .failure(let error as RecordError): throw error
    case .failure(let error as JSONScanner.SyntaxError):
      throw fail(.malformedJSON, "malformed JSON at byte \(error.offset): \(error.reason)")
    case .failure(let error): throw fail(.malformedJSON, "cannot read line: \(error)")
    }
    if let problem { throw fail(.notAString, problem) }
    guard matchedAnyField else {
      throw fail(.noTextField, "no text field (looked for \(textFields.map(\.description).joined(separator: ", ")))")
    }

    var units: [TextUnit] = []
    var literals: [Range<Int>] = []
    for (path, range) in found {
      let body = raw[(range.lowerBound + 1)..<(range.upperBound - 1)]
      let text: [UInt8]
      do { text = try JSONString.decode(body) } catch { throw fail(.badEscape, "text field \(Self.render(path, in: raw)): \(error.reason)") }
      let message = path.lazy.compactMap { step -> Int? in if case .index(let i) = step { i } else { nil } }.first
      var role: String?
      if let message, let roleRange = roles[message] {
        role = (try? JSONString.decode(raw[(roleRange.lowerBound + 1)..<(roleRange.upperBound - 1)]))
          .map { String(decoding: $0, as: UTF8.self) }
      }
      units.append(TextUnit(utf8: text, path: Self.render(path, in: raw), messageIndex: message, role: role))
      literals.append(range)
    }
    var record = Record(
      location: location, id: recordID(idValue, raw: raw, location: location), shape: shape(of: found.map(\.path), in: raw),
      raw: raw, units: units, literalRanges: literals)
    record.subject = subjectValue.map { scalarText($0, raw: raw) }
    record.values = fieldValues.map { value in value.map { FieldValue(text: scalarText($0, raw: raw), range: $0.1) } }
    return record
  }

  private func shape(of paths: [[JSONScanner.Step]], in raw: [UInt8]) -> RecordShape {
    for path in paths {
      if let first = path.first, isKey(first, messagesKey, in: raw) { return .openAIMessages }
      if let first = path.first, isKey(first, conversationsKey, in: raw) { return .shareGPT }
    }
    return .text
  }

  private func recordID(_ value: (JSONScanner.Kind, Range<Int>)?, raw: [UInt8], location: SourceLocation) -> String {
    guard let value else { return String(location.line - 1) }
    return scalarText(value, raw: raw)
  }

  /// A string's decoded text, or a number's literal text.
  private func scalarText(_ value: (JSONScanner.Kind, Range<Int>), raw: [UInt8]) -> String {
    let (kind, range) = value
    if kind != .string { return String(decoding: raw[range], as: UTF8.self) }
    let decoded = (try? JSONString.decode(raw[(range.lowerBound + 1)..<(range.upperBound - 1)])) ?? []
    return String(decoding: decoded, as: UTF8.self)
  }

  /// The path as people write it, `messages[2].content`: its bytes gathered first, then one string made of them
  /// (a string grown piece by piece reallocates, and every text unit has one).
  private static func render(_ path: [JSONScanner.Step], in raw: [UInt8]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    for step in path {
      switch step {
      case .key(let name):
        if !bytes.isEmpty { bytes.append(UInt8(ascii: ".")) }
        bytes += raw[name]
      case .index(let index):
        bytes.append(UInt8(ascii: "["))
        appendDecimal(index, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the decimal digits of `value` (not negative): `String(value)` and its bytes cost 3 M instructions more
  /// per 2 MB of chat.
  private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value >= 10 { appendDecimal(value / 10, to: &bytes) }
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }
}

private let idKey = Array("id".utf8)
private let roleKey = Array("role".utf8)
private let fromKey = Array("from".utf8)
private let messagesKey = Array("messages".utf8)
private let conversationsKey = Array("conversations".utf8)

/// Whether `step` is the object key `name` (compared as raw bytes: keys with escapes do not match).
private func isKey(_ step: JSONScanner.Step, _ name: [UInt8], in raw: [UInt8]) -> Bool {
  guard case .key(let range) = step else { return false }
  return raw[range].elementsEqual(name)
}
