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
  /// Whether records must be rewritten one at a time, in input order: a vault assigns
  /// surrogates first come, first served, so parallel workers only detect.
  public let rewritesInOrder: Bool

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
    rewritesInOrder = vault != nil
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
        textFields: paths, subjectField: subject, valueFields: try Self.valueFields(for: configuration.kAnonymity),
        maxTexts: configuration.maxTextsPerRecord)
      detector = DetectStage(analyzer: Analyzer(recognizers: recognizers, policy: configuration.policy))
    } catch let error as RuleLoadError {
      throw EngineSetupError("the rules or configuration have \(error.description)")
    } catch let error as TextFieldPath.ParseError {
      // A field path of the configuration: say which file to fix.
      throw EngineSetupError((configuration.sourcePath.map { "\($0): " } ?? "") + error.description)
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

  /// Reads every line of `inputs`, handing records to `body` and failures to `quarantine`, on the calling thread.
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
    try forEachRecord(
      in: inputs, jobs: 1, progress: progress, batch: { records in records.map { .success($0) } }, body, quarantine: quarantine)
  }

  /// Reads every line of `inputs`, runs `work` on each record on `jobs` worker threads, and
  /// hands the results to `body` in input order, on the calling thread.
  ///
  /// `body` sees exactly the sequence a single thread would produce, so whatever it writes
  /// is byte-identical for any `jobs`. A `RecordError` thrown by `work` or `body` quarantines
  /// that record and the loop goes on; other errors from `body` stop the run.
  /// - Parameters:
  ///   - inputs: File paths, `-` for standard input.
  ///   - jobs: Worker threads; 1 runs everything on the calling thread.
  ///   - progress: Called after each input with its counts.
  ///   - chunkDone: Called after each chunk of lines with the bytes and records it held (for progress lines).
  ///   - work: The per-record work on each analyzed record; it must not depend on the order of records.
  ///   - body: Receives each result, in input order.
  ///   - quarantine: Receives each failure, in input order.
  public func forEachRecord<Output: Sendable>(
    in inputs: [String], jobs: Int, progress: (RunReport.Input) -> Void = { _ in },
    chunkDone: (_ bytes: Int, _ records: Int) -> Void = { _, _ in },
    work: @escaping @Sendable (AnalyzedRecord) throws -> Output,
    _ body: (Output) throws -> Void, quarantine: (QuarantineEntry) throws -> Void
  ) throws {
    let detector = self.detector
    try forEachRecord(
      in: inputs, jobs: jobs, progress: progress, chunkDone: chunkDone,
      batch: { records in
        detector.analyze(records).map { analyzed in Result { try work(try analyzed.get()) } }
      }, body, quarantine: quarantine)
  }

  /// The loop behind both `forEachRecord`s: `batch` turns each chunk's records into results on the workers.
  private func forEachRecord<Output: Sendable>(
    in inputs: [String], jobs: Int, progress: (RunReport.Input) -> Void,
    chunkDone: (_ bytes: Int, _ records: Int) -> Void = { _, _ in },
    batch: @escaping @Sendable ([Record]) -> [Result<Output, any Error>],
    _ body: (Output) throws -> Void, quarantine: (QuarantineEntry) throws -> Void
  ) throws {
    let pipeline = RecordPipeline(jobs: jobs, reader: reader, decoder: decoder, work: batch)
    var counts: RunReport.Input?
    try pipeline.run(inputs) { processed in
      let chunk = processed.chunk
      if counts == nil { counts = RunReport.Input(path: inputs[chunk.input], bytes: 0, records: 0, quarantined: 0) }
      counts!.bytes += chunk.bytes
      counts!.records += chunk.lines.count
      for event in processed.events {
        switch event {
        case .output(let output):
          do {
            try body(output)
          } catch let error as RecordError {
            counts!.quarantined += 1
            try quarantine(QuarantineEntry(source: error.location.file, line: error.location.line, kind: error.kind, reason: error.reason))
          }
        case .quarantined(let entry):
          counts!.quarantined += 1
          try quarantine(entry)
        }
      }
      chunkDone(chunk.bytes, chunk.lines.count)
      if let entry = chunk.inputError { try quarantine(entry) }
      if chunk.endOfInput {
        counts!.sha256 = chunk.inputSHA256
        progress(counts!)
        counts = nil
      }
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
    try transform(try analyze(record))
  }

  /// Rewrites an analyzed record.
  public func transform(_ analyzed: AnalyzedRecord) throws -> RewrittenRecord {
    var result: RewrittenRecord?
    try transformer.process(analyzed) { result = $0 }
    guard let result else {
      throw RecordError(location: analyzed.record.location, kind: .detectionLimit, reason: "no output produced")
    }
    return result
  }
}
