import Testing
import VeilCore

@testable import VeilDetection

/// Several dictionaries run as one `DictionarySet` find exactly what they find one by one.
@Suite struct DictionarySetTests {
  static func dictionary(
    _ id: RecognizerID, _ entity: EntityType, _ entries: [String], caseRule: DictionaryCase, score: Double = 0.6,
    common: TokenSet = [], context: [String] = []
  ) -> DictionaryRecognizer {
    var gazetteer = Gazetteer()
    for entry in entries { gazetteer.insert(.init(text: entry)) }
    return DictionaryRecognizer(
      id: id, entity: entity, gazetteer: gazetteer, source: "\(id).txt", caseRule: caseRule, score: score,
      commonWords: common, commonWordScore: 0.0, context: ContextWords(context, window: 2))
  }

  // Overlapping entries, phrases that share a first word, both case rules, ordinary words.
  let members = [
    dictionary("cities", .location, ["New York", "York", "The Hague", "Nice", "Split"], caseRule: .capitalized, common: ["nice", "split"]),
    dictionary("lowercase_places", .location, ["new york", "india", "split", "the hague"], caseRule: .insensitive, score: 0.15,
      common: ["split"], context: ["in", "to"]),
    dictionary("organizations", .organization, ["New York Times", "Acme", "The Hague Group"], caseRule: .capitalized),
    dictionary("lowercase_countries", .location, ["Germany", "New Zealand"], caseRule: .lower, score: 0.5),
  ]

  static let texts = [
    "The New York Times said the Hague Group met in The Hague",
    "i moved to india, then to new york. Nice!",
    "we split the bill at Acme in Split",
    "nothing here at all, Terry Dean",
    "NEW YORK and new york times and The",
    // A longer entry's second word on the next line, or not the second word at all.
    "New\nYork Times, the new office of The Group in The Hague",
    // Hashtags that run an entry's words together, in camel case or not, and the same word with no '#'.
    "#NewYork #TheHagueGroup #newyork #NEWYORK NewYork #Acme",
    // Lower case only, for one member.
    "germany and Germany, new zealand and New zealand",
    "",
  ]

  @Test(arguments: texts)
  func findsWhatItsMembersFindOneByOne(text: String) {
    let tokenized = TokenizedText(TextUnit(text))
    var oneByOne: [Finding] = []
    for member in members { member.recognize(tokenized, into: &oneByOne) }
    var together: [Finding] = []
    DictionarySet(members).recognize(tokenized, into: &together)
    #expect(together == oneByOne)
  }

  @Test func aCamelCaseHashtagSpellsAnEntryOfSeveralWords() {
    func found(_ text: String) -> [String] {
      let unit = TextUnit(text)
      var findings: [Finding] = []
      DictionarySet(members).recognize(TokenizedText(unit), into: &findings)
      return findings.map { "\($0.entity):" + String(decoding: unit.utf8[$0.range], as: UTF8.self) }
    }
    // (Both place dictionaries hold New York: each reports it.)
    #expect(
      found("I love #NewYork and #TheHagueGroup") == ["LOCATION:NewYork", "LOCATION:NewYork", "ORGANIZATION:TheHagueGroup"])
    // Not in lower case or capitals, which ordinary words spell as often, nor without the '#'.
    #expect(found("#newyork #NEWYORK NewYork").isEmpty)
  }

  @Test func aLowerCaseRuleTakesOnlyLowerCase() {
    let unit = TextUnit("germany, Germany, GERMANY, new zealand, New zealand")
    var findings: [Finding] = []
    members[3].recognize(TokenizedText(unit), into: &findings)
    #expect(findings.map { String(decoding: unit.utf8[$0.range], as: UTF8.self) } == ["germany", "new zealand"])
  }

  @Test func theAnalyzerGroupsConsecutiveDictionariesAndFindsTheSame() throws {
    let person = PersonNameRecognizer(
      id: "person", entity: .person,
      lexicons: .init(firstNames: NameRecognizerTests.gazetteer(["Terry"]), surnames: NameRecognizerTests.gazetteer(["Dean"])))
    let recognizers: [any TokenRecognizer] = [members[0], members[1], person, members[2]]
    let grouped = Analyzer.grouped(recognizers)
    #expect(grouped.count == 3)
    #expect(grouped[0] is DictionarySet && grouped[1] is PersonNameRecognizer && grouped[2] is DictionaryRecognizer)
    for text in Self.texts {
      let unit = TextUnit(text)
      var oneByOne: [Finding] = []
      for recognizer in recognizers { try recognizer.recognize(unit, into: &oneByOne) }
      var together: [Finding] = []
      for recognizer in grouped { try recognizer.recognize(unit, into: &together) }
      #expect(together == oneByOne, "\(text)")
    }
  }

  /// The analyzer groups the dictionaries, tells them its threshold and leaves out of the
  /// shared index the words they could not report: what it keeps is still what the
  /// dictionaries find one by one, above the threshold.
  @Test(arguments: [0.1, 0.3, 0.5, 0.7])
  func theAnalyzerKeepsWhatTheDictionariesFindOneByOne(threshold: Double) throws {
    let analyzer = Analyzer(recognizers: members, policy: DetectionPolicy(threshold: threshold))
    for text in Self.texts + ["we split it, i live in india and love india", "in split, then in Split"] {
      let unit = TextUnit(text)
      var oneByOne: [Finding] = []
      for member in members { try member.recognize(unit, into: &oneByOne) }
      let expected = analyzer.resolve(oneByOne.filter { $0.score >= threshold && !$0.range.isEmpty })
      #expect(try analyzer.analyze(unit) == expected, "\(text) at \(threshold)")
    }
  }

  @Test func hitsBelowTheAnalyzersThresholdAreSkippedNotBuilt() throws {
    let lowercase = members[1]
    let unit = TextUnit("we split it, i live in india and love india")
    var all: [Finding] = []
    try lowercase.recognize(unit, into: &all)
    #expect(all.map(\.score).sorted() == [0.0, 0.15, 0.5])
    let floored = try #require(lowercase.skippingFindings(below: { _ in 0.5 }) as? DictionaryRecognizer)
    var kept: [Finding] = []
    try floored.recognize(unit, into: &kept)
    #expect(kept.map { String(decoding: unit.utf8[$0.range], as: UTF8.self) } == ["india"])
    #expect(kept.first?.range == all.first { $0.score == 0.5 }?.range)
  }
}
