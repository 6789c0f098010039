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
///
/// Its parts live behind one immutable reference: findings are copied as they pass from
/// recognizer to analyzer to resolution, and a copy then retains one object instead of each
/// string and array. Setting a part (rare: a few notes added during resolution) makes a new one.
public struct Explanation: Hashable, Sendable, Codable {
  /// The parts as a value, for `Codable`, `Hashable` and changes.
  private struct Fields: Hashable, Codable {
    var recognizer: RecognizerID
    var pattern: String
    var baseScore: Double
    var validator: String?
    var verdict: ValidatorVerdict?
    var contextWords: [String]
    var notes: [String]
  }

  /// The one object a copy retains.
  private final class Parts: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private let parts: Parts

  /// The recognizer that fired.
  public var recognizer: RecognizerID {
    get { parts.fields.recognizer }
    set { self = changed { $0.recognizer = newValue } }
  }
  /// The name of the pattern (or dictionary) within the recognizer.
  public var pattern: String {
    get { parts.fields.pattern }
    set { self = changed { $0.pattern = newValue } }
  }
  /// The score the pattern carries before validation and context.
  public var baseScore: Double {
    get { parts.fields.baseScore }
    set { self = changed { $0.baseScore = newValue } }
  }
  /// The validator that judged the match, if any.
  public var validator: String? {
    get { parts.fields.validator }
    set { self = changed { $0.validator = newValue } }
  }
  /// The validator's verdict, if a validator ran.
  public var verdict: ValidatorVerdict? {
    get { parts.fields.verdict }
    set { self = changed { $0.verdict = newValue } }
  }
  /// Context words found near the match that raised the score.
  public var contextWords: [String] {
    get { parts.fields.contextWords }
    set { self = changed { $0.contextWords = newValue } }
  }
  /// Other evidence, in words (e.g. "kept over PHONE_NUMBER inside it").
  public var notes: [String] {
    get { parts.fields.notes }
    set { self = changed { $0.notes = newValue } }
  }

  /// Creates an explanation.
  public init(
    recognizer: RecognizerID, pattern: String, baseScore: Double, validator: String? = nil,
    verdict: ValidatorVerdict? = nil, contextWords: [String] = [], notes: [String] = []
  ) {
    self.init(
      Fields(
        recognizer: recognizer, pattern: pattern, baseScore: baseScore, validator: validator, verdict: verdict,
        contextWords: contextWords, notes: notes))
  }

  private init(_ fields: Fields) { parts = Parts(fields) }

  /// A copy with one part changed.
  private func changed(_ change: (inout Fields) -> Void) -> Explanation {
    var fields = parts.fields
    change(&fields)
    return Explanation(fields)
  }

  public static func == (lhs: Explanation, rhs: Explanation) -> Bool {
    lhs.parts === rhs.parts || lhs.parts.fields == rhs.parts.fields
  }

  public func hash(into hasher: inout Hasher) { parts.fields.hash(into: &hasher) }

  public init(from decoder: any Decoder) throws { self.init(try Fields(from: decoder)) }

  public func encode(to encoder: any Encoder) throws { try parts.fields.encode(to: encoder) }
}
