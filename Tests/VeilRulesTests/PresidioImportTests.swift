import Foundation
import Testing
import VeilCore
import VeilDetection

@testable import VeilRules

@Suite struct PresidioImportTests {
  let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/presidio-recognizers.yaml")

  private func imported() throws -> (PresidioImporter.Result, RuleCatalog) {
    let text = try String(contentsOf: fixture, encoding: .utf8)
    let result = try PresidioImporter.convert(text, file: "presidio.yaml", builtInEntities: [.creditCard: "credit_card"])
    let folder = try writeRules(result.yaml, name: "imported.yaml")
    return (result, try RuleCatalog.loadOnly([folder]))
  }

  @Test func convertsRegexContextAndDenyListRecognizers() throws {
    let (result, catalog) = try imported()
    #expect(result.converted == 3)
    #expect(result.skipped == 2)
    #expect(catalog.entries.map(\.spec.id) == ["employee_id", "titles_recognizer", "zip_code_recognizer"])
    let zip = try #require(catalog.entry("zip_code_recognizer"))
    #expect(zip.spec.entity == "ZIP")
    #expect(zip.spec.context == ["zip", "code"])
    #expect(zip.spec.patterns.first?.flags == ["caseless", "multiline", "dotall"])
    #expect(catalog.entry("employee_id")?.spec.languages == ["en", "de"])
  }

  /// The spans Presidio finds on these texts (its regexes are run as Python `re` would: same
  /// syntax here), with Presidio's default threshold of 0.
  static let examples: [(id: String, text: String, spans: [String])] = [
    ("zip_code_recognizer", "ship to zip 10023-1234 or 94107", ["10023-1234", "94107"]),
    ("zip_code_recognizer", "order 123456 and 1234", []),
    ("titles_recognizer", "I suspect Professor Plum and mr. Green, not Drake", ["Professor", "mr."]),
    ("employee_id", "staff badge EMP-004217 and EMP-42", ["EMP-004217"]),
  ]

  @Test(arguments: examples.indices)
  func findsTheSameSpansAsPresidio(index: Int) throws {
    let example = Self.examples[index]
    let (_, catalog) = try imported()
    let entry = try #require(catalog.entry(RecognizerID(example.id)))
    let analyzer = Analyzer(recognizers: [entry.recognizer], policy: DetectionPolicy(threshold: 0))
    let text = TextUnit(example.text)
    let found = try analyzer.analyze(text).map { String(decoding: text.utf8[$0.range], as: UTF8.self) }
    #expect(found == example.spans)
  }

  @Test func saysWhatItCouldNotConvert() throws {
    let (result, _) = try imported()
    let notes = result.notes.joined(separator: "\n")
    #expect(notes.contains("'CreditCardRecognizer' is a predefined Presidio recognizer"))
    #expect(notes.contains("use Veil's built-in credit_card"))
    #expect(notes.contains("'Broken' has no usable pattern"))
    #expect(notes.contains("'python-only lookbehind' is not valid PCRE2"))
    #expect(notes.contains("key 'mask_char' has no Veil equivalent"))
  }
}
