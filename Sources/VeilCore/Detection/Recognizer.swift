/// A detector of one or more entity types in a unit of text.
///
/// Recognizers only report; they never rewrite text. They are shared by every
/// worker, so they must be immutable after construction.
public protocol Recognizer: Sendable {
  /// The stable identifier used in rule files, reports and configuration, e.g. `email`.
  var id: RecognizerID { get }
  /// The entity types this recognizer can report.
  var entities: Set<EntityType> { get }
  /// Appends every finding in `text` to `findings`.
  ///
  /// - Parameters:
  ///   - text: The text unit to search.
  ///   - findings: Where findings go; existing elements are left alone.
  /// - Throws: `DetectionError` when the text cannot be searched within its limits.
  func recognize(_ text: TextUnit, into findings: inout [Finding]) throws(DetectionError)
  /// Appends every finding in `text`, knowing which bytes and byte pairs occur in it, so
  /// that whatever cannot match is skipped without being run (the analyzer's prefilter).
  ///
  /// Default: ignores `present` and calls `recognize(_:into:)`.
  func recognize(_ text: TextUnit, present: TextProfile, into findings: inout [Finding]) throws(DetectionError)
  /// Searches every text of `batch` that has not failed, appending to its findings; a text
  /// that cannot be searched is marked failed.
  ///
  /// Default: `recognize(_:present:into:)` on each text in turn.
  func recognize(_ batch: inout RecognitionBatch)
  /// Entity types inside whose findings this recognizer's findings are dropped
  /// (e.g. a bank-code recognizer that must not fire inside an `IBAN_CODE`). Default: none.
  var excludedInside: Set<EntityType> { get }
  /// This recognizer, told that the analyzer drops every finding scoring below
  /// `floor(entity)`, so that it may skip such findings before building their explanation.
  /// Default: itself, unchanged.
  func skippingFindings(below floor: (EntityType) -> Double) -> any Recognizer
}

extension Recognizer {
  /// None.
  public var excludedInside: Set<EntityType> { [] }

  /// Each text in turn.
  public func recognize(_ batch: inout RecognitionBatch) {
    for index in batch.texts.indices where !batch.hasFailed(index) {
      do throws(DetectionError) {
        let before = batch.findings[index].count
        try recognize(batch.texts[index], present: batch.profiles[index], into: &batch.findings[index])
        batch.count(from: before, in: index, by: id)
      } catch {
        batch.fail(index, error)
      }
    }
  }

  /// Itself.
  public func skippingFindings(below floor: (EntityType) -> Double) -> any Recognizer { self }

  /// Ignores `present`.
  public func recognize(_ text: TextUnit, present: TextProfile, into findings: inout [Finding]) throws(DetectionError) {
    try recognize(text, into: &findings)
  }
}

/// Why a text unit could not be searched: the record fails closed.
public struct DetectionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The recognizer that gave up.
  public var recognizer: RecognizerID
  /// What went wrong, without any of the text.
  public var reason: String
  /// Whether the record went over the findings limit (a fact of the record, where other errors are facts of the
  /// text: a text repeated in another record is not failed by it).
  public var isOverFindingLimit: Bool

  /// Creates a detection error.
  public init(recognizer: RecognizerID, reason: String, isOverFindingLimit: Bool = false) {
    self.recognizer = recognizer
    self.reason = reason
    self.isOverFindingLimit = isOverFindingLimit
  }

  /// A one-line description.
  public var description: String { "recognizer \(recognizer): \(reason)" }
}

/// The most findings one record may hold, over all its texts. A record with more is no conversation but a dump of
/// personal data, or a line built to exhaust memory (a 60 MB line of "@x @x ..." held 20 million findings, 12 GB):
/// it fails closed and goes to quarantine. Recognizers count as they find, and stop once a record is over.
///
/// What counts is every place in the record's texts where a recognizer reports a reading at or above the threshold:
/// readings of one value by several recognizers count once, overlapping readings of different lengths each. A
/// message repeated in a batch is searched once, for the first record that holds it; the records that repeat it
/// are checked after, with its findings as settled.
public struct FindingLimit: Error, Sendable, Hashable {
  /// The default: far above what a conversation holds (a 1 MB record with a value every 100 bytes has 10,000).
  public static let defaultPerRecord = 100_000

  /// The limit.
  public var maximum: Int

  /// A limit of `maximum` findings per record.
  public init(_ maximum: Int) { self.maximum = maximum }

  /// The error a record over the limit fails with, naming the recognizer that crossed it and the setting.
  public func error(recognizer: RecognizerID) -> DetectionError {
    DetectionError(
      recognizer: recognizer, reason: "more than \(maximum) findings in one record (limits.max_findings_per_record)",
      isOverFindingLimit: true)
  }
}
