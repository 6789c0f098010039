import Testing
import VeilCore

@testable import VeilDetection

@Suite struct TokenizerTests {
  private func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test func aPossessiveIsMarkedOnItsWord() {
    let bytes = Array("Houston's and Zoë’s and Al's and it's, not 90s or O'Brien".utf8)
    let marked = Tokenizer.tokenize(bytes).filter { $0.possessiveLength > 0 }
      .map { String(decoding: bytes[$0.range.lowerBound..<($0.range.upperBound - Int($0.possessiveLength))], as: UTF8.self) }
    // "it's" is marked too (a word of four bytes or more): the mark says what ends the word, not what it means.
    #expect(marked == ["Houston", "Zoë", "Al", "it"])
    // The mark fills padding: every text's tokens stay 32 bytes each.
    #expect(MemoryLayout<Token>.stride == 32)
  }

  @Test func anInnerHyphenIsMarkedOnItsWord() {
    let bytes = Array("Jean-Luc met Garcia-Roberson - not trailing- or -leading, O'Brien or e-mail-ready".utf8)
    let marked = Tokenizer.tokenize(bytes).filter(\.hyphenated).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    #expect(marked == ["Jean-Luc", "Garcia-Roberson", "e-mail-ready"])
  }

  @Test func segmentsWordsNumbersAndPunctuation() {
    #expect(words("Hi, I'm Jean-Luc O'Brien (ID 42)!") == ["Hi", ",", "I'm", "Jean-Luc", "O'Brien", "(", "ID", "42", ")", "!"])
    #expect(words("Zoë's café 请联系我 Ångström") == ["Zoë's", "café", "请联系我", "Ångström"])
    #expect(words("trailing- and -leading") == ["trailing", "-", "and", "-", "leading"])
  }

  @Test func shapesAndSentenceStarts() {
    let text = Array("Mark said: NASA and iPhone. will\nMay".utf8)
    let tokens = Tokenizer.tokenize(text)
    #expect(tokens.map(\.shape) == [.capitalized, .lower, .other, .upper, .lower, .other, .other, .lower, .capitalized])
    #expect(tokens.map(\.startsSentence) == [true, false, false, true, false, false, false, true, true])
    #expect(tokens[8].lineBreakBefore)
  }

  /// Full stops of other scripts end sentences too: "Kunde" after "。" is capitalized by its sentence, like "Then".
  @Test func fullWidthMarksEndSentences() {
    let tokens = Tokenizer.tokenize(Array("客户很满意。 Kunde war da！ Sie ist। Ok．Nein".utf8))
    let starts = tokens.filter(\.startsSentence).map { String(decoding: Array("客户很满意。 Kunde war da！ Sie ist। Ok．Nein".utf8)[$0.range], as: UTF8.self) }
    #expect(starts == ["客户很满意", "Kunde", "Sie", "Ok", "Nein"])
  }

  /// A possessive and a Turkish case ending after a proper noun are left out of a word's lookups; other apostrophes
  /// are kept in ("rock'n", "O'Brien"), and so are endings after a lowercase word.
  @Test func possessivesAndTurkishCaseEndings() {
    let text = "Ankara'da İstanbul'a Ahmet’in Ayşe'nin rock'n it's Houston’s O'Brien ankara'da Ankara'xyz"
    let tokens = Tokenizer.tokenize(Array(text.utf8)).filter { $0.kind == .word }
    #expect(tokens.map(\.possessiveLength) == [3, 2, 5, 4, 0, 2, 4, 0, 0, 0])
  }

  /// One capital letter of any script is an initial's shape ("Ç" is two bytes), several are an acronym's.
  @Test func oneCapitalLetterIsCapitalized() {
    let tokens = Tokenizer.tokenize(Array("Ç Ö ÇÖ J".utf8))
    #expect(tokens.map(\.shape) == [.capitalized, .capitalized, .upper, .capitalized])
  }

  @Test func byteRangesSurviveMultibytePrefixes() {
    let text = Array("😀 Dean".utf8)
    let tokens = Tokenizer.tokenize(text)
    #expect(tokens.last?.range == 5..<9)
  }

