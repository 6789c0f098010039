import Testing
import VeilCore

@testable import VeilDetection

/// The words of a person's name or an address that another, longer reading took part of, kept once findings are
/// settled.
@Suite struct RemaindersTests {
  let state = try! recognizer("state", .location, #"Espírito Santo"#, score: 0.6)
  let name = try! recognizer("name", .person, #"Santo (?:Silva|d[ao])|Ana"#, score: 0.85)

  func found(_ text: String, _ recognizers: [any Recognizer]) throws -> [Finding] {
    try Analyzer(recognizers: recognizers).analyze(TextUnit(text))
  }

  func rendered(_ findings: [Finding], in text: String) -> [String] {
    let utf8 = Array(text.utf8)
    return findings.map { "\($0.entity.rawValue):\(String(decoding: utf8[$0.range], as: UTF8.self))" }
  }

  @Test func theRestOfANameOutsideALongerReadingIsKept() throws {
    let text = "Maria do Espírito Santo Silva ligou."
    let findings = try found(text, [state, name])
    #expect(rendered(findings, in: text) == ["LOCATION:Espírito Santo", "PERSON:Silva"])
    let rest = try #require(findings.last)
    #expect(rest.score == 0.85)
    #expect(rest.explanation.recognizer == RecognizerID("name"))
    #expect(rest.explanation.notes.contains("the rest of a name that LOCATION (state) took part of"))
    // Without the place, the whole name is the finding.
    #expect(rendered(try found(text, [name]), in: text) == ["PERSON:Santo Silva"])
  }

  @Test func theRestOfAnAddressOutsideALongerReadingIsKept() throws {
    let hospital = try! recognizer("hospital", .organization, #"Hospital Universitario de Albacete"#, score: 0.6)
    let street = try! recognizer("street", .address, #"Albacete Hermanos Falcó, s/n"#, score: 0.6)
    let text = "Hospital Universitario de Albacete Hermanos Falcó, s/n - 02006"
    let findings = try found(text, [hospital, street])
    #expect(
      rendered(findings, in: text) == [
        "ORGANIZATION:Hospital Universitario de Albacete", "ADDRESS:Hermanos Falcó, s/n",
      ])
    let rest = try #require(findings.last)
    #expect(rest.explanation.notes.contains("the rest of an address that ORGANIZATION (hospital) took part of"))
    // An address's rest may open with its house number; a name's may not.
    #expect(Remainders.trimmed(0..<12, in: Array(", 51 Main St".utf8), digitsOpen: true) == 2..<12)
    #expect(Remainders.trimmed(0..<12, in: Array(", 51 Main St".utf8)) == nil)
  }

  @Test func connectorsSpacesAndPunctuationAreNoRest() throws {
    // "Santo do": what is left is "do", a lowercase connector.
    #expect(rendered(try found("Espírito Santo do Pinhal", [state, name]), in: "Espírito Santo do Pinhal")
      == ["LOCATION:Espírito Santo"])
    #expect(Remainders.trimmed(0..<4, in: Array(" , .".utf8)) == nil)
    #expect(Remainders.trimmed(0..<8, in: Array(", Silva ".utf8)) == 2..<7)
    #expect(Remainders.trimmed(0..<7, in: Array(" Ávila,".utf8)) == 1..<7)
  }

  @Test func aNameThatALongerReadingGoesOnFromIsANamesakeUnlessATitleSaysSo() throws {
    let airport = try! recognizer("airport", .location, #"Reagan Washington National Airport"#, score: 0.9)
    let president = try! recognizer("president", .person, #"Ronald Reagan"#, score: 0.85)
    let text = "Ronald Reagan Washington National Airport"
    #expect(rendered(try found(text, [airport, president]), in: text) == ["LOCATION:Reagan Washington National Airport"])
    let doctor = try! recognizer("doctor", .person, #"Dr\. Ronald Reagan"#, score: 1.0)
    let signed = "Dr. Ronald Reagan Washington National Airport"
    #expect(rendered(try found(signed, [airport, doctor]), in: signed)
      == ["PERSON:Dr. Ronald", "LOCATION:Reagan Washington National Airport"])
  }

  /// Each name finds the readings over it by a binary search: a long text of such names keeps every rest.
  @Test func everyRestOfALongTextIsKept() throws {
    let text = Array(repeating: "Maria do Espírito Santo Silva ligou.", count: 2_000).joined(separator: " ")
    let found = rendered(try found(text, [state, name]), in: text)
    #expect(found.filter { $0 == "PERSON:Silva" }.count == 2_000)
    #expect(found.filter { $0 == "LOCATION:Espírito Santo" }.count == 2_000)
  }

  @Test func namesNoOtherReadingTouchesAreLeftAsTheyAre() throws {
    let text = "Ana lives in Espírito Santo."
    #expect(rendered(try found(text, [state, name]), in: text) == ["PERSON:Ana", "LOCATION:Espírito Santo"])
  }
}
