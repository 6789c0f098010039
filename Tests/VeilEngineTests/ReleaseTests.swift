import Foundation
import Testing
import VeilCore
import VeilIO
import VeilRules

@testable import VeilEngine

@Suite struct ReleaseTests {
  private func sampleEngine() throws -> Engine {
    try Engine(configuration: try Configuration.load(URL(fileURLWithPath: sample("veil.yaml"))))
  }

  private func manifest(_ folder: URL) throws -> DatasetManifest {
    try DatasetManifest.decode(Data(contentsOf: folder.appendingPathComponent("manifest.json")))
  }

  @Test func aRunWritesShardsReportsACardAndAManifestThatDescribesThem() throws {
    let out = try temporaryDirectory()
    let report = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out))
    for name in ["data/part-00000-of-00001.jsonl", "quarantine/quarantine.jsonl", "report.json", "report.html", "README.md", "manifest.json"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
    }
    let manifest = try manifest(out)
    #expect(manifest.format == DatasetManifest.currentFormat)
    #expect(manifest.veilVersion == veilVersion)
    #expect(manifest.config.source.hasSuffix("samples/veil.yaml"))
    #expect(manifest.config.sha256 == StreamDigest.hex(try Data(contentsOf: URL(fileURLWithPath: sample("veil.yaml")))))
    #expect(manifest.rules.sha256.count == 64)
    #expect(manifest.detection.recognizers.contains("email"))
    #expect(manifest.detection.maxFindingsPerRecord == 100_000, "the sample's limit, which the gate applies too")
    #expect(manifest.inputs.map(\.path) == sampleInputs)
    for input in manifest.inputs {
      #expect(input.sha256 == StreamDigest.hex(try Data(contentsOf: URL(fileURLWithPath: input.path))))
    }
    #expect(manifest.inputs.reduce(0) { $0 + $1.records } == report.records.read)
    #expect(manifest.data.count == 1)
    for file in manifest.data + manifest.files {
      let data = try Data(contentsOf: out.appendingPathComponent(file.path))
      #expect(file.sha256 == StreamDigest.hex(data), "\(file.path)")
      #expect(file.bytes == data.count, "\(file.path)")
    }
    #expect(manifest.data[0].records == report.records.written)
    #expect(Set(manifest.files.map(\.path)) == ["quarantine/quarantine.jsonl", "report.json", "report.html", "README.md"])
    #expect(manifest.records.written == 36 && manifest.quarantine.records == 0 && manifest.kAnonymity == nil)
    #expect(manifest.operators["CREDIT_CARD"] == "mask (keep last 4)")
    // Nothing else in the folder: no temporary or pending files.
    #expect(Set(try #require(Gate.listFiles(out))) == Set((manifest.data + manifest.files).map(\.path) + ["manifest.json"]))
  }

  @Test func shardsRotateAtTheShardSizeAndConcatenateToTheSingleShardOutput() throws {
    let folder = try temporaryDirectory()
    let one = folder.appendingPathComponent("one")
    let many = folder.appendingPathComponent("many")
    let engine = try sampleEngine()
    _ = try engine.run(sampleInputs, into: RunOutput(directory: one))
    _ = try engine.run(sampleInputs, into: RunOutput(directory: many, shardSize: 4000))
    let shards = try manifest(many).data
    #expect(shards.count > 3)
    for (index, shard) in shards.enumerated() {
      #expect(shard.path == "data/" + ShardWriter.name(index, of: shards.count, compressed: false))
      #expect(shard.path.hasSuffix("-of-\(ShardWriter.number(shards.count)).jsonl"))
      let data = try Data(contentsOf: many.appendingPathComponent(shard.path))
      #expect(data.count <= 4000 || shard.records == 1, "\(shard.path) has \(data.count) bytes")
    }
    let joined = try shards.reduce(Data()) { $0 + (try Data(contentsOf: many.appendingPathComponent($1.path))) }
    #expect(joined == (try Data(contentsOf: one.appendingPathComponent("data/part-00000-of-00001.jsonl"))))
    #expect(shards.reduce(0) { $0 + ($1.records ?? 0) } == 36)
  }

  @Test func compressedShardsAreHashedAsStored() throws {
    let out = try temporaryDirectory()
    _ = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out, compress: true, shardSize: 10_000))
    let shards = try manifest(out).data
    #expect(shards.count > 1)
    for shard in shards {
      #expect(shard.path.hasSuffix(".jsonl.gz"))
      let data = try Data(contentsOf: out.appendingPathComponent(shard.path))
      #expect(data.prefix(2) == Data([0x1F, 0x8B]))
      #expect(shard.sha256 == StreamDigest.hex(data) && shard.bytes == data.count)
    }
    #expect(Gate().check(out.path).verdict == .cleared)
  }

  @Test func aCompressedInputIsHashedAsStoredWhileItIsRead() throws {
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("in.jsonl.gz")
    let writer = try AtomicFileWriter(path: input.path, gzip: true)
    try writer.write(try String(contentsOfFile: sampleInputs[0], encoding: .utf8))
    try writer.commit()
    let out = folder.appendingPathComponent("out")
    let report = try sampleEngine().run([input.path], into: RunOutput(directory: out))
    let stored = StreamDigest.hex(try Data(contentsOf: input))
    #expect(report.inputs.first?.sha256 == stored)
    #expect(try manifest(out).inputs.first?.sha256 == stored)
  }

  /// The rules digest covers what the recognizers were built from, word lists included: one word added to a user's
  /// dictionary changes it, and the manifest lists every rule and dictionary file with its own digest.
  @Test func theRulesDigestCoversEveryRuleAndDictionaryFileAsRead() throws {
    let folder = try temporaryDirectory()
    let rules = try ruleFolder(
      in: folder, "projects.yaml",
      """
      version: 1
      recognizers:
        - id: projects
          entity: PROJECT
          kind: dictionary
          dictionary: projects.txt
          score: 0.9
      """)
    let words = rules.appendingPathComponent("projects.txt")
    let input = folder.appendingPathComponent("in.jsonl")
    try Data("{\"text\":\"Bluebird ships on Friday\"}\n".utf8).write(to: input)
    var configuration = Configuration()
    configuration.threshold = 0.5
    func run(_ dictionary: String, into name: String) throws -> DatasetManifest.Digest {
      try Data(dictionary.utf8).write(to: words)
      let out = folder.appendingPathComponent(name)
      _ = try Engine(configuration: configuration, extraRuleDirectories: [rules], selection: .only(["projects", "email"]))
        .run([input.path], into: RunOutput(directory: out))
      return try manifest(out).rules
    }
    let first = try run("Bluebird\n", into: "one")
    let second = try run("Bluebird\nRedwing\n", into: "two")
    let secondWords = StreamDigest.hex(try Data(contentsOf: words))
    #expect(first.sha256 != second.sha256)
    #expect(try run("Bluebird\n", into: "three").sha256 == first.sha256, "the same files give the same digest")
    let files = try #require(second.files)
    let listed = Dictionary(uniqueKeysWithValues: files.map { ($0.source, $0.sha256) })
    #expect(listed.count == 3, "\(files.map(\.source))")
    #expect(listed[rules.relativePath + "/projects.txt"] == secondWords)
    #expect(listed[rules.relativePath + "/projects.yaml"]
      == StreamDigest.hex(try Data(contentsOf: rules.appendingPathComponent("projects.yaml"))))
    #expect(listed["rules/recognizers/email.yaml"]?.count == 64)
    #expect(files.map(\.source) == files.map(\.source).sorted())
  }

  @Test func aSecondRunIntoTheFolderRefusesWithoutOverwriteAndReplacesEverythingWithIt() throws {
    let out = try temporaryDirectory()
    let engine = try sampleEngine()
    _ = try engine.run(sampleInputs, into: RunOutput(directory: out, shardSize: 4000))
    #expect(throws: EngineSetupError.self) { try engine.run([sample("notes.jsonl")], into: RunOutput(directory: out)) }
    _ = try engine.run([sample("notes.jsonl")], into: RunOutput(directory: out, overwrite: true))
    let manifest = try manifest(out)
    #expect(manifest.data.map(\.path) == ["data/part-00000-of-00001.jsonl"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("data").path) == ["part-00000-of-00001.jsonl"])
    #expect(Gate().check(out.path).verdict == .cleared)
  }

  @Test func theReportPageIsSelfContainedAndHoldsNoPlantedValue() throws {
    let out = try temporaryDirectory()
    _ = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out))
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for external in ["<script", "src=", "href=", "@import", "url(", "http://", "https://"] {
      #expect(!html.contains(external), "report.html contains \(external)")
    }
    #expect(html.components(separatedBy: "<svg").count - 1 == 2, "findings per type and per recognizer")
    for expected in ["PHONE_NUMBER", "person_names", "mask (keep last 4)", "Quarantine", "MB/s", "k-anonymity"] {
      #expect(html.contains(expected), "report.html lacks \(expected)")
    }
    let card = try String(contentsOf: out.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(card.hasPrefix("---\n"))
    for expected in ["size_categories:", "- n<1K", "configs:", "## Privacy", "| `EMAIL_ADDRESS` | 23 | tag (numbered) |", "### k-anonymity", "veil gate"] {
      #expect(card.contains(expected), "README.md lacks \(expected)")
    }
    let labels = try SampleLabels.load()
    for planted in labels.pii {
      #expect(!html.contains(planted.value), "report.html contains \(planted.value)")
      #expect(!card.contains(planted.value), "README.md contains \(planted.value)")
    }
  }

  @Test func progressIsReportedWithExactCountsAtTheEnd() throws {
    let out = try temporaryDirectory()
    var reports: [RunProgress] = []
    let total = try sampleInputs.reduce(0) { $0 + (try Data(contentsOf: URL(fileURLWithPath: $1)).count) }
    _ = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out)) { _ in } progress: { reports.append($0) }
    let last = try #require(reports.last)
    #expect(last.finished)
    #expect(last.records == 36)
    #expect(last.bytes == total)
    #expect(last.totalBytes == total)
    #expect(last.fraction == 1)
    #expect(reports.filter(\.finished).count == 1)
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytes <= $1.bytes })
  }

  @Test func theDatasetCardAndManifestCarryKAnonymity() throws {
    let folder = try temporaryDirectory()
    let input = try kAnonymityInput(in: folder)
    let out = folder.appendingPathComponent("out")
    let report = try Engine(configuration: try kAnonymityConfiguration(folder)).run([input.path], into: RunOutput(directory: out))
    let histogram = try #require(report.kAnonymity?.classSizeHistogram)
    #expect(histogram.reduce(0) { $0 + $1.records } + (report.kAnonymity?.suppressed ?? 0) == 60)
    let kanon = try #require(try manifest(out).kAnonymity)
    #expect(kanon.k == 5 && kanon.quasiIdentifiers == ["meta.age", "meta.country", "meta.device"] && kanon.sensitive == "meta.plan")
    let card = try String(contentsOf: out.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(card.contains("**k = 5**"))
    #expect(card.contains("| `meta.age` |"))
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("Class-size histogram"))
  }
}

