import Foundation
import Testing
import VeilCore
import VeilDetection

@testable import VeilRules

@Suite struct RuleOptionsTests {
  let catalog: RuleCatalog = {
    let yaml = """
      version: 1
      recognizers:
        - id: bank_code
          entity: BANK_CODE
          exclude_inside: [IBAN_CODE]
          allow_list: ['0000 0000']
          threshold: 0.6
          patterns:
            - name: eight_digits
              regex: '\\d{4} ?\\d{4}'
              score: 0.7
            - name: weak
              regex: 'BC\\d{3}'
              score: 0.55
        - id: iban_like
          entity: IBAN_CODE
          patterns:
            - regex: 'DE\\d{2}(?: ?\\d{4}){4}'
              score: 0.9
        - id: titles
          entity: TITLE
          deny_list: [Dr., Mr, "Sr."]
          deny_list_score: 0.8
        - id: de_only
          entity: DE_THING
          enabled: false
          country: DE
          languages: [de]
          patterns:
            - regex: 'XY\\d'
              score: 0.9
      """
    // A failure here shows up as an empty catalog and failing expectations below.
    return (try? writeRules(yaml)).flatMap { try? RuleCatalog.loadOnly([$0]) } ?? RuleCatalog(entries: [])
  }()

  private func found(_ text: String, with recognizers: [any Recognizer]) throws -> [String] {
    let unit = TextUnit(text)
    return try Analyzer(recognizers: recognizers).analyze(unit).map { "\($0.entity):" + String(decoding: unit.utf8[$0.range], as: UTF8.self) }
  }

  /// `allow_words` drops a pattern's whole match that is an entry of the named dictionaries, in any case, and
  /// reports the rest; a missing file fails the load, and the key belongs to pattern rules only.
  @Test func allowWordsDropWholeMatchesListedInADictionary() throws {
    let yaml = """
      version: 1
      recognizers:
        - id: towns_by_shape
          entity: LOCATION
          allow_words: [words.txt, names.txt]
          patterns:
            - regex: '(?<=in )\\p{Lu}\\p{Ll}+ton'
              score: 0.6
      """
    let folder = try writeRules(yaml)
    try Data("# words\nbutton\n".utf8).write(to: folder.appendingPathComponent("words.txt"))
    try Data("Ashton\tm\n".utf8).write(to: folder.appendingPathComponent("names.txt"))
    let recognizers = try RuleCatalog.loadOnly([folder]).selection(only: ["towns_by_shape"])
    #expect(try found("in Button and in Ashton, then in Bartlettton", with: recognizers) == ["LOCATION:Bartlettton"])

    try FileManager.default.removeItem(at: folder.appendingPathComponent("names.txt"))
    #expect {
      try RuleCatalog.loadOnly([folder])
    } throws: { error in
      (error as? RuleLoadError)?.diagnostics.contains {
        $0.description.contains("allow_words") && $0.description.contains("names.txt")
      } ?? false
    }

