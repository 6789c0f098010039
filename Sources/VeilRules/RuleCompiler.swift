import VeilCore
import VeilDetection

/// A recognizer spec together with what it compiled to.
public struct CatalogEntry: Sendable {
  /// The spec as written.
  public var spec: RecognizerSpec
  /// The compiled recognizer.
  public var recognizer: PatternRecognizer
}

/// Turns specs into recognizers up front: every regex compiled (with JIT), every validator resolved.
public enum RuleCompiler {
  /// Compiles `spec`, logging every problem it has.
  static func compile(_ spec: RecognizerSpec, log: DiagnosticLog) -> CatalogEntry? {
    var patterns: [PatternRecognizer.NamedPattern] = []
    var failed = false
    for (index, patternSpec) in spec.patterns.enumerated() {
      do {
        patterns.append(
          try .init(
            name: patternSpec.name, regex: patternSpec.regex, flags: patternSpec.flags, score: patternSpec.score,
            group: patternSpec.group))
      } catch {
        log.add(RuleDiagnostic(file: spec.file, line: patternSpec.line,
          keyPath: "recognizers[\(spec.id)].patterns[\(index)].\(error.key)", message: error.message))
        failed = true
      }
    }
    if !spec.denyList.isEmpty {
      do {
        patterns.append(try .init(denyList: spec.denyList, score: spec.denyListScore))
      } catch {
        log.add(RuleDiagnostic(file: spec.file, line: spec.line, keyPath: "recognizers[\(spec.id)].deny_list", message: error.message))
        failed = true
      }
    }
    // The reader has already reported unknown validators, with their line.
    let validator = spec.validator.flatMap(ValidatorCatalog.named)
    if spec.validator != nil && validator == nil { failed = true }
    guard !failed else { return nil }
    let recognizer = PatternRecognizer(
      id: spec.id, entity: spec.entity, patterns: patterns, validator: validator,
      context: ContextWords(spec.context, window: spec.contextWindow), allowList: spec.allowList,
      minimumScore: spec.threshold ?? 0, excludedInside: Set(spec.excludeInside))
    return CatalogEntry(spec: spec, recognizer: recognizer)
  }
}
