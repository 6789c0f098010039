import ArgumentParser
import Foundation
import VeilEngine

/// The version string shown by `--version`.
let versionString = veilVersion

/// Writes to standard error.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Whether standard output is a terminal (colours and live progress only then).
var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

/// Whether standard error is a terminal.
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

/// A buffered writer for standard output (one `write` per 64 KiB, not per line).
final class StandardOutput {
  private var buffer: [UInt8] = []

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}

extension ExitCode {
  /// The input could not be fully cleared (records quarantined beyond the limit).
  static let notCleared = ExitCode(1)
  /// Veil could not run: usage, configuration, rules or I/O.
  static let couldNotRun = ExitCode(2)
}

/// Runs `body`, turning setup and output errors into a message on standard error and exit status 2.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as ExitCode {
    throw error
  } catch {
    printError("veil: \(error)")
    throw ExitCode.couldNotRun
  }
}
