import Foundation
import VeilCore
import VeilDetection

/// A recognizer spec together with what it compiled to.
public struct CatalogEntry: Sendable {
  /// The spec as written.
  public var spec: RecognizerSpec
  /// The compiled recognizer.
  public var recognizer: any Recognizer
  /// What it was built from, as read: its rule file, then each dictionary file it reads.
  public var sources: [SourceDigest] = []
}

/// Turns specs into recognizers up front: every regex compiled (with JIT), every validator resolved.
public enum RuleCompiler {
  /// Compiles `specs` on all cores (their dictionary files read first, side by side), logging every problem in
  /// the order of the specs; `nil` for each spec that has a problem.
  static func compile(_ specs: [RecognizerSpec], dictionaries: DictionaryLoader, log: DiagnosticLog) -> [CatalogEntry?] {
    dictionaries.preload(specs.flatMap(dictionaryFiles))
    let compiled = specs.concurrentMap { spec in
      let specLog = DiagnosticLog()
      return (entry: compile(spec, dictionaries: dictionaries, log: specLog), problems: specLog.entries)
    }
    for result in compiled { result.problems.forEach(log.add) }
    return zip(specs, compiled).map { spec, result in
      guard var entry = result.entry else { return nil }
      var seen = Set<SourceDigest>()
      entry.sources = dictionaryFiles(of: spec).compactMap(dictionaries.digest(of:)).filter { seen.insert($0).inserted }
      return entry
    }
  }

  /// The dictionary files `spec` reads, as `compileDictionary` asks for them.
  private static func dictionaryFiles(of spec: RecognizerSpec) -> [DictionaryLoader.Request] {
    let dictionary = spec.dictionary
    var named: [(name: String, role: String)] = dictionary.commonWords.map { [($0, "common_words")] } ?? []
    named += dictionary.ambiguousWith.map { ($0, "ambiguous_with") }
    named += dictionary.placeAfterComma.map { ($0, "place_after_comma") }
    switch spec.kind {
    case .pattern: return spec.allowWordFiles.map { request(for: $0, role: "allow_words", of: spec) }
    case .person: named += dictionary.roles.sorted { $0.key < $1.key }.map { ($0.value, $0.key) }
    case .dictionary: named += dictionary.files.map { ($0, "dictionary") }
    }
    return named.map { request(for: $0.name, role: $0.role, of: spec) }
  }

  /// How the file `name` is read for `role` of `spec`: titles lose their trailing period ("Dr." and "Dr" are one).
  private static func request(for name: String, role: String, of spec: RecognizerSpec) -> DictionaryLoader.Request {
    .init(
      name: name, directory: spec.directory, shownDirectory: DictionaryLoader.folder(of: spec.file),
      stripTrailingPeriods: role == "titles")
  }

  /// Compiles `spec`, logging every problem it has.
  static func compile(_ spec: RecognizerSpec, dictionaries: DictionaryLoader, log: DiagnosticLog) -> CatalogEntry? {
    switch spec.kind {
    case .pattern: return compilePatterns(spec, dictionaries: dictionaries, log: log)
    case .dictionary, .person: return compileDictionary(spec, dictionaries: dictionaries, log: log)
    }
  }

