import Foundation

/// `README.md`: a dataset card in Hugging Face's conventions (YAML front matter, then Markdown),
/// with its privacy section filled from the run's report.
///
/// Counts, types, operators and settings only; never a value from the data.
public struct DatasetCard: Sendable {
  /// The run's report.
  public var report: RunReport
  /// The manifest.
  public var manifest: DatasetManifest
  /// The dataset's name (the output folder's name).
  public var name: String

  /// Creates a card.
  public init(report: RunReport, manifest: DatasetManifest, name: String) {
    self.report = report
    self.manifest = manifest
    self.name = name
  }

  /// Hugging Face's size category for `records`.
  static func sizeCategory(_ records: Int) -> String {
    let bounds: [(Int, String)] = [
      (1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
      (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"),
    ]
    return bounds.first { records < $0.0 }?.1 ?? "n>1T"
  }

  /// The card.
  public var markdown: String {
    let compressed = manifest.data.first?.path.hasSuffix(".gz") ?? false
    var text = """
      ---
      pretty_name: \(yamlString(name))
      license: other
      tags:
      - anonymized
      - pii-removed
      - veil
      size_categories:
      - \(Self.sizeCategory(report.records.written))
      task_categories:
      - text-generation
      configs:
      - config_name: default
        data_files:
        - split: train
          path: "data/part-*.jsonl\(compressed ? ".gz" : "")"
      ---

      # \(name)

      Conversation records cleared for training by Veil \(manifest.veilVersion): personal \
      data found in the text was replaced\(manifest.kAnonymity != nil ? ", record metadata was made k-anonymous" : ""), \
      and every file is listed with its SHA-256 in `manifest.json`. Check the folder before you publish or train on it:

      ```sh
      veil gate \(name)
      ```

      ## Dataset structure

      JSON Lines, one record per line, in the shape of the input; only the text fields were rewritten \
      (\(manifest.detection.textFields.map { "`\($0)`" }.joined(separator: ", "))), every other byte of a record is as it was.

      | file | records | bytes |
      |---|---:|---:|

      """
    for file in manifest.data {
      text += "| `\(file.path)` | \(count(file.records ?? 0)) | \(count(file.bytes)) |\n"
    }
    text += "\n\(count(report.records.read)) records read from \(manifest.inputs.count) input file(s), "
    text += "\(count(report.records.written)) written.\n\n"
    text += privacySection + provenanceSection
    return text
  }

  private var privacySection: String {
    var text = "## Privacy\n\n### What was detected and how it was replaced\n\n"
    if report.findings.total == 0 {
      text += "Nothing was found.\n\n"
    } else {
      text += "\(count(report.findings.total)) findings in \(count(report.textUnits)) text units were replaced:\n\n"
      text += "| entity type | replaced | operator |\n|---|---:|---|\n"
      for (entity, found) in sortedCounts(report.findings.byEntity) {
        text += "| `\(entity)` | \(count(found)) | \(report.operators[entity] ?? manifest.operators["default"] ?? "") |\n"
      }
      text += "\nRecognizers that fired: "
      text += sortedCounts(report.findings.byRecognizer).map { "`\($0.0)` \(count($0.1))" }.joined(separator: ", ") + ".\n\n"
    }
    text += """
      Operators: `tag` writes the type (`<PERSON>`), `mask` hides letters and digits, `redact` removes the value, \
      `hash` writes a keyed digest, `pseudonym` a keyed surrogate (emails at example.com/org/net, phone numbers \
      from fictional ranges, test card numbers, documentation IP addresses, names from dictionaries), \
      `generalize` a coarser value, `shift_date` a date moved by a per-subject offset.

      ### k-anonymity


      """
    if let kanon = manifest.kAnonymity, let result = report.kAnonymity {
      text += "The quasi-identifiers \(kanon.quasiIdentifiers.map { "`\($0)`" }.joined(separator: ", ")) were generalized "
      text += "(one level per field for the whole dataset) so that every released combination is shared by at least "
      text += "**k = \(kanon.k)** records"
      if let l = kanon.lDiversity, let sensitive = kanon.sensitive { text += " with at least \(l) distinct values of `\(sensitive)`" }
      text += ". Smallest released class: \(result.minClassSize) records (maximum re-identification risk "
      text += String(format: "%.3f", result.maxRisk) + "), \(count(result.classes)) classes.\n\n"
      text += "| quasi-identifier | level | of |\n|---|---:|---:|\n"
      for field in result.quasiIdentifiers {
        text += "| `\(field)` | \(result.levels[field] ?? 0) | \(result.heights[field] ?? 0) |\n"
      }
      text += "\n### What was suppressed\n\n"
      if result.suppressed == 0 {
        text += "No record was suppressed.\n\n"
      } else if kanon.dropSuppressed {
        text += "\(count(result.suppressed)) records in classes smaller than k were dropped "
        text += "(limit: \(String(format: "%.1f", kanon.suppressionLimit * 100))% of records).\n\n"
      } else {
        text += "\(count(result.suppressed)) records in classes smaller than k were kept with every quasi-identifier "
        text += "replaced by `*` (limit: \(String(format: "%.1f", kanon.suppressionLimit * 100))% of records).\n\n"
      }
    } else {
      text += "Not configured: record-level metadata was not generalized, and nothing was suppressed.\n\n"
    }
    text += "### Quarantine\n\n"
    if report.records.quarantined == 0 {
      text += "No record failed; the limit was \(report.maxQuarantine).\n\n"
    } else {
      text += "\(count(report.records.quarantined)) records failed closed and are not in `data/` (limit \(report.maxQuarantine)): "
      text += sortedCounts(report.quarantineByKind).map { "\($0.0) \(count($0.1))" }.joined(separator: ", ")
      text += ". `quarantine/quarantine.jsonl` names their file, line and reason, never their text.\n\n"
    }
    text += """
      ### Limitations

      Detection is automatic: structured identifiers (emails, phone numbers, cards, IBANs, addresses) are found \
      reliably, names, places and organizations less so (see Veil's evaluation). Pseudonyms are consistent across \
      the dataset; without a vault two values can share one. Treat the dataset as de-identified, not as public.


      """
    return text
  }

  private var provenanceSection: String {
    var text = "## Provenance\n\n"
    text += "- Veil \(manifest.veilVersion); the report is in `report.json` and `report.html`.\n"
    text += "- Configuration `\(manifest.config.source)`, SHA-256 `\(manifest.config.sha256)`.\n"
    text += "- Rules: \(manifest.rules.source), SHA-256 `\(manifest.rules.sha256)`"
    if let files = manifest.rules.files {
      text += ", built from \(files.count) rule and dictionary files (each with its digest in `manifest.json`)"
    }
    text += ".\n"
    text += "- Pseudonymization key id: " + (manifest.keyID.map { "`\($0)`" } ?? "none") + ".\n"
    return text
  }

  private func yamlString(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
