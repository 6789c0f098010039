import ArgumentParser
import Foundation
import VeilEngine

extension Veil {
  /// `veil preview`: show findings, their reasons and the rewritten text.
  struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show each message with its findings highlighted, why they fired, and the rewritten text.",
      discussion: """
        Preview prints the ORIGINAL text, including personal data, for a person who asked to see \
        it. Never redirect it into logs or CI output. Colours are used on a terminal only.
        """)

    @OptionGroup var options: ConfigOptions

    @Option(name: [.customShort("n", allowingJoined: true), .customLong("count")], help: ArgumentHelp("How many records to show.", valueName: "n"))
    var count = 5

    @Option(help: ArgumentHelp("The operator for every type without its own in the config (tag, redact, mask, keep, hash, pseudonym, generalize, shift_date).", valueName: "name"))
    var `operator`: String?

    @Option(help: ArgumentHelp("Colour: auto (on a terminal), always, never."))
    var color: ColorChoice = .auto

    @Argument(help: ArgumentHelp("A JSONL file, plain or gzip; '-' reads standard input.", valueName: "file"))
    var file: String

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
      case auto, always, never
    }

    func validate() throws {
      if count < 1 { throw ValidationError("-n must be at least 1") }
    }

    func run() throws {
      let engine = try reportingErrors { try options.makeEngine(defaultOperator: `operator`) }
      let colored: Bool
      switch color {
      case .auto: colored = standardOutputIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      case .always: colored = true
      case .never: colored = false
      }
      let renderer = PreviewRenderer(colored: colored)
      let output = StandardOutput()
      var shown = 0
      struct Done: Error {}
      try reportingErrors {
        do {
          try engine.forEachRecord(in: [file]) { record in
            guard shown < count else { throw Done() }
            output.write(renderer.render(try engine.rewrite(record)))
            shown += 1
          } quarantine: { entry in
            guard shown < count else { throw Done() }
            output.write(renderer.render(entry))
            shown += 1
          }
        } catch is Done {}
      }
      output.flush()
    }
  }
}
