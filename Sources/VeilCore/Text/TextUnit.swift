/// One piece of text searched as a whole: a chat message, or a text field of a record.
public struct TextUnit: Sendable, Hashable {
  /// The decoded text as UTF-8 bytes (JSON escapes already resolved). Always valid UTF-8.
  public var utf8: [UInt8]
  /// The JSON path of the field it came from, e.g. `messages[2].content`.
  public var path: String
  /// The index of the message within its conversation, or `nil` for a plain text field.
  public var messageIndex: Int?
  /// The speaker (`role` or `from`), when the record says.
  public var role: String?

  /// Creates a text unit.
  public init(utf8: [UInt8], path: String, messageIndex: Int? = nil, role: String? = nil) {
    self.utf8 = utf8
    self.path = path
    self.messageIndex = messageIndex
    self.role = role
  }

  /// Creates a text unit from a string (handy in tests and previews).
  public init(_ text: String, path: String = "text") {
    self.init(utf8: Array(text.utf8), path: path)
  }

  /// The text as a `String`.
  public var string: String { String(decoding: utf8, as: UTF8.self) }
}