  private static func compileDictionary(_ spec: RecognizerSpec, dictionaries: DictionaryLoader, log: DiagnosticLog)
    -> CatalogEntry?
  {
    func load(_ name: String, role: String) -> Gazetteer? {
      do {
        return try dictionaries.gazetteer(request(for: name, role: role, of: spec))
      } catch {
        log.add(RuleDiagnostic(file: spec.file, line: spec.line, keyPath: "recognizers[\(spec.id)].\(role)", message: error.description))
        return nil
      }
    }
    /// The entries of the list that `role` names, as a set of words (empty when the rule names none).
    func words(_ role: String, _ name: String?) -> TokenSet {
      name.flatMap { load($0, role: role) }.map { TokenSet(entriesOf: [$0]) } ?? []
    }
    var ordinary = spec.dictionary.commonWords.flatMap { load($0, role: "common_words") }.map { [$0] } ?? []
    for file in spec.dictionary.ambiguousWith {
      guard let gazetteer = load(file, role: "ambiguous_with") else { return nil }
      ordinary.append(gazetteer)
    }
    let common = TokenSet(entriesOf: ordinary)
    let context = ContextWords(spec.context, before: spec.contextBefore, after: spec.contextAfter, window: spec.contextWindow)
    switch spec.kind {
    case .person:
      let roles = spec.dictionary.roles
      /// The list that `role` names (nil when the rule names none or it could not be read).
      func list(_ role: String) -> Gazetteer? { roles[role].flatMap { load($0, role: role) } }
      guard let first = list("first_names"), let last = list("surnames") else { return nil }
      let cues = list("cues")?.entries.map { Gazetteer.keys(of: $0.text) } ?? []
      let commonList = list("common_words")
      let commonWords = roles["common_words"] == nil ? common : commonList.map { TokenSet(entriesOf: [$0]) } ?? []
      let lexicons = PersonNameRecognizer.Lexicons(
        firstNames: first, surnames: last, titles: list("titles") ?? Gazetteer(), cues: cues.sorted { $0.count > $1.count },
        commonWords: commonWords, alwaysCapitalizedWords: PersonNameRecognizer.Lexicons.alwaysCapitalized(in: commonList),
        otherLanguageCommonWords: words("other_language_common_words", roles["other_language_common_words"]),
        organizationSuffixes: list("organization_suffixes") ?? Gazetteer(), stopwords: words("stopwords", roles["stopwords"]),
        places: list("places") ?? Gazetteer(), countries: list("countries") ?? Gazetteer(),
        regions: list("regions") ?? Gazetteer(),
        germanNouns: list("german_nouns") ?? Gazetteer(), englishWords: list("english_words") ?? Gazetteer())
      return CatalogEntry(spec: spec, recognizer: PersonNameRecognizer(id: spec.id, entity: spec.entity, lexicons: lexicons))
    default:
      /// The lists of `files` as one: one list as loaded; several merged, the first list's entry winning a shared
      /// phrase. `nil` when one of them could not be read.
      func mergedList(_ files: [String], role: String) -> Gazetteer? {
        var lists: [Gazetteer] = []
        for file in files {
          guard let gazetteer = load(file, role: role) else { return nil }
          lists.append(gazetteer)
        }
        if lists.count == 1 { return lists[0] }
        var merged = Gazetteer()
        for gazetteer in lists {
          for entry in gazetteer.entries { merged.insert(entry) }
        }
        return merged
      }
      guard let merged = mergedList(spec.dictionary.files, role: "dictionary"),
        let placesAfterComma = mergedList(spec.dictionary.placeAfterComma, role: "place_after_comma")
      else { return nil }
      let recognizer = DictionaryRecognizer(
        id: spec.id, entity: spec.entity, gazetteer: merged, source: spec.dictionary.files.joined(separator: ", "),
        caseRule: DictionaryCase(rawValue: spec.dictionary.caseRule) ?? .capitalized, score: spec.dictionary.score,
        commonWords: common, commonWordScore: spec.dictionary.commonWordScore,
        // Only the context words that count after a hit read them: the others skip building the set.
        ordinaryWords: spec.contextAfter.isEmpty ? [] : words("common_words", spec.dictionary.commonWords),
        context: context,
        placesAfterComma: placesAfterComma)
      return CatalogEntry(spec: spec, recognizer: recognizer)
    }
  }

  private static func compilePatterns(_ spec: RecognizerSpec, dictionaries: DictionaryLoader, log: DiagnosticLog)
    -> CatalogEntry?
  {
    var patterns: [PatternRecognizer.NamedPattern] = []
    var failed = false
    var allowedWords: [Gazetteer] = []
    for file in spec.allowWordFiles {
      do {
        allowedWords.append(try dictionaries.gazetteer(request(for: file, role: "allow_words", of: spec)))
      } catch {
        log.add(RuleDiagnostic(file: spec.file, line: spec.line, keyPath: "recognizers[\(spec.id)].allow_words", message: error.description))
        failed = true
      }
    }
    for (index, patternSpec) in spec.patterns.enumerated() {
      // A bare name is an earlier pattern of this recognizer; others' are checked once the whole catalog is read.
      let unknown = patternSpec.after.filter { name in
        PatternRecognizer.recognizer(inReference: name) == nil && !spec.patterns[..<index].contains { $0.name == name }
      }
      for name in unknown {
        log.add(RuleDiagnostic(file: spec.file, line: patternSpec.line,
          keyPath: "recognizers[\(spec.id)].patterns[\(index)].after",
          message: "'\(name)' is not an earlier pattern of '\(spec.id)'; name one of them, or another recognizer's as recognizer/pattern"))
      }
      guard unknown.isEmpty else {
        failed = true
        continue
      }
      let after = patternSpec.after.map { PatternRecognizer.recognizer(inReference: $0) == nil ? PatternRecognizer.key(spec.id, $0) : $0 }
      do {
        patterns.append(
          try .init(
            name: patternSpec.name, regex: patternSpec.regex, flags: patternSpec.flags, score: patternSpec.score,
            group: patternSpec.group, after: after))
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
      context: ContextWords(spec.context, before: spec.contextBefore, after: spec.contextAfter, window: spec.contextWindow), allowList: spec.allowList,
      allowedWords: allowedWords, minimumScore: spec.threshold ?? 0,
      excludedInside: Set(spec.excludeInside))
    return CatalogEntry(spec: spec, recognizer: recognizer)
  }
}
