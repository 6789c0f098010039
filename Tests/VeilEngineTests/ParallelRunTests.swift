import Foundation
import Testing
import VeilCore
import VeilRules

@testable import VeilEngine

/// The worker pipeline: the output does not depend on the number of jobs.
@Suite struct ParallelRunTests {
  let key = try! PseudonymKey(bytes: Array(repeating: 7, count: 32))

  /// An input of a few thousand records (many chunks), with broken lines spread through it.
  private func largeInput(in folder: URL) throws -> String {
    var lines: [String] = []
    for round in 0..<40 {
      for path in sampleInputs {
        lines += try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
      }
      lines.append(round.isMultiple(of: 2) ? "{\"id\": \"broken-\(round)\", \"text\": " : "[1, 2, 3]")
    }
    let path = folder.appendingPathComponent("large.jsonl").path
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func run(_ input: String, jobs: Int, vault: PseudonymVault? = nil) throws -> (data: Data, quarantine: Data, report: RunReport) {
    var configuration = Configuration()
    configuration.defaultOperator = .pseudonym(keepDomainShape: false)
    configuration.maxQuarantine = 1000
    let out = try temporaryDirectory()
    let report = try Engine(configuration: configuration, key: key, vault: vault)
      .run([input], into: RunOutput(directory: out, jobs: jobs))
    return (
      try Data(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl")),
      try Data(contentsOf: out.appendingPathComponent("quarantine/quarantine.jsonl")), report
    )
  }

  @Test func byteIdenticalOutputForAnyNumberOfJobs() throws {
    let input = try largeInput(in: try temporaryDirectory())
    let single = try run(input, jobs: 1)
    #expect(single.report.records.written > 1000)  // about three chunks of 512 lines
    #expect(single.report.records.quarantined == 40)
    for jobs in [2, 5] {
      let parallel = try run(input, jobs: jobs)
      #expect(parallel.data == single.data, "data differs with \(jobs) jobs")
      #expect(parallel.quarantine == single.quarantine, "quarantine differs with \(jobs) jobs")
      #expect(parallel.report.findings.byEntity == single.report.findings.byEntity)
      #expect(parallel.report.inputs.map(\.records) == single.report.inputs.map(\.records))
    }
  }

  @Test func byteIdenticalWithAVaultForAnyNumberOfJobs() throws {
    let folder = try temporaryDirectory()
    let input = try largeInput(in: folder)
    let vaultKey = try PseudonymKey(bytes: Array(repeating: 5, count: 32))
    let single = try run(input, jobs: 1, vault: try PseudonymVault(path: folder.appendingPathComponent("a.sqlite").path, key: vaultKey))
    let parallel = try run(input, jobs: 4, vault: try PseudonymVault(path: folder.appendingPathComponent("b.sqlite").path, key: vaultKey))
    #expect(parallel.data == single.data)
    #expect(parallel.quarantine == single.quarantine)
  }

  @Test func scanLinesComeInInputOrderForAnyNumberOfJobs() throws {
    let input = try largeInput(in: try temporaryDirectory())
    let engine = try Engine(rewrites: false)
    func scan(jobs: Int) throws -> ([String], Int) {
      var lines: [String] = []
      let failures = try engine.scan([input], offsets: .codepoints, jobs: jobs, write: { lines.append($0) }, quarantine: { _ in })
      return (lines, failures)
    }
    let (single, failures) = try scan(jobs: 1)
    let (parallel, parallelFailures) = try scan(jobs: 3)
    #expect(single.count > 2000)
    #expect(parallel == single)
    #expect(failures == 40 && parallelFailures == 40)
  }
}

/// Hostile input: time and memory stay bounded per record, and nothing unprocessed is written.
@Suite struct HostileInputTests {
  @Test func aHundredMegabyteLineIsQuarantinedAndItsNeighboursWritten() throws {
    let folder = try temporaryDirectory()
    let path = folder.appendingPathComponent("long.jsonl")
    #expect(FileManager.default.createFile(atPath: path.path, contents: nil))
    let handle = try FileHandle(forWritingTo: path)
    try handle.write(contentsOf: Data("{\"id\": \"before\", \"text\": \"mail me at ana@corp.example\"}\n{\"id\": \"long\", \"text\": \"".utf8))
    let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    for _ in 0..<100 { try handle.write(contentsOf: block) }
    try handle.write(contentsOf: Data("\"}\n{\"id\": \"after\", \"text\": \"call 415-555-0142\"}\n".utf8))
    try handle.close()

    var configuration = Configuration()
    configuration.maxQuarantine = 1
    let out = folder.appendingPathComponent("out")
    let report = try Engine(configuration: configuration).run([path.path], into: RunOutput(directory: out, jobs: 2))
    #expect(report.records.written == 2)
    #expect(report.quarantineByKind == ["line_too_long": 1])
    let data = try String(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl"), encoding: .utf8)
    #expect(!data.contains("ana@corp.example") && !data.contains("415-555-0142"))
    #expect(!data.contains("xxxxxxxx"))
  }

  @Test func aMegabyteOfDigitsOrRepeatsEndsAndIsAccountedFor() throws {
    let folder = try temporaryDirectory()
    let path = folder.appendingPathComponent("digits.jsonl").path
    let lines = [
      "{\"id\": \"digits\", \"text\": \"\(String(repeating: "7", count: 1 << 20))\"}",
      "{\"id\": \"spaced\", \"text\": \"\(String(repeating: "1 ", count: 1 << 19))\"}",
      "{\"id\": \"words\", \"text\": \"\(String(repeating: "Ab ", count: 1 << 18))\"}",
    ]
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    var configuration = Configuration()
    configuration.maxQuarantine = 3
    let out = folder.appendingPathComponent("out")
    let report = try Engine(configuration: configuration).run([path], into: RunOutput(directory: out, jobs: 2))
    // Each record is either written (rewritten) or quarantined: none is lost, none hangs.
    #expect(report.records.written + report.records.quarantined == 3)
    if report.records.written > 0 {
      let data = try String(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl"), encoding: .utf8)
      #expect(data.split(separator: "\n").count == report.records.written)
    }
  }
}
