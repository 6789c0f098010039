/// A JSON path naming where text lives in a record, e.g. `messages[*].content`.
///
/// Grammar: keys separated by `.`, each optionally followed by `[*]` (every element
/// of an array). Keys are matched exactly against the JSON object keys.
public struct TextFieldPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path.
  public enum Component: Sendable, Hashable {
    /// An object member.
    case key([UInt8])
    /// Every element of an array.
    case anyElement
  }

  /// The steps, outermost first.
  public let components: [Component]
  /// The path as written.
  public let description: String

  /// Parses a path.
  ///
  /// - Parameter text: e.g. `messages[*].content`.
  /// - Throws: `TextFieldPath.ParseError` naming the problem.
  public init(_ text: String) throws(ParseError) {
    var components: [Component] = []
    for part in text.split(separator: ".", omittingEmptySubsequences: false) {
      var key = Substring(part)
      var arrays = 0
      while key.hasSuffix("[*]") {
        key = key.dropLast(3)
        arrays += 1
      }
      guard !key.isEmpty, !key.contains("["), !key.contains("]") else {
        throw ParseError(path: text, reason: "'\(part)' is not a key optionally followed by [*]")
      }
      components.append(.key(Array(key.utf8)))
      components.append(contentsOf: repeatElement(.anyElement, count: arrays))
    }
    self.components = components
    self.description = text
  }

  /// The paths Veil reads when the configuration names none.
  public static let defaults: [TextFieldPath] = [
    "messages[*].content", "messages[*].content[*].text", "conversations[*].value", "text",
  ].compactMap { try? TextFieldPath($0) }

  /// A path that could not be parsed.
  public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as written.
    public var path: String
    /// What is wrong with it.
    public var reason: String
    /// A one-line description.
    public var description: String { "text field path '\(path)': \(reason)" }
  }
}
