import Testing
import VeilCore

@testable import VeilDetection

/// The person recognizer's evidence rules, with small hand-made lexicons.
@Suite struct PersonNameRecognizerTests {
  static func gazetteer(_ lines: [(String, [String])]) -> Gazetteer {
    var gazetteer = Gazetteer()
    for (text, attributes) in lines { gazetteer.insert(.init(text: text, attributes: attributes)) }
    return gazetteer
  }

  let recognizer = PersonNameRecognizer(
    lexicons: .init(
      firstNames: gazetteer([
        ("Laila", ["f", "159"]), ("Sheila", ["f", "300"]), ("Donna", ["f", "120"]), ("Patricia", ["f", "2"]),
        ("Ryan", ["m", "60"]), ("Vena", ["f", "2436"]), ("Boston", ["m", "900"]), ("अनन्या", ["f", "-"]),
      ]),
      surnames: gazetteer([
        ("Hansen", ["20"]), ("Costa", ["30"]), ("Desrosiers", ["5345"]), ("Porta", ["21319"]), ("Becker", ["40"]),
        ("Vasquez", ["50"]), ("शर्मा", ["-"]),
      ]),
      organizationSuffixes: gazetteer([("AS", ["NO", "yes"]), ("GmbH", ["DE", "-"])]),
      places: gazetteer([("Boston", ["US"])])))

  func names(_ text: String) -> [String] {
    var findings: [Finding] = []
    let unit = TextUnit(text)
    recognizer.recognize(TokenizedText(unit), into: &findings)
    return findings.filter { $0.score >= 0.5 }.map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
  }

  @Test func anAmbiguousLegalFormCountsOnlyAsWritten() {
    #expect(names("add Laila Hansen as a beneficiary") == ["Laila Hansen"])
    #expect(names("we paid Laila Hansen AS last year").isEmpty)
    #expect(names("we paid Laila Hansen GmbH last year").isEmpty)
  }

  @Test func functionWordsOpenNoName() {
    #expect(names("Then Laila Hansen called") == ["Laila Hansen"])
    #expect(names("To Hansen we go") == ["Hansen"])
  }

  @Test func coordinatedNamesLiftEachOther() {
    // Alone, a surname after a sentence start stays below the threshold; in a list of names it counts.
    #expect(names("Becker and Vasquez were engineers.") == ["Becker", "Vasquez"])
    #expect(names("They had 2: Hleb, Sheila and Donna.") == ["Hleb", "Sheila", "Donna"])
  }

  @Test func bareMiddleInitialJoinsTheName() {
    #expect(names("change it to Ryan P Costa") == ["Ryan P Costa"])
  }

  @Test func lowercaseNamesNeedAFrequentGivenName() {
    #expect(names("follow up with patricia desrosiers soon") == ["patricia desrosiers"])
    #expect(names("the vena porta was patent").isEmpty)
  }

  @Test func aPersonVerbOutweighsTheSentenceStart() {
    #expect(names("Valida spent a year there.") == ["Valida"])
    #expect(names("Valida is a town.").isEmpty)
  }

  @Test func aKnownPlaceAfterFromIsNoPerson() {
    #expect(names("I'm Laila Hansen from Boston") == ["Laila Hansen"])
    #expect(names("Boston said hello") == ["Boston"])
  }

  @Test func placeAndOrganizationHeadsEndNoName() {
    #expect(names("too much Laila City pride").isEmpty)
    #expect(names("the Hansen Orchestra played").isEmpty)
  }

  @Test func uncasedScriptsStartFromAKnownName() {
    #expect(names("I'm अनन्या शर्मा, head of operations") == ["अनन्या शर्मा"])
  }
}