  /// The blocks `classify` and `letterCase` answer without a property lookup must agree with the properties.
  @Test func fastPathsAgreeWithUnicodeProperties() {
    var disagreements: [String] = []
    for value in UInt32(0x80)...0x1FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = Tokenizer.classify(scalar)
      if category != Tokenizer.classifyByProperties(scalar) { disagreements.append("classify U+\(String(value, radix: 16))") }
      guard category == .letter else { continue }
      let properties = scalar.properties
      let expected: Tokenizer.Category = properties.isUppercase ? .upper : properties.isLowercase ? .lower : .letter
      if Tokenizer.letterCase(scalar) != expected { disagreements.append("case U+\(String(value, radix: 16))") }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
  }

  @Test func shapesOfNonASCIIWords() {
    // Words without cased letters (東京) count as lower case.
    let text = Array("Élodie ÉCOLE straße Ωmega ΩΜΕΓΑ москва Москва 東京 ŁóDź éCole".utf8)
    #expect(Tokenizer.tokenize(text).map(\.shape) == [.capitalized, .upper, .lower, .capitalized, .upper, .lower, .capitalized, .lower, .capitalized, .other])
  }
}

@Suite struct NameRecognizerTests {
  static func gazetteer(_ words: [String]) -> Gazetteer {
    var gazetteer = Gazetteer()
    for word in words { gazetteer.insert(.init(text: word)) }
    return gazetteer
  }

  let recognizer = PersonNameRecognizer(
    lexicons: .init(
      firstNames: gazetteer(["Terry", "Will", "Mark", "May", "Jane", "Maria", "Luis"]),
      surnames: gazetteer(["Dean", "Smith", "Garcia", "Reading", "Apple"]),
      titles: gazetteer(["Mr", "Dr", "Mrs", "Sra"]),
      cues: [["my", "name", "is"], ["ask", "for"], ["regards", ","]],
      commonWords: ["will", "mark", "may", "reading", "apple"],
      organizationSuffixes: gazetteer(["Inc", "Ltd", "GmbH"])))

  private func names(_ text: String) throws -> [String] {
    let unit = TextUnit(text)
    return try Analyzer(recognizers: [recognizer]).analyze(unit).map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
  }

  static let cases: [(String, [String])] = [
    ("I spoke with Terry Dean yesterday", ["Terry Dean"]),
    ("Please ask for Terry at the desk", ["Terry"]),
    ("Thanks Jane, see you", ["Jane"]),
    ("Mr Dean will call back", ["Dean"]),
    ("Dr. Garcia is in", ["Garcia"]),
    ("my name is maria garcia", ["maria garcia"]),
    ("Kind regards,\nLuis", ["Luis"]),
    ("J. Smith signed it", ["J. Smith"]),
    ("Maria de la Garcia called", ["Maria de la Garcia"]),
    // Counter-evidence: ordinary words, sentence starts, organizations, handles, shouting.
    ("Will you mark it by May?", []),
    ("Reading is fun. Apple pie too.", []),
    ("We bought it from Dean Ltd last year", []),
    ("ping @Terry on chat", []),
    ("THE DEAN OFFICE IS CLOSED", []),
    ("Mark my words", []),
  ]

  @Test(arguments: cases)
  func evidenceDecides(text: String, expected: [String]) throws {
    #expect(try names(text) == expected)
  }

  @Test func explanationsListTheEvidence() throws {
    var findings: [Finding] = []
    try recognizer.recognize(TextUnit("Mr Terry Dean"), into: &findings)
    let notes = try #require(findings.first?.explanation.notes)
    #expect(notes.contains("first name + surname"))
    #expect(notes.contains("title 'Mr' before"))
  }
}

@Suite struct DictionaryRecognizerTests {
  /// A phrase is an entry whole, in any case and spacing, and not when it is only a part of one.
  @Test func aGazetteerKnowsWholePhrases() {
    var gazetteer = Gazetteer()
    gazetteer.insert(.init(text: "São Paulo"))
    gazetteer.insert(.init(text: "button"))
    #expect(gazetteer.containsPhrase("SÃO  paulo") && gazetteer.containsPhrase("Button"))
    #expect(!gazetteer.containsPhrase("Paulo") && !gazetteer.containsPhrase("São") && !gazetteer.containsPhrase(""))
  }

