import ArgumentParser

/// The `veil` command: anonymization for AI training data.
public struct Veil: ParsableCommand {
  /// The command's description and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "veil",
    abstract: "Finds personal data in conversation logs and writes datasets cleared for training.",
    discussion: """
      Quick tour:
        veil preview samples/support-chats.jsonl -n 3
        veil scan samples/*.jsonl
        veil run --config samples/veil.yaml samples/*.jsonl --out cleared/
        veil gate cleared/
      """,
    version: versionString,
    subcommands: [Run.self, Gate.self, Scan.self, Preview.self, Rules.self, Kanon.self, Keygen.self, Vault.self]
  )

  /// Creates the command (ArgumentParser needs this).
  public init() {}

  /// Parses and runs the command line.
  ///
  /// Usage errors exit 64 everywhere but in `veil gate`, whose contract is 0 cleared,
  /// 1 not cleared, 2 could not decide: a CI job must never read a typo as a verdict.
  public static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      if arguments.first == "gate", exitCode(for: error) == .validationFailure {
        printError(fullMessage(for: error))
        exit(withError: ExitCode.couldNotRun)
      }
      exit(withError: error)
    }
  }
}
