import Foundation
import Testing

@testable import VeilPrivacy

@Suite struct CSVAndCounterTests {
  @Test func quotingRoundTrip() throws {
    let records: [[String]] = [
      ["plain", "with,comma", "with \"quotes\"", "multi\nline", "crlf\r\nend"],
      ["", " padded ", "semi;colon", "ünïcödé", "\"\""],
    ]
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
      let writer = CSVWriter(delimiter: delimiter)
      for record in records { try writer.write(record) }
      try writer.flush()
      let parsed = try CSVReader(data: Data(writer.memory), delimiter: delimiter).allRecords()
      #expect(parsed.map(\.fields) == records)
    }
    #expect(CSVWriter.encodeField("a,b", delimiter: UInt8(ascii: ",")) == "\"a,b\"")
    #expect(CSVWriter.encodeField("a,b", delimiter: UInt8(ascii: ";")) == "a,b")
    #expect(CSVWriter.encodeField("say \"hi\"", delimiter: UInt8(ascii: ",")) == "\"say \"\"hi\"\"\"")
  }

  @Test func readerReportsStartLinesAndErrors() throws {
    let text = "\u{FEFF}h1,h2\r\n\"a\nb\",c\r\n\r\nd,e"
    let records = try CSVReader(data: Data(text.utf8)).allRecords()
    #expect(records.map(\.fields) == [["h1", "h2"], ["a\nb", "c"], ["d", "e"]])
    #expect(records.map(\.line) == [1, 2, 5])
    #expect(throws: KAnonymityError.malformedCSV(
      path: "x.csv", line: 2, message: "quoted field is not closed before end of file")) {
      try CSVReader(data: Data("a\n\"open".utf8), source: "x.csv").allRecords()
    }
    #expect(throws: KAnonymityError.self) { try CSVReader(data: Data("a\"b\n".utf8)).allRecords() }
  }

  @Test func jobPreservesQuotedFieldsAndCRLF() throws {
    let input = try Fixtures.write("name,zip\r\n\"Doe, Jane\",81667\r\n\"Roe \"\"R\"\"\",81675\r\n")
    let output = input.deletingLastPathComponent().appendingPathComponent("out.csv")
    let options = KAnonymityOptions(k: 2, quasiIdentifiers: [QuasiIdentifier(name: "zip", hierarchy: .mask)])
    let report = try runKAnonymity(input: input, output: output, options: options)
    #expect(report.levels["zip"] == 2)
    let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
    #expect(text == "name,zip\r\n\"Doe, Jane\",816**\r\n\"Roe \"\"R\"\"\",816**\r\n")
  }

  @Test func countsMergeAcrossShards() throws {
    let rows = TinyTable.rows
    var whole = ClassCounter(columns: ["age", "sex"], tracksSensitive: true)
    var first = ClassCounter(columns: ["age", "sex"], tracksSensitive: true)
    var second = ClassCounter(columns: ["age", "sex"], tracksSensitive: true)
    for (index, row) in rows.enumerated() {
      whole.add(row, sensitive: TinyTable.diseases[index])
      // Shard two sees the rows in reverse so its ids differ from shard one's.
      if index < 3 { first.add(row, sensitive: TinyTable.diseases[index]) }
    }
    for index in (3..<rows.count).reversed() { second.add(rows[index], sensitive: TinyTable.diseases[index]) }
    first.merge(second)
    #expect(first.records == whole.records)
    #expect(first.distinctKeys == whole.distinctKeys)
    func decoded(_ counter: ClassCounter) -> [String: Int] {
      var result: [String: Int] = [:]
      for (key, count) in counter.counts {
        let text = (0..<2).map { counter.dictionaries[$0].values[Int(key[$0])] }.joined(separator: "|")
          + "|" + counter.sensitiveDictionary.values[Int(key[2])]
        result[text] = count
      }
      return result
    }
    #expect(decoded(first) == decoded(whole))
    let merged = try GeneralizationProblem(counter: first, hierarchies: TinyTable.hierarchies)
    let direct = try GeneralizationProblem(counter: whole, hierarchies: TinyTable.hierarchies)
    let model = PrivacyModel(k: 2, lDiversity: 2, suppressionLimit: 0.2)
    #expect(try merged.search(model: model).best == direct.search(model: model).best)
  }

  @Test func encodedHierarchyMapsLevelsConsistently() throws {
    var counter = ClassCounter(columns: ["zip"])
    for zip in ["81667", "81675", "81925", "81931"] { counter.add([zip]) }
    let hierarchy = try Hierarchy.load(contentsOf: Fixtures.url("arx-test/test_hierarchy_zipcode.csv"))
    let encoded = try EncodedHierarchy(hierarchy: hierarchy, dictionary: counter.dictionaries[0], column: "zip")
    #expect(encoded.height == 5)
    #expect((0...5).map(encoded.domainSize) == [4, 4, 2, 1, 1, 1])
    #expect(encoded.branching == [1, 1, 2, 2, 1, 1])
    for from in 0...5 {
      for to in from...5 {
        for leaf in 0..<4 {
          let atFrom = encoded.leafToLevel[from][leaf]
          let mapped = encoded.map(from: from, to: to).map { $0[Int(atFrom)] } ?? atFrom
          #expect(mapped == encoded.leafToLevel[to][leaf])
        }
      }
    }
  }
}
