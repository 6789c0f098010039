import Testing
import VeilCore

@testable import VeilTransform

private func finding(_ entity: EntityType, _ range: Range<Int>) -> Finding {
  Finding(entity: entity, range: range, score: 1, explanation: Explanation(recognizer: "test", pattern: "p", baseScore: 1))
}

@Suite struct OperatorTests {
  @Test func tagAndNumberedTag() {
    var scope = RecordScope()
    let email = finding(.emailAddress, 0..<3)
    #expect(TagOperator().replacement(for: "a@b", of: email, in: &scope) == "<EMAIL_ADDRESS>")
    let numbered = TagOperator(numbered: true)
    #expect(numbered.replacement(for: "a@b.co", of: email, in: &scope) == "<EMAIL_ADDRESS_1>")
    #expect(numbered.replacement(for: "c@d.co", of: email, in: &scope) == "<EMAIL_ADDRESS_2>")
    #expect(numbered.replacement(for: "A@B.CO", of: email, in: &scope) == "<EMAIL_ADDRESS_1>")
    let phone = finding(.phoneNumber, 0..<3)
    #expect(numbered.replacement(for: "+1 (415) 555-0100", of: phone, in: &scope) == "<PHONE_NUMBER_1>")
    #expect(numbered.replacement(for: "415.555.0100", of: phone, in: &scope) == "<PHONE_NUMBER_1>")
    var other = RecordScope()
    #expect(numbered.replacement(for: "c@d.co", of: email, in: &other) == "<EMAIL_ADDRESS_1>")
  }

  @Test func maskKeepsSeparatorsAndTheLastCharacters() {
    var scope = RecordScope()
    let card = finding(.creditCard, 0..<19)
    #expect(MaskOperator(keepLast: 4).replacement(for: "4111 1111 1111 1111", of: card, in: &scope) == "**** **** **** 1111")
    #expect(MaskOperator(character: "#").replacement(for: "Zoë-42", of: card, in: &scope) == "###-##")
    #expect(MaskOperator(keepLast: 10).replacement(for: "12-34", of: card, in: &scope) == "12-34")
  }

  @Test func redactRemoves() {
    var scope = RecordScope()
    #expect(RedactOperator().replacement(for: "123-45-6789", of: finding(.usSSN, 0..<11), in: &scope) == "")
  }

  @Test func rewriterSplicesByteRangesAndLeavesTheRest() throws {
    let text = Array("é mail a@b.co or call 555-0100 😀".utf8)
    let emailRange = 8..<14
    let phoneRange = 23..<31
    #expect(String(decoding: text[emailRange], as: UTF8.self) == "a@b.co")
    #expect(String(decoding: text[phoneRange], as: UTF8.self) == "555-0100")
    let rewriter = Rewriter(operators: OperatorTable(fallback: TagOperator(), byEntity: [.phoneNumber: MaskOperator()]))
    var scope = RecordScope()
    let out = try #require(rewriter.rewrite(text, findings: [finding(.phoneNumber, phoneRange), finding(.emailAddress, emailRange)], scope: &scope))
    #expect(String(decoding: out, as: UTF8.self) == "é mail <EMAIL_ADDRESS> or call ***-**** 😀")
    #expect(rewriter.rewrite(text, findings: [], scope: &scope) == nil)
  }
}
