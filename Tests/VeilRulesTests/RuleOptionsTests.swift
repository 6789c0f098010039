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

  @Test func theDocsPageIsUpToDate() throws {
    let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/recognizers.md")
    let committed = try String(contentsOf: page, encoding: .utf8)
    #expect(committed == RuleDocumentation.markdown(for: builtIn), "docs/recognizers.md is stale: run `veil rules docs > docs/recognizers.md`")
  }
}
