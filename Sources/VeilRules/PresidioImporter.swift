import VeilCore
import VeilDetection
import Yams

/// Converts Presidio's recognizer YAML into Veil rule files, saying what it could not convert.
///
/// Presidio's no-code format lists recognizers with `name`, `supported_entity`,
/// `supported_language(s)`, `patterns` (`name`, `regex`, `score`), `context`, `deny_list`
/// and `deny_list_score`, plus file-wide `global_regex_flags` (Python `re` flag bits).
/// Predefined recognizers (`type: predefined`) are Python classes, not data: they are
/// reported, with the Veil built-in that covers the same entity where there is one.
public enum PresidioImporter {
  /// The outcome of an import.
  public struct Result: Sendable {
    /// The Veil rule file (version 1), ready to save under a rules folder.
    public var yaml: String
    /// How many recognizers were converted.
    public var converted: Int
    /// What could not be converted (or was converted with a change), one line each.
    public var notes: [String]
    /// How many recognizers could not be converted at all.
    public var skipped: Int
  }

  /// Python's `re` flag bits and their Veil names.
  static let pythonFlags: [(bit: Int, name: String?)] = [
    (2, "caseless"), (8, "multiline"), (16, "dotall"), (64, "extended"), (32, "unicode"),
    (256, nil),  // re.ASCII: Veil's default already
  ]

