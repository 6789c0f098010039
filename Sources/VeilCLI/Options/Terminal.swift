import ArgumentParser
import Foundation
import VeilEngine
import VeilRules

/// The version string shown by `--version`.
let versionString = veilVersion

/// Writes to standard error.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes each warning from loading the rules (a dictionary's stray whitespace or duplicate
/// entry, an `after` naming no known pattern) to standard error, with its file and line.
func printWarnings(of catalog: RuleCatalog) {
  for warning in catalog.warnings { printError("veil: warning: \(warning)") }
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

/// Byte sizes on the command line: `1000`, `500KB`, `500MB`, `2GB` (powers of 1000), `64KiB`, `64MiB`, `1GiB` (powers of 1024).
enum ByteSize {
  /// The size in bytes, or nil when `text` is not a positive size.
  static func parse(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    guard let value = Int(digits), value > 0 else { return nil }
    let units: [String: Int] = [
      "": 1, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 1_000_000_000, "gb": 1_000_000_000,
      "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
    ]
    guard let unit = units[trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()] else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: unit)
    return overflow ? nil : product
  }
}
