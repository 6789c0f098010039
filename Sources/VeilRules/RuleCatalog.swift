import Foundation
import VeilBuiltInRules
import VeilCore
import VeilDetection

/// Every recognizer Veil knows: the built-in rules plus users' folders, compiled and checked.
public struct RuleCatalog: Sendable {
  /// The entries, ordered by id.
  public private(set) var entries: [CatalogEntry]
  /// Problems that did not stop loading (e.g. duplicate dictionary entries), with file and line.
  public internal(set) var warnings: [RuleDiagnostic] = []

  /// Creates a catalog from entries.
  public init(entries: [CatalogEntry]) { self.entries = entries.sorted { $0.spec.id < $1.spec.id } }

  /// The folder of rule files shipped with Veil.
  public static var builtInDirectory: URL? { BuiltInRules.recognizersDirectory }

  /// Loads the built-in rules, then each of `directories` (a later rule with the same id replaces an earlier one).
  ///
  /// - Parameters:
  ///   - directories: Users' folders (or single files) of `*.yaml` rule files.
  ///   - includeBuiltIn: Whether to start from the shipped rules.
  /// - Throws: `RuleLoadError` listing every problem in every file; nothing is half-loaded.
  public static func load(directories: [URL] = [], includeBuiltIn: Bool = true) throws(RuleLoadError) -> RuleCatalog {
    // The built-in catalog (hundreds of thousands of dictionary entries) is read once per process.
    if directories.isEmpty && includeBuiltIn {
      return try BuiltInCache.shared.catalog { () throws(RuleLoadError) in try loadUncached(directories: [], includeBuiltIn: true) }
    }
    return try loadUncached(directories: directories, includeBuiltIn: includeBuiltIn)
  }

  private static func loadUncached(directories: [URL], includeBuiltIn: Bool) throws(RuleLoadError) -> RuleCatalog {
    var sources: [URL] = []
    if includeBuiltIn {
      guard let builtIn = builtInDirectory else {
        throw RuleLoadError([RuleDiagnostic(file: "rules/recognizers", line: 0, keyPath: "", message: "the built-in rules are missing from this build")])
      }
      sources.append(builtIn)
    }
    sources.append(contentsOf: directories)
    let log = DiagnosticLog()
    let dictionaries = DictionaryLoader()
    var specs: [RecognizerID: RecognizerSpec] = [:]
    var read: [RecognizerSpec] = []
    var ruleDigests: [String: SourceDigest] = [:]
    for source in sources {
      let builtIn = includeBuiltIn && source == sources.first
      var seenInSource: [RecognizerID: RecognizerSpec] = [:]
      for file in ruleFiles(in: source, log: log) {
        guard let text = readText(file, log: log) else { continue }
        // Built-in files are named as in the source tree, not by their path inside the build.
        let name = builtIn ? "rules/recognizers/" + file.lastPathComponent : file.relativePath
        ruleDigests[name] = SourceDigest(path: name, bytes: Array(text.utf8))
        for spec in RuleFileReader.read(text, file: name, directory: file.deletingLastPathComponent().path, log: log) {
          if let earlier = seenInSource[spec.id] {
            log.add(RuleDiagnostic(file: spec.file, line: spec.line, keyPath: "recognizers[\(spec.id)].id",
              message: "duplicate id '\(spec.id)' (first defined at \(earlier.file):\(earlier.line))"))
            continue
          }
          seenInSource[spec.id] = spec
          specs[spec.id] = spec
          read.append(spec)
        }
      }
    }
    // Every spec is compiled, so that a problem in one that a later folder replaces is reported too; the last wins.
    var byID: [RecognizerID: CatalogEntry] = [:]
    for entry in RuleCompiler.compile(read, dictionaries: dictionaries, log: log) {
      if var entry {
        entry.sources.insert(contentsOf: ruleDigests[entry.spec.file].map { [$0] } ?? [], at: 0)
        byID[entry.spec.id] = entry
      }
    }
    try log.throwIfAny()
    var catalog = RuleCatalog(entries: Array(byID.values))
    catalog.warnings = dictionaries.warnings + unknownAfter(specs)
    return catalog
  }

  /// A warning for each `after` that names another recognizer's pattern the catalog lacks: not
  /// an error, since a user's rule that replaces a built-in recognizer may rename its
  /// patterns, and the pattern is then simply run on every text.
  private static func unknownAfter(_ specs: [RecognizerID: RecognizerSpec]) -> [RuleDiagnostic] {
    var warnings: [RuleDiagnostic] = []
    var known = Set<String>()
    for spec in specs.values {
      for pattern in spec.patterns { known.insert(PatternRecognizer.key(spec.id, pattern.name)) }
    }
    for spec in specs.values.sorted(by: { $0.id < $1.id }) {
      for (index, pattern) in spec.patterns.enumerated() {
        for name in pattern.after where PatternRecognizer.recognizer(inReference: name) != nil && !known.contains(name) {
          warnings.append(RuleDiagnostic(file: spec.file, line: pattern.line,
            keyPath: "recognizers[\(spec.id)].patterns[\(index)].after",
            message: "no pattern '\(name)' in the catalog (recognizer/pattern): this pattern runs on every text"))
        }
      }
    }
    return warnings
  }

