import VeilCore
import VeilDetection

/// A recognizer as written in a rule file, before compilation.
public struct RecognizerSpec: Sendable, Hashable {
  /// How the recognizer finds things.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Regular expressions (and deny lists).
    case pattern
    /// Entries of dictionary files, on token boundaries.
    case dictionary
    /// People's names, from name dictionaries plus evidence around them.
    case person
  }

  /// Dictionary settings, for `dictionary` and `person` recognizers.
  public struct DictionarySpec: Sendable, Hashable {
    /// The dictionary files of a `dictionary` recognizer.
    public var files: [String] = []
    /// For `person`: role (`first_names`, `surnames`, `titles`, `cues`, `common_words`,
    /// `other_language_common_words`, `organization_suffixes`, `stopwords`, `places`, `countries`, `regions`,
    /// `german_nouns`, `english_words`) → file.
    public var roles: [String: String] = [:]
    /// How entries must be written in the text.
    public var caseRule: String = "capitalized"
    /// The score of a hit.
    public var score: Double = 0.5
    /// A file of ordinary words that lower a single-word hit's score.
    public var commonWords: String?
    /// The score of a hit that is also an ordinary word.
    public var commonWordScore: Double = 0.2
    /// Files whose entries make a hit ambiguous (a city that is also a given name scores like an ordinary word).
    public var ambiguousWith: [String] = []
    /// Files of the places a hit may be in: one of their entries right after a comma after the hit counts as context
    /// ("Austin, Texas").
    public var placeAfterComma: [String] = []
  }

  /// One regular expression of a recognizer.
  public struct PatternSpec: Sendable, Hashable {
    /// The pattern's name, shown in explanations.
    public var name: String
    /// The PCRE2 expression.
    public var regex: String
    /// The base score, 0…1.
    public var score: Double
    /// Compile flags by name (`caseless`, `multiline`, `dotall`, `extended`, `unicode`).
    public var flags: [String]
    /// The capture group that holds the entity (0 = whole match).
    public var group: Int
    /// Patterns one of which matches wherever this one does: an earlier pattern's name, or
    /// `recognizer/pattern` for another recognizer's. The pattern then runs only in the texts where one of them matched.
    public var after: [String] = []
    /// The line of the pattern in its file.
    public var line: Int
  }

  /// An example text; in `match` examples, `⏩` and `⏪` mark each expected finding.
  public struct Example: Sendable, Hashable {
    /// The text with markers.
    public var text: String
    /// The line of the example in its file.
    public var line: Int
  }

  /// Stable snake_case identifier.
  public var id: RecognizerID
  /// The entity type reported.
  public var entity: EntityType
  /// One sentence saying what it finds.
  public var description: String
  /// Whether it runs without being asked for.
  public var enabled: Bool
  /// Languages it applies to (`any` for all).
  public var languages: [String]
  /// The country whose identifier it finds (ISO 3166 alpha-2), if it is country-specific.
  public var country: String?
  /// Its expressions.
  public var patterns: [PatternSpec]
  /// The validator's name, if any.
  public var validator: String?
  /// Context words and phrases.
  public var context: [String]
  /// Context words and phrases that count only before a match (place prepositions: "in", "from").
  public var contextBefore: [String] = []
  /// Context words and phrases that count only after a match (the people a headline names by their town: "man").
  public var contextAfter: [String] = []
  /// Words looked at on each side of a match.
  public var contextWindow: Int
  /// Values never reported.
  public var allowList: [String]
  /// Dictionary files whose entries are never reported as a pattern's whole match (`allow_words:`, e.g. English
  /// words for a rule that reads a word's shape).
  public var allowWordFiles: [String] = []
  /// Words or phrases always reported as this entity.
  public var denyList: [String]
  /// The score of a deny-list match.
  public var denyListScore: Double
  /// Entity types inside whose findings this recognizer's findings are dropped.
  public var excludeInside: [EntityType]
  /// The recognizer's own threshold, if it has one.
  public var threshold: Double?
  /// Texts in which the marked spans must be found.
  public var matchExamples: [Example]
  /// Texts in which nothing may be found.
  public var noMatchExamples: [Example]
  /// The file it came from.
  public var file: String
  /// Its line in that file.
  public var line: Int
  /// How it finds things.
  public var kind: Kind = .pattern
  /// Its dictionaries, for `dictionary` and `person` recognizers.
  public var dictionary = DictionarySpec()
  /// The folder of its rule file on disk (dictionary files are resolved against it).
  public var directory: String = "."
}

