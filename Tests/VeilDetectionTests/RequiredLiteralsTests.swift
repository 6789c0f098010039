import PCRE2
import Testing
import VeilCore

@testable import VeilDetection

/// Reading from a pattern's source the words a text must hold, and finding them in texts.
@Suite struct RequiredLiteralsTests {
  /// The sets read from `source`, each as sorted words: `|` marks a side where no letter may be.
  func sets(_ source: String, caseless: Bool = false) -> [[String]] {
    RequiredLiterals.all(source, caseless: caseless).map { set in
      set.literals.map { literal in
        (literal.boundedBefore ? "|" : "") + String(decoding: literal.bytes, as: UTF8.self) + (literal.boundedAfter ? "|" : "")
      }.sorted()
    }
  }

  @Test func wordsBetweenNonLettersAreWholeWords() {
    #expect(sets(#"(?<![\p{L}\p{N}])(?:Street|Ave)(?![\p{L}\p{N}''’-])"#) == [["|ave|", "|street|"]])
    #expect(sets(#"\d+[ \t]+(?:St|Rd)\.?"#).contains(["|rd", "|st"]))
    #expect(sets(#"\bpin\b"#) == [["|pin|"]])
    #expect(sets(#"^born$"#) == [["|born|"]])
    // Both cases of a letter are the letter: the month names of a date.
    #expect(sets(#"(?<![\w-])(?:[Jj]an(?:uary)?|May)\.? \d"#).contains(["|jan", "|may|"]))
    // An optional item before a word: either it ends with a space, or the word starts the match (nothing known).
    #expect(sets(#"(?:\d+[ \t]+)?Calle"#) == [["calle"]])
    #expect(sets(#"(?<![\p{L}])(?:\d+[ \t]+)?Calle"#) == [["|calle"]])
    // A lookahead that starts with a space says what follows; a lookbehind's words end where it stands.
    #expect(sets(#"\p{Lu}\p{L}*+(?=[ \t]+\d)(?<=straße|weg)"#).contains(["straße|", "weg|"]))
  }

  @Test func spacesAndTabsAreOneSpace() {
    #expect(sets(#"(?i:at[ \t]+the[ \t]+age[ \t]+of)[ \t]+\d+"#).contains(["at the age of|"]))
    #expect(sets(#"we\tare"#) == [["we are"]])
    #expect(admits(#"(?<![a-z])at[ \t]+the[ \t]+age(?![a-z])"#, "AT  the\t \tage 30"))
    #expect(!admits(#"(?<![a-z])at[ \t]+the[ \t]+age(?![a-z])"#, "at the\nage"))
    // A run of spaces in the text next to a word's own space: still one.
    #expect(admits(#"(?<![a-z])(?:i[ \t]+am)[ \t]+\d+"#, "so   I   am    30"))
  }

  @Test func aChoiceRequiresWordsOnlyWhenEveryAlternativeDoes() {
    // Spaces may follow, and then a digit: no letter after either.
    #expect(sets(#"(?:years old|age)\s*\d+"#) == [["age|", "years old|"]])
    #expect(sets(#"(?:i'm|i[ \t]+am|we[ \t]+are)[ \t]+(?:in|from)"#).contains(["i am|", "i'm|", "we are|"]))
    #expect(sets(#"foo|\d+"#).isEmpty)
    #expect(sets(#"(?:foo)?\d+"#).isEmpty)
    #expect(sets(#"x*"#).isEmpty)
  }

  @Test func caselessLettersBeyondASCIIAreNotVouchedFor() {
    // "ß" caseless may be "ẞ": only the ASCII around it counts.
    #expect(sets(#"(?i)straße"#).contains(["stra"]))
    #expect(!sets(#"(?i)straße"#).joined().contains { $0.contains("ß") })
    #expect(sets(#"straße"#) == [["straße"]])
    // Punctuation has no case: "i’m" stays one word.
    #expect(sets(#"(?i)(?<![a-z])i’m(?![a-z])"#) == [["|i’m|"]])
  }

