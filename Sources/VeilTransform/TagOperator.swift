import VeilCore

/// Replaces a finding with its entity type: `<EMAIL_ADDRESS>`, or numbered per conversation: `<EMAIL_ADDRESS_1>`.
///
/// Numbered tags give the same value the same number throughout one record, so a
/// conversation stays readable ("<PERSON_1> wrote to <PERSON_2>") without the names.
public struct TagOperator: Operator {
  /// `tag`.
  public let name = "tag"
  /// Whether tags carry a per-conversation number.
  public let numbered: Bool

  /// Creates a tag operator.
  public init(numbered: Bool = false) { self.numbered = numbered }

  /// `<TYPE>` or `<TYPE_n>`.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String {
    guard numbered else { return "<\(finding.entity.rawValue)>" }
    let number = scope.number(for: ValueNormalizer.key(for: original, entity: finding.entity), of: finding.entity)
    return "<\(finding.entity.rawValue)_\(number)>"
  }
}

/// Removes the finding's text entirely.
public struct RedactOperator: Operator {
  /// `redact`.
  public let name = "redact"
  /// Creates a redact operator.
  public init() {}
  /// The empty string.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String { "" }
}

/// Replaces letters and digits with a masking character, keeping punctuation and, optionally, the last few characters.
///
/// `4111 1111 1111 1111` with `keep_last: 4` becomes `**** **** **** 1111`.
public struct MaskOperator: Operator {
  /// `mask`.
  public let name = "mask"
  /// The masking character.
  public let character: Character
  /// How many letters or digits at the end stay visible.
  public let keepLast: Int

  /// Creates a mask operator.
  public init(character: Character = "*", keepLast: Int = 0) {
    self.character = character
    self.keepLast = max(0, keepLast)
  }

  /// The masked text: same length in characters, separators kept.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String {
    let maskable = original.reduce(0) { $0 + ($1.isLetter || $1.isNumber ? 1 : 0) }
    var remainingToMask = maskable - keepLast
    var result = ""
    result.reserveCapacity(original.utf8.count)
    for char in original {
      if (char.isLetter || char.isNumber) && remainingToMask > 0 {
        result.append(character)
        remainingToMask -= 1
      } else {
        result.append(char)
      }
    }
    return result
  }
}
