import ArgumentParser
import Foundation
import VeilEngine

/// Opens a vault with the vault key from the environment (never the command line).
func openVault(_ path: String) throws -> PseudonymVault {
  let environment = ProcessInfo.processInfo.environment
  let key: PseudonymKey
  do {
    if let file = environment["VEIL_VAULT_KEY_FILE"], !file.isEmpty {
      key = try PseudonymKey.load(file: file)
    } else if let text = environment["VEIL_VAULT_KEY"] {
      key = try PseudonymKey(text: text, source: "VEIL_VAULT_KEY")
    } else {
      throw CLIError.setup("a vault needs its own key: set VEIL_VAULT_KEY_FILE (or VEIL_VAULT_KEY); `veil keygen FILE` makes one")
    }
  } catch let error as KeyError {
    throw CLIError.setup("vault key: \(error.description)")
  }
  do {
    return try PseudonymVault(path: path, key: key)
  } catch let error as VaultError {
    throw CLIError.setup(error.description)
  }
}

extension Veil {
  /// `veil vault`: audit the pseudonym vault.
  struct Vault: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Audit a pseudonym vault (needs the vault key in VEIL_VAULT_KEY_FILE or VEIL_VAULT_KEY).",
      subcommands: [Lookup.self])
  }
}

extension Veil.Vault {
  /// `veil vault lookup`: reverse a surrogate.
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the original behind a surrogate.")

    @Argument(help: ArgumentHelp("The vault file.", valueName: "vault"))
    var vault: String

    @Argument(help: ArgumentHelp("The surrogate as it appears in the dataset.", valueName: "surrogate"))
    var surrogate: String

    @Option(help: ArgumentHelp("Only this entity type (e.g. PERSON).", valueName: "type"))
    var type: String?

    func run() throws {
      let matches = try reportingErrors {
        guard FileManager.default.fileExists(atPath: vault) else { throw CLIError.setup("\(vault): no such vault") }
        return try openVault(vault).lookup(surrogate: surrogate, type: type)
      }
      guard !matches.isEmpty else {
        printError("veil: no mapping for that surrogate")
        throw ExitCode.notCleared
      }
      for match in matches { print("\(match.type)\t\(match.original)") }
    }
  }
}
