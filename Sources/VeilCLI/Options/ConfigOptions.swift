import ArgumentParser
import Foundation
import VeilEngine
import VeilRules
import VeilCore

/// Options that choose configuration and rules, shared by every command that detects.
struct ConfigOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("A YAML configuration file (text fields, operators, thresholds).", valueName: "file"))
  var config: String?

  @Option(name: .long, help: ArgumentHelp("A folder of extra rule files (repeatable); a rule with a built-in id replaces it.", valueName: "dir"))
  var rules: [String] = []

  @Option(name: .long, help: ArgumentHelp("Which recognizers run: 'default', 'all', or a comma-separated list of ids.", valueName: "ids"))
  var recognizers: String = "default"

  @Option(name: .long, help: ArgumentHelp("The pseudonymization key file (or set VEIL_KEY_FILE / VEIL_KEY).", valueName: "file"))
  var keyFile: String?

  @Flag(help: "Use a random key for this run only (previews): pseudonyms will differ next time.")
  var ephemeralKey = false

  /// Loads the configuration and assembles the engine.
  ///
  /// - Parameter defaultOperator: An operator name that replaces the configured default (`--operator`).
  func makeEngine(defaultOperator: String? = nil, rewrites: Bool = true, vault: PseudonymVault? = nil) throws -> Engine {
    var configuration = Configuration()
    if let config {
      do {
        configuration = try Configuration.load(URL(fileURLWithPath: config))
      } catch {
        throw CLIError.setup("\(config): configuration has \(error.description)")
      }
    }
    if let defaultOperator {
      guard let spec = OperatorSpec.named(defaultOperator) else {
        throw CLIError.setup("unknown operator '\(defaultOperator)'; known: \(OperatorSpec.names.joined(separator: ", "))")
      }
      configuration.defaultOperator = spec
    }
    let key = try loadKey()
    let selection: RecognizerSelection
    switch recognizers {
    case "default": selection = .defaults
    case "all": selection = .all
    default: selection = .only(recognizers.split(separator: ",").map { RecognizerID(String($0.trimmingCharacters(in: .whitespaces))) })
    }
    let engine: Engine
    do {
      engine = try Engine(
        configuration: configuration, extraRuleDirectories: rules.map { URL(fileURLWithPath: $0) }, selection: selection,
        key: key, rewrites: rewrites, vault: vault)
    } catch {
      throw CLIError.setup(error.description)
    }
    printWarnings(of: engine.catalog)
    return engine
  }
}

extension ConfigOptions {
  /// The key from `--key-file`, the environment, or a fresh one with `--ephemeral-key`.
  func loadKey() throws -> PseudonymKey? {
    do {
      if let keyFile { return try PseudonymKey.load(file: keyFile) }
      if let key = try PseudonymKey.fromEnvironment() { return key }
    } catch {
      throw CLIError.setup("key: \(error.description)")
    }
    guard ephemeralKey else { return nil }
    let key = PseudonymKey.random()
    printError("veil: using an ephemeral key \(key.id) (pseudonyms will differ on the next run)")
    return key
  }
}

/// Errors the CLI reports on standard error before exiting with status 2.
enum CLIError: Error, CustomStringConvertible {
  /// The setup (configuration, rules, arguments) is wrong.
  case setup(String)

  var description: String {
    switch self {
    case .setup(let message): message
    }
  }
}
