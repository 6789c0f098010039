import Foundation
import Testing
import VeilCore
import VeilDetection

@testable import VeilRules

@Suite struct DictionaryRuleTests {
  private func folder(dictionary: [UInt8]) throws -> URL {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: towns
          entity: LOCATION
          kind: dictionary
          dictionary: towns.txt
          score: 0.6
          examples:
            match: ['to ⏩Port Talbot⏪ now']
            no_match: ['port talbot']
      """)
    try Data(dictionary).write(to: folder.appendingPathComponent("towns.txt"))
    return folder
  }

  @Test func loadsWithWarningsNamingTheLine() throws {
    let catalog = try RuleCatalog.loadOnly([try folder(dictionary: Array("# towns\nPort Talbot\tGB\n Swansea \nPort Talbot\n".utf8))])
    let warnings = catalog.warnings.map(\.description)
    #expect(warnings == [
      "towns.txt:3: stray whitespace around 'Swansea' (trimmed)",
      "towns.txt:4: duplicate entry 'Port Talbot' (kept the first)",
    ])
    let entry = try #require(catalog.entry("towns"))
    #expect(RuleExamples.check(entry).isEmpty)
  }

  @Test func invalidUTF8FailsTheWholeFile() throws {
    let folder = try folder(dictionary: Array("Swansea\n".utf8) + [0xC3, 0x28, 0x0A])
    #expect {
      try RuleCatalog.loadOnly([folder])
    } throws: { error in
      (error as? RuleLoadError)?.description.contains("towns.txt:2: not valid UTF-8") == true
    }
  }

  @Test func missingDictionaryIsNamed() throws {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: people
          entity: PERSON
          kind: person
          dictionaries: {first_names: nope.txt, surnames: nope.txt}
      """)
    #expect {
      try RuleCatalog.loadOnly([folder])
    } throws: { error in
      (error as? RuleLoadError)?.description.contains("dictionary 'nope.txt' not found") == true
    }
  }

  /// Rules compile on all cores: many rules naming the same files, some broken, must still report each problem
  /// once, in the order of the rules, and the same way on every load; a file's warnings come once, however many
  /// rules read it.
  @Test func rulesCompiledSideBySideReportInRuleOrder() throws {
    func folder(broken: Bool) throws -> URL {
      var yaml = "version: 1\nrecognizers:\n"
      for index in 0..<24 {
        let missing = broken && index % 5 == 2
        yaml += """
            - id: towns_\(index)
              entity: LOCATION
              kind: dictionary
              dictionary: \(missing ? "missing-\(index).txt" : "towns-\(index % 3).txt")
              common_words: common.txt
              score: 0.6
            - id: code_\(index)
              entity: ID_NUMBER
              patterns: [{name: code, regex: '\(broken && index % 7 == 3 ? "(unclosed" : "\\bT\(index)\\b")', score: 0.5}]

          """
      }
      let folder = try writeRules(yaml)
      for file in 0..<3 {
        try Data("Port Talbot\n Swansea \nPort Talbot\nTown \(file)\n".utf8)
          .write(to: folder.appendingPathComponent("towns-\(file).txt"))
      }
      try Data("swansea\n".utf8).write(to: folder.appendingPathComponent("common.txt"))
      return folder
    }

    let broken = try folder(broken: true)
    func problems() -> [String] {
      do {
        _ = try RuleCatalog.loadOnly([broken])
        return []
      } catch { return error.diagnostics.map(\.description) }
    }
    let first = problems()
    let expected = (0..<24).flatMap { index -> [String] in
      (index % 5 == 2 ? ["towns_\(index)].dictionary: dictionary 'missing-\(index).txt' not found"] : [])
        + (index % 7 == 3 ? ["code_\(index)].patterns[0].regex"] : [])
    }
    #expect(first.count == expected.count)
    for (problem, fragment) in zip(first, expected) { #expect(problem.contains(fragment), "\(problem)") }
    for _ in 0..<3 { #expect(problems() == first) }

    let catalog = try RuleCatalog.loadOnly([try folder(broken: false)])
    #expect(catalog.entries.count == 48)
    #expect(catalog.warnings.map(\.description) == (0..<3).flatMap { file in
      [
        "towns-\(file).txt:2: stray whitespace around 'Swansea' (trimmed)",
        "towns-\(file).txt:3: duplicate entry 'Port Talbot' (kept the first)",
      ]
    })
    let town = try #require(catalog.entry("towns_5")?.recognizer as? DictionaryRecognizer)
    #expect(town.gazetteer.entries.map(\.text) == ["Port Talbot", "Swansea", "Town 2"])
    #expect(town.commonWords.contains("Swansea"))
  }
}
