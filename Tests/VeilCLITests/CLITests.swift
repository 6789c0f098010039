import Foundation
import Testing
import VeilTestSupport

/// The repository's top folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// The built `veil` executable, next to the test bundle.
let veilExecutable: URL = {
  let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("veil")
  if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
  return repositoryRoot.appendingPathComponent(".build/debug/veil")
}()

struct Execution {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `veil` with `arguments` in the repository folder, feeding `input` to standard input.
func veil(_ arguments: [String], input: String = "") throws -> Execution {
  let process = Process()
  process.executableURL = veilExecutable
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  var environment = ProcessInfo.processInfo.environment
  environment["COLUMNS"] = "100"
  process.environment = environment
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try stdin.fileHandleForWriting.close()
  let out = stdout.fileHandleForReading.readDataToEndOfFile()
  let err = stderr.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Execution(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
}

func temporaryDirectory() throws -> URL { try TemporaryFolders.make("cli") }

@Suite(.serialized) struct CLITests {
  @Test func helpListsTheCommands() throws {
    let result = try veil(["--help"])
    #expect(result.status == 0)
    for command in ["run", "scan", "preview", "rules"] {
      #expect(result.stdout.contains("  \(command) "), "help lacks \(command)")
    }
  }

  @Test func runOnTheSamplesIsCleared() throws {
    let out = try temporaryDirectory().appendingPathComponent("cleared")
    let result = try veil([
      "run", "--config", "samples/veil.yaml", "samples/support-chats.jsonl", "samples/sales-sharegpt.jsonl",
      "samples/notes.jsonl", "--out", out.path, "--compress",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("36 records read, 36 written, 0 quarantined"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/part-00000-of-00001.jsonl.gz").path))
  }

  @Test func quarantineDecidesTheExitStatus() throws {
    let out = try temporaryDirectory()
    let failing = try veil(["run", "samples/bad/bad-input.jsonl", "--out", out.appendingPathComponent("a").path])
    #expect(failing.status == 1)
    #expect(failing.stderr.contains("samples/bad/bad-input.jsonl:2: malformed JSON"))
    #expect(failing.stderr.contains("samples/bad/bad-input.jsonl:7: invalid UTF-8"))
    #expect(failing.stdout.contains("NOT CLEARED"))
    let allowed = try veil(["run", "samples/bad/bad-input.jsonl", "--max-quarantine", "7", "--out", out.appendingPathComponent("b").path])
    #expect(allowed.status == 0)
  }

  @Test func setupProblemsExitWithTwo() throws {
    let folder = try temporaryDirectory()
    let config = folder.appendingPathComponent("veil.yaml")
    try Data("version: 1\noperators:\n  EMAIL_ADDRESS: scramble\n".utf8).write(to: config)
    let badConfig = try veil(["scan", "--config", config.path, "samples/notes.jsonl"])
    #expect(badConfig.status == 2)
    #expect(badConfig.stderr.contains("veil.yaml:3: operators.EMAIL_ADDRESS: unknown operator 'scramble'"))
    let unknownRule = try veil(["scan", "--recognizers", "email,nope", "samples/notes.jsonl"])
    #expect(unknownRule.status == 2)
    #expect(unknownRule.stderr.contains("unknown recognizer id 'nope'"))
    let usage = try veil(["run", "samples/notes.jsonl"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("--out"))
  }

  @Test func ruleWarningsAreShownWithFileAndLine() throws {
    let folder = try temporaryDirectory()
    try Data("""
      version: 1
      recognizers:
        - id: towns
          entity: LOCATION
          kind: dictionary
          dictionary: towns.txt
          score: 0.6
      """.utf8).write(to: folder.appendingPathComponent("towns.yaml"))
    try Data("Port Talbot\nSwansea\nPort Talbot\n".utf8).write(to: folder.appendingPathComponent("towns.txt"))
    let result = try veil(["scan", "--rules", folder.path, "-"], input: #"{"id":"t","text":"off to Swansea"}"# + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("veil: warning: "))
    #expect(result.stderr.contains("towns.txt:3: duplicate entry 'Port Talbot' (kept the first)"))
    #expect(result.stdout.contains(#""label":"LOCATION""#))
  }

  @Test func scanReadsStandardInput() throws {
    let result = try veil(["scan", "--offsets", "utf8", "-"], input: #"{"id":"s","text":"é x@y.org"}"# + "\n")
    #expect(result.status == 0)
    #expect(result.stdout == #"{"id":"s","spans":[{"start":3,"end":10,"label":"EMAIL_ADDRESS","score":0.9,"recognizer":"email"}]}"# + "\n")
  }

  /// `-j1` and `-n2` as make and head take them, not only `-j 1`.
  @Test func shortOptionsTakeAJoinedValue() throws {
    let spaced = try veil(["scan", "-j", "1", "samples/notes.jsonl"])
    let joined = try veil(["scan", "-j1", "samples/notes.jsonl"])
    #expect(joined.status == 0, "\(joined.stderr)")
    #expect(joined.stdout == spaced.stdout && !joined.stdout.isEmpty)
    let preview = try veil(["preview", "-n2", "samples/notes.jsonl"])
    #expect(preview.status == 0, "\(preview.stderr)")
    #expect(preview.stdout.components(separatedBy: "── record").count == 3)
  }

  @Test func previewIsPlainTextWhenPiped() throws {
    let result = try veil(["preview", "samples/support-chats.jsonl", "-n", "1"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}["))
    #expect(result.stdout.contains(":jane.doe@example.com⟧"))
    #expect(result.stdout.contains("recognizer email"))
    #expect(result.stdout.contains("→ "))
    #expect(result.stdout.components(separatedBy: "── record").count == 2)
  }

  @Test func rulesTestAndList() throws {
    let builtIn = try veil(["rules", "test"])
    #expect(builtIn.status == 0, "\(builtIn.stdout)")
    #expect(builtIn.stdout.contains(" 0 failed"))
    let folder = try temporaryDirectory()
    try Data("""
      version: 1
      recognizers:
        - id: ticket
          entity: TICKET
          patterns:
            - regex: 'T-\\d+'
              score: 0.9
          examples:
            match: ['⏩T-1⏪ and T-2']
            no_match: ['none']
      """.utf8).write(to: folder.appendingPathComponent("t.yaml"))
    let broken = try veil(["rules", "test", folder.path])
    #expect(broken.status == 1)
    #expect(broken.stdout.contains("t.yaml:9: ticket: expected \"T-1\", found \"T-1\", \"T-2\""))
    let list = try veil(["rules", "list", "--format", "json"])
    let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    let email = rows?.first { $0["id"] as? String == "email" }
    #expect(email?["entity"] as? String == "EMAIL_ADDRESS")
    #expect(email?["enabled"] as? Bool == true)
    #expect(rows?.first { $0["id"] as? String == "credit_card" }?["validator"] as? String == "luhn")
    // Every row has every key, null where a rule has no validator.
    #expect(rows?.allSatisfy { $0.keys.contains("validator") && $0.keys.contains("enabled") } == true)
    #expect(rows?.first { $0["id"] as? String == "url" }?["validator"] is NSNull)
  }
}

@Suite(.serialized) struct KanonCLITests {
  let fixtures = "Tests/VeilPrivacyTests/Fixtures/adult"

  @Test func writesAKAnonymousTableAndAReport() throws {
    let folder = try temporaryDirectory()
    let table = folder.appendingPathComponent("out.csv").path
    let report = folder.appendingPathComponent("report.json").path
    let result = try veil([
      "kanon", "\(fixtures)/adult_first2000.csv", "--delimiter", ";", "--k", "10", "--suppression-limit", "0.02",
      "--qi", "age=\(fixtures)/adult_hierarchy_age.csv", "--qi", "sex=\(fixtures)/adult_hierarchy_sex.csv",
      "--qi", "race=\(fixtures)/adult_hierarchy_race.csv", "--sensitive", "salary-class", "--out", table, "--report", report,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
    for key in ["levels", "suppressed", "classes", "min_class_size", "dm", "precision_loss", "search_ms", "nodes_checked"] {
      #expect(json?[key] != nil, "report lacks \(key)")
    }
    #expect((json?["min_class_size"] as? Int ?? 0) >= 10)
    let rows = try String(contentsOfFile: table, encoding: .utf8).split(whereSeparator: \.isNewline)
    #expect(rows.first == "sex;age;race;marital-status;education;native-country;workclass;occupation;salary-class")
    #expect(rows.count == 2001)
  }

  @Test func explainsAValueMissingFromAHierarchy() throws {
    let folder = try temporaryDirectory()
    let hierarchy = folder.appendingPathComponent("sex.csv")
    try Data("Male;*\n".utf8).write(to: hierarchy)
    let result = try veil([
      "kanon", "\(fixtures)/adult_first2000.csv", "--delimiter", ";", "--qi", "sex=\(hierarchy.path)",
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Female"))
  }
}
