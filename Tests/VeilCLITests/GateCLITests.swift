import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

/// Collects the elements of an XML document, failing on a parse error.
private final class XMLCollector: NSObject, XMLParserDelegate {
  var elements: [(name: String, attributes: [String: String])] = []

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    elements.append((name, attributes))
  }

  static func parse(_ text: String) -> XMLCollector? {
    let collector = XMLCollector()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = collector
    return parser.parse() ? collector : nil
  }
}

/// Runs `veil` with extra environment variables; standard input is empty.
private func veilWithEnvironment(_ arguments: [String], _ extra: [String: String]) throws -> Execution {
  let process = Process()
  process.executableURL = veilExecutable
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = FileHandle.nullDevice
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  let out = stdout.fileHandleForReading.readDataToEndOfFile()
  let err = stderr.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Execution(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
}

@Suite(.serialized) struct GateCLITests {
  /// `veil run` on the samples with their configuration, into a fresh folder.
  private func clearedSamples(_ extra: [String] = []) throws -> URL {
    let out = try temporaryDirectory().appendingPathComponent("cleared")
    let result = try veil(
      ["run", "--config", "samples/veil.yaml", "samples/support-chats.jsonl", "samples/sales-sharegpt.jsonl", "samples/notes.jsonl", "--out", out.path]
        + extra)
    #expect(result.status == 0, "\(result.stderr)")
    return out
  }

  private func appendEmailRecord(_ out: URL) throws {
    let handle = try FileHandle(forWritingTo: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"text": "Reach me at lena.hoffmann@posteo.de"}"#.utf8 + [0x0A]))
    try handle.close()
  }

  @Test func theGateClearsVeilsOwnOutputOfTheSamples() throws {
    let out = try clearedSamples()
    for name in ["manifest.json", "report.html", "README.md", "report.json", "data/part-00000-of-00001.jsonl"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
    }
    let result = try veil(["gate", out.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains(": CLEARED"))
    let github = try veil(["gate", out.path, "--format", "github"])
    #expect(github.status == 0)
    #expect(github.stdout.hasPrefix("::notice title=veil gate::"))
  }

  @Test func theGateFailsWhenOneByteChanges() throws {
    let out = try clearedSamples()
    let shard = out.appendingPathComponent("data/part-00000-of-00001.jsonl")
    var data = try Data(contentsOf: shard)
    data[data.count / 2] = data[data.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
    try data.write(to: shard)
    let result = try veil(["gate", out.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("data/part-00000-of-00001.jsonl does not match its SHA-256 in the manifest"))
  }

  @Test func theGateFailsOnAnAppendedEmailAndAnnotatesItMasked() throws {
    let out = try clearedSamples()
    try appendEmailRecord(out)
    let github = try veil(["gate", out.path, "--format", "github"])
    #expect(github.status == 1)
    let annotation = try #require(github.stdout.split(separator: "\n").first { $0.contains("EMAIL_ADDRESS") })
    #expect(annotation.hasPrefix("::error file=\(out.path)/data/part-00000-of-00001.jsonl,line=37,title=veil gate%3A residual EMAIL_ADDRESS::"))
    #expect(annotation.contains("recognizer 'email'") && annotation.contains("****.********@******.**"))
    for format in ["text", "github", "junit", "sarif", "json"] {
      let result = try veil(["gate", out.path, "--format", format])
      #expect(result.status == 1)
      #expect(!result.stdout.contains("hoffmann") && !result.stderr.contains("hoffmann"), "\(format) prints the value")
    }
  }

  @Test func theJUnitReportIsJUnitXML() throws {
    let out = try clearedSamples()
    try appendEmailRecord(out)
    let result = try veil(["gate", out.path, "--format", "junit"])
    #expect(result.status == 1)
    let xml = try #require(XMLCollector.parse(result.stdout), "not well-formed XML:\n\(result.stdout)")
    #expect(xml.elements.first?.name == "testsuites")
    let suites = xml.elements.filter { $0.name == "testsuite" }
    #expect(suites.count == 1)
    let cases = xml.elements.filter { $0.name == "testcase" }
    #expect(suites.first?.attributes["tests"] == String(cases.count))
    #expect(cases.allSatisfy { $0.attributes["name"] != nil && $0.attributes["classname"] != nil })
    let failures = xml.elements.filter { $0.name == "failure" }
    #expect(failures.count == 2, "integrity and residual PII")
    #expect(suites.first?.attributes["failures"] == "2")
    #expect(failures.allSatisfy { $0.attributes["message"] != nil })

    let cleared = try veil(["gate", try clearedSamples().path, "--format", "junit"])
    #expect(cleared.status == 0)
    let clean = try #require(XMLCollector.parse(cleared.stdout))
    #expect(clean.elements.filter { $0.name == "failure" || $0.name == "error" }.isEmpty)
  }

  @Test func theSARIFReportHasSARIF21sRequiredStructure() throws {
    let out = try clearedSamples()
    try appendEmailRecord(out)
    let result = try veil(["gate", out.path, "--format", "sarif"])
    #expect(result.status == 1)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "veil")
    let ruleIDs = Set(((driver["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    for item in results {
      let ruleID = try #require(item["ruleId"] as? String)
      #expect(ruleIDs.contains(ruleID), "\(ruleID) is not among the driver's rules")
      #expect(((item["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      let locations = try #require(item["locations"] as? [[String: Any]])
      let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
      #expect(((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)?.isEmpty == false)
      let startLine = try #require((physical["region"] as? [String: Any])?["startLine"] as? Int)
      #expect(startLine >= 1)
    }
    let email = try #require(results.first { $0["ruleId"] as? String == "residual-pii/EMAIL_ADDRESS" })
    let region = ((email["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
    #expect(region?["startLine"] as? Int == 37)
  }

  @Test func theGateFailsWithoutAManifestOrWithADeletedShard() throws {
    let out = try clearedSamples(["--shard-size", "6KB"])
    let shards = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("data").path).sorted()
    #expect(shards.count > 2)
    #expect(shards.allSatisfy { $0.hasSuffix("-of-0000\(shards.count).jsonl") })
    try FileManager.default.removeItem(at: out.appendingPathComponent("data").appendingPathComponent(shards[1]))
    let deleted = try veil(["gate", out.path])
    #expect(deleted.status == 1)
    #expect(deleted.stdout.contains("data/\(shards[1]) is listed in the manifest but missing"))
    try FileManager.default.removeItem(at: out.appendingPathComponent("manifest.json"))
    let missing = try veil(["gate", out.path, "--format", "json"])
    #expect(missing.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(missing.stdout.utf8)) as? [String: Any])
    #expect(json["verdict"] as? String == "not_cleared")
  }

  @Test func theGateCannotDecideOnAFolderItCannotReadOrABadPolicy() throws {
    let folder = try temporaryDirectory()
    let absent = try veil(["gate", folder.appendingPathComponent("nothing-here").path])
    #expect(absent.status == 2)
    #expect(absent.stdout.contains("no such folder"))
    let out = try clearedSamples()
    if getuid() != 0 {
      try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: out.path)
      let unreadable = try veil(["gate", out.path])
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out.path)
      #expect(unreadable.status == 2)
    }
    let policy = folder.appendingPathComponent("gate.yaml")
    try Data("version: 1\nmin_scor: 0.2\n".utf8).write(to: policy)
    let bad = try veil(["gate", out.path, "--policy", policy.path])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("gate.yaml:2: min_scor: unknown key 'min_scor' (did you mean 'min_score'?)"))
    let missingPolicy = try veil(["gate", out.path, "--policy", folder.appendingPathComponent("none.yaml").path])
    #expect(missingPolicy.status == 2)
    // A usage error is "could not decide" too (2), never a verdict, unlike other commands' 64.
    let badFormat = try veil(["gate", out.path, "--format", "yaml"])
    #expect(badFormat.status == 2)
    #expect(badFormat.stderr.contains("yaml"))
    #expect(try veil(["gate"]).status == 2)
    try Data("version: 1\nrecognizers: all\nmin_score: 0.3\n".utf8).write(to: policy)
    let strict = try veil(["gate", out.path, "--policy", policy.path])
    #expect(strict.status == 1, "a stricter policy finds more in the samples' output")
  }

  @Test func anInterruptedRunLeavesNoManifestAndCannotPassTheGate() throws {
    // Enough records that the run is still writing when it is killed.
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("many.jsonl")
    let lines = try String(contentsOf: repositoryRoot.appendingPathComponent("samples/support-chats.jsonl"), encoding: .utf8)
    try Data(String(repeating: lines, count: 400).utf8).write(to: input)
    let out = folder.appendingPathComponent("out")
    let process = Process()
    process.executableURL = veilExecutable
    process.arguments = ["run", input.path, "--out", out.path, "--shard-size", "64KB"]
    process.environment = ProcessInfo.processInfo.environment.merging(["VEIL_PROGRESS_INTERVAL": "0"]) { $1 }
    let stderr = Pipe()
    process.standardError = stderr
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Wait for the first progress line: by then data is being written.
    var seen = ""
    while !seen.contains("records"), process.isRunning {
      let chunk = stderr.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
    #expect(process.isRunning, "the run finished before it could be interrupted")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path))
    let gate = try veil(["gate", out.path])
    #expect(gate.status == 1)
    #expect(gate.stdout.contains("manifest.json is missing"))
    // The folder is not empty now, so a new run needs --overwrite.
    let again = try veil(["run", "samples/notes.jsonl", "--out", out.path])
    #expect(again.status == 2)
    #expect(again.stderr.contains("pass --overwrite"))
  }

  @Test func progressGoesToStandardErrorUnlessQuiet() throws {
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("many.jsonl")
    let lines = try String(contentsOf: repositoryRoot.appendingPathComponent("samples/notes.jsonl"), encoding: .utf8)
    try Data(String(repeating: lines, count: 30).utf8).write(to: input)
    let loud = try veilWithEnvironment(["run", input.path, "--out", folder.appendingPathComponent("a").path], ["VEIL_PROGRESS_INTERVAL": "0"])
    #expect(loud.status == 0)
    let progress = try #require(loud.stderr.split(separator: "\n").first { $0.hasPrefix("veil: ") && $0.contains(" records, ") })
    #expect(progress.contains(" MB of ") && progress.contains("MB/s"), "\(progress)")
    #expect(!loud.stderr.contains("\r"), "no live line when standard error is not a terminal")
    let quiet = try veilWithEnvironment(
      ["run", input.path, "--out", folder.appendingPathComponent("b").path, "-q"], ["VEIL_PROGRESS_INTERVAL": "0"])
    #expect(quiet.status == 0)
    #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    let short = try veil(["run", input.path, "--out", folder.appendingPathComponent("d").path])
    #expect(!short.stderr.contains(" records, "), "a run shorter than the log interval prints no progress line")
    let badSize = try veil(["run", input.path, "--out", folder.appendingPathComponent("c").path, "--shard-size", "lots"])
    #expect(badSize.status == 64)
  }
}
