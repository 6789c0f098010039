import Foundation
import VeilIO

extension Engine {
  /// The finishing step of a run: `report.json`, `report.html`, `README.md`, then `manifest.json`.
  ///
  /// Each file is written under a temporary name and renamed; the manifest comes last and lists
  /// the digest of every other file, so it exists only when everything it describes does.
  /// - Parameters:
  ///   - report: The run's report; the class-size histogram is added to it.
  ///   - shards: The data shards, as committed.
  ///   - kAnonymity: The k-anonymity plan that was applied, if any.
  ///   - root: The output folder.
  func publish(_ report: inout RunReport, shards: [DatasetManifest.File], kAnonymity: KAnonymityPlan?, in root: URL) throws {
    if let kAnonymity { report.kAnonymity?.classSizeHistogram = ClassSizeBucket.histogram(kAnonymity.plan.releasedSizes) }
    var files = [
      try Self.describe("quarantine/quarantine.jsonl", in: root, records: report.quarantineByKind.values.reduce(0, +))
    ]

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    try Self.writeFile("report.json", in: root, Array(try encoder.encode(report)) + [0x0A])
    files.append(try Self.describe("report.json", in: root, records: nil))

    var manifest = DatasetManifest(
      format: DatasetManifest.currentFormat, veilVersion: veilVersion, config: configurationDigest, rules: rulesDigest,
      keyID: key?.id, detection: manifestDetection, operators: manifestOperators(report),
      inputs: manifestInputs(report.inputs), data: shards, files: files,
      records: .init(
        read: report.records.read, written: report.records.written, quarantined: report.records.quarantined,
        dropped: report.droppedBySuppression),
      quarantine: .init(records: report.records.quarantined, limit: report.maxQuarantine, byKind: report.quarantineByKind),
      kAnonymity: manifestKAnonymity(report.kAnonymity))

    try Self.writeFile("report.html", in: root, Array(ReportPage(report: report, manifest: manifest).html.utf8))
    manifest.files.append(try Self.describe("report.html", in: root, records: nil))
    let card = DatasetCard(report: report, manifest: manifest, name: root.standardizedFileURL.lastPathComponent)
    try Self.writeFile("README.md", in: root, Array(card.markdown.utf8))
    manifest.files.append(try Self.describe("README.md", in: root, records: nil))

    try Self.writeFile("manifest.json", in: root, Array(try manifest.jsonData()))
  }

  /// Writes `bytes` to `name` under `root`, atomically.
  static func writeFile(_ name: String, in root: URL, _ bytes: [UInt8]) throws(OutputError) {
    let file = try AtomicFileWriter(path: root.appendingPathComponent(name).path)
    try file.write(bytes)
    try file.commit()
  }

  /// A manifest entry for a file already written: read back and hashed.
  static func describe(_ path: String, in root: URL, records: Int?) throws(OutputError) -> DatasetManifest.File {
    let (sha256, bytes) = try StreamDigest.file(root.appendingPathComponent(path).path)
    return .init(path: path, sha256: sha256, bytes: bytes, records: records)
  }
}
