import Foundation
import Testing
import VeilCore
import VeilIO
import VeilRules

@testable import VeilEngine

@Suite struct RunTests {
  private func sampleEngine() throws -> Engine {
    try Engine(configuration: try Configuration.load(URL(fileURLWithPath: sample("veil.yaml"))))
  }

  /// All decoded text of the given JSONL lines.
  private func decodedText(_ lines: [String]) throws -> String {
    let decoder = RecordDecoder()
    return try lines.enumerated().flatMap { index, line in
      try decoder.decode(Array(line.utf8), at: SourceLocation(file: "x", line: index + 1)).units.map(\.string)
    }.joined(separator: "\n")
  }

  @Test func samplesLeaveNoPlantedPIIAndKeepEveryLookalike() throws {
    let out = try temporaryDirectory()
    let report = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out))
    #expect(report.records.quarantined == 0)
    let written = try lines(of: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    #expect(written.count == report.records.written)
    let text = try decodedText(written)
    let labels = try SampleLabels.load()
    #expect(labels.pii.count > 100)
    for planted in labels.pii {
      #expect(!text.contains(planted.value), "\(planted.entity ?? "?") \(planted.value) leaked")
    }
    for lookalike in labels.lookalikes {
      #expect(text.contains(lookalike.value), "look-alike \(lookalike.value) (\(lookalike.kind ?? "")) was changed")
    }
  }

  @Test func everyByteOutsideChangedTextIsUnchanged() throws {
    let out = try temporaryDirectory()
    _ = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out))
    let inputs = try sampleInputs.flatMap { try lines(of: URL(fileURLWithPath: $0)) }
    let outputs = try lines(of: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    #expect(inputs.count == outputs.count)
    let decoder = RecordDecoder()
    for (index, (input, output)) in zip(inputs, outputs).enumerated() {
      let location = SourceLocation(file: "x", line: index + 1)
      let before = try decoder.decode(Array(input.utf8), at: location)
      let after = try decoder.decode(Array(output.utf8), at: location)
      #expect(skeleton(before) == skeleton(after), "line \(index + 1) changed outside its text fields")
      #expect(before.units.count == after.units.count)
    }
  }

  /// The raw bytes between text literals.
  private func skeleton(_ record: Record) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    for range in record.literalRanges {
      parts.append(Array(record.raw[start..<range.lowerBound]))
      start = range.upperBound
    }
    parts.append(Array(record.raw[start...]))
    return parts
  }

  @Test func numberedTagsAreConsistentWithinAConversationOnly() throws {
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("in.jsonl")
    try Data("""
      {"id":"a","messages":[{"role":"user","content":"I am ann@example.com, cc bob@example.com"},{"role":"assistant","content":"Writing to Ann@Example.com now"}]}
      {"id":"b","messages":[{"role":"user","content":"bob@example.com here"}]}

      """.utf8).write(to: input)
    var config = Configuration()
    config.operators[.emailAddress] = .tag(numbered: true)
    let out = folder.appendingPathComponent("out")
    _ = try Engine(configuration: config).run([input.path], into: RunOutput(directory: out))
    let written = try lines(of: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    #expect(written == [
      #"{"id":"a","messages":[{"role":"user","content":"I am <EMAIL_ADDRESS_1>, cc <EMAIL_ADDRESS_2>"},{"role":"assistant","content":"Writing to <EMAIL_ADDRESS_1> now"}]}"#,
      #"{"id":"b","messages":[{"role":"user","content":"<EMAIL_ADDRESS_1> here"}]}"#,
    ])
  }

  @Test func badInputIsQuarantinedWithReasonsAndNeverWritten() throws {
    let out = try temporaryDirectory()
    var notified: [QuarantineEntry] = []
    let report = try Engine().run([sample("bad/bad-input.jsonl")], into: RunOutput(directory: out)) { notified.append($0) }
    let written = try lines(of: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    #expect(written.count == 2)
    #expect(report.records.written == 2)
    #expect(report.records.quarantined == 7)
    #expect(report.records.read == 9)
    let quarantine = try lines(of: out.appendingPathComponent("quarantine/quarantine.jsonl"))
    let entries = try quarantine.map { try JSONDecoder().decode(QuarantineEntry.self, from: Data($0.utf8)) }
    #expect(entries == notified)
    #expect(entries.map(\.line) == [2, 3, 4, 5, 6, 7, 8])
    #expect(entries.map(\.kind) == [.malformedJSON, .notAnObject, .noTextField, .notAString, .malformedJSON, .invalidUTF8, .badEscape])
    #expect(entries.allSatisfy { $0.source.hasSuffix("samples/bad/bad-input.jsonl") })
    // Reasons name the problem, never the content.
    let quarantineText = quarantine.joined(separator: "\n")
    for phrase in ["closing brace", "never terminated", "latte", "this string", "\"is\", \"an\""] {
      #expect(!quarantineText.contains(phrase), "quarantine leaks '\(phrase)'")
    }
  }

  @Test func truncatedGzipKeepsCompleteRecordsAndQuarantinesTheRest() throws {
    let out = try temporaryDirectory()
    let report = try Engine().run([sample("bad/truncated.jsonl.gz")], into: RunOutput(directory: out))
    #expect(report.records.written > 0)
    #expect(report.quarantineByKind["truncated_input", default: 0] >= 1)
    let written = try lines(of: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    for line in written {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "a written line is not complete JSON")
    }
  }

  @Test func unreadableInputIsReportedAndTheRunGoesOn() throws {
    let out = try temporaryDirectory()
    let report = try Engine().run(["/nonexistent/in.jsonl", sample("notes.jsonl")], into: RunOutput(directory: out))
    #expect(report.quarantineByKind["unreadable_input"] == 1)
    #expect(report.records.written > 0)
  }

  @Test func outputIsDeterministicAndCompressible() throws {
    let engine = try sampleEngine()
    var files: [Data] = []
    for compress in [false, true, true] {
      let out = try temporaryDirectory()
      _ = try engine.run(sampleInputs, into: RunOutput(directory: out, compress: compress))
      let name = "data/part-00000-of-00001.jsonl" + (compress ? ".gz" : "")
      files.append(try Data(contentsOf: out.appendingPathComponent(name)))
    }
    #expect(files[1] == files[2])
    // The gzip output reads back to the plain output.
    let folder = try temporaryDirectory()
    let gz = folder.appendingPathComponent("x.gz")
    try files[1].write(to: gz)
    var roundTrip: [UInt8] = []
    try InputReader().forEachLine(in: gz.path) { line in
      if case .line(_, let bytes) = line { roundTrip += bytes + [10] }
    }
    #expect(Data(roundTrip) == files[0])
  }

  @Test func aBadFieldPathNamesTheConfigurationFile() throws {
    var configuration = Configuration()
    configuration.sourcePath = "pipeline.yaml"
    configuration.textFields = ["messages[0].content"]
    #expect {
      try Engine(configuration: configuration)
    } throws: { error in
      (error as? EngineSetupError)?.description.hasPrefix("pipeline.yaml: text field path 'messages[0].content'") == true
    }
  }

  @Test func refusesANonEmptyFolderUnlessOverwriting() throws {
    let out = try temporaryDirectory()
    try Data("keep".utf8).write(to: out.appendingPathComponent("notes.txt"))
    #expect(throws: EngineSetupError.self) {
      try Engine().run([sample("notes.jsonl")], into: RunOutput(directory: out))
    }
    _ = try Engine().run([sample("notes.jsonl")], into: RunOutput(directory: out, overwrite: true))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
  }

  @Test func reportHasCountsButNoValues() throws {
    let out = try temporaryDirectory()
    let report = try sampleEngine().run(sampleInputs, into: RunOutput(directory: out))
    #expect(report.findings.total > 100)
    #expect(report.findings.byEntity["EMAIL_ADDRESS", default: 0] > 10)
    #expect(report.operators["CREDIT_CARD"] == "mask (keep last 4)")
    let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
    #expect(json.contains("\"by_recognizer\""))
    for planted in try SampleLabels.load().pii {
      #expect(!json.contains(planted.value), "report contains \(planted.value)")
    }
  }
}