    let misplaced = try writeRules("""
      version: 1
      recognizers:
        - id: towns
          entity: LOCATION
          kind: dictionary
          dictionary: towns.txt
          allow_words: [words.txt]
      """)
    try Data("Bartlettton\n".utf8).write(to: misplaced.appendingPathComponent("towns.txt"))
    try Data("button\n".utf8).write(to: misplaced.appendingPathComponent("words.txt"))
    #expect {
      try RuleCatalog.loadOnly([misplaced])
    } throws: { error in
      (error as? RuleLoadError)?.diagnostics.contains { $0.message.contains("pattern recognizers only") } ?? false
    }
  }

  @Test func excludeInsideAllowListAndOwnThreshold() throws {
    let recognizers = try catalog.selection(only: ["bank_code", "iban_like"])
    #expect(try found("code 1234 5678 and DE89 3704 0044 0532 0130", with: recognizers) == [
      "BANK_CODE:1234 5678", "IBAN_CODE:DE89 3704 0044 0532 0130",
    ])
    #expect(try found("code 0000 0000", with: recognizers) == [])
    // 0.55 is above the global 0.5 but below the rule's own 0.6.
    #expect(try found("ref BC123", with: recognizers) == [])
  }

  @Test func denyListWholeWordsAnyCase() throws {
    let recognizers = try catalog.selection(only: ["titles"])
    #expect(try found("ask dr. Who, MR Smith or Sr. Ana; not Drake or Mrs", with: recognizers) == [
      "TITLE:dr.", "TITLE:MR", "TITLE:Sr.",
    ])
  }

  @Test func countryRulesAreOffUntilTheirCountryOrLanguageIsOn() throws {
    #expect(try catalog.selection().contains { $0.id == "de_only" } == false)
    #expect(try catalog.selection(countries: ["de"]).contains { $0.id == "de_only" })
    #expect(try catalog.selection(languages: ["DE"]).contains { $0.id == "de_only" })
    #expect(try catalog.selection(languages: ["fr"]).contains { $0.id == "de_only" } == false)
  }

  /// A pattern with `after` runs only in texts where one of the named patterns matched,
  /// also another recognizer's that would otherwise run later (ids run in sorted order).
  @Test func afterRunsAPatternOnlyWhereAnotherMatched() throws {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: a_unit
          entity: UNIT
          patterns:
            - name: unit_after_street
              after: z_street/street
              regex: 'Unit \\d+'
              score: 0.9
        - id: z_street
          entity: STREET
          patterns:
            - name: street
              regex: '\\d+ Main St'
              score: 0.9
            - name: gated_copy
              after: street
              regex: 'Suite \\d+'
              score: 0.9
      """)
    let catalog = try RuleCatalog.loadOnly([folder])
    let both = try catalog.selection()
    // Without a street in the text, neither gated pattern runs, though each would match on its own.
    #expect(try found("Unit 5, Suite 7", with: both) == [])
    #expect(try found("12 Main St, Unit 5, Suite 7", with: both) == ["STREET:12 Main St", "UNIT:Unit 5", "STREET:Suite 7"])
    // Gates are per text of a batch: the street of one text opens nothing in another.
    let analyzer = Analyzer(recognizers: both)
    let results = analyzer.analyze([TextUnit("Unit 5"), TextUnit("12 Main St"), TextUnit("Unit 6")])
    #expect(results.map { (try? $0.get())?.count ?? -1 } == [0, 1, 0])
    // When the gating recognizer is switched off, nothing is known and the pattern runs everywhere.
    #expect(try found("Unit 5", with: catalog.selection(only: ["a_unit"])) == ["UNIT:Unit 5"])
  }

  @Test func afterMustNameAKnownPattern() throws {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: street
          entity: STREET
          patterns:
            - name: first
              after: later
              regex: 'A\\d'
              score: 0.9
            - name: later
              after: nowhere/street
              regex: 'B\\d'
              score: 0.9
      """)
    #expect {
      try RuleCatalog.loadOnly([folder])
    } throws: { error in
      "\(error)".contains("custom.yaml:8: recognizers[street].patterns[0].after: 'later' is not an earlier pattern of 'street'")
    }
    // Another recognizer's pattern that is missing (a user's rule may replace a built-in one
    // and rename its patterns) is a warning: the pattern then runs on every text.
    let renamed = try writeRules("""
      version: 1
      recognizers:
        - id: street
          entity: STREET
          patterns:
            - name: later
              after: nowhere/street
              regex: 'B\\d'
              score: 0.9
      """)
    let catalog = try RuleCatalog.loadOnly([renamed])
    #expect(catalog.warnings.count == 1)
    #expect(catalog.warnings.first?.description.hasSuffix(
      "custom.yaml:8: recognizers[street].patterns[0].after: no pattern 'nowhere/street' in the catalog (recognizer/pattern): this pattern runs on every text") == true)
    #expect(try found("B1", with: catalog.selection()) == ["STREET:B1"])
  }

  @Test func theDocsPageIsUpToDate() throws {
    let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/recognizers.md")
    let committed = try String(contentsOf: page, encoding: .utf8)
    #expect(committed == RuleDocumentation.markdown(for: builtIn), "docs/recognizers.md is stale: run `veil rules docs > docs/recognizers.md`")
  }
}
