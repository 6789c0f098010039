import Crypto
import Foundation
import VeilCore
import VeilIO
import VeilRules

/// `manifest.json`: what a run read, with what settings, and exactly what it wrote.
///
/// It is written last, after every other file was renamed into place, so a folder without one
/// is an unfinished run. `veil gate` checks the folder against it: the hash, size and record
/// count of every file, and the settings needed to re-check the data (text fields, detection,
/// k-anonymity). It holds digests, counts and settings only: no values from the data.
public struct DatasetManifest: Codable, Sendable {
  /// The manifest format this Veil writes and reads.
  public static let currentFormat = "veil-manifest/1"

  /// A file with its digest, size and records.
  public struct File: Codable, Sendable {
    /// The path relative to the output folder (`/` separators).
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes as stored.
    public var sha256: String
    /// The file's size in bytes.
    public var bytes: Int
    /// Lines (records) in the file, after decompression; `nil` for files that are not JSONL.
    public var records: Int?

    /// Creates a file entry.
    public init(path: String, sha256: String, bytes: Int, records: Int?) {
      self.path = path
      self.sha256 = sha256
      self.bytes = bytes
      self.records = records
    }
  }

  /// An input the run read.
  public struct Input: Codable, Sendable {
    /// The path as given on the command line.
    public var path: String
    /// SHA-256 of the bytes read (compressed files as stored); `nil` when it could not be taken.
    public var sha256: String?
    /// Why there is no digest, when there is none.
    public var note: String?
    /// Records read from it.
    public var records: Int
    /// Of those, quarantined.
    public var quarantined: Int

    private enum CodingKeys: String, CodingKey { case path, sha256, note, records, quarantined }

    /// Encodes the entry; a missing digest is written as `null`, not left out.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
      try container.encode(sha256, forKey: .sha256)
      try container.encodeIfPresent(note, forKey: .note)
      try container.encode(records, forKey: .records)
      try container.encode(quarantined, forKey: .quarantined)
    }
  }

  /// A digest of something that shaped the output.
  public struct Digest: Codable, Sendable {
    /// Where it came from (a path, or a description such as `defaults`).
    public var source: String
    /// Lowercase hex SHA-256.
    public var sha256: String
    /// For the rules: each rule and dictionary file the recognizers were built from, with its own digest.
    public var files: [Digest]?
  }

  /// The detection settings of the run: what the gate re-scans with unless its policy says otherwise.
  public struct Detection: Codable, Sendable {
    /// JSON paths of the text fields.
    public var textFields: [String]
    /// The global threshold.
    public var threshold: Double
    /// Per-type thresholds.
    public var thresholds: [String: Double]
    /// The conflict strategy.
    public var strategy: String
    /// The recognizer ids that ran.
    public var recognizers: [String]
    /// The most findings a record could hold (`limits.max_findings_per_record`); absent in manifests written
    /// before the limit existed.
    public var maxFindingsPerRecord: Int?
  }

  /// The k-anonymity settings the data can be re-checked against.
  public struct KAnonymity: Codable, Sendable {
    /// The k required.
    public var k: Int
    /// Distinct sensitive values required per class.
    public var lDiversity: Int?
    /// The sensitive field.
    public var sensitive: String?
    /// The quasi-identifier fields, in order.
    public var quasiIdentifiers: [String]
    /// The largest share of records that may be suppressed.
    public var suppressionLimit: Double
    /// Whether suppressed records were dropped (else their quasi-identifiers became `*`).
    public var dropSuppressed: Bool
    /// What the run achieved.
    public var result: KAnonymitySummary?
  }

  /// Record counts.
  public struct Records: Codable, Sendable {
    /// Records read.
    public var read: Int
    /// Records written to `data/`.
    public var written: Int
    /// Records quarantined.
    public var quarantined: Int
    /// Records dropped by k-anonymity suppression.
    public var dropped: Int
  }

  /// The quarantine.
  public struct Quarantine: Codable, Sendable {
    /// Records quarantined.
    public var records: Int
    /// The limit that was in force.
    public var limit: Int
    /// Per category.
    public var byKind: [String: Int]
  }

  /// The manifest format (`veil-manifest/1`).
  public var format: String
  /// Veil's version.
  public var veilVersion: String
  /// The configuration file's digest (or of `defaults`).
  public var config: Digest
  /// A digest of the recognizer definitions in force.
  public var rules: Digest
  /// The pseudonymization key's id, if a key was used (never the key).
  public var keyID: String?
  /// The detection settings.
  public var detection: Detection
  /// The operator applied to each entity type (`default` for the rest).
  public var operators: [String: String]
  /// The inputs.
  public var inputs: [Input]
  /// The data shards, in order.
  public var data: [File]
  /// Every other file: quarantine, report.json, report.html, README.md.
  public var files: [File]
  /// Record counts.
  public var records: Records
  /// The quarantine.
  public var quarantine: Quarantine
  /// k-anonymity, when configured.
  public var kAnonymity: KAnonymity?

  /// The encoder for manifests: sorted keys, snake_case, pretty.
  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return encoder
  }

  /// The manifest as JSON.
  public func jsonData() throws -> Data {
    var data = try Self.encoder.encode(self)
    data.append(UInt8(ascii: "\n"))
    return data
  }

  /// Reads a manifest.
  ///
  /// - Throws: `DecodingError` when it is not a manifest.
  public static func decode(_ data: Data) throws -> DatasetManifest {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(DatasetManifest.self, from: data)
  }
}