@Suite struct DetectionLimitTests {
  @Test func catastrophicRegexQuarantinesTheRecordInsteadOfHangingOrPassingIt() throws {
    let folder = try temporaryDirectory()
    let rules = try ruleFolder(
      in: folder, "evil.yaml",
      """
      version: 1
      recognizers:
        - id: evil
          entity: EVIL
          patterns:
            - regex: '(a|aa)+$'
              score: 0.9
          examples:
            match: ['⏩aaaa⏪']
            no_match: ['b']
      """)
    let input = folder.appendingPathComponent("in.jsonl")
    let attack = String(repeating: "a", count: 5000) + "b"
    try Data("{\"text\":\"fine aaa\"}\n{\"text\":\"\(attack)\"}\n".utf8).write(to: input)
    let out = folder.appendingPathComponent("out")
    let report = try Engine(extraRuleDirectories: [rules]).run([input.path], into: RunOutput(directory: out))
    #expect(report.records.written == 1)
    #expect(report.quarantineByKind["detection_limit"] == 1)
    let data = try String(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl"), encoding: .utf8)
    #expect(!data.contains("aaaaaaaaaa"))
  }

  /// A record holding more findings than `limits.max_findings_per_record`, in one text or over its messages,
  /// is quarantined (a dump of personal data, or a line built to exhaust memory); one at the limit is written.
  @Test func aRecordOverTheFindingLimitIsQuarantined() throws {
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("in.jsonl")
    let emails = (0..<4).map { "user\($0)@example.com" }
    try Data("""
      {"text":"\(emails.prefix(3).joined(separator: " "))"}
      {"messages":[{"role":"user","content":"hi"},{"role":"user","content":"\(emails.joined(separator: ", "))"}]}
      {"messages":[{"role":"user","content":"\(emails[0]) \(emails[1])"},{"role":"user","content":"\(emails[2]) \(emails[3])"}]}

      """.utf8).write(to: input)
    var configuration = Configuration()
    configuration.maxFindingsPerRecord = 3
    let out = folder.appendingPathComponent("out")
    let report = try Engine(configuration: configuration).run([input.path], into: RunOutput(directory: out))
    #expect(report.records.written == 1)
    #expect(report.quarantineByKind["detection_limit"] == 2)
    let data = try String(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl"), encoding: .utf8)
    #expect(!data.contains("@example.com"))
    let quarantine = try String(contentsOf: out.appendingPathComponent("quarantine/quarantine.jsonl"), encoding: .utf8)
    #expect(quarantine.contains("\"recognizer email: more than 3 findings in one record (limits.max_findings_per_record)\""))
    #expect(!quarantine.contains("example.com"))
  }

  /// A record of more messages than `limits.max_texts_per_record` is quarantined as it is decoded; its neighbours,
  /// one at the limit among them, are written.
  @Test func aRecordOfMoreMessagesThanTheLimitIsQuarantined() throws {
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("in.jsonl")
    func messages(_ count: Int) -> String {
      #"{"messages":["# + (0..<count).map { #"{"role":"user","content":"mail user\#($0)@example.com"}"# }
        .joined(separator: ",") + "]}"
    }
    try Data((messages(2) + "\n" + messages(3) + "\n" + messages(1) + "\n").utf8).write(to: input)
    var configuration = Configuration()
    configuration.maxTextsPerRecord = 2
    let out = folder.appendingPathComponent("out")
    let report = try Engine(configuration: configuration).run([input.path], into: RunOutput(directory: out))
    #expect(report.records.written == 2)
    #expect(report.quarantineByKind["too_many_texts"] == 1)
    let data = try String(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl"), encoding: .utf8)
    #expect(!data.contains("@example.com"))
    let quarantine = try String(contentsOf: out.appendingPathComponent("quarantine/quarantine.jsonl"), encoding: .utf8)
    #expect(quarantine.contains("more than 2 messages or text fields in one record (limits.max_texts_per_record)"))
    #expect(quarantine.contains("\"line\":2"))
  }
}
