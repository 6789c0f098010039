import ArgumentParser
import Foundation
import VeilEngine
import VeilRules

extension Veil {
  /// `veil gate`: decide whether a dataset folder may be published.
  struct Gate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a folder written by 'veil run' before it is published.",
      discussion: """
        Verifies manifest.json against the files (presence, sizes, SHA-256, record counts, nothing \
        unlisted), scans every text field again (by default with the run's recognizers and thresholds; \
        --policy can be stricter), checks k (and l) on the released quasi-identifiers, and the \
        quarantine against its limit. Veil's own output is not a leak: tags of known types, and values \
        from ranges reserved for documentation or fiction (example.com emails and URLs, 555-01xx and \
        other fictional phone numbers, documentation IP addresses, test card numbers). Values are \
        always masked in the output.

        Policy (YAML): version: 1, min_score, thresholds, recognizers (run|default|all|[ids]), rules, \
        allow ([entity types]), k, l, max_quarantine, quasi_identifiers, sensitive, text_fields.

        Exit status: 0 cleared, 1 not cleared, 2 could not decide (unreadable folder or policy, bad command line).
        """)

    @Argument(help: ArgumentHelp("The output folder of 'veil run'.", valueName: "dir"))
    var directory: String

    @Option(help: ArgumentHelp("A gate policy (YAML) stricter than the run's settings.", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("text, github (workflow annotations), junit (XML), sarif (2.1.0) or json."))
    var format: GateFormat = .text

    func run() throws {
      var gatePolicy = GatePolicy()
      if let policy {
        do {
          gatePolicy = try GatePolicy.load(URL(fileURLWithPath: policy))
        } catch {
          printError("veil: \(policy): the gate policy has \(error.description)")
          throw ExitCode.couldNotRun
        }
      }
      let result = VeilEngine.Gate(policy: gatePolicy).check(directory)
      let output = StandardOutput()
      output.write(result.rendered(as: format))
      output.flush()
      if result.verdict != .cleared { throw ExitCode(result.verdict.exitStatus) }
    }
  }
}

extension GateFormat: ExpressibleByArgument {}
