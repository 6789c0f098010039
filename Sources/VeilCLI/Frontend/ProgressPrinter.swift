import Foundation
import VeilEngine

/// Shows how far `veil run` has come on standard error: a live line on a terminal, a log line
/// every `logInterval` seconds otherwise (the first after one interval, so short runs print none).
final class ProgressPrinter {
  private let live: Bool
  private let minimumInterval: Double
  private var lastPrinted: Double
  private var lineShown = false

  /// Creates a printer; `live` rewrites one line in place (`\r`), else lines are appended.
  ///
  /// - Parameter logInterval: Seconds between log lines; `VEIL_PROGRESS_INTERVAL` overrides the default of 10.
  init(live: Bool = standardErrorIsTerminal, logInterval: Double? = nil) {
    self.live = live
    let interval = logInterval ?? ProcessInfo.processInfo.environment["VEIL_PROGRESS_INTERVAL"].flatMap(Double.init) ?? 10
    minimumInterval = live ? 0.2 : interval
    lastPrinted = live ? -Double.infinity : 0
  }

  /// Prints `progress` if enough time has passed since the last line.
  func update(_ progress: RunProgress) {
    if progress.finished {
      if live && lineShown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
      return
    }
    guard progress.seconds - lastPrinted >= minimumInterval else { return }
    lastPrinted = progress.seconds
    let text = Self.describe(progress)
    if live {
      FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
      lineShown = true
    } else {
      FileHandle.standardError.write(Data((text + "\n").utf8))
    }
  }

  /// `veil: 12.3 MB of 50.0 MB (24%), 12,345 records, 8.1 MB/s, ETA 0:05`.
  static func describe(_ progress: RunProgress) -> String {
    var text = "veil: " + megabytes(progress.bytes)
    if let total = progress.totalBytes, let fraction = progress.fraction {
      text += " of \(megabytes(total)) (\(Int(fraction * 100))%)"
    }
    text += ", \(progress.records.formatted()) records, " + String(format: "%.1f MB/s", progress.megabytesPerSecond)
    if let left = progress.secondsLeft { text += ", ETA " + duration(left) }
    return text
  }

  private static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

  private static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
    return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
  }
}
