import ArgumentParser
import Foundation
import VeilEngine

extension Veil {
  /// `veil keygen`: write a new pseudonymization key file.
  struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a new random pseudonymization key to a file (mode 0600).",
      discussion: """
        The same key gives the same pseudonyms across shards and runs; keep it secret and keep it. \\
        Pass it with --key-file FILE or VEIL_KEY_FILE; reports show only its id.
        """)

    @Argument(help: ArgumentHelp("Where to write the key; an existing file is never overwritten.", valueName: "file"))
    var file: String

    func run() throws {
      try reportingErrors {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
          throw CLIError.setup("\(file): cannot create (\(String(cString: strerror(errno)))); an existing key is never overwritten")
        }
        let text = PseudonymKey.generateFileText()
        let written = text.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        guard written == text.utf8.count else { throw CLIError.setup("\(file): could not write the key") }
        let key = try PseudonymKey.load(file: file)
        print("veil: wrote a new key to \(file) (key id \(key.id))")
      }
    }
  }
}
