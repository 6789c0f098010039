import ArgumentParser
import Foundation
import VeilRules

extension Veil {
  /// `veil rules`: inspect and test recognizer rule files.
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List and test recognizer rules.",
      subcommands: [List.self, Test.self, ImportPresidio.self, Docs.self])
  }
}

extension Veil.Rules {
  /// `veil rules list`: the catalog.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the recognizer catalog.")

    @Option(name: .long, help: ArgumentHelp("Extra rule folders (repeatable).", valueName: "dir"))
    var rules: [String] = []

    @Option(help: ArgumentHelp("Output format: text or json."))
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
      let catalog = try reportingErrors { try RuleCatalog.load(directories: rules.map { URL(fileURLWithPath: $0) }) }
      switch format {
      case .json:
        struct Row: Encodable {
          var id: String
          var entity: String
          var validator: String?
          var languages: [String]
          var country: String?
          var enabled: Bool
          var description: String

          enum CodingKeys: String, CodingKey { case id, entity, validator, languages, country, enabled, description }

          // Every key is always present (null when absent), so consumers can rely on the shape.
          func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(entity, forKey: .entity)
            try container.encode(validator, forKey: .validator)
            try container.encode(languages, forKey: .languages)
            try container.encode(country, forKey: .country)
            try container.encode(enabled, forKey: .enabled)
            try container.encode(description, forKey: .description)
          }
        }
        let rows = catalog.entries.map {
          Row(id: $0.spec.id.rawValue, entity: $0.spec.entity.rawValue, validator: $0.spec.validator,
            languages: $0.spec.languages, country: $0.spec.country, enabled: $0.spec.enabled,
            description: $0.spec.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(rows), as: UTF8.self))
      case .text:
        let idWidth = max(2, catalog.entries.map(\.spec.id.rawValue.count).max() ?? 0)
        let entityWidth = max(6, catalog.entries.map(\.spec.entity.rawValue.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        print(pad("ID", idWidth) + "  " + pad("ENTITY", entityWidth) + "  " + pad("VALIDATOR", 16) + "  ENABLED  COUNTRY  LANGUAGES")
        for entry in catalog.entries {
          let spec = entry.spec
          print(pad(spec.id.rawValue, idWidth) + "  " + pad(spec.entity.rawValue, entityWidth) + "  "
            + pad(spec.validator ?? "-", 16) + "  " + pad(spec.enabled ? "yes" : "no", 7) + "  "
            + pad(spec.country ?? "-", 7) + "  " + spec.languages.joined(separator: ","))
        }
      }
    }
  }

  /// `veil rules test`: run every rule's examples.
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every recognizer's examples (each also after a multibyte prefix).",
      discussion: "Exits 0 when every example passes, 1 when one fails, 2 when a rule file is broken.")

    @Argument(help: ArgumentHelp("Rule folders or files (default: the built-in rules).", valueName: "dir"))
    var directories: [String] = []

    func run() throws {
      let catalog = try reportingErrors {
        directories.isEmpty ? try RuleCatalog.load() : try RuleCatalog.loadOnly(directories.map { URL(fileURLWithPath: $0) })
      }
      printWarnings(of: catalog)
      var failures: [RuleExamples.Failure] = []
      var examples = 0
      for entry in catalog.entries {
        examples += entry.spec.matchExamples.count + entry.spec.noMatchExamples.count
        failures += RuleExamples.check(entry)
      }
      for failure in failures { print("FAIL \(failure)") }
      print("\(examples - failures.count) passed, \(failures.count) failed (\(catalog.entries.count) recognizers)")
      if !failures.isEmpty { throw ExitCode.notCleared }
    }
  }
}

extension Veil.Rules {
  /// `veil rules import-presidio`: convert Presidio recognizer YAML.
  struct ImportPresidio: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import-presidio",
      abstract: "Convert a Presidio recognizer YAML file into a Veil rule file.",
      discussion: """
        Converts patterns, scores, context words, deny lists, supported entity and language. What \
        cannot be converted is listed on standard error; the exit status is 1 if anything was skipped.
        """)

    @Argument(help: ArgumentHelp("Presidio's YAML file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Write the rule file here instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
      let result = try reportingErrors {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
          throw CLIError.setup("\(file): cannot read the file as UTF-8 text")
        }
        let catalog = try RuleCatalog.load()
        let builtIn = Dictionary(catalog.entries.map { ($0.spec.entity, $0.spec.id) }, uniquingKeysWith: { first, _ in first })
        return try PresidioImporter.convert(text, file: file, builtInEntities: builtIn)
      }
      if let out {
        try reportingErrors { try result.yaml.write(toFile: out, atomically: true, encoding: .utf8) }
      } else {
        print(result.yaml, terminator: "")
      }
      for note in result.notes { printError("veil: \(note)") }
      printError("veil: converted \(result.converted) recognizer(s), could not convert \(result.skipped)")
      if result.skipped > 0 { throw ExitCode.notCleared }
    }
  }

  /// `veil rules docs`: the catalog as a Markdown page.
  struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the recognizer catalog as Markdown (docs/recognizers.md is generated with this).")

    func run() throws {
      let catalog = try reportingErrors { try RuleCatalog.load() }
      print(RuleDocumentation.markdown(for: catalog), terminator: "")
    }
  }
}