  let cities: DictionaryRecognizer = {
    var gazetteer = Gazetteer()
    gazetteer.insert(.init(text: "New York", attributes: ["US", "NY"]))
    gazetteer.insert(.init(text: "York", attributes: ["GB"]))
    gazetteer.insert(.init(text: "Nice", attributes: ["FR"]))
    gazetteer.insert(.init(text: "São Paulo", attributes: ["BR"]))
    return DictionaryRecognizer(
      id: "cities", entity: .location, gazetteer: gazetteer, source: "cities.txt", score: 0.5, commonWords: ["nice"],
      commonWordScore: 0.2, context: ContextWords(["in", "from"]))
  }()

  private func found(_ text: String) throws -> [String] {
    let unit = TextUnit(text)
    return try Analyzer(recognizers: [cities]).analyze(unit).map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
  }

  @Test func longestMultiWordMatchOnTokenBoundaries() throws {
    #expect(try found("flying to New York and York") == ["New York", "York"])
    #expect(try found("😀 based in São Paulo.") == ["São Paulo"])
    #expect(try found("Yorkshire and new york") == [])
  }

  @Test func aHashtagNamesAPlaceWhateverItsCase() throws {
    #expect(try found("photos of #york today") == ["york"])
    #expect(try found("photos of york today").isEmpty)
    #expect(try found("what a #nice day").isEmpty, "an ordinary word still needs context")
  }

  @Test func aFindingNotesItsEntryAndWhetherItIsAnOrdinaryWord() throws {
    func notes(_ text: String) throws -> [[String]] {
      try Analyzer(recognizers: [cities]).analyze(TextUnit(text)).map(\.explanation.notes)
    }
    #expect(try notes("flying to New York") == [["cities.txt: New York (US, NY)"]])
    #expect(try notes("I live in Nice") == [["cities.txt: Nice (FR)", "also an ordinary word"]])
    var gazetteer = Gazetteer()
    gazetteer.insert(.init(text: "Ōsaka"))
    let bare = DictionaryRecognizer(id: "towns", entity: .location, gazetteer: gazetteer, source: "towns.txt", score: 0.9)
    #expect(try Analyzer(recognizers: [bare]).analyze(TextUnit("to Ōsaka")).map(\.explanation.notes) == [["towns.txt: Ōsaka"]])
  }

  @Test func ordinaryWordsNeedContext() throws {
    #expect(try found("That was Nice of you") == [])
    #expect(try found("I live in Nice") == ["Nice"])
  }

  @Test func contextFromAnEarlierSentenceDoesNotCount() throws {
    // A tag or a short value leaves "from" near the next sentence's first word.
    #expect(try found("The refund went out from <IBAN_CODE>. Nice of you to wait!") == [])
    #expect(try found("Is it from you? Nice work") == [])
    #expect(try found("We drove from Nice to Lyon.") == ["Nice"])
    #expect(try found("Flights from: Nice") == ["Nice"], "a colon does not end the sentence")
  }

  /// A cue before a name governs its own clause, and an ordinary word that ends a longer capitalized name belongs
  /// to that name (not one after a sentence's first word).
  @Test func aPlaceCueCountsInItsOwnClauseAndNotForTheEndOfAnotherName() throws {
    var gazetteer = Gazetteer()
    for name in ["Mobile", "Amara"] { gazetteer.insert(.init(text: name, attributes: [])) }
    let places = DictionaryRecognizer(
      id: "places", entity: .location, gazetteer: gazetteer, source: "places.txt", score: 0.55,
      commonWords: ["mobile", "amara"], commonWordScore: 0.2, context: ContextWords([], before: ["in", "to", "visit"], window: 2))
    func found(_ text: String) throws -> [String] {
      let unit = TextUnit(text)
      return try Analyzer(recognizers: [places]).analyze(unit).map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
    }
    #expect(try found("I live in Mobile") == ["Mobile"])
    #expect(try found("In Mobile, we met") == ["Mobile"], "the sentence's first capital is no name before it")
    #expect(try found("Thanks for your interest in Northwind Mobile!").isEmpty)
    #expect(try found("Happy to help, Amara!").isEmpty)
    #expect(try found("She moved to Amara") == ["Amara"])
    #expect(try found("Tip: Visit Mobile in May") == ["Mobile"], "a colon opens a sentence")
    #expect(try found("(Visit Mobile) in May") == ["Mobile"])
  }