/// Reads recognizer rule files (YAML, `version: 1`).
public enum RuleFileReader {
  static let recognizerKeys = [
    "id", "entity", "description", "enabled", "languages", "country", "patterns", "validator", "context",
    "allow_list", "deny_list", "deny_list_score", "exclude_inside", "threshold", "examples", "kind",
    "dictionary", "dictionaries", "case", "score", "common_words", "common_word_score", "ambiguous_with",
    "place_after_comma", "allow_words",
  ]
  static let personRoles = [
    "first_names", "surnames", "titles", "cues", "common_words", "other_language_common_words", "organization_suffixes",
    "stopwords", "places", "countries", "regions", "german_nouns", "english_words",
  ]

  /// Reads every recognizer in `text`; problems are logged, and only complete specs are returned.
  static func read(_ text: String, file: String, directory: String, log: DiagnosticLog) -> [RecognizerSpec] {
    guard let root = YAMLNode.parse(text, file: file, log: log),
      let members = root.members(allowed: ["version", "recognizers"])
    else { return [] }
    guard let version = members["version"] else {
      root.problem("missing 'version: 1'")
      return []
    }
    if version.int(in: 1...1) == nil { return [] }
    guard let list = members["recognizers"]?.elements() else {
      if members["recognizers"] == nil { root.problem("missing 'recognizers'") }
      return []
    }
    return list.compactMap { readRecognizer($0, directory: directory) }
  }

