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
}
