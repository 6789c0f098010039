import Foundation
import VeilCore
import VeilDetection
import VeilIO
import VeilRules
@_exported import VeilTransform
@_exported import VeilPrivacy

/// Which recognizers run.
public enum RecognizerSelection: Sendable, Hashable {
  /// Those enabled by default, adjusted by the configuration's `enable` and `disable`.
  case defaults
  /// Every recognizer in the catalog.
  case all
  /// Exactly these.
  case only([RecognizerID])
}

/// A problem with the setup (configuration, rules, paths): nothing was processed.
public struct EngineSetupError: Error, Sendable, CustomStringConvertible {
  /// What is wrong, possibly over several lines.
  public var description: String
  /// Creates the error.
  public init(_ description: String) { self.description = description }
}

/// The assembled pipeline: read ▶ frame ▶ decode ▶ detect ▶ transform ▶ write.
///
/// An engine is immutable and can be shared by workers; every stage it holds is `Sendable`.
public struct Engine: Sendable {
  /// The configuration in force.
  public let configuration: Configuration
  /// The recognizer catalog (built-in plus users' rules).
  public let catalog: RuleCatalog
  /// The decode stage.
  public let decoder: RecordDecoder
  /// The detect stage.
  public let detector: DetectStage
  /// The transform stage.
  public let transformer: TransformStage
  /// The reader.
  public let reader: InputReader
  /// The pseudonymization key, if one was given (shown only as its id).
  public let key: PseudonymKey?

  /// Assembles an engine.
  ///
  /// - Parameters:
  ///   - configuration: The run's configuration.
  ///   - extraRuleDirectories: Rule folders given on the command line (after the configuration's).
  ///   - selection: Which recognizers run.
  ///   - key: The pseudonymization key, for keyed operators.
  ///   - rewrites: Whether records will be rewritten; `false` (for `scan`) skips building the operators.
  ///   - vault: Makes pseudonyms injective and auditable, when given.
  /// - Throws: `EngineSetupError` listing every problem with the rules or configuration.
  public init(
    configuration: Configuration = Configuration(), extraRuleDirectories: [URL] = [],
    selection: RecognizerSelection = .defaults, key: PseudonymKey? = nil, rewrites: Bool = true,
    vault: PseudonymVault? = nil
  ) throws(EngineSetupError) {
    self.configuration = configuration
    self.key = key
    do {
      catalog = try RuleCatalog.load(directories: configuration.ruleDirectories + extraRuleDirectories)
      let recognizers: [any Recognizer]
      switch selection {
      case .defaults:
        recognizers = try catalog.selection(
          enabled: configuration.enable, disabled: configuration.disable, languages: configuration.languages,
          countries: configuration.countries)
      case .all:
        recognizers = try catalog.selection(only: catalog.entries.map(\.spec.id))
      case .only(let ids):
        recognizers = try catalog.selection(only: ids)
      }
      let paths = try configuration.textFields.map { (field) throws(TextFieldPath.ParseError) in try TextFieldPath(field) }
      let subject = try configuration.subjectField.map { (field) throws(TextFieldPath.ParseError) in try TextFieldPath(field) }
      decoder = RecordDecoder(
        textFields: paths, subjectField: subject, valueFields: try Self.valueFields(for: configuration.kAnonymity))
      detector = DetectStage(analyzer: Analyzer(recognizers: recognizers, policy: configuration.policy))
    } catch let error as RuleLoadError {
      throw EngineSetupError("the rules or configuration have \(error.description)")
    } catch {
      throw EngineSetupError("\(error)")
    }
    reader = InputReader(maxLineBytes: configuration.maxLineBytes)
    // Detection alone (`scan`) needs neither a key nor the operators' lexicons.
    guard rewrites else {
      transformer = TransformStage(rewriter: Rewriter(operators: OperatorTable()))
      return
    }
    do {
      var context = try OperatorContext.load(key: key, needsLexicons: configuration.needsLexicons)
      context.vault = vault
      transformer = TransformStage(rewriter: Rewriter(operators: try configuration.operatorTable(context)))
    } catch {
      throw EngineSetupError("\(error)")
    }
  }

  /// The recognizers that run.
  public var analyzer: Analyzer { detector.analyzer }

  /// Reads every line of `inputs`, handing records to `body` and failures to `quarantine`.
  ///
  /// A thrown `RecordError` from `body` quarantines that record and the loop goes on;
  /// other errors stop the loop.
  /// - Parameters:
  ///   - inputs: File paths, `-` for standard input.
  ///   - progress: Called after each input with its counts.
  ///   - body: Receives each decoded record.
  ///   - quarantine: Receives each failure.
  public func forEachRecord(
    in inputs: [String], progress: (RunReport.Input) -> Void = { _ in },
    _ body: (Record) throws -> Void, quarantine: (QuarantineEntry) throws -> Void
  ) throws {
    for input in inputs {
      var counts = RunReport.Input(path: input, bytes: 0, records: 0, quarantined: 0)
      do {
        try reader.forEachLine(in: input) { framed in
          switch framed {
          case .failed(let location, let kind, let reason):
            counts.records += 1
            counts.quarantined += 1
            try quarantine(QuarantineEntry(source: location.file, line: location.line, kind: kind, reason: reason))
          case .line(let location, let bytes):
            counts.records += 1
            counts.bytes += bytes.count + 1
            do {
              try body(try decoder.decode(bytes, at: location))
            } catch let error as RecordError {
              counts.quarantined += 1
              try quarantine(QuarantineEntry(source: location.file, line: location.line, kind: error.kind, reason: error.reason))
            }
          }
        }
      } catch let error as InputError {
        let kind: QuarantineKind = error.reason.hasPrefix("truncated") || error.reason.hasPrefix("corrupt") ? .truncatedInput : .unreadableInput
        try quarantine(QuarantineEntry(source: input, line: 0, kind: kind, reason: error.reason))
      }
      progress(counts)
    }
  }

  /// Detects findings in one record.
  ///
  /// - Throws: `RecordError` when detection hit its limits.
  public func analyze(_ record: Record) throws -> AnalyzedRecord {
    var result: AnalyzedRecord?
    try detector.process(record) { result = $0 }
    guard let result else { throw RecordError(location: record.location, kind: .detectionLimit, reason: "no analysis produced") }
    return result
  }

  /// Detects and rewrites one record.
  public func rewrite(_ record: Record) throws -> RewrittenRecord {
    var result: RewrittenRecord?
    var pipeline = detector.then(transformer)
    try pipeline.process(record) { result = $0 }
    guard let result else { throw RecordError(location: record.location, kind: .detectionLimit, reason: "no output produced") }
    return result
  }
}
