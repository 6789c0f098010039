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

  /// Loads the configuration and assembles the engine.
  func makeEngine() throws -> Engine {
    var configuration = Configuration()
    if let config {
      do {
        configuration = try Configuration.load(URL(fileURLWithPath: config))
      } catch {
        throw CLIError.setup("\(config): configuration has \(error.description)")
      }
    }
    let selection: RecognizerSelection
    switch recognizers {
    case "default": selection = .defaults
    case "all": selection = .all
    default: selection = .only(recognizers.split(separator: ",").map { RecognizerID(String($0.trimmingCharacters(in: .whitespaces))) })
    }
    do {
      return try Engine(
        configuration: configuration, extraRuleDirectories: rules.map { URL(fileURLWithPath: $0) }, selection: selection)
    } catch {
      throw CLIError.setup(error.description)
    }
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
