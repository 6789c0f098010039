import PCRE2
import Testing
import VeilCore

@testable import VeilDetection

/// Where the scanner notes the words a pattern starts with, and the anchored search that tries the
/// pattern there only.
@Suite struct LiteralScannerTests {
  /// The set of `words`, none bounded (as a pattern's leading words are noted).
  func set(_ words: String...) -> RequiredLiterals.LiteralSet {
    RequiredLiterals.LiteralSet(words.map { RequiredLiterals.Literal(Array($0.utf8)) })
  }

  /// Where the scanner notes the words of `set` start in `text`, or `nil` when it does not know.
  func starts(of set: RequiredLiterals.LiteralSet, in text: String) -> [Int]? {
    let scanner = LiteralScanner(sets: [], startsOf: [set])
    guard let starts = scanner.scan([Array(text.utf8)]).starts else { return nil }
    var positions: [Int] = []
    return starts.positions(of: scanner.slot(of: set)!, in: 0, into: &positions) ? positions : nil
  }

  @Test func theStartsOfWordsAreNotedInAnyASCIICase() throws {
    let words = set("flew", "fly", "flying")
    // "flying" holds "fly": both start at the same byte, noted once.
    #expect(starts(of: words, in: "We FLEW home, then flying again") == [3, 19])
    #expect(starts(of: words, in: "nothing here") == [])
    // A set no pattern starts with is not noted.
    let scanner = LiteralScanner(sets: [words])
    #expect(scanner.scan([Array("we flew".utf8)]).starts == nil)
    #expect(scanner.startSlot(of: words) == nil)
  }

  @Test func aWordWithASpaceStartsWhereTheTextsRunOfSpacesBegins() {
    // The scan reads a run of spaces and tabs as one space: the start is found again in the text itself.
    let words = set("grew up", "born")
    #expect(starts(of: words, in: "he grew \t  up in Leeds, born in May") == [3, 24])
    #expect(starts(of: words, in: "grewup") == [])
  }

  @Test func aKelvinSignLeavesTheStartsUnknown() {
    // PCRE2 folds K (U+212A) to k: where "kiosk" starts in "\u{212A}iosk" a scan for ASCII letters cannot tell.
    #expect(starts(of: set("kiosk"), in: "the \u{212A}iosk") == nil)
    #expect(starts(of: set("kiosk"), in: "the kiosk") == [4])
  }

  @Test func startsAreSortedAndEachNotedOnce() {
    let starts = LiteralStarts(
      ranges: [0..<0, 0..<5], entries: [(0, 9), (1, 4), (0, 2), (0, 9), (0, 0)])
    var positions: [Int] = []
    #expect(starts.positions(of: 0, in: 1, into: &positions))
    #expect(positions == [0, 2, 9])
    #expect(starts.positions(of: 1, in: 0, into: &positions))
    #expect(positions == [])
    #expect(!LiteralStarts(ranges: [0..<0], unknown: [0]).positions(of: 0, in: 0, into: &positions))
  }

