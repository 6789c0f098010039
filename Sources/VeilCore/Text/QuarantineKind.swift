/// Why a record failed closed, as a stable category for reports and gates.
public enum QuarantineKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The line is not valid JSON.
  case malformedJSON = "malformed_json"
  /// The line is not valid UTF-8.
  case invalidUTF8 = "invalid_utf8"
  /// The line is JSON but not an object.
  case notAnObject = "not_an_object"
  /// The record has none of the configured text fields.
  case noTextField = "no_text_field"
  /// A text field holds a number, boolean or container instead of a string.
  case notAString = "not_a_string"
  /// A string has an escape that is not valid text (a lone surrogate).
  case badEscape = "bad_escape"
  /// The line is longer than the configured limit.
  case lineTooLong = "line_too_long"
  /// The record holds more text fields (messages) than the configured limit.
  case tooManyTexts = "too_many_texts"
  /// The input ended early (e.g. a truncated gzip stream).
  case truncatedInput = "truncated_input"
  /// The input could not be opened or read.
  case unreadableInput = "unreadable_input"
  /// Detection could not finish within its limits (e.g. the regex match limit).
  case detectionLimit = "detection_limit"
  /// k-anonymity is configured and the record lacks one of the quasi-identifier fields.
  case missingQuasiIdentifier = "missing_quasi_identifier"
}
