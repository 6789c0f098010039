import VeilCore
import VeilEngine

/// Renders records for `veil preview`: highlighted findings, their reasons, the rewritten text.
struct PreviewRenderer {
  /// Whether to use ANSI colours (otherwise findings are marked ⟦n:…⟧).
  let colored: Bool

  func render(_ rewritten: RewrittenRecord) -> String {
    let record = rewritten.analyzed.record
    var out = heading("record \(record.id)  (\(record.location), \(record.shape.rawValue))") + "\n"
    var number = 0
    for (index, unit) in record.units.enumerated() {
      let findings = rewritten.analyzed.findings[index]
      let label = unit.role.map { "\($0) · \(unit.path)" } ?? unit.path
      out += "  " + dim("[\(label)]") + "\n"
      out += indent(highlight(unit.utf8, findings, firstNumber: number + 1), by: 4) + "\n"
      let surrogates = rewritten.surrogates[index]
      for (offset, finding) in findings.enumerated() {
        number += 1
        let original = String(decoding: unit.utf8[finding.range], as: UTF8.self)
        let replacement = offset < surrogates.count ? surrogates[offset] : ""
        out += "      " + explain(finding, number: number, text: unit.utf8) + "\n"
        out += "         " + dim(original + " → " + (replacement.isEmpty ? "(removed)" : replacement)) + "\n"
      }
      if let replacement = rewritten.replacements[index] {
        out += "    " + dim("→ ") + indent(String(decoding: replacement, as: UTF8.self), by: 6, skipFirst: true) + "\n"
      }
    }
    return out + "\n"
  }

  func render(_ entry: QuarantineEntry) -> String {
    let title = "line \(entry.line)  (\(entry.source):\(entry.line)): QUARANTINED, \(entry.kind.rawValue)"
    return heading(title) + "\n    " + entry.reason + "\n\n"
  }

  private func heading(_ text: String) -> String {
    colored ? ANSI.bold("── " + text + " ") : "── " + text + " ──"
  }

  private func dim(_ text: String) -> String { colored ? ANSI.dim(text) : text }

  private func highlight(_ text: [UInt8], _ findings: [Finding], firstNumber: Int) -> String {
    var out = ""
    var copied = 0
    for (offset, finding) in findings.enumerated() {
      out += String(decoding: text[copied..<finding.range.lowerBound], as: UTF8.self)
      let value = String(decoding: text[finding.range], as: UTF8.self)
      out += colored ? ANSI.highlight(value) + ANSI.bold(ANSI.yellow("\(firstNumber + offset)")) : "⟦\(firstNumber + offset):\(value)⟧"
      copied = finding.range.upperBound
    }
    return out + String(decoding: text[copied...], as: UTF8.self)
  }

  private func explain(_ finding: Finding, number: Int, text: [UInt8]) -> String {
    let why = finding.explanation
    var parts = ["recognizer \(why.recognizer)", "pattern \(why.pattern) (base \(format(why.baseScore)))"]
    if let validator = why.validator, let verdict = why.verdict { parts.append("\(validator): \(verdict.rawValue)") }
    if !why.contextWords.isEmpty { parts.append("context: " + why.contextWords.joined(separator: ", ")) }
    parts.append(contentsOf: why.notes)
    let title = "\(number). \(finding.entity.rawValue) \(format(finding.score))"
    return (colored ? ANSI.yellow(title) : title) + "  " + dim(parts.joined(separator: "; "))
  }

  private func format(_ score: Double) -> String {
    let hundredths = Int((score * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  private func indent(_ text: String, by spaces: Int, skipFirst: Bool = false) -> String {
    let pad = String(repeating: " ", count: spaces)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { ($0 == 0 && skipFirst ? "" : pad) + $1 }.joined(separator: "\n")
  }
}

/// The few ANSI styles the preview uses.
///
/// Written out rather than taken from a colour library: four escape sequences do not
/// justify a dependency whose on/off switch is process-wide mutable state.
enum ANSI {
  static func bold(_ text: String) -> String { "\u{1B}[1m\(text)\u{1B}[22m" }
  static func dim(_ text: String) -> String { "\u{1B}[2m\(text)\u{1B}[22m" }
  static func yellow(_ text: String) -> String { "\u{1B}[33m\(text)\u{1B}[39m" }
  static func highlight(_ text: String) -> String { "\u{1B}[30;43m\(text)\u{1B}[39;49m" }
}