  /// A pattern's anchored copy, tried where the scanner noted its leading words, finds exactly the matches (and
  /// groups) of the pattern searched everywhere: random texts made of the patterns' words, their neighbours, other
  /// cases and other scripts.
  @Test func anAnchoredSearchFindsWhatASearchEverywhereFinds() throws {
    let cases: [(source: String, options: Pattern.Options, fragments: [String])] = [
      (
        #"(?<![\p{L}\p{M}])(?i:(?:flew|fly|flying)(?:[ \t]+back)?[ \t]+(?:to|from))[ \t]+(\p{Lu}\p{L}*)"#,
        [.unicodeProperties],
        [
          "flew", "FLY", "flying", "fly", " back", " ", "\t", "to", "from", " Paris", "Élan", "x",
          "é", "\u{212A}",
        ]
      ),
      (
        #"\b(?:call|phone)(?:[ \t]+me)?[ \t]*(?:at|on)?[ \t]*(\+?\d[\d \t-]{6,}\d)"#, [.caseless],
        [
          "call", "Phone", "CALL", " me", " at ", "on", " ", "+44", "20 7946", "0958", "-", "x",
          "ſ",
        ]
      ),
      (
        #"the[ \t]+(\p{Lu}\w+)[ \t]+team"#, [],
        ["the", "The", " ", "Sales", "sales", "team", "teams", "x", "\n"]
      ),
      (
        #"(?:lat|latitude)[ \t]*[:=]?[ \t]*(-?\d{1,2}\.\d+)"#, [.caseless],
        ["lat", "Latitude", ":", "=", " ", "-", "45", ".", "123", "x"]
      ),
      (#"(?:ab|abc)+d"#, [], ["ab", "abc", "d", "abd", "x", " "]),
      // Classes of one letter in both cases: the scanner finds the words in any case, the pattern only in its own.
      (
        #"(?<![\p{L}])(?:[Ii]n|[Ff]rom)[ \t]+(NY|LA)(?![\p{L}])"#, [.unicodeProperties],
        ["in", "In", "IN", "iN", "from", "From", "FROM", " ", "\t", "NY", "LA", "ny", "x", "é"]
      ),
      // Words with a space class inside, and words outside ASCII that the anchor leaves out: in a text with
      // non-ASCII bytes the search goes everywhere.
      (
        #"(?<![\p{L}\p{M}'’])(?i:(?:i[ \t]+am|we[ \t]+live|j'habite|j’habite|déménage|fährt)[ \t]+(?:in|à))[ \t]+(\p{Lu}\p{L}*)"#,
        [.unicodeProperties],
        [
          "i", "I", " am", "\tam", " ", "\t", "we", "We", " live", "j'habite", "J’HABITE", "déménage", "DÉMÉNAGE",
          "fährt", " in", " à", " Paris", " Écija", "x", "\u{212A}",
        ]
      ),
    ]
    var generator = SystemRandomNumberGenerator()
    var (anchoredPatterns, found) = (0, 0)
    for (source, options, fragments) in cases {
      let named = PatternRecognizer.NamedPattern(
        name: "case", pattern: try Pattern(source, options: options), score: 0.5)
      let anchor = try #require(named.trigger.anchor, "\(source) starts with words")
      let anchored = try #require(named.anchored)
      anchoredPatterns += 1
      let scanner = LiteralScanner(sets: [], startsOf: [anchor])
      for _ in 0..<2_000 {
        let text = (0..<Int.random(in: 1...10, using: &generator)).map { _ in
          fragments.randomElement(using: &generator)!
        }
        .joined()
        let bytes = Array(text.utf8)
        for group in [0, 1] where group <= named.pattern.captureCount {
          var everywhere: [Range<Int>] = []
          try named.pattern.forEachMatch(in: bytes, group: group) { everywhere.append($0) }
          var positions: [Int] = []
          let scan = scanner.scan([bytes])
          let starts = try #require(scan.starts)
          let known = (!named.trigger.anchorNeedsASCIIText || bytes.allSatisfy { $0 < 0x80 })
            && starts.positions(of: scanner.slot(of: anchor)!, in: 0, into: &positions)
          var tried: [Range<Int>] = []
          try named.pattern.forEachMatch(
            in: bytes, group: group, anchored: known ? anchored : nil, startingAt: positions
          ) {
            tried.append($0)
          }
          found += everywhere.count
          #expect(tried == everywhere, "\(source) in \(text.debugDescription)")
        }
      }
    }
    #expect(anchoredPatterns == cases.count)
    #expect(found > 1_000, "the random texts should match often enough to compare")
  }

  @Test func patternsWhoseStartsAScanCannotFindAreNotAnchored() throws {
    // Only leading words outside ASCII (their other case is other bytes), one opening with a space, and \G.
    for source in [#"(?i)(?:déménage|fährt)[ \t]+à"#, #" (?:from|to) \w+"#, #"\G(?:from|to) \w+"#] {
      let named = PatternRecognizer.NamedPattern(
        name: "case", pattern: try Pattern(source), score: 0.5)
      #expect(named.trigger.anchor == nil, "\(source)")
      #expect(named.anchored == nil, "\(source)")
    }
    let named = PatternRecognizer.NamedPattern(
      name: "case", pattern: try Pattern(#"(?:from|to) \w+"#), score: 0.5)
    #expect(named.trigger.anchor != nil)
    #expect(named.trigger.anchorNeedsASCIIText == false)
    #expect(named.anchored?.options.contains(.anchored) == true)
    // Some words outside ASCII: the others anchor it, in texts of ASCII bytes only.
    let mixed = PatternRecognizer.NamedPattern(
      name: "case", pattern: try Pattern(#"(?i)(?:déménage|pars)[ \t]+à"#), score: 0.5)
    #expect(mixed.trigger.anchor?.literals.map { String(decoding: $0.bytes, as: UTF8.self) } == ["pars"])
    #expect(mixed.trigger.anchorNeedsASCIIText)
  }
}