/// SHA-256 of a stream of bytes, as lowercase hex.
struct StreamDigest {
  private var hasher = SHA256()
  /// Bytes fed so far.
  private(set) var count = 0

  mutating func update(_ bytes: some DataProtocol) {
    hasher.update(data: bytes)
    count += bytes.count
  }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
    count += bytes.count
  }

  /// The hex digest (the digest cannot be updated afterwards).
  func finalize() -> String { hasher.finalize().hexadecimal }

  /// The digest of `bytes`.
  static func hex(_ bytes: some DataProtocol) -> String {
    var digest = StreamDigest()
    digest.update(bytes)
    return digest.finalize()
  }

  /// The digest and size of a file, read in 1 MiB chunks.
  ///
  /// - Throws: `OutputError` when the file cannot be read.
  static func file(_ path: String) throws(OutputError) -> (sha256: String, bytes: Int) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw OutputError(path: path, reason: "cannot open for reading")
    }
    defer { try? handle.close() }
    var digest = StreamDigest()
    do {
      while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { digest.update(chunk) }
    } catch {
      throw OutputError(path: path, reason: "cannot read: \(error.localizedDescription)")
    }
    return (digest.finalize(), digest.count)
  }
}

extension Engine {
  /// The detection settings in force, for the manifest.
  var manifestDetection: DatasetManifest.Detection {
    DatasetManifest.Detection(
      textFields: configuration.textFields, threshold: configuration.threshold,
      thresholds: Dictionary(uniqueKeysWithValues: configuration.thresholds.map { ($0.key.rawValue, $0.value) }),
      strategy: configuration.strategy.rawValue, recognizers: analyzer.recognizers.map(\.id.rawValue).sorted(),
      maxFindingsPerRecord: configuration.maxFindingsPerRecord)
  }

  /// The configuration file's digest, or that of the word `defaults` when none was read.
  var configurationDigest: DatasetManifest.Digest {
    guard let path = configuration.sourcePath, let bytes = configuration.sourceBytes else {
      return .init(source: "defaults", sha256: StreamDigest.hex(Array("defaults".utf8)))
    }
    return .init(source: path, sha256: StreamDigest.hex(bytes))
  }

  /// A digest of every recognizer that ran (sorted by id) and the files it was built from: its rule file and its
  /// dictionaries, as they were read. A changed word list changes it as a changed pattern does.
  var rulesDigest: DatasetManifest.Digest {
    let running = Set(analyzer.recognizers.map(\.id))
    var digest = StreamDigest()
    var files = Set<SourceDigest>()
    for entry in catalog.entries where running.contains(entry.spec.id) {
      digest.update(Array("\(entry.spec.id)\n".utf8))
      for source in entry.sources { digest.update(Array("\t\(source.path)\t\(source.sha256)\n".utf8)) }
      files.formUnion(entry.sources)
    }
    return .init(
      source: "\(running.count) recognizers", sha256: digest.finalize(),
      files: files.sorted().map { .init(source: $0.path, sha256: $0.sha256) })
  }

  /// The k-anonymity section, when configured.
  func manifestKAnonymity(_ summary: KAnonymitySummary?) -> DatasetManifest.KAnonymity? {
    guard let kanon = configuration.kAnonymity else { return nil }
    return DatasetManifest.KAnonymity(
      k: kanon.k, lDiversity: kanon.lDiversity, sensitive: kanon.sensitive, quasiIdentifiers: kanon.fields.map(\.path),
      suppressionLimit: kanon.suppressionLimit, dropSuppressed: kanon.dropSuppressed, result: summary)
  }

  /// The operators in force, per type found and `default`.
  func manifestOperators(_ report: RunReport) -> [String: String] {
    var operators = report.operators
    operators["default"] = configuration.defaultOperator.description
    for (entity, spec) in configuration.operators { operators[entity.rawValue] = spec.description }
    return operators
  }

  /// The digest of each input, taken while it was read (`nil` with a note when it could not be read).
  func manifestInputs(_ inputs: [RunReport.Input]) -> [DatasetManifest.Input] {
    inputs.map { input in
      DatasetManifest.Input(
        path: input.path, sha256: input.sha256, note: input.sha256 == nil ? "not hashed: the input could not be read" : nil,
        records: input.records, quarantined: input.quarantined)
    }
  }
}
