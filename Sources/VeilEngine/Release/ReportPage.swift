import Foundation

/// `report.html`: the run report for people, in one self-contained page.
///
/// No scripts, fonts, images or style sheets are loaded from anywhere: styles are inline and the
/// charts are inline SVG. Like `report.json`, it holds counts, types, recognizer ids, operator
/// names, file names and digests, never a value from the data.
public struct ReportPage: Sendable {
  /// The run's report.
  public var report: RunReport
  /// The manifest (files, digests, settings).
  public var manifest: DatasetManifest

  /// Creates the page.
  public init(report: RunReport, manifest: DatasetManifest) {
    self.report = report
    self.manifest = manifest
  }

  /// The HTML document.
  public var html: String {
    var body = header + summary
    body += section(
      "Findings per entity type", "What was found and replaced, by type, with the operator applied to it.",
      barChart(sortedCounts(report.findings.byEntity), label: "findings per entity type") + operatorTable)
    body += section(
      "Findings per recognizer", "Which recognizers fired (ids as in <code>veil rules list</code>).",
      barChart(sortedCounts(report.findings.byRecognizer), label: "findings per recognizer"))
    body += kAnonymitySection + quarantineSection + filesSection + provenanceSection
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <title>Veil run report</title>
      <style>\(Self.style)</style>
      </head>
      <body>
      <main>
      \(body)
      </main>
      </body>
      </html>

      """
  }

  static let style = """
    :root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#e3e6ec;--accent:#3559c7;--ok:#1f7a4d;--bad:#b3261e;--bg:#f6f7f9}
    *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
    main{max-width:980px;margin:0 auto;padding:28px 24px 48px}
    h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:0 0 4px}
    .sub{color:var(--muted);margin:0 0 18px}.note{color:var(--muted);font-size:13px;margin:0 0 12px}
    section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:16px 0}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin:16px 0}
    .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 14px}
    .card b{display:block;font-size:22px}.card span{color:var(--muted);font-size:13px}
    .badge{display:inline-block;padding:2px 10px;border-radius:999px;font-size:13px;font-weight:600;color:#fff}
    .ok{background:var(--ok)}.bad{background:var(--bad)}
    table{border-collapse:collapse;width:100%;margin:8px 0 0;font-size:14px}
    th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
    th{color:var(--muted);font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f0f2f6;padding:1px 4px;border-radius:4px}
    svg{display:block;max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
    .empty{color:var(--muted);font-style:italic}
    """

  // MARK: Parts

  private var header: String {
    let cleared = report.records.quarantined <= report.maxQuarantine
    let badge = cleared
      ? "<span class=\"badge ok\">within the quarantine limit</span>"
      : "<span class=\"badge bad\">quarantine over its limit: not cleared</span>"
    return """
      <h1>Veil run report</h1>
      <p class="sub">Veil \(escape(report.veilVersion)) · \(count(manifest.inputs.count)) input file(s) · \
      \(count(manifest.data.count)) data shard(s) · \(badge)</p>

      """
  }

  private var summary: String {
    let cards: [(String, String)] = [
      (count(report.records.read), "records read"),
      (count(report.records.written), "records written"),
      (count(report.records.quarantined), "quarantined"),
      (count(report.droppedBySuppression), "dropped by suppression"),
      (count(report.findings.total), "findings replaced"),
      (count(report.textUnits), "text units searched"),
      (String(format: "%.1f MB/s", report.timings.megabytesPerSecond), "throughput"),
      (String(format: "%.2f s", report.timings.seconds), "wall clock"),
    ]
    return "<div class=\"cards\">"
      + cards.map { "<div class=\"card\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined() + "</div>\n"
  }

  private var operatorTable: String {
    let rows = sortedCounts(report.findings.byEntity).map { entity, found in
      "<tr><td><code>\(escape(entity))</code></td><td class=\"n\">\(count(found))</td><td>\(escape(report.operators[entity] ?? manifest.operators["default"] ?? ""))</td></tr>"
    }
    guard !rows.isEmpty else { return "" }
    return "<table><tr><th>entity type</th><th class=\"n\">replaced</th><th>operator</th></tr>\(rows.joined())</table>"
  }

  private var kAnonymitySection: String {
    guard let kanon = manifest.kAnonymity, let result = report.kAnonymity else {
      return section("k-anonymity", "Not configured: no record-level metadata was generalized.", "")
    }
    var content = "<div class=\"cards\">"
    let cards: [(String, String)] = [
      ("\(kanon.k)", "k required"), (count(result.minClassSize), "smallest class"),
      (String(format: "%.3f", result.maxRisk), "max re-identification risk"), (count(result.classes), "classes"),
      (count(result.suppressed), "records suppressed"), (count(result.dm), "discernibility (DM)"),
      (String(format: "%.4f", result.precisionLoss), "precision loss"),
    ] + (kanon.lDiversity.map { [("\($0)", "distinct l required")] } ?? [])
    content += cards.map { "<div class=\"card\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined() + "</div>"
    content += "<table><tr><th>quasi-identifier</th><th class=\"n\">level</th><th class=\"n\">height</th></tr>"
    for field in result.quasiIdentifiers {
      content += "<tr><td><code>\(escape(field))</code></td><td class=\"n\">\(result.levels[field] ?? 0)</td><td class=\"n\">\(result.heights[field] ?? 0)</td></tr>"
    }
    content += "</table>"
    let suppression = kanon.dropSuppressed
      ? "Records in classes smaller than k were dropped."
      : "Records in classes smaller than k were kept with every quasi-identifier replaced by <code>*</code>."
    content += "<p class=\"note\">\(suppression) Suppression limit: \(String(format: "%.1f", kanon.suppressionLimit * 100))% of records.</p>"
    let buckets = (result.classSizeHistogram ?? []).map { bucket in
      (bucket.max.map { $0 == bucket.min ? "\(bucket.min)" : "\(bucket.min)–\($0)" } ?? "\(bucket.min)+", bucket.classes)
    }
    content += "<h2>Class-size histogram</h2><p class=\"note\">Released equivalence classes by size.</p>"
    content += columnChart(buckets, label: "released classes by size")
    return section("k-anonymity", "One generalization level per quasi-identifier for the whole dataset.", content)
  }

  private var quarantineSection: String {
    let reasons = sortedCounts(report.quarantineByKind)
    var content = barChart(reasons, label: "quarantined records per reason")
    content += "<p class=\"note\">Limit: \(report.maxQuarantine). Each entry in <code>quarantine/quarantine.jsonl</code> has the file, line and reason, never the record's text.</p>"
    return section("Quarantine", "Records that failed closed, by reason.", content)
  }

  private var filesSection: String {
    var content = "<table><tr><th>input</th><th class=\"n\">records</th><th class=\"n\">quarantined</th><th>sha256</th></tr>"
    for input in manifest.inputs {
      content += "<tr><td><code>\(escape(input.path))</code></td><td class=\"n\">\(count(input.records))</td><td class=\"n\">\(count(input.quarantined))</td><td>\(digest(input.sha256) ?? escape(input.note ?? ""))</td></tr>"
    }
    content += "</table><table><tr><th>output</th><th class=\"n\">records</th><th class=\"n\">bytes</th><th>sha256</th></tr>"
    for file in manifest.data {
      content += "<tr><td><code>\(escape(file.path))</code></td><td class=\"n\">\(file.records.map(count) ?? "")</td><td class=\"n\">\(count(file.bytes))</td><td>\(digest(file.sha256) ?? "")</td></tr>"
    }
    content += "</table>"
    let throughput = "\(count(report.inputs.reduce(0) { $0 + $1.bytes })) input bytes in "
      + String(format: "%.2f s: %.1f MB/s.", report.timings.seconds, report.timings.megabytesPerSecond)
    content += "<p class=\"note\">\(throughput)</p>"
    return section("Files and throughput", "What was read and what was written; the full digests are in <code>manifest.json</code>.", content)
  }

  private var provenanceSection: String {
    let rows: [(String, String)] = [
      ("configuration", "<code>\(escape(manifest.config.source))</code> \(digest(manifest.config.sha256) ?? "")"),
      ("rules", "\(escape(manifest.rules.source)) \(digest(manifest.rules.sha256) ?? "")"),
      ("key id", manifest.keyID.map { "<code>\(escape($0))</code>" } ?? "no key (no keyed operator)"),
      ("threshold", String(format: "%.2f", manifest.detection.threshold)
        + manifest.detection.thresholds.sorted { $0.key < $1.key }.map { ", \(escape($0.key)) \(String(format: "%.2f", $0.value))" }.joined()),
      ("text fields", manifest.detection.textFields.map { "<code>\(escape($0))</code>" }.joined(separator: " ")),
    ]
    let table = "<table>" + rows.map { "<tr><th>\($0.0)</th><td>\($0.1)</td></tr>" }.joined() + "</table>"
    return section("Provenance", "Check the folder with <code>veil gate</code>.", table)
  }

  // MARK: Charts

  /// A horizontal bar chart, one bar per item, largest first.
  func barChart(_ items: [(String, Int)], label: String) -> String {
    guard !items.isEmpty else { return "<p class=\"empty\">none</p>" }
    let width = 900.0
    let labelWidth = 210.0
    let row = 24.0
    let maximum = Double(items.map(\.1).max() ?? 1)
    let barSpace = width - labelWidth - 70
    var svg = "<svg role=\"img\" aria-label=\"\(escape(label))\" viewBox=\"0 0 \(Int(width)) \(Int(row * Double(items.count) + 8))\" width=\"\(Int(width))\">"
    for (index, (name, value)) in items.enumerated() {
      let y = Double(index) * row + 4
      let length = max(2, barSpace * Double(value) / max(1, maximum))
      svg += "<g><title>\(escape(name)): \(value)</title>"
      svg += "<text x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + 15))\" text-anchor=\"end\">\(escape(name))</text>"
      svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(length))\" height=\"16\" rx=\"3\" fill=\"#3559c7\"/>"
      svg += "<text x=\"\(format(labelWidth + length + 6))\" y=\"\(format(y + 15))\">\(count(value))</text></g>"
    }
    return svg + "</svg>"
  }

  /// A vertical column chart (for the class-size histogram).
  func columnChart(_ items: [(String, Int)], label: String) -> String {
    guard !items.isEmpty else { return "<p class=\"empty\">no released classes</p>" }
    let height = 180.0
    let column = 70.0
    let width = max(300, column * Double(items.count) + 40)
    let maximum = Double(items.map(\.1).max() ?? 1)
    var svg = "<svg role=\"img\" aria-label=\"\(escape(label))\" viewBox=\"0 0 \(Int(width)) \(Int(height + 40))\" width=\"\(Int(width))\">"
    svg += "<line x1=\"20\" y1=\"\(Int(height + 10))\" x2=\"\(Int(width - 10))\" y2=\"\(Int(height + 10))\" stroke=\"#c9ced8\"/>"
    for (index, (name, value)) in items.enumerated() {
      let x = 30 + Double(index) * column
      let bar = max(2, (height - 20) * Double(value) / max(1, maximum))
      svg += "<g><title>classes of size \(escape(name)): \(value)</title>"
      svg += "<rect x=\"\(format(x))\" y=\"\(format(height + 10 - bar))\" width=\"\(format(column - 18))\" height=\"\(format(bar))\" rx=\"3\" fill=\"#1f7a4d\"/>"
      svg += "<text x=\"\(format(x + (column - 18) / 2))\" y=\"\(format(height + 4 - bar))\" text-anchor=\"middle\">\(count(value))</text>"
      svg += "<text x=\"\(format(x + (column - 18) / 2))\" y=\"\(Int(height + 28))\" text-anchor=\"middle\">\(escape(name))</text></g>"
    }
    return svg + "</svg>"
  }

  // MARK: Helpers

  private func section(_ title: String, _ note: String, _ content: String) -> String {
    "<section><h2>\(escape(title))</h2><p class=\"note\">\(note)</p>\(content)</section>\n"
  }

  private func digest(_ sha256: String?) -> String? {
    sha256.map { "<code title=\"\($0)\">\($0.prefix(16))…</code>" }
  }

  private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// Counts, largest first, then by name.
func sortedCounts(_ counts: [String: Int]) -> [(String, Int)] {
  counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map { ($0.key, $0.value) }
}

/// `12,345`.
func count(_ value: Int) -> String {
  let digits = String(value.magnitude)
  var result = ""
  for (index, character) in digits.enumerated() {
    if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
    result.append(character)
  }
  return value < 0 ? "-" + result : result
}

/// Text escaped for HTML and XML (element content and attribute values).
///
/// Control characters that XML 1.0 forbids even as references become `?`.
func escape(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    case "\n", "\t": result.unicodeScalars.append(scalar)
    default:
      if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { result += "?" } else { result.unicodeScalars.append(scalar) }
    }
  }
  return result
}
