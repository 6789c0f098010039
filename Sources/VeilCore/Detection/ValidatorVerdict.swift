/// The tri-state answer of a checksum or structure validator.
///
/// A validator that recognizes a correct check digit says `.valid` (the finding's
/// score becomes 1.0); one that proves the candidate wrong says `.invalid` (the
/// finding is dropped); one that cannot tell says `.unknown` (the score is kept).
public enum ValidatorVerdict: String, Sendable, Codable, Hashable {
  case valid
  case invalid
  case unknown
}
