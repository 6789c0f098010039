import ArgumentParser
import Foundation

/// `--jobs N` (or `-j N`, `-jN` as make takes it): how many worker threads process records.
struct JobsOption: ParsableArguments {
  @Option(
    name: [.customShort("j", allowingJoined: true), .long],
    help: ArgumentHelp("Worker threads (default: every core). The output is byte-identical for any number.", valueName: "n"))
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
  }

  /// The number of workers to run.
  var count: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
