import VeilCore
import VeilDetection
import VeilIO
import VeilTransform

/// A record with the findings of each of its text units.
public struct AnalyzedRecord: Sendable {
  /// The record.
  public var record: Record
  /// `findings[i]` are the findings in `record.units[i]`, sorted and non-overlapping.
  public var findings: [[Finding]]
}

/// A record rewritten for release.
public struct RewrittenRecord: Sendable {
  /// The analyzed record it came from.
  public var analyzed: AnalyzedRecord
  /// The new text of each unit (`nil` where nothing changed).
  public var replacements: [[UInt8]?]
  /// The output line, without its line break.
  public var line: [UInt8]
  /// For each unit, the replacement text of each finding, in position order.
  public var surrogates: [[String]]
}

/// The detect stage: runs the analyzer over every text unit of a record.
public struct DetectStage: Stage, Sendable {
  /// The analyzer.
  public let analyzer: Analyzer

  /// Creates the stage.
  public init(analyzer: Analyzer) { self.analyzer = analyzer }

  /// Emits the record with its findings.
  ///
  /// - Throws: `RecordError` of kind `detection_limit` when a recognizer hit its limits.
  public func process(_ record: Record, emit: (AnalyzedRecord) throws -> Void) throws {
    try emit(try analyze([record])[0].get())
  }

  /// Analyzes the text units of all `records` as one batch (see `Analyzer.analyze(_:)`).
  ///
  /// - Returns: For each record, its findings, or a `detection_limit` error naming the unit that failed.
  public func analyze(_ records: [Record]) -> [Result<AnalyzedRecord, RecordError>] {
    // The messages of a record share its findings limit.
    let results = analyzer.analyze(
      records.flatMap(\.units), records: records.indices.flatMap { repeatElement($0, count: records[$0].units.count) })
    var next = 0
    return records.map { record in
      defer { next += record.units.count }
      var findings: [[Finding]] = []
      findings.reserveCapacity(record.units.count)
      for (offset, unit) in record.units.enumerated() {
        switch results[next + offset] {
        case .success(let found):
          findings.append(found)
        case .failure(let error):
          // The findings limit is the whole record's: no one message is to blame.
          let reason = error.isOverFindingLimit ? "\(error)" : "\(unit.path): \(error)"
          return .failure(RecordError(location: record.location, kind: .detectionLimit, reason: reason))
        }
      }
      return .success(AnalyzedRecord(record: record, findings: findings))
    }
  }
}

/// The transform stage: applies operators and splices the new text into the line.
public struct TransformStage: Stage, Sendable {
  /// The rewriter.
  public let rewriter: Rewriter

  /// Creates the stage.
  public init(rewriter: Rewriter) { self.rewriter = rewriter }

  /// Emits the rewritten record; one `RecordScope` spans the whole conversation.
  public func process(_ analyzed: AnalyzedRecord, emit: (RewrittenRecord) throws -> Void) throws {
    // Dates shift per data subject: the configured subject field, else the conversation.
    var scope = RecordScope(subject: analyzed.record.subject ?? analyzed.record.id)
    var surrogates: [[String]] = []
    let replacements = zip(analyzed.record.units, analyzed.findings).map { unit, findings in
      var replaced: [String] = []
      defer { surrogates.append(replaced) }
      return rewriter.rewrite(unit.utf8, findings: findings, scope: &scope, replacements: &replaced)
    }
    let line = RecordEncoder.encode(analyzed.record, replacing: replacements)
    try emit(RewrittenRecord(analyzed: analyzed, replacements: replacements, line: line, surrogates: surrogates))
  }
}
