import Foundation
import Testing

@testable import VeilPrivacy

@Suite struct KAnonymityJobTests {
  private let semicolon = UInt8(ascii: ";")

  /// Groups the released rows of an output table by their quasi-identifier tuple.
  private func releasedClasses(
    _ table: (header: [String], rows: [[String]]), qis: [String], sensitive: String? = nil
  ) -> [[String]: (count: Int, sensitive: Set<String>)] {
    let indexes = qis.compactMap { table.header.firstIndex(of: $0) }
    let sensitiveIndex = sensitive.flatMap { table.header.firstIndex(of: $0) }
    var classes: [[String]: (count: Int, sensitive: Set<String>)] = [:]
    for row in table.rows {
      let key = indexes.map { row[$0] }
      var entry = classes[key] ?? (0, [])
      entry.count += 1
      if let sensitiveIndex { entry.sensitive.insert(row[sensitiveIndex]) }
      classes[key] = entry
    }
    return classes
  }

  @Test func adultOutputIsKAnonymousAndKeepsTheLayout() throws {
    let qis = ["age", "education", "marital-status", "native-country", "sex"]
    let output = try Fixtures.temporaryDirectory().appendingPathComponent("out.csv")
    let options = KAnonymityOptions(
      k: 5, suppressionLimit: 0.05, metric: .precision, delimiter: semicolon, dropSuppressed: false,
      quasiIdentifiers: Fixtures.adult(qis))
    let report = try runKAnonymity(input: Fixtures.adultData, output: output, options: options)
    let input = try readTable(Fixtures.adultData, delimiter: semicolon)
    let written = try readTable(output, delimiter: semicolon)
    #expect(written.header == input.header)
    #expect(written.rows.count == input.rows.count)
    #expect(report.records == 2000)
    #expect(report.outputRows == 2000)
    #expect(Double(report.suppressed) <= 0.05 * 2000)
    // Non-QI columns are untouched.
    let salary = input.header.firstIndex(of: "salary-class") ?? -1
    #expect(zip(written.rows, input.rows).allSatisfy { $0[salary] == $1[salary] })
    // Suppressed rows have every QI "*"; released classes have at least k rows.
    let qiIndexes = qis.compactMap { input.header.firstIndex(of: $0) }
    let suppressedRows = written.rows.filter { row in qiIndexes.allSatisfy { row[$0] == "*" } }
    #expect(suppressedRows.count == report.suppressed)
    let released = written.rows.filter { row in !qiIndexes.allSatisfy { row[$0] == "*" } }
    let classes = releasedClasses((written.header, released), qis: qis)
    #expect(classes.values.allSatisfy { $0.count >= 5 })
    #expect(classes.count == report.classes)
    #expect(classes.values.map(\.count).min() == report.minClassSize)
    #expect(report.maxRisk == 1 / Double(report.minClassSize))
    // Released values are the hierarchy's values at the reported levels.
    let age = try Hierarchy.load(contentsOf: Fixtures.url("adult/adult_hierarchy_age.csv"))
    let ageIndex = input.header.firstIndex(of: "age") ?? -1
    let ageLevel = report.levels["age"] ?? -1
    for (outRow, inRow) in zip(written.rows, input.rows) where outRow[ageIndex] != "*" {
      #expect(outRow[ageIndex] == age.generalize(inRow[ageIndex], to: ageLevel))
    }
    // The histogram accounts for every released record.
    #expect(report.classSizeHistogram.reduce(0) { $0 + $1.records } == 2000 - report.suppressed)
  }

  @Test func dropSuppressedRemovesRows() throws {
    let qis = ["age", "education", "native-country", "occupation"]
    let output = try Fixtures.temporaryDirectory().appendingPathComponent("out.csv")
    let options = KAnonymityOptions(
      k: 10, suppressionLimit: 0.1, delimiter: semicolon, dropSuppressed: true,
      quasiIdentifiers: Fixtures.adult(qis))
    let report = try runKAnonymity(input: Fixtures.adultData, output: output, options: options)
    #expect(report.suppressed > 0)
    let written = try readTable(output, delimiter: semicolon)
    #expect(written.rows.count == 2000 - report.suppressed)
    #expect(report.outputRows == written.rows.count)
    let classes = releasedClasses(written, qis: qis)
    #expect(classes.values.allSatisfy { $0.count >= 10 })
  }

  @Test func lDiversityIsHonouredInTheOutput() throws {
    let qis = ["age", "marital-status", "workclass"]
    let output = try Fixtures.temporaryDirectory().appendingPathComponent("out.csv")
    let options = KAnonymityOptions(
      k: 4, suppressionLimit: 0.03, lDiversity: 2, sensitive: "salary-class", delimiter: semicolon,
      dropSuppressed: true, quasiIdentifiers: Fixtures.adult(qis))
    let report = try runKAnonymity(input: Fixtures.adultData, output: output, options: options)
    #expect(report.lDiversity == 2)
    #expect(report.requiredL == 2)
    let classes = releasedClasses(try readTable(output, delimiter: semicolon), qis: qis, sensitive: "salary-class")
    #expect(!classes.isEmpty)
    #expect(classes.values.allSatisfy { $0.count >= 4 && $0.sensitive.count >= 2 })
  }

