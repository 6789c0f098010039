import ArgumentParser
import VeilEngine

extension Veil {
  /// `veil scan`: findings as JSON lines, nothing rewritten.
  struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the findings in each text unit as JSON lines.",
      discussion: """
        One line per text unit: {"id", "spans": [{"start", "end", "label", "score", "recognizer"}]}. \
        The id is the record's "id" (or its 0-based line index), plus ":<message index>" for chats.
        """)

    @OptionGroup var options: ConfigOptions
    @OptionGroup var jobs: JobsOption

    @Option(help: ArgumentHelp("Offset unit: codepoints (Python string indices) or utf8 (bytes)."))
    var offsets: OffsetUnit = .codepoints

    @Argument(help: ArgumentHelp("JSONL files, plain or gzip; '-' reads standard input.", valueName: "file"))
    var files: [String]

    func run() throws {
      let engine = try reportingErrors { try options.makeEngine(rewrites: false) }
      let output = StandardOutput()
      let failures = try reportingErrors {
        try engine.scan(files, offsets: offsets, jobs: jobs.count, write: output.write) { entry in
          output.flush()
          printError("veil: \(entry.message) (skipped)")
        }
      }
      output.flush()
      if failures > 0 { throw ExitCode.notCleared }
    }
  }
}

extension OffsetUnit: ExpressibleByArgument {}
