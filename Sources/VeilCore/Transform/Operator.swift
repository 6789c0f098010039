/// Rewrites the text of one finding (tag, redact, mask, pseudonymize, generalize, ...).
///
/// Operators never detect: they receive findings and produce replacement text.
public protocol Operator: Sendable {
  /// The operator's configuration name, e.g. `tag`.
  var name: String { get }
  /// The text that replaces `original`.
  ///
  /// - Parameters:
  ///   - original: The text the finding covers.
  ///   - finding: The finding being replaced.
  ///   - scope: State shared by all findings of one record (a conversation), e.g. tag numbers.
  /// - Returns: The replacement text.
  func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String
}

/// State that lives for one record (one conversation) while it is rewritten.
///
/// Numbered tags use it so that the same value gets the same number throughout a conversation.
public struct RecordScope: Sendable {
  private var numbers: [EntityType: [String: Int]] = [:]
  /// The data subject the record belongs to (the configured subject field, else the record id).
  public var subject: String?

  /// Creates an empty scope.
  public init(subject: String? = nil) { self.subject = subject }

  /// The 1-based number of `key` among the values of `entity` seen so far, assigning the next one if new.
  public mutating func number(for key: String, of entity: EntityType) -> Int {
    if let existing = numbers[entity]?[key] { return existing }
    let next = (numbers[entity]?.count ?? 0) + 1
    numbers[entity, default: [:]][key] = next
    return next
  }
}