  /// A word that counts only after a hit must follow it at once, in lower case, and lifts no ordinary word that is no
  /// name.
  @Test func aWordAfterAHitCountsRightAfterItAndNotForAnOrdinaryWord() throws {
    var gazetteer = Gazetteer()
    for name in ["Brighton", "Police"] { gazetteer.insert(.init(text: name, attributes: [])) }
    let places = DictionaryRecognizer(
      id: "places", entity: .location, gazetteer: gazetteer, source: "places.txt", score: 0.55,
      commonWords: ["brighton", "police"], commonWordScore: 0.15, ordinaryWords: ["police"],
      context: ContextWords([], before: ["in"], after: ["man", "schoolboy"], window: 2))
    func found(_ text: String) throws -> [String] {
      let unit = TextUnit(text)
      return try Analyzer(recognizers: [places]).analyze(unit).map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
    }
    #expect(try found("Brighton schoolboy dies") == ["Brighton"])
    #expect(try found("Brighton man charged") == ["Brighton"])
    #expect(try found("man in Brighton") == ["Brighton"])
    #expect(try found("Thanks Brighton, man").isEmpty, "a comma comes between")
    #expect(try found("Brighton eats man").isEmpty, "not right after")
    #expect(try found("man Brighton").isEmpty, "before the hit")
    #expect(try found("BRIGHTON MAN").isEmpty, "not in lower case")
    #expect(try found("Police man said").isEmpty, "an ordinary word")
  }

  @Test func aPossessiveEndsAnEntryAndStaysOutsideIt() throws {
    #expect(try found("York's walls and New York's subway") == ["York", "New York"])
    let unit = TextUnit("São Paulo’s traffic")
    let finding = try #require(try Analyzer(recognizers: [cities]).analyze(unit).first)
    #expect(String(decoding: unit.utf8[finding.range], as: UTF8.self) == "São Paulo")
    // A word with a possessive opens no longer entry: only "York" is a city here.
    #expect(try found("New's York") == ["York"])
  }

  @Test func anAcronymInCapitalsIsNoOrdinaryWordUnlessTheTextShouts() throws {
    var gazetteer = Gazetteer()
    for name in ["USA", "US"] { gazetteer.insert(.init(text: name, attributes: [])) }
    let countries = DictionaryRecognizer(
      id: "countries", entity: .location, gazetteer: gazetteer, source: "countries.txt", score: 0.6,
      commonWords: ["usa", "us"], commonWordScore: 0.2)
    func found(_ text: String) throws -> [String] {
      let unit = TextUnit(text)
      return try Analyzer(recognizers: [countries]).analyze(unit).map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
    }
    #expect(try found("California, USA, where we met") == ["USA"])
    #expect(try found("CALL US NOW").isEmpty)
    #expect(try found("tell us more").isEmpty)
  }

  @Test func anAcronymMatchesOnlyInCapitals() throws {
    var gazetteer = Gazetteer()
    for name in ["ANA", "U.S.", "Ana Airlines"] { gazetteer.insert(.init(text: name, attributes: [])) }
    let organizations = DictionaryRecognizer(
      id: "organizations", entity: .organization, gazetteer: gazetteer, source: "organizations.txt", score: 0.55)
    func found(_ text: String) throws -> [String] {
      let unit = TextUnit(text)
      return try Analyzer(recognizers: [organizations]).analyze(unit).map { String(decoding: unit.utf8[$0.range], as: UTF8.self) }
    }
    #expect(try found("Happy to help, Ana!").isEmpty)
    #expect(try found("we flew ANA to Tokyo and Ana Airlines back") == ["ANA", "Ana Airlines"])
    #expect(try found("the U . S . economy") == ["U . S ."], "a one-letter capital starts an acronym")
  }
}
