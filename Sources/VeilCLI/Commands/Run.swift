import ArgumentParser
import Foundation
import VeilEngine

extension Veil {
  /// `veil run`: anonymize inputs into a dataset folder.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Anonymize JSONL conversation logs into a dataset folder.",
      discussion: """
        Writes OUT/data/part-00000-of-0000N.jsonl[.gz] (the rewritten records, in shards of at most \
        --shard-size bytes), OUT/quarantine/ (records that failed closed, with file, line and reason, \
        never their text), OUT/report.json and OUT/report.html (counts and charts, no raw data), \
        OUT/README.md (a dataset card) and, last, OUT/manifest.json (digests of every file, the \
        settings, counts). Every file is written under a temporary name and renamed; an interrupted \
        run leaves no manifest, so 'veil gate OUT' cannot clear it.

        Progress goes to standard error: a live line on a terminal, otherwise a line every 10 s \
        (VEIL_PROGRESS_INTERVAL=seconds); --quiet silences it.

        Exit status: 0 cleared, 1 more records quarantined than allowed, 2 Veil could not run.
        """)

    @OptionGroup var options: ConfigOptions
    @OptionGroup var jobs: JobsOption

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Flag(help: "Gzip the data files (.jsonl.gz).")
    var compress = false

    @Flag(help: "Replace the output folder's previous contents.")
    var overwrite = false

    @Option(help: ArgumentHelp("The most bytes per data shard before compression, e.g. 500MB, 2GB, 64MiB.", valueName: "size"))
    var shardSize: String = "500MB"

    @Option(help: ArgumentHelp("Quarantined records allowed before the run fails (default: the config's, else 0).", valueName: "n"))
    var maxQuarantine: Int?

    @Option(help: ArgumentHelp("The operator for every type without its own in the config (tag, redact, mask, keep, hash, pseudonym, generalize, shift_date).", valueName: "name"))
    var `operator`: String?

    @Option(help: ArgumentHelp("An SQLite vault that makes pseudonyms injective and auditable; its key comes from VEIL_VAULT_KEY_FILE or VEIL_VAULT_KEY.", valueName: "file"))
    var vault: String?

    @Flag(name: [.short, .long], help: "Print nothing but errors and warnings (no progress, no summary).")
    var quiet = false

    @Argument(help: ArgumentHelp("JSONL files, plain or gzip; '-' reads standard input.", valueName: "file"))
    var files: [String]

    func validate() throws {
      if let maxQuarantine, maxQuarantine < 0 { throw ValidationError("--max-quarantine must be 0 or more") }
      if ByteSize.parse(shardSize) == nil { throw ValidationError("--shard-size: '\(shardSize)' is not a size such as 500MB, 2GB or 64MiB") }
    }

    func run() throws {
      let engine = try reportingErrors {
        try options.makeEngine(defaultOperator: `operator`, vault: try vault.map { try openVault($0) })
      }
      let output = RunOutput(
        directory: URL(fileURLWithPath: out), compress: compress, overwrite: overwrite,
        shardSize: ByteSize.parse(shardSize) ?? RunOutput.defaultShardSize, jobs: jobs.count)
      let printer = quiet ? nil : ProgressPrinter()
      let report = try reportingErrors {
        try engine.run(files, into: output, maxQuarantine: maxQuarantine) { entry in
          printError("veil: \(entry.message) (quarantined)")
        } progress: { progress in
          printer?.update(progress)
        }
      }
      if !quiet { print(RunSummary(report: report, directory: out).text) }
      if report.records.quarantined > report.maxQuarantine { throw ExitCode.notCleared }
    }
  }
}
