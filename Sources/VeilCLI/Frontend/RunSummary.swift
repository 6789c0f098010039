import Foundation
import VeilEngine

/// The few lines `veil run` prints when it is done.
struct RunSummary {
  let report: RunReport
  let directory: String

  var text: String {
    var lines: [String] = []
    let records = report.records
    lines.append(
      "veil: \(records.read) records read, \(records.written) written, \(records.quarantined) quarantined"
        + " in \(String(format: "%.2f", report.timings.seconds)) s (\(String(format: "%.1f", report.timings.megabytesPerSecond)) MB/s)")
    if report.findings.total > 0 {
      let parts = report.findings.byEntity.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        .map { "\($0.key) \($0.value)" }
      lines.append("  replaced \(report.findings.total): " + parts.joined(separator: ", "))
    }
    if records.quarantined > 0 {
      let verdict = records.quarantined > report.maxQuarantine
        ? "more than the \(report.maxQuarantine) allowed: NOT CLEARED" : "within the limit of \(report.maxQuarantine)"
      lines.append("  quarantined \(records.quarantined) (\(verdict)); reasons in \(directory)/quarantine/quarantine.jsonl")
    }
    lines.append("  output: \(directory)/data/, report: \(directory)/report.html (and .json), card: \(directory)/README.md")
    lines.append("  check before publishing: veil gate \(directory)")
    return lines.joined(separator: "\n")
  }
}