  /// Reads the rule files in `directories` only (no built-ins), for `veil rules test`.
  public static func loadOnly(_ directories: [URL]) throws(RuleLoadError) -> RuleCatalog {
    try load(directories: directories, includeBuiltIn: false)
  }

  /// The entry with `id`.
  public func entry(_ id: RecognizerID) -> CatalogEntry? { entries.first { $0.spec.id == id } }

  /// Why `id` names no recognizer, with the likely meant one: a misspelt id ("emial"), or an entity type given
  /// where an id belongs ("PERSON", whose recognizers are listed).
  private func unknownIDMessage(_ id: RecognizerID) -> String {
    let entity = entries.filter { $0.spec.entity.rawValue.caseInsensitiveCompare(id.rawValue) == .orderedSame }
    if let first = entity.first {
      let ids = entity.map(\.spec.id.rawValue).joined(separator: ", ")
      return "'\(id)' is an entity type, not a recognizer id; the recognizers of \(first.spec.entity.rawValue): \(ids)"
    }
    let hint = closestSpelling(to: id.rawValue.lowercased(), among: entries.map(\.spec.id.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
    return "unknown recognizer id '\(id)'\(hint); `veil rules list` shows the catalog"
  }

  /// The recognizers that run: the enabled ones, or exactly `only` when given, minus `disabled`.
  ///
  /// - Parameters:
  ///   - only: Exactly these ids (overrides everything but `disabled`).
  ///   - enabled: Ids switched on beyond the defaults.
  ///   - disabled: Ids switched off.
  ///   - languages: Switches on recognizers for these languages (e.g. `es` turns on the Spanish IDs).
  ///   - countries: Switches on recognizers for these countries (ISO alpha-2, e.g. `IN`).
  /// - Throws: `RuleLoadError` when `only`, `enabled` or `disabled` names an id the catalog lacks.
  public func selection(
    only: [RecognizerID]? = nil, enabled: [RecognizerID] = [], disabled: [RecognizerID] = [],
    languages: [String] = [], countries: [String] = []
  ) throws(RuleLoadError) -> [any Recognizer] {
    let known = Set(entries.map(\.spec.id))
    let unknown = (only ?? []) + enabled + disabled
    let missing = unknown.filter { !known.contains($0) }
    if !missing.isEmpty {
      throw RuleLoadError(missing.map {
        RuleDiagnostic(file: "configuration", line: 0, keyPath: "recognizers", message: unknownIDMessage($0))
      })
    }
    return entries.filter { entry in
      let id = entry.spec.id
      if disabled.contains(id) { return false }
      if let only { return only.contains(id) }
      if entry.spec.enabled || enabled.contains(id) { return true }
      // UK is the common name of GB's country code.
      if let country = entry.spec.country,
        countries.contains(where: { $0.uppercased() == country || ($0.uppercased() == "UK" && country == "GB") })
      {
        return true
      }
      return entry.spec.languages.contains { language in languages.contains { $0.lowercased() == language.lowercased() } }
    }.map(\.recognizer)
  }

  private static func ruleFiles(in source: URL, log: DiagnosticLog) -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
      log.add(RuleDiagnostic(file: source.relativePath, line: 0, keyPath: "", message: "no such file or folder"))
      return []
    }
    guard isDirectory.boolValue else { return [source] }
    // `rules/` keeps recognizers in `rules/recognizers/`, next to dictionaries and
    // hierarchies; a folder without that subfolder is read whole.
    let nested = source.appendingPathComponent("recognizers")
    let root = FileManager.default.fileExists(atPath: nested.path) ? nested : source
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    return walker.compactMap { $0 as? URL }
      .filter { ["yaml", "yml"].contains($0.pathExtension) }
      .sorted { $0.path < $1.path }
  }

  private static func readText(_ file: URL, log: DiagnosticLog) -> String? {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      log.add(RuleDiagnostic(file: file.relativePath, line: 0, keyPath: "", message: "cannot read the file"))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      log.add(RuleDiagnostic(file: file.relativePath, line: 0, keyPath: "", message: "the file is not valid UTF-8"))
      return nil
    }
    return text
  }
}

/// The built-in catalog, loaded on first use and shared: it is immutable once loaded.
private final class BuiltInCache: @unchecked Sendable {
  static let shared = BuiltInCache()
  private let lock = NSLock()
  private var loaded: RuleCatalog?

  func catalog(_ load: () throws(RuleLoadError) -> RuleCatalog) throws(RuleLoadError) -> RuleCatalog {
    lock.lock()
    defer { lock.unlock() }
    if let loaded { return loaded }
    let catalog = try load()
    loaded = catalog
    return catalog
  }
}
