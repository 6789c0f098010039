import Foundation
import Testing
import VeilCore
import VeilRules

@testable import VeilEngine

@Suite struct KAnonymityRunTests {
  /// 60 chat records: ages 20–79, three countries, two devices (shared with the release tests).
  private func input(in folder: URL) throws -> URL { try kAnonymityInput(in: folder) }

  private func configuration(_ folder: URL, budget: Int = 200_000, drop: Bool = false) throws -> Configuration {
    try kAnonymityConfiguration(folder, budget: budget, drop: drop)
  }

  private func classes(_ lines: [String]) throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let meta = object?["meta"] as? [String: Any] ?? [:]
      let key = ["age", "country", "device"].map { "\(meta[$0] ?? "?")" }.joined(separator: "|")
      counts[key, default: 0] += 1
    }
    return counts
  }

  @Test func releasedRecordsAreKAnonymousAndTheReportSaysHow() throws {
    let folder = try temporaryDirectory()
    let report = try Engine(configuration: try configuration(folder)).run(
      [try input(in: folder).path], into: RunOutput(directory: folder.appendingPathComponent("out")))
    let summary = try #require(report.kAnonymity)
    #expect(summary.records == 60)
    #expect(summary.minClassSize >= 5)
    #expect(report.quarantineByKind["missing_quasi_identifier"] == 1)
    let written = try lines(of: folder.appendingPathComponent("out/data/part-00000-of-00001.jsonl"))
    #expect(written.count == 60)
    for (key, count) in try classes(written) where !key.contains("*") {
      #expect(count >= 5, "class \(key) has \(count) records")
    }
    #expect(summary.levels.keys.sorted() == ["meta.age", "meta.country", "meta.device"])
    // The text fields and the other metadata are untouched.
    #expect(written.allSatisfy { $0.contains(#""content":"hi""#) && $0.contains(#""plan":"p"#) })
  }

  @Test func spillingToSQLiteGivesTheSameResult() throws {
    let folder = try temporaryDirectory()
    let inputFile = try input(in: folder)
    let inMemory = try Engine(configuration: try configuration(folder)).run(
      [inputFile.path], into: RunOutput(directory: folder.appendingPathComponent("a")))
    let spilled = try Engine(configuration: try configuration(folder, budget: 3)).run(
      [inputFile.path], into: RunOutput(directory: folder.appendingPathComponent("b")))
    #expect((spilled.kAnonymity?.spills ?? 0) > 1)
    #expect(inMemory.kAnonymity?.levels == spilled.kAnonymity?.levels)
    #expect(inMemory.kAnonymity?.dm == spilled.kAnonymity?.dm)
    let a = try Data(contentsOf: folder.appendingPathComponent("a/data/part-00000-of-00001.jsonl"))
    let b = try Data(contentsOf: folder.appendingPathComponent("b/data/part-00000-of-00001.jsonl"))
    #expect(a == b)
  }

  @Test func droppingSuppressedRecords() throws {
    let folder = try temporaryDirectory()
    let report = try Engine(configuration: try configuration(folder, drop: true)).run(
      [try input(in: folder).path], into: RunOutput(directory: folder.appendingPathComponent("out")))
    let suppressed = try #require(report.kAnonymity?.suppressed)
    #expect(report.droppedBySuppression == suppressed)
    #expect(report.records.written == 60 - suppressed)
  }
}

@Suite struct LocationHierarchyTests {
  @Test func citiesGeneralizeToRegionThenCountry() throws {
    let hierarchy = try Engine.locationHierarchy(values: ["Lyon", "Paris", "Xqzzyville"])
    #expect(hierarchy.generalize("Lyon", to: 2) == hierarchy.generalize("Paris", to: 2))
    #expect(hierarchy.generalize("Lyon", to: 2) != "*")
    #expect(hierarchy.generalize("Xqzzyville", to: 1) == "*")
    #expect(hierarchy.generalize("Lyon", to: 3) == "*")
  }
}