  @Test func reportJSONHasSnakeCaseKeys() throws {
    let options = KAnonymityOptions(
      k: 2, suppressionLimit: 0, sensitive: "Disease", delimiter: semicolon,
      quasiIdentifiers: [
        QuasiIdentifier(name: "ZIPCode", hierarchy: .mask),
        QuasiIdentifier(name: "Age", hierarchy: .interval([10, 20])),
      ])
    let report = try runKAnonymity(input: Fixtures.url("arx-test2/test2.csv"), output: nil, options: options)
    let json = try JSONSerialization.jsonObject(with: try report.jsonData()) as? [String: Any] ?? [:]
    for key in [
      "levels", "suppressed", "classes", "min_class_size", "dm", "precision_loss", "search_ms", "nodes_checked",
      "k", "records", "max_risk", "avg_class_size", "l_diversity", "class_size_histogram",
    ] {
      #expect(json[key] != nil, "missing \(key)")
    }
    #expect((json["levels"] as? [String: Int])?.keys.sorted() == ["Age", "ZIPCode"])
    #expect(json["output_rows"] == nil)
    let decoded = try JSONDecoder().decode(KAnonymityReport.self, from: try report.jsonData(pretty: false))
    #expect(decoded == report)
  }

  @Test func generatedHierarchiesEndToEnd() throws {
    let csv = """
      id,zip,born,income
      1,81667,1980-03-05,31
      2,81675,1980-07-01,38
      3,81925,1981-01-09,42
      4,81931,1981-11-30,47
      5,81667,1980-12-24,33
      6,81931,1981-02-02,44

      """
    let input = try Fixtures.write(csv)
    let output = input.deletingLastPathComponent().appendingPathComponent("out.csv")
    let options = KAnonymityOptions(
      k: 2, quasiIdentifiers: [
        QuasiIdentifier(name: "zip", hierarchy: .mask), QuasiIdentifier(name: "born", hierarchy: .date),
        QuasiIdentifier(name: "income", hierarchy: .interval([5, 10, 20])),
      ])
    let report = try runKAnonymity(input: input, output: output, options: options)
    #expect(report.suppressed == 0)
    #expect(report.heights == ["zip": 5, "born": 3, "income": 4])
    let written = try readTable(output, delimiter: UInt8(ascii: ","))
    #expect(written.header == ["id", "zip", "born", "income"])
    #expect(written.rows.map { $0[0] } == ["1", "2", "3", "4", "5", "6"])
    let classes = releasedClasses(written, qis: ["zip", "born", "income"])
    #expect(classes.values.allSatisfy { $0.count >= 2 })
  }

  @Test func valueMissingFromHierarchyNamesColumnLineAndValue() throws {
    let hierarchy = try Fixtures.write("a;*\nb;*\n", name: "h.csv")
    let input = try Fixtures.write("x;note\na;1\nb;2\nzzz;3\n")
    let options = KAnonymityOptions(
      k: 1, delimiter: semicolon, quasiIdentifiers: [QuasiIdentifier(name: "x", hierarchy: .file(path: hierarchy.path))])
    #expect(throws: KAnonymityError.valueNotInHierarchy(column: "x", line: 4, value: "zzz", hierarchy: hierarchy.path)) {
      try runKAnonymity(input: input, output: nil, options: options)
    }
  }

  @Test func badNumberNamesColumnAndLine() throws {
    let input = try Fixtures.write("age\n30\n31\nold\n")
    let options = KAnonymityOptions(k: 1, quasiIdentifiers: [QuasiIdentifier(name: "age", hierarchy: .interval([5]))])
    #expect(throws: KAnonymityError.invalidValue(
      column: "age", line: 4, value: "old", reason: "is not a number (hierarchy interval:5)")) {
      try runKAnonymity(input: input, output: nil, options: options)
    }
  }

  @Test func structuralErrors() throws {
    let input = try Fixtures.write("a,b\n1,2\n3\n")
    let qi = [QuasiIdentifier(name: "a", hierarchy: .mask)]
    #expect(throws: KAnonymityError.malformedCSV(
      path: input.path, line: 3, message: "expected 2 fields like the header, found 1")) {
      try runKAnonymity(input: input, output: nil, options: KAnonymityOptions(k: 1, quasiIdentifiers: qi))
    }
    let good = try Fixtures.write("a,b\n1,2\n")
    #expect(throws: KAnonymityError.missingColumn(path: good.path, column: "nope")) {
      try runKAnonymity(
        input: good, output: nil,
        options: KAnonymityOptions(k: 1, quasiIdentifiers: [QuasiIdentifier(name: "nope", hierarchy: .mask)]))
    }
    #expect(throws: KAnonymityError.self) {
      try runKAnonymity(input: good, output: nil, options: KAnonymityOptions(k: 1, lDiversity: 2, quasiIdentifiers: qi))
    }
    #expect(throws: KAnonymityError.self) {
      try runKAnonymity(input: good, output: nil, options: KAnonymityOptions(k: 1))
    }
  }

  @Test func kTooLargeForTheLimitIsReported() throws {
    let options = KAnonymityOptions(
      k: 8, suppressionLimit: 0.1, delimiter: semicolon,
      quasiIdentifiers: [QuasiIdentifier(name: "age", hierarchy: .file(path: Fixtures.path("arx-test/test_hierarchy_age.csv")))])
    let error = #expect(throws: KAnonymityError.self) {
      try runKAnonymity(input: Fixtures.url("arx-test/test.csv"), output: nil, options: options)
    }
    #expect(error?.description.contains("no generalization satisfies k=8") == true)
  }
}
