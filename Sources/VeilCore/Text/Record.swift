/// Where a record came from: enough to find it again, never its content.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The input file as given on the command line, or `-` for standard input.
  public var file: String
  /// The 1-based line number.
  public var line: Int

  /// Creates a location.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// `file:line`.
  public var description: String { "\(file):\(line)" }
}

/// The layout a record was recognized as.
public enum RecordShape: String, Sendable, Hashable, Codable {
  /// `{"messages": [{"role", "content"}]}`.
  case openAIMessages = "messages"
  /// `{"conversations": [{"from", "value"}]}`.
  case shareGPT = "sharegpt"
  /// `{"text": ...}` or other configured text fields.
  case text
}

/// One input line, parsed: its text units and where they sit in the raw JSON.
///
/// Only the text is decoded; the rest of the line stays as raw bytes and is copied
/// through unchanged when the record is written back.
public struct Record: Sendable {
  /// Where the line came from.
  public var location: SourceLocation
  /// The record's identity for reports: its `id` field as a string, or its 0-based line index.
  public var id: String
  /// The recognized layout.
  public var shape: RecordShape
  /// The raw line, without its line break.
  public var raw: [UInt8]
  /// The text units, in the order they appear in the line.
  public var units: [TextUnit]
  /// For each unit, the byte range in `raw` of its JSON string literal, quotes included.
  public var literalRanges: [Range<Int>]
  /// The value of the configured subject field (e.g. a user id), if any.
  public var subject: String?
  /// The values of the configured value fields (quasi-identifiers), `nil` where a record lacks one.
  public var values: [FieldValue?] = []

  /// Creates a record.
  public init(
    location: SourceLocation, id: String, shape: RecordShape, raw: [UInt8], units: [TextUnit],
    literalRanges: [Range<Int>]
  ) {
    precondition(units.count == literalRanges.count, "one literal range per text unit")
    self.location = location
    self.id = id
    self.shape = shape
    self.raw = raw
    self.units = units
    self.literalRanges = literalRanges
  }

  /// The identifier of one unit in `scan` output: `<id>:<message index>` for chats, `<id>` otherwise.
  public func unitID(_ index: Int) -> String {
    let unit = units[index]
    if let message = unit.messageIndex { return "\(id):\(message)" }
    if units.count == 1 { return id }
    return "\(id):\(unit.path)"
  }
}

/// A scalar field of a record: its text and where its JSON literal sits in the raw line.
public struct FieldValue: Sendable, Hashable {
  /// The decoded string, or the literal text of a number or boolean.
  public var text: String
  /// The byte range of the JSON literal in the raw line.
  public var range: Range<Int>

  /// Creates a field value.
  public init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
  }
}
