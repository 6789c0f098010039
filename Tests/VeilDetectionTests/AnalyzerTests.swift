import PCRE2
import Synchronization
import Testing
import VeilCore

@testable import VeilDetection

/// A recognizer built in code, for testing the analyzer without rule files.
func recognizer(
  _ id: String, _ entity: EntityType, _ regex: String, score: Double, validator: String? = nil, context: [String] = []
) throws -> PatternRecognizer {
  PatternRecognizer(
    id: RecognizerID(id), entity: entity,
    patterns: [try .init(name: id, regex: regex, flags: [], score: score, group: 0)],
    validator: validator.flatMap(ValidatorCatalog.named), context: ContextWords(context))
}

@Suite struct AnalyzerTests {
  let email = try! recognizer("email", .emailAddress, #"[a-z0-9.]+@[a-z0-9.]+\.[a-z]{2,}"#, score: 0.9)
  let digits = try! recognizer("digits", .phoneNumber, #"\d{3,}"#, score: 0.6, context: ["call", "phone number"])
  let card = try! recognizer("card", .creditCard, #"\b\d{16}\b"#, score: 0.3, validator: "luhn")

  @Test func digitsInsideAnEmailAreNotAPhoneNumber() throws {
    let analyzer = Analyzer(recognizers: [digits, email])
    let text = TextUnit("mail 4155550100@example.com now")
    let findings = try analyzer.analyze(text)
    #expect(findings.map(\.entity) == [.emailAddress])
    #expect(findings.first?.explanation.notes == ["kept over PHONE_NUMBER (digits) inside it"])
  }

  @Test func strategiesDifferOnPartialOverlap() throws {
    let long = try recognizer("long", .url, #"ab cd ef"#, score: 0.55)
    let strong = try recognizer("strong", .emailAddress, #"ef gh"#, score: 0.95)
    let text = TextUnit("ab cd ef gh")
    let byLength = Analyzer(recognizers: [long, strong], policy: DetectionPolicy(strategy: .preferLongest))
    let byScore = Analyzer(recognizers: [long, strong], policy: DetectionPolicy(strategy: .preferHighestScore))
    #expect(try byLength.analyze(text).map(\.entity) == [.url])
    #expect(try byScore.analyze(text).map(\.entity) == [.emailAddress])
  }

  @Test func validatorVerdictDecidesTheScore() throws {
    let analyzer = Analyzer(recognizers: [card])
    let valid = try analyzer.analyze(TextUnit("pay 4111111111111111 now"))
    #expect(valid.map(\.score) == [1.0])
    #expect(valid.first?.explanation.verdict == .valid)
    #expect(valid.first?.explanation.validator == "luhn")
    #expect(try analyzer.analyze(TextUnit("pay 4111111111111112 now")).isEmpty)
  }

  @Test func contextBeforeOrAfterRaisesTheScore() throws {
    let analyzer = Analyzer(recognizers: [digits], policy: DetectionPolicy(threshold: 0.9))
    #expect(try analyzer.analyze(TextUnit("ref 5550100 closed")).isEmpty)
    let before = try analyzer.analyze(TextUnit("please call 5550100"))
    #expect(before.map(\.score) == [0.95])
    #expect(before.first?.explanation.contextWords == ["call"])
    let after = try analyzer.analyze(TextUnit("5550100 is my phone number"))
    #expect(after.first?.explanation.contextWords == ["phone number"])
    // Whole words only: "recall" is not "call".
    #expect(try analyzer.analyze(TextUnit("recall 5550100")).isEmpty)
  }

  @Test func contextWindowIsBounded() throws {
    let analyzer = Analyzer(recognizers: [digits], policy: DetectionPolicy(threshold: 0.9))
    #expect(try analyzer.analyze(TextUnit("call one two three four five six 5550100")).isEmpty)
    #expect(try analyzer.analyze(TextUnit("call two three four five 5550100")).count == 1)
  }

  @Test func thresholdsPerType() throws {
    let policy = DetectionPolicy(threshold: 0.5, thresholds: [.phoneNumber: 0.7])
    let analyzer = Analyzer(recognizers: [digits, email], policy: policy)
    let findings = try analyzer.analyze(TextUnit("5550100 and a@b.co"))
    #expect(findings.map(\.entity) == [.emailAddress])
  }

  @Test func offsetsAreUTF8BytesAfterMultibyteText() throws {
    let analyzer = Analyzer(recognizers: [email])
    let text = TextUnit("😀 请 é a@b.co")
    let finding = try #require(try analyzer.analyze(text).first)
    #expect(finding.range == 12..<18)  // 😀 is 4 bytes, 请 3, é 2
    #expect(String(decoding: text.utf8[finding.range], as: UTF8.self) == "a@b.co")
  }

  @Test func matchLimitFailsTheTextClosed() throws {
    let evil = try recognizer("evil", .url, #"^(a|a)+$"#, score: 0.9)
    let analyzer = Analyzer(recognizers: [evil])
    #expect(throws: DetectionError.self) {
      try analyzer.analyze(TextUnit(String(repeating: "a", count: 60) + "b"))
    }
  }

  /// A pattern recognizer runs pattern by pattern over a batch; each text still gets its
  /// findings in pattern order, exactly as when it is searched alone.
  @Test func aPatternRecognizerFindsInABatchWhatItFindsInEachText() throws {
    let patterns = PatternRecognizer(
      id: "mixed", entity: .phoneNumber,
      patterns: [
        try .init(name: "digits", regex: #"\d{7,}"#, flags: [], score: 0.6, group: 0),
        try .init(name: "word_then_digits", regex: #"call (\d+)"#, flags: ["caseless"], score: 0.7, group: 1),
        try .init(name: "evil", regex: #"^(a|a)+$"#, flags: [], score: 0.9, group: 0),
      ], context: ContextWords(["phone"]))
    let texts = [
      "call 5550100 or 5550199", "phone: 12345678", String(repeating: "a", count: 60) + "b", "", "CALL 42 now",
    ].map { TextUnit($0) }
    let profiles = texts.map { TextProfile(of: $0.utf8) }
    let (found, failures) = texts.withUnsafeBufferPointer { texts in
      profiles.withUnsafeBufferPointer { profiles in
        var batch = RecognitionBatch(texts: texts, profiles: profiles)
        patterns.recognize(&batch)
        return (batch.findings, batch.failures)
      }
    }
    for (index, text) in texts.enumerated() {
      var alone: [Finding] = []
      do {
        try patterns.recognize(text, present: profiles[index], into: &alone)
        #expect(failures[index] == nil)
        #expect(found[index] == alone, "\(index)")
      } catch {
        #expect(failures[index] == error)
      }
    }
    #expect(failures.compactMap { $0 }.count == 1)
    #expect(found[0].count == 3, "two numbers, one of them also after 'call'")
  }

  @Test func aBatchFindsWhatEachTextFindsAloneAndFailsOnlyTheTextThatGaveUp() throws {
    let evil = try recognizer("evil", .url, #"^(a|a)+$"#, score: 0.9)
    let analyzer = Analyzer(recognizers: [digits, evil, email, card])
    let texts = [
      "please call 5550100", String(repeating: "a", count: 60) + "b", "mail 4155550100@example.com now",
      "pay 4111111111111111 now", "", "nothing here",
    ].map { TextUnit($0) }
    let batch = analyzer.analyze(texts)
    #expect(batch.count == texts.count)
    for (text, result) in zip(texts, batch) {
      switch result {
      case .success(let findings):
        #expect(findings == (try analyzer.analyze(text)))
      case .failure(let error):
        #expect(error.recognizer == "evil")
        #expect(text.utf8.count == 61)
      }
    }
    #expect(batch.filter { (try? $0.get()) == nil }.count == 1)
    #expect(batch.compactMap { try? $0.get() }.joined().map(\.entity) == [.phoneNumber, .emailAddress, .creditCard])
  }

  /// A record with more findings than the limit fails (it goes to quarantine) whichever recognizer crosses it, a
  /// pattern or a token recognizer; one at the limit does not. The texts of a record share the limit.
  @Test func aRecordOverTheFindingLimitFails() throws {
    let cities = DictionarySetTests.dictionary("cities", .location, ["Paris", "Lyon"], caseRule: .capitalized)
    let analyzer = Analyzer(recognizers: [email, cities], policy: DetectionPolicy(maxFindingsPerRecord: 2))
    let results = analyzer.analyze([
      "a@example.com b@example.com", "a@example.com b@example.com c@example.com", "Paris, Lyon", "Paris, Lyon, Paris",
      "a@example.com in Paris",
    ].map { TextUnit($0) })
    #expect(results.map { (try? $0.get())?.count } == [2, nil, 2, nil, 2])
    for (index, recognizer) in [(1, "email"), (3, "cities")] {
      guard case .failure(let error) = results[index] else { continue }
      #expect(error.recognizer == RecognizerID(recognizer))
      #expect(error.reason == "more than 2 findings in one record (limits.max_findings_per_record)")
    }
    // Two texts of one record, each within the limit, over it together; a third record of one text passes.
    let shared = analyzer.analyze(
      ["a@example.com in Paris", "Lyon", "d@example.com", "Paris"].map { TextUnit($0) }, records: [7, 7, 7, 9])
    #expect(shared.map { (try? $0.get())?.count } == [nil, nil, nil, 1])
    // Repeated texts are searched once, but count in every record that holds them.
    let repeated = analyzer.analyze(["Paris, Lyon", "Paris, Lyon", "Paris, Lyon"].map { TextUnit($0) }, records: [1, 2, 2])
    #expect(repeated.map { (try? $0.get())?.count } == [2, nil, nil])
    // A record over the limit fails its own texts, not a text another record repeats (a shared system prompt).
    let prompt = "Paris"
    let spread = analyzer.analyze(
      [prompt, "a@example.com b@example.com", prompt, "c@example.com", prompt].map { TextUnit($0) }, records: [1, 1, 2, 2, 3])
    #expect(spread.map { (try? $0.get())?.count } == [nil, nil, 1, 1, 1])
  }

  /// What counts toward the limit is a place in the record: one value found by two recognizers counts once, by a
  /// pattern as by a dictionary; a longer finding around it counts apart. The places are counted only once the
  /// readings pass the limit, so that is checked both ways: readings over it but places within, and places over.
  @Test func theLimitCountsPlacesNotReadings() throws {
    let cities = DictionarySetTests.dictionary("cities", .location, ["Paris", "Lyon"], caseRule: .capitalized)
    let capitals = DictionarySetTests.dictionary("capitals", .location, ["Paris"], caseRule: .capitalized)
    let mail = try recognizer("mail", .emailAddress, #"[a-z0-9.]+@[a-z0-9.]+\.[a-z]{2,}"#, score: 0.9)
    let host = try recognizer("host", .url, #"@\K[a-z0-9.]+\.[a-z]{2,}"#, score: 0.9)
    let analyzer = Analyzer(recognizers: [email, mail, host, cities, capitals], policy: DetectionPolicy(maxFindingsPerRecord: 3))
    let results = analyzer.analyze(
      [
        "a@example.com in Paris",  // 5 readings: 3 places
        "a@example.com b@example.com",  // 6 readings: 4 places
        "Paris, Lyon", "Paris",  // one record: 5 readings, 3 places
        "Paris, Lyon", "Lyon, Paris",  // one record: 6 readings, 4 places
      ].map { TextUnit($0) }, records: [0, 1, 2, 2, 3, 3])
    #expect(results.map { (try? $0.get())?.count } == [2, nil, 2, 1, nil, nil])
    guard case .failure(let error) = results[1] else { return }
    #expect(error.reason == "more than 3 findings in one record (limits.max_findings_per_record)")
  }

  /// A long text is read window by window: each finding is found once, with its context, wherever the windows
  /// fall, a two-word entry across a window's edge included.
  @Test func aLongTextFindsInEveryWindowWhatEachPartHolds() throws {
    let cities = DictionarySetTests.dictionary("cities", .location, ["New York", "Lyon"], caseRule: .capitalized)
    let analyzer = Analyzer(recognizers: [email, cities], policy: DetectionPolicy(maxFindingsPerRecord: 1_000_000))
    // No line break or sentence end: the edges fall after spaces, between any two words.
    let part = "Write to ana@example.com é New York, Lyon"
    let alone = try analyzer.analyze(TextUnit(part))
    #expect(alone.map(\.entity) == [.emailAddress, .location, .location])
    let step = part.utf8.count + 1
    let copies = Analyzer.windowBytes / step + 100
    let body = Array(repeating: part, count: copies).joined(separator: " ")
    // Padding moves the first window's edge through the parts: once between "New" and "York", once elsewhere.
    var edges: Set<Bool> = []
    for padding in 0..<step {
      let utf8 = Array((String(repeating: "x", count: padding) + " " + body).utf8)
      let edge = Analyzer.windows(of: utf8)[1].keeps.lowerBound
      let splitsNewYork = utf8[(edge - 4)..<edge].elementsEqual("New ".utf8)
      guard edges.insert(splitsNewYork).inserted else { continue }
      let long = try analyzer.analyze(TextUnit(utf8: utf8, path: "text"))
      let shifted = (0..<copies).flatMap { copy in
        let offset = padding + 1 + copy * step
        return alone.map {
          Finding(entity: $0.entity, range: ($0.range.lowerBound + offset)..<($0.range.upperBound + offset), score: $0.score,
            explanation: $0.explanation)
        }
      }
      // Compared finding by finding: a failure names the first that differs, not 150,000 of them.
      #expect(long.count == shifted.count, "padding \(padding)")
      let differing = zip(long, shifted).first { $0 != $1 }
      #expect(differing == nil, "padding \(padding): \(String(describing: differing?.0)) instead of \(String(describing: differing?.1))")
    }
    #expect(edges == [true, false])
  }

  /// A run of names longer than a window's margin, across an edge: the recognizer groups it from where its text
  /// starts, so the two windows group it differently; no word between them goes unfound.
  @Test func aRunOfNamesAcrossAWindowEdgeIsCoveredWhole() throws {
    let analyzer = Analyzer(recognizers: [PairsFromTheStart()], policy: DetectionPolicy(maxFindingsPerRecord: 10_000_000))
    for padding in 0..<4 {
      let text = String(repeating: "x", count: padding) + " " + String(repeating: "Ann Bo ", count: Analyzer.windowBytes / 7 + 2_000)
      let utf8 = Array(text.utf8)
      let findings = try analyzer.analyze(TextUnit(utf8: utf8, path: "text"))
      var found = [Bool](repeating: false, count: utf8.count)
      for finding in findings { for index in finding.range { found[index] = true } }
      // Pairs read from the last window's start may leave the text's last word alone (a lone name, which the person
      // recognizer weighs by itself): only the words before it count.
      let missed = utf8.indices.dropLast(8).filter { utf8[$0] != 0x20 && utf8[$0] != UInt8(ascii: "x") && !found[$0] }
      #expect(missed.isEmpty, "padding \(padding): \(missed.count) bytes of names missed, the first at \(missed.first ?? -1)")
    }
  }

  @Test func windowsCoverTheTextAndBreakNoCharacter() {
    let texts = [
      String(repeating: "é", count: 1_500_000), String(repeating: "word ", count: 500_000),
      String(repeating: "Ann Lee met Bo Chan. ", count: 150_000), String(repeating: "Ann Lee met Bo\n", count: 200_000), "short",
    ]
    for text in texts {
      let utf8 = Array(text.utf8)
      let windows = Analyzer.windows(of: utf8)
      #expect(windows.first?.keeps.lowerBound == 0)
      #expect(windows.last?.keeps.upperBound == utf8.count)
      #expect(windows.count == (utf8.count + Analyzer.windowBytes - 1) / Analyzer.windowBytes)
      for (window, next) in zip(windows, windows.dropFirst()) { #expect(window.keeps.upperBound == next.keeps.lowerBound) }
      for window in windows {
        #expect(window.read.lowerBound <= window.keeps.lowerBound && window.keeps.upperBound <= window.read.upperBound)
        #expect(window.keeps.count <= Analyzer.windowBytes + Analyzer.windowMargin)
        for bound in [window.keeps.lowerBound, window.read.lowerBound, window.read.upperBound] where bound < utf8.count {
          #expect(utf8[bound] & 0xC0 != 0x80)
        }
      }
      // An edge falls where a name cannot run on: after a line break, else after a sentence's end, else a space.
      for edge in windows.dropFirst().map(\.keeps.lowerBound) {
        let before = Array(utf8[(edge - 2)..<edge])
        switch text.first {
        case "w": #expect(before.last == 0x20)
        case "A" where text.contains("\n"): #expect(before.last == 0x0A)
        case "A": #expect(before == Array(". ".utf8))
        default: break
        }
      }
    }
  }

  /// Identical texts in a batch are searched once: each still gets its own result, a failure included.
  @Test func aBatchSearchesIdenticalTextsOnceAndGivesEachItsResult() throws {
    let evil = try recognizer("evil", .url, #"^(a|a)+$"#, score: 0.9)
    let counter = TextCounter()
    let analyzer = Analyzer(recognizers: [digits, evil, email, counter])
    let failing = String(repeating: "a", count: 60) + "b"
    let texts = [
      TextUnit("call 5550100"), TextUnit(failing), TextUnit("mail a@example.com"),
      TextUnit("call 5550100", path: "messages[3].content"), TextUnit(failing), TextUnit("call 5550101"),
      TextUnit("mail a@example.com"),
    ]
    let batch = analyzer.analyze(texts)
    #expect(counter.searched.withLock { $0 } == 3, "4 distinct texts, one of them failed before the counter ran")
    #expect(batch.count == texts.count)
    for (text, result) in zip(texts, batch) {
      if text.string == failing {
        #expect(throws: DetectionError.self) { try result.get() }
      } else {
        #expect(try result.get() == (try analyzer.analyze(text)))
        #expect(try !result.get().isEmpty)
      }
    }
  }

  /// Overlaps settled the plain way: each candidate, in rank order, against every finding kept so far.
  static func resolvedOneByOne(_ ranked: [Finding]) -> [Finding] {
    var kept: [Finding] = []
    for candidate in ranked {
      if let winner = kept.firstIndex(where: { $0.range.overlaps(candidate.range) }) {
        guard kept[winner].entity != candidate.entity
          || kept[winner].explanation.recognizer != candidate.explanation.recognizer
        else { continue }
        let relation = kept[winner].range.lowerBound <= candidate.range.lowerBound
          && candidate.range.upperBound <= kept[winner].range.upperBound ? "inside it" : "overlapping it"
        let note = "kept over \(candidate.entity) (\(candidate.explanation.recognizer)) \(relation)"
        if !kept[winner].explanation.notes.contains(note) { kept[winner].explanation.notes.append(note) }
        continue
      }
      kept.append(candidate)
    }
    return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func resolvingMatchesTheOneByOneReading(seed: UInt64) {
    // Many short and some long findings of a few recognizers, crowded into a short text: nested, chained and
    // partial overlaps, equal ranges, touching ends.
    var generator = SplitMix(seed: seed)
    let entities: [EntityType] = [.person, .location, .phoneNumber]
    let candidates = (0..<400).map { _ -> Finding in
      let start = Int(generator.next() % 300)
      let length = generator.next() % 5 == 0 ? Int(generator.next() % 60) + 1 : Int(generator.next() % 8) + 1
      let entity = entities[Int(generator.next() % 3)]
      let score = Double(generator.next() % 10) / 10
      let explanation = Explanation(recognizer: RecognizerID("r\(generator.next() % 2)"), pattern: "p", baseScore: score)
      return Finding(entity: entity, range: start..<start + length, score: score, explanation: explanation)
    }
    for strategy in [ConflictStrategy.preferLongest, .preferHighestScore] {
      let analyzer = Analyzer(recognizers: [], policy: DetectionPolicy(strategy: strategy))
      let resolved = analyzer.resolve(candidates)
      // The analyzer's rank order, for the reference to walk.
      let ranked = candidates.sorted { a, b in
        switch strategy {
        case .preferLongest:
          if a.range.count != b.range.count { return a.range.count > b.range.count }
          if a.score != b.score { return a.score > b.score }
        case .preferHighestScore:
          if a.score != b.score { return a.score > b.score }
          if a.range.count != b.range.count { return a.range.count > b.range.count }
        }
        if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
        return a.entity < b.entity
      }
      let expected = Self.resolvedOneByOne(ranked)
      #expect(resolved.map(\.range) == expected.map(\.range))
      #expect(resolved.map(\.entity) == expected.map(\.entity))
      #expect(resolved.map(\.explanation.notes) == expected.map(\.explanation.notes))
      #expect(resolved.count > 10)
    }
  }
}

/// A small seeded generator (SplitMix64), so that a failing case can be replayed.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct ContextWordsTests {
  @Test func wordsAroundAMatch() {
    let text = Array("Re: my e-mail, is x@y.z (thanks!)".utf8)
    let start = 18
    // The window counts whitespace-separated chunks: "e-mail," is one place in it.
    #expect(ContextWords.words(in: text, endingAt: start, count: 3) == ["my", "e", "mail", "is"])
    #expect(ContextWords.words(in: text, startingAt: 23, count: 5) == ["thanks"])
    let context = ContextWords(["E-Mail", "thanks"])
    #expect(context.matches(around: 18..<23, in: text) == ["e mail", "thanks"])
  }

  @Test func anEmailAddressTakesOnePlaceInTheWindow() {
    let text = "Contact: Priya Novak, priya.novak+shop@corp.example, 622 138 987."
    let start = text.utf8.count - "622 138 987.".utf8.count
    let range = start..<(start + "622 138 987".utf8.count)
    #expect(ContextWords(["contact"]).matches(around: range, in: Array(text.utf8)) == ["contact"])
    #expect(ContextWords(["contact"], window: 3).matches(around: range, in: Array(text.utf8)).isEmpty)
  }

  /// A text without spaces is one chunk: the window stops `reachInBytes` away, so a match on a long minified line
  /// does not read the whole line (which made scanning such a line quadratic in its length).
  @Test func theWindowReachesAFixedNumberOfBytesIntoOneLongChunk() {
    let filler = String(repeating: "x,", count: 400)
    let near = "gps," + String(repeating: "y,", count: 20)
    for (prefix, expected) in [(near, ["gps"]), ("gps," + filler, [String]())] {
      let text = Array((prefix + "40.7,-74.0," + filler).utf8)
      let start = prefix.utf8.count
      #expect(ContextWords(["gps"]).matches(around: start..<(start + 10), in: text) == expected)
      #expect(ContextWords.words(in: text, endingAt: start, count: 5).joined().utf8.count <= ContextWords.reachInBytes)
    }
  }

  static let aroundTokens = [
    "I live in Paris now, based in Lyon.",
    "flew from (Berlin) to Rome via Milan",
    "moved to\nParis. In 2020 from Oslo",
    "Contact: Priya Novak, priya.novak+shop@corp.example, Acme office in Kyiv",
    "in,Paris   from   x  to  Nice!",
    "Paris",
  ]

  /// Around tokens, the window and the words are those read from the bytes, for phrases of plain words.
  @Test(arguments: aroundTokens)
  func tokensAndBytesSeeTheSameWords(text: String) {
    let tokenized = TokenizedText(TextUnit(text))
    let tokens = tokenized.tokens
    for window in 1...4 {
      let context = ContextWords(["in", "from", "to", "based in", "office", "contact", "via", "now"], window: window)
      for first in tokens.indices where tokens[first].kind == .word {
        for last in first..<min(first + 2, tokens.count) {
          let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
          for sentence in [0, first] {
            let bytes = context.matches(around: range, in: tokenized.unit.utf8, notBefore: tokens[sentence].range.lowerBound)
            let around = context.matches(around: first...last, in: tokenized, notBefore: sentence)
            #expect(around == bytes, "window \(window), tokens \(first)...\(last) of \(text)")
          }
        }
      }
    }
    // The words really are found: not two empty lists agreeing.
    if text.hasPrefix("I live") {
      #expect(ContextWords(["live in"], window: 2).matches(around: 3...3, in: tokenized) == ["live in"])
    }
  }

  @Test func wordsBeforeOnlyCountBeforeTheMatch() {
    let context = ContextWords(["city"], before: ["to"], window: 2)
    let after = TokenizedText(TextUnit("Nice to meet you"))
    #expect(context.matches(around: 0...0, in: after).isEmpty)
    #expect(context.matches(around: 0..<4, in: after.unit.utf8).isEmpty)
    let before = TokenizedText(TextUnit("moved to Nice city"))
    #expect(context.matches(around: 2...2, in: before) == ["city", "to"])
    #expect(context.matches(around: 9..<13, in: before.unit.utf8) == ["city", "to"])
  }

  @Test func aroundTokensAHyphenatedPhraseIsOneWord() throws {
    let tokenized = TokenizedText(TextUnit("my e-mail is x, or e mail y"))
    let words = tokenized.tokens.indices.map { tokenized.text($0) }
    let context = ContextWords(["E-Mail"], window: 2)
    // "e-mail" is one token before "is"; "e mail" before "y" is two words, not the phrase.
    let afterHyphenated = try #require(words.firstIndex(of: "is"))
    #expect(context.matches(around: afterHyphenated...afterHyphenated, in: tokenized) == ["e mail"])
    let afterSpaced = try #require(words.lastIndex(of: "y"))
    #expect(context.matches(around: afterSpaced...afterSpaced, in: tokenized).isEmpty)
  }
}

/// The prefilter skips a pattern only when PCRE2's analysis proves it cannot match.
@Suite struct PatternTriggerTests {
  @Test(arguments: ["hello", "Hello, World!", "x", "", "São Paulo 12", "PASSWORD=hunter2"])
  func aTextsPairSetHoldsEachOfItsPairs(text: String) {
    let bytes = Array(text.utf8)
    let pairs = PairSet(of: bytes)
    for index in bytes.indices.dropLast() {
      #expect(pairs.contains(PairSet(of: bytes[index...index + 1])), "pair \(index) of \(text)")
    }
    // A collection without contiguous storage takes the other path to the same set.
    #expect(PairSet(of: text.utf8.lazy.map { $0 }) == pairs)
    // The profile's one pass finds what each set finds alone.
    let profile = TextProfile(of: bytes)
    #expect(profile.length == bytes.count)
    #expect(profile.pairs == pairs)
    #expect(profile.bytes == ByteSet(of: bytes))
    #expect(profile.digits == bytes.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count)
    let runs = bytes.split { !TextProfile.runBytes.contains($0) }
    #expect(profile.longestRun == runs.map(\.count).max() ?? 0)
    let capitals = bytes.split { !RequiredBytes.capitals.contains($0) }
    #expect(profile.longestCapitalRun == capitals.map(\.count).max() ?? 0)
  }

  @Test func aPairSetSaysNoForAnAbsentPair() {
    #expect(!PairSet(of: Array("hello".utf8)).contains(PairSet(of: Array("zq".utf8))))
    #expect(PairSet(of: Array("hello".utf8)).contains(PairSet(of: Array("LL".utf8))), "letters are compared lowercased")
  }

  private func trigger(_ regex: String, _ options: Pattern.Options = []) throws -> PatternTrigger {
    PatternTrigger(try Pattern(regex, options: options))
  }

  private func admits(_ trigger: PatternTrigger, _ text: String) -> Bool {
    trigger.admits(length: text.utf8.count, present: TextProfile(of: Array(text.utf8)))
  }

  @Test func textsWithoutAPossibleStartOrRequiredByteAreSkipped() throws {
    let phone = try trigger(#"\d{3}-\d{4}"#)
    #expect(admits(phone, "call 555-0142"))
    #expect(!admits(phone, "no digits in here at all"))
    #expect(!admits(phone, "12"), "shorter than any match")
    // PCRE2 knows the last literal every match contains: here the '@'.
    let handle = try trigger(#"[a-z]+@[a-z]+"#)
    #expect(!admits(handle, "plenty of letters but no at sign"))
    #expect(admits(handle, "me@corp"))
  }

  @Test func caselessPatternsAdmitEitherCase() throws {
    let password = try trigger("password", .caseless)
    #expect(admits(password, "PASSWORD: x"))
    #expect(admits(password, "Password: x"))
    #expect(!admits(password, "nothing to see"))
  }

  @Test func keywordLedPatternsNeedOneOfTheirWords() throws {
    let secret = try trigger(#"(?<![A-Za-z0-9])(?:pass(?:word|wd)|pwd|kennwort|пароль)[ \t]*[:=][ \t]*(\S+)"#, .caseless)
    #expect(secret.leadingWords?.count == 4)
    #expect(admits(secret, "PWD=hunter2"))
    #expect(admits(secret, "the KennWort: x"))
    #expect(admits(secret, "Пароль: x"), "another case outside ASCII")
    #expect(!admits(secret, "a sentence with p, w and d: but no keyword = here"))
    // The caseless 'k' also matches the Kelvin sign: a text holding one is never skipped.
    #expect(admits(secret, "\u{212A}ennwort: x"))
    let noWords = try trigger(#"\d{3}-\d{4}"#)
    #expect(noWords.leadingWords == nil)
  }
}

/// The literal words a pattern's matches start with, read conservatively from its source.
@Suite struct LeadingLiteralsTests {
  @Test(arguments: [
    (#"(?<![\w-])(?:pass(?:word|wd)|passcode|pwd)\s*="#, ["pass", "passcode", "pwd"]),
    (#"\b(?i:zip(?:[ \t]?code)?|postal[ \t]?code|plz)\b"#, ["zip", "postal", "plz"]),
    (#"(?<![\p{L}])(?:P\.?[ \t]?O\.?|Post[ \t]?Office|Postfach)"#, nil),  // "P" alone is too short
    (#"-----BEGIN (RSA )?PRIVATE KEY-----"#, ["-----begin "]),
    (#"Apt\.? \d+|Suite \d+"#, ["apt", "suite "]),
    (#"colou?r"#, ["colo"]),
    (#"ab+c"#, ["ab"]),
    (#"(?:access|auth)_token|api[_-]?key"#, ["access", "auth", "api"]),
    (#"(?:foo)?bar"#, nil),  // optional first group
    (#"[A-Z]{2}\d+"#, nil),
    (#"x|yes"#, nil),  // one alternative is too short
    (#"(?i)bearer\s+\S+"#, ["bearer"]),
    (#"(?<name>ghp|gho)_[A-Za-z0-9]{36}"#, ["ghp", "gho"]),
    (#"sk-(?:proj-)?[A-Za-z0-9]{20,}"#, ["sk-"]),
    (#"\Qa.b\E"#, nil),
    (#"(?x) pass word"#, nil),
    (#"AKIA[0-9A-Z]{16}"#, ["akia"]),
    (#"secret\.key"#, ["secret.key"]),
    (#"(?#a comment)token"#, ["token"]),
    (#"abc(?#c)?d"#, nil),  // the '?' makes the 'c' optional
    (#"(?R)token"#, nil),  // recursion is not read
    (#"(?:ab|cd"#, nil),  // unbalanced: not understood, not filtered
    (#"(?:[Ii]n|[Tt]o)\s+NY"#, ["in", "to"]),  // a letter in both cases is that letter: the words are caseless
    (#"[Jj]an(?:uary)?"#, ["jan"]),
    (#"[Ii]?n"#, nil),  // an optional class
    (#"[Ab]c"#, nil),  // two letters
  ] as [(String, [String]?)])
  func readsTheWordsEveryMatchStartsWith(regex: String, words: [String]?) {
    #expect(LeadingLiterals.of(regex) == words)
  }

  /// For a scan's anchors, a space and a tab in a class inside a word are one space, as the scanner reads a run of
  /// them; an optional one ends the word.
  @Test(arguments: [
    (#"(?:i[ \t]+am|we[\t ]live)[ \t]+in"#, ["i am", "we live"]),
    (#"i[ \t]*am"#, nil),  // "i" alone is too short: the class may be empty
    (#"grew[ \t]+up|born"#, ["grew up", "born"]),
    (#"home[ \t]?town"#, ["home"]),
    (#"(?:to|from)[ \t]+\p{Lu}"#, ["to", "from"]),  // a group's words end with it
    (#"moved[ \t]+\p{Lu}"#, ["moved "]),
    (#"x[ \n]+y"#, nil),  // another class
  ] as [(String, [String]?)])
  func readsSpaceClassesInsideWordsForAnchors(regex: String, words: [String]?) {
    #expect(LeadingLiterals.of(regex, spaceRuns: true) == words)
  }
}

/// Counts the texts it is asked to search; finds nothing.
private final class TextCounter: Recognizer {
  let id: RecognizerID = "counter"
  let entities: Set<EntityType> = [.url]
  let searched = Mutex(0)

  func recognize(_ text: TextUnit, into findings: inout [Finding]) throws(DetectionError) {
    searched.withLock { $0 += 1 }
  }
}

/// Reports the words of the text it is given two by two, from its first word: where its pairs fall depends on where
/// the text starts, as the person recognizer's runs of capitalized words do.
struct PairsFromTheStart: TokenRecognizer {
  var id: RecognizerID { "pairs" }
  var entities: Set<EntityType> { [.person] }

  func recognize(_ text: TokenizedText, into findings: inout [Finding]) {
    let words = text.tokens.filter { $0.kind == .word }
    for first in stride(from: 0, to: words.count - 1, by: 2) {
      findings.append(
        Finding(
          entity: .person, range: words[first].range.lowerBound..<words[first + 1].range.upperBound, score: 0.9,
          explanation: Explanation(recognizer: id, pattern: "pair", baseScore: 0.9)))
    }
  }
}