  private static func readRecognizer(_ node: YAMLNode, directory: String) -> RecognizerSpec? {
    guard let members = node.members(allowed: recognizerKeys) else { return nil }
    func required(_ key: String) -> YAMLNode? {
      if let value = members[key] { return value }
      node.problem("missing '\(key)'")
      return nil
    }
    let id = required("id")?.string()
    if let id, !isSnakeCase(id) { members["id"]?.problem("'\(id)' is not snake_case (a-z, 0-9, _)") }
    let entity = required("entity")?.string()
    if let entity, !isEntityName(entity) {
      members["entity"]?.problem("'\(entity)' is not an entity type name (A-Z, 0-9, _)")
    }
    var kind = RecognizerSpec.Kind.pattern
    if let kindNode = members["kind"], let name = kindNode.string() {
      if let value = RecognizerSpec.Kind(rawValue: name) {
        kind = value
      } else {
        kindNode.problem("unknown kind '\(name)'; known: \(RecognizerSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
    }
    var dictionary = RecognizerSpec.DictionarySpec()
    dictionary.files = members["dictionary"]?.strings() ?? []
    if let roles = members["dictionaries"]?.members(allowed: personRoles) {
      for (role, file) in roles { if let name = file.string() { dictionary.roles[role] = name } }
    }
    if let caseNode = members["case"], let rule = caseNode.string() {
      if DictionaryCase(rawValue: rule) == nil {
        caseNode.problem("unknown case rule '\(rule)'; known: \(DictionaryCase.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      dictionary.caseRule = rule
    }
    dictionary.score = members["score"]?.double(in: 0...1) ?? dictionary.score
    dictionary.commonWords = members["common_words"]?.string()
    dictionary.commonWordScore = members["common_word_score"]?.double(in: 0...1) ?? dictionary.commonWordScore
    dictionary.ambiguousWith = members["ambiguous_with"]?.strings() ?? []
    dictionary.placeAfterComma = members["place_after_comma"]?.strings() ?? []
    switch kind {
    case .dictionary where dictionary.files.isEmpty: node.problem("a dictionary recognizer needs 'dictionary: FILE'")
    case .person where dictionary.roles["first_names"] == nil || dictionary.roles["surnames"] == nil:
      node.problem("a person recognizer needs 'dictionaries' with first_names and surnames")
    default: break
    }

    let denyList = members["deny_list"]?.strings() ?? []
    var patterns: [RecognizerSpec.PatternSpec] = []
    if let patternList = members["patterns"] {
      patterns = patternList.elements()?.compactMap(readPattern) ?? []
    } else if denyList.isEmpty && kind == .pattern {
      node.problem("needs 'patterns' or a 'deny_list'")
    }
    let entityTypes = members["exclude_inside"]?.strings() ?? []
    for name in entityTypes where !isEntityName(name) {
      members["exclude_inside"]?.problem("'\(name)' is not an entity type name (A-Z, 0-9, _)")
    }

    var context: [String] = []
    var contextBefore: [String] = []
    var contextAfter: [String] = []
    var window = 5
    if let contextNode = members["context"] {
      if case .sequence = contextNode.node {
        context = contextNode.strings() ?? []
      } else if let contextMembers = contextNode.members(allowed: ["words", "before", "after", "window"]) {
        context = contextMembers["words"]?.strings() ?? []
        contextBefore = contextMembers["before"]?.strings() ?? []
        contextAfter = contextMembers["after"]?.strings() ?? []
        window = contextMembers["window"]?.int(in: 1...50) ?? window
      }
    }
    var matches: [RecognizerSpec.Example] = []
    var noMatches: [RecognizerSpec.Example] = []
    if let examples = members["examples"]?.members(allowed: ["match", "no_match"]) {
      matches = examples["match"]?.elements()?.compactMap(readExample) ?? []
      noMatches = examples["no_match"]?.elements()?.compactMap(readExample) ?? []
      for example in matches where !example.text.contains("⏩") {
        node.log.add(RuleDiagnostic(file: node.file, line: example.line, keyPath: node.keyPath + ".examples.match",
          message: "a match example needs ⏩ and ⏪ around what must be found"))
      }
    }
    let validator = members["validator"]?.string()
    if let validator, ValidatorCatalog.named(validator) == nil {
      let known = ValidatorCatalog.all.map(\.name).sorted().joined(separator: ", ")
      members["validator"]?.problem("unknown validator '\(validator)'; known: \(known)")
    }
    let enabled = members["enabled"]?.bool() ?? true
    let languages = members["languages"]?.strings() ?? ["any"]
    let country = members["country"]?.string()
    if let country, country.count != 2 || !country.allSatisfy(\.isUppercase) {
      members["country"]?.problem("'\(country)' is not an ISO 3166 alpha-2 code such as DE")
    }
    guard let id, let entity, !patterns.isEmpty || !denyList.isEmpty || kind != .pattern else { return nil }
    var spec = RecognizerSpec(
      id: RecognizerID(id), entity: EntityType(entity), description: members["description"]?.string() ?? "",
      enabled: enabled, languages: languages, country: country, patterns: patterns, validator: validator,
      context: context, contextBefore: contextBefore, contextAfter: contextAfter, contextWindow: window, allowList: members["allow_list"]?.strings() ?? [], denyList: denyList,
      denyListScore: members["deny_list_score"]?.double(in: 0...1) ?? 1.0, excludeInside: entityTypes.map { EntityType($0) },
      threshold: members["threshold"]?.double(in: 0...1), matchExamples: matches, noMatchExamples: noMatches,
      file: node.file, line: node.line, kind: kind, dictionary: dictionary, directory: directory)
    spec.allowWordFiles = members["allow_words"]?.strings() ?? []
    if !spec.allowWordFiles.isEmpty, kind != .pattern {
      members["allow_words"]?.problem("'allow_words' applies to pattern recognizers only")
    }
    return spec
  }

  private static func readPattern(_ node: YAMLNode) -> RecognizerSpec.PatternSpec? {
    guard let members = node.members(allowed: ["name", "regex", "score", "flags", "group", "after"]) else { return nil }
    guard let regex = members["regex"]?.string() else {
      if members["regex"] == nil { node.problem("missing 'regex'") }
      return nil
    }
    guard let score = members["score"]?.double(in: 0...1) else {
      if members["score"] == nil { node.problem("missing 'score'") }
      return nil
    }
    return RecognizerSpec.PatternSpec(
      name: members["name"]?.string() ?? "pattern", regex: regex, score: score,
      flags: members["flags"]?.strings() ?? [], group: members["group"]?.int(in: 0...99) ?? 0,
      after: members["after"]?.strings() ?? [], line: members["regex"]?.line ?? node.line)
  }

  private static func readExample(_ node: YAMLNode) -> RecognizerSpec.Example? {
    node.string().map { RecognizerSpec.Example(text: $0, line: node.line) }
  }

  static func isSnakeCase(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
  }

  static func isEntityName(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
  }
}