/// 60 chat records with age, country, device and plan, plus one without an age.
func kAnonymityInput(in folder: URL) throws -> URL {
  var lines: [String] = []
  for index in 0..<60 {
    let country = ["DE", "FR", "US"][index % 3]
    let device = index % 2 == 0 ? "ios" : "android"
    lines.append(
      #"{"id":"r\#(index)","messages":[{"role":"user","content":"hi"}],"meta":{"age":\#(20 + index),"country":"\#(country)","device":"\#(device)","plan":"p\#(index % 4)"}}"#)
  }
  lines.append(#"{"id":"no-age","messages":[{"role":"user","content":"hi"}],"meta":{"country":"DE","device":"ios"}}"#)
  let url = folder.appendingPathComponent("in.jsonl")
  try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
  try Data("DE;EU;*\nFR;EU;*\nUS;NA;*\n".utf8).write(to: folder.appendingPathComponent("country.csv"))
  return url
}

/// k = 5 over age, country and device, l-diversity of the plan tracked, one quarantined record allowed.
///
/// - Parameters:
///   - budget: The counting pass's memory budget (`nil`: the default).
///   - drop: Whether suppressed records are dropped instead of starred.
func kAnonymityConfiguration(_ folder: URL, budget: Int? = nil, drop: Bool = false) throws -> Configuration {
  try Configuration.parse("""
    version: 1
    kanon:
      k: 5
      suppression_limit: 0.1
      sensitive: meta.plan
      drop_suppressed: \(drop)
    \(budget.map { "  memory_budget: \($0)" } ?? "")
      quasi_identifiers:
        meta.age: interval:10,20,40
        meta.country: country.csv
        meta.device: mask
    limits:
      max_quarantine: 1
    """, file: "veil.yaml", baseDirectory: folder)
}