  /// Converts `text` (a Presidio YAML file named `file`).
  ///
  /// - Parameters:
  ///   - text: The Presidio YAML.
  ///   - file: The file name, for messages.
  ///   - builtInEntities: Entity types Veil's catalog already covers, mapped to a recognizer id (for predefined recognizers).
  /// - Throws: `RuleLoadError` when the file is not YAML or has no `recognizers` list.
  public static func convert(_ text: String, file: String, builtInEntities: [EntityType: RecognizerID] = [:])
    throws(RuleLoadError) -> Result
  {
    let log = DiagnosticLog()
    guard let root = YAMLNode.parse(text, file: file, log: log), let top = root.entries() else {
      try log.throwIfAny()
      throw RuleLoadError([RuleDiagnostic(file: file, line: 0, keyPath: "", message: "expected a mapping with 'recognizers'")])
    }
    let sections = Dictionary(top, uniquingKeysWith: { first, _ in first })
    guard let list = sections["recognizers"]?.elements() else {
      try log.throwIfAny()
      throw RuleLoadError([RuleDiagnostic(file: file, line: 0, keyPath: "recognizers", message: "no 'recognizers' list")])
    }
    var notes: [String] = []
    var flags: [String] = []
    if let bits = sections["global_regex_flags"]?.int(in: 0...Int.max) {
      for (bit, name) in pythonFlags where bits & bit != 0 {
        if let name { flags.append(name) }
      }
      let known = pythonFlags.reduce(0) { $0 | $1.bit }
      if bits & ~known != 0 { notes.append("\(file): global_regex_flags bits \(bits & ~known) have no Veil equivalent and were dropped") }
    }
    var output = "# Converted from Presidio's \(file) by `veil rules import-presidio`.\n# Add examples (match / no_match) so that `veil rules test` can check these rules.\nversion: 1\nrecognizers:\n"
    var converted = 0
    var skipped = 0
    var usedIDs: Set<String> = []
    for node in list {
      let where_ = "\(file):\(node.line)"
      guard let members = node.entries().map({ Dictionary($0, uniquingKeysWith: { first, _ in first }) }) else {
        skipped += 1
        continue
      }
      let name = members["name"]?.string() ?? "recognizer \(converted + skipped + 1)"
      if members["type"]?.string() == "predefined" {
        skipped += 1
        let entities = (members["supported_entities"]?.strings() ?? members["supported_entity"]?.strings() ?? [])
        let covered = entities.compactMap { builtInEntities[EntityType($0)].map { "\($0)" } }
        let hint = covered.isEmpty ? "Veil has no built-in equivalent" : "use Veil's built-in \(covered.joined(separator: ", "))"
        notes.append("\(where_): '\(name)' is a predefined Presidio recognizer (Python code, not data): not converted; \(hint)")
        continue
      }
      var entities = members["supported_entity"]?.strings() ?? members["supported_entities"]?.strings() ?? []
      entities = entities.map { $0.uppercased().replacingOccurrences(of: " ", with: "_") }
      guard let entity = entities.first else {
        skipped += 1
        notes.append("\(where_): '\(name)' has no supported_entity: not converted")
        continue
      }
      if entities.count > 1 {
        notes.append("\(where_): '\(name)' supports \(entities.count) entities; Veil rules report one, so it reports \(entity)")
      }
      var patterns: [(name: String, regex: String, score: Double)] = []
      var patternProblems: [String] = []
      for (index, pattern) in (members["patterns"]?.elements() ?? []).enumerated() {
        guard let fields = pattern.entries().map({ Dictionary($0, uniquingKeysWith: { first, _ in first }) }),
          let regex = fields["regex"]?.string()
        else {
          patternProblems.append("pattern \(index + 1) has no regex")
          continue
        }
        let score = fields["score"]?.double(in: 0...1) ?? 0.5
        let patternName = fields["name"]?.string() ?? "pattern \(index + 1)"
        do {
          _ = try PatternRecognizer.NamedPattern(name: patternName, regex: regex, flags: flags, score: score, group: 0)
          patterns.append((patternName, regex, score))
        } catch {
          patternProblems.append("pattern '\(patternName)' is not valid PCRE2 (\(error.message))")
        }
      }
      let denyList = members["deny_list"]?.strings() ?? []
      for problem in patternProblems { notes.append("\(where_): '\(name)': \(problem): dropped") }
      guard !patterns.isEmpty || !denyList.isEmpty else {
        skipped += 1
        notes.append("\(where_): '\(name)' has no usable pattern or deny list: not converted")
        continue
      }
      var id = snakeCase(name)
      while usedIDs.contains(id) { id += "_2" }
      usedIDs.insert(id)
      let languages = members["supported_languages"]?.strings() ?? members["supported_language"]?.strings() ?? ["en"]
      output += "  - id: \(id)\n    entity: \(entity)\n    description: \(quoted("Imported from Presidio: \(name)."))\n"
      if members["enabled"]?.bool() == false { output += "    enabled: false\n" }
      output += "    languages: [\(languages.map(quoted).joined(separator: ", "))]\n"
      if !patterns.isEmpty {
        output += "    patterns:\n"
        for pattern in patterns {
          output += "      - name: \(quoted(pattern.name))\n        regex: \(quoted(pattern.regex))\n        score: \(pattern.score)\n"
          if !flags.isEmpty { output += "        flags: [\(flags.joined(separator: ", "))]\n" }
        }
      }
      if !denyList.isEmpty {
        output += "    deny_list: [\(denyList.map(quoted).joined(separator: ", "))]\n"
        if let score = members["deny_list_score"]?.double(in: 0...1) { output += "    deny_list_score: \(score)\n" }
      }
      let context = members["context"]?.strings() ?? []
      if !context.isEmpty { output += "    context: [\(context.map(quoted).joined(separator: ", "))]\n" }
      let known: Set<String> = [
        "name", "supported_entity", "supported_entities", "supported_language", "supported_languages", "patterns",
        "context", "deny_list", "deny_list_score", "type", "enabled",
      ]
      for key in members.keys.sorted() where !known.contains(key) {
        notes.append("\(where_): '\(name)': key '\(key)' has no Veil equivalent and was ignored")
      }
      converted += 1
    }
    for diagnostic in log.entries { notes.append(diagnostic.description) }
    return Result(yaml: output, converted: converted, notes: notes, skipped: skipped)
  }

  /// `text` as a single-quoted YAML scalar.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// A stable snake_case id from a display name: "Zip code Recognizer" → `zip_code_recognizer`.
  static func snakeCase(_ name: String) -> String {
    var id = ""
    var previousWasLower = false
    for scalar in name.unicodeScalars {
      if scalar.properties.isUppercase && previousWasLower { id += "_" }
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        id += String(scalar).lowercased()
        previousWasLower = scalar.properties.isLowercase || ("0"..."9").contains(scalar)
      } else {
        if !id.hasSuffix("_") && !id.isEmpty { id += "_" }
        previousWasLower = false
      }
    }
    while id.hasSuffix("_") { id.removeLast() }
    let ascii = id.unicodeScalars.filter { $0.isASCII }.map(String.init).joined()
    return ascii.isEmpty ? "imported" : ascii
  }
}
