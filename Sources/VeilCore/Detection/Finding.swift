/// One piece of personal data found in a text unit: the only thing detection hands to transformation.
public struct Finding: Hashable, Sendable {
  /// What kind of data it is.
  public var entity: EntityType
  /// Where it is, as UTF-8 byte offsets into the text unit.
  public var range: Range<Int>
  /// The final score, 0…1.
  public var score: Double
  /// Why it was reported.
  public var explanation: Explanation

  /// Creates a finding.
  public init(entity: EntityType, range: Range<Int>, score: Double, explanation: Explanation) {
    self.entity = entity
    self.range = range
    self.score = score
    self.explanation = explanation
  }
}

/// Why a finding was reported: enough to reproduce the decision by hand.
public struct Explanation: Hashable, Sendable, Codable {
  /// The recognizer that fired.
  public var recognizer: RecognizerID
  /// The name of the pattern (or dictionary) within the recognizer.
  public var pattern: String
  /// The score the pattern carries before validation and context.
  public var baseScore: Double
  /// The validator that judged the match, if any.
  public var validator: String?
  /// The validator's verdict, if a validator ran.
  public var verdict: ValidatorVerdict?
  /// Context words found near the match that raised the score.
  public var contextWords: [String]
  /// Other evidence, in words (e.g. "kept over PHONE_NUMBER inside it").
  public var notes: [String]

  /// Creates an explanation.
  public init(
    recognizer: RecognizerID, pattern: String, baseScore: Double, validator: String? = nil,
    verdict: ValidatorVerdict? = nil, contextWords: [String] = [], notes: [String] = []
  ) {
    self.recognizer = recognizer
    self.pattern = pattern
    self.baseScore = baseScore
    self.validator = validator
    self.verdict = verdict
    self.contextWords = contextWords
    self.notes = notes
  }
}