  /// `\G(?<=\d)` continues a list where the previous match ended: a text's first match comes from the other way,
  /// so its words are needed (as PCRE2 finds it: a text without the label has no match at all).
  @Test func aWayThatOnlyContinuesAMatchRequiresTheOthersWords() throws {
    let source = #"(?:(?<![A-Za-z])(?i:tel|fax)[ \t]*:?[ \t]*\d+|\G(?<=\d))[ \t]*/[ \t]*(\d+)"#
    #expect(sets(source).contains(["|fax|", "|tel|"]))
    let pattern = try Pattern(source)
    for (text, matches) in [("Tel: 555 / 556 / 557", true), ("555 / 556", false), ("fax 1/2", true), ("1/2/3", false)] {
      var found = 0
      try Array(text.utf8).withUnsafeBufferPointer { buffer in
        try pattern.forEachMatch(in: buffer, using: MatchData()) { _ in found += 1 }
      }
      #expect((found > 0) == matches, "\(text)")
      if matches { #expect(admits(source, text)) }
    }
    // Optional, or the only way: nothing is known.
    #expect(sets(#"(?:\G(?<=\d))?tel"#) == [["tel"]])
    #expect(sets(#"\G(?<=\d)/\d+"#).isEmpty)
  }

  @Test func aRepeatedWordKeepsOnlyTheBoundsInsideIt() {
    // " abab " matches, and no "ab" in it has non-letters on both sides.
    let source = #"(?<![a-zA-Z])(?:ab){1,2}(?![a-zA-Z])"#
    #expect(sets(source) == [["ab"]])
    #expect(admits(source, " abab "))
  }

  @Test(arguments: [
    #"(?x) street"#, #"\Qstreet\E"#, #"(?1)street"#, #"(street"#, #"\k<n>street"#,
  ])
  func unreadablePatternsRequireNothing(source: String) {
    #expect(sets(source).isEmpty)
  }

  @Test func commonWordsAndSingleBytesAreNotWorthChecking() {
    #expect(RequiredLiterals.of(#"\bthe\b[ \t]+\d+"#).isEmpty)
    #expect(RequiredLiterals.of(#"\d+ - \d+"#).isEmpty)
    #expect(RequiredLiterals.of(#"(?:years old|age)\s*\d+"#).count == 1)
  }

  /// Whether the scanner, for the sets read from `source`, admits `text`.
  func admits(_ source: String, _ text: String, caseless: Bool = false) -> Bool {
    let sets = RequiredLiterals.all(source, caseless: caseless)
    let scanner = LiteralScanner(sets: sets)
    let presence = scanner.presence(in: [Array(text.utf8)])
    return sets.allSatisfy { presence.contains(slot: scanner.slot(of: $0)!, text: 0) }
  }

  @Test func theScannerFindsWordsInAnyASCIICaseWithinTheirBounds() {
    let street = #"(?<![\p{L}])(?:Street|St)(?![\p{L}])"#
    #expect(admits(street, "5 Main STREET"))
    #expect(admits(street, "Main St."))
    #expect(admits(street, "st"))
    #expect(!admits(street, "Stop here"))
    #expect(!admits(street, "the first"))
    #expect(admits(street, "1st St"))  // a digit is no letter
    #expect(!admits(#"\bmai\b"#, "MAIN"))
  }

  @Test func wordsFarIntoALongTextAreFoundWithinTheirBounds() {
    // The scan looks behind through a ring of its last bytes, not a copy of the text.
    let street = #"(?<![\p{L}])(?:Street|St)(?![\p{L}])"#
    let filler = String(repeating: "ab \t  9 ", count: 400)
    #expect(admits(street, filler + " street"))
    #expect(admits(street, filler + "9St."))
    #expect(!admits(street, filler + "xstreet"))
    #expect(!admits(street, filler + " streets"))
  }

  @Test func aKelvinSignOrLongSMayStandForKOrS() {
    // PCRE2 folds K (U+212A) to k and ſ (U+017F) to s: a text holding either is admitted whatever it holds.
    let source = #"(?i)(?<![\p{L}])kiosk(?![\p{L}])"#
    let pattern = try! Pattern(source)
    let matchData = MatchData()
    for text in ["\u{212A}iosk", "kio\u{17F}k"] {
      let found = try! Array(text.utf8).withUnsafeBufferPointer { try pattern.firstMatch(in: $0, using: matchData) }
      #expect(found != nil)
      #expect(admits(source, text))
    }
    #expect(!admits(source, "kiwi"))
  }

  /// The sets never turn away a text the pattern matches: random texts made of the patterns'
  /// own words, their neighbours and other scripts' letters, each searched by PCRE2 too.
  @Test func theGateAdmitsEveryTextThePatternMatches() throws {
    // Each pattern with the words and characters its matches are made of, next to some that spoil them.
    let cases: [(source: String, fragments: [String])] = [
      (
        #"(?<![\p{L}\p{N}])\d{1,5}[ \t]+(?:\p{Lu}\p{L}*[ \t]+){1,2}(?:Street|St|Ave)(?![\p{L}\p{N}''’-])\.?"#,
        ["Street", "street", "ST", "St", "Ave", "st.", "Main", "Élise", "12", "5", " ", " ", "x", "'", "é"]
      ),
      (#"\b(?i:years?[ \t]old|aged?)\b[ \t]*\d{1,3}"#, ["years", "year", " old", "aged", "AGE", "age", "x", " ", "34", "\u{212A}"]),
      (
        #"(?i)(?:(?:my|the)[ \t]+)?(?:pass(?:word)?|pin)[ \t]*(?:is|:)[ \t]*\S+"#,
        ["pass", "Password", "PIN", "pin", "is", ":", "my ", "the ", " ", "x", "\u{17F}", "ſ"]
      ),
      (
        #"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?=[ \t]+\d)(?<=straße|weg|st)"#,
        ["Straße", "straße", "Haupt", "weg", "Weg", "st", "Ost", " ", " ", "7", "ß", "x"]
      ),
      (#"(?<![a-z])(?:ab|abc){1,3}(?![a-z])\d"#, ["ab", "abc", "AB", "c", " ", "1", "x", "é"]),
      (#"(?:^|[ \t])(?:Rue|Calle)[ \t]+\p{Lu}\w*(?:[ \t]+\d+|$)"#, ["Rue", "calle", "Calle", " ", "Mayor", "12", "\n", "x", "É"]),
      (#"(?=\d{3}[ \t]+Main)\d+[ \t]+Main(?:[ \t]+St)?"#, ["345", "12", " ", "Main", "MAIN", "St", "x"]),
      (
        #"(?<![\p{L}])(?i:i[ \t]+am|we[ \t]+are|i'm)[ \t]+(?:in|from)[ \t]+\p{Lu}"#,
        ["i", "I", "am", "we", "are", "'m", " ", "\t", "  ", " \t ", "in", "from", "Paris", "x", "\n"]
      ),
    ]
    var generator = SystemRandomNumberGenerator()
    let matchData = MatchData()
    var matched = 0
    for (source, fragments) in cases {
      let pattern = try Pattern(source, options: .unicodeProperties)
      for _ in 0..<3_000 {
        let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in fragments.randomElement(using: &generator)! }.joined()
        var found = false
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
          try pattern.forEachMatch(in: buffer, using: matchData) { _ in found = true }
        }
        guard found else { continue }
        matched += 1
        #expect(admits(source, text), "\(source) matches \(text.debugDescription) but its words turn it away")
      }
    }
    #expect(matched > 300, "the random texts should match often enough to test the gate")
  }
}
