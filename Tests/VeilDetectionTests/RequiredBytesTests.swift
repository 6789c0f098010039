import PCRE2
import Testing
import VeilCore

@testable import VeilDetection

/// Reading from a pattern's source which bytes a text must hold for it to match.
@Suite struct RequiredBytesTests {
  let digits = RequiredBytes.digits

  /// Whether one of the sets read from `source` is exactly `bytes`.
  func requires(_ source: String, _ bytes: String, caseless: Bool = false) -> Bool {
    RequiredBytes.all(source, caseless: caseless).contains(ByteSet(Array(bytes.utf8)))
  }

  @Test(arguments: [
    #"\d{3}-\d{4}"#,
    #"(?<![\p{L}])(?i:zip|plz)[ \t]*(\d{5}|[A-Z]\d[A-Z] ?\d[A-Z]\d)"#,
    #"(?:Flat|Apt)\s+[0-9]+"#,
    #"(?:January|May)\s+\d{1,2}(?:st|nd)?"#,
    #"PIN\s*(?:is\s*)?([0-9]{4,6})"#,
    #"Km 12"#,
    #"(?|a\d|b[0-9])"#,
    #"(?<name>x)\d+?"#,
    #"[^a]\d{2,}+"#,
    #"(?#a comment)(?i)x\d"#,
    #"(?=\d)\w+"#,  // a positive lookahead must find its digit in the text too
    #"(?<=\d)x"#,
  ])
  func patternsWhoseTextsHoldADigit(source: String) {
    // A set of digits only, or one digit, which is rarer still.
    #expect(RequiredBytes.of(source).contains { $0.isSubset(of: digits) }, "\(RequiredBytes.of(source))")
  }

  @Test(arguments: [
    #"\p{Lu}\p{Ll}+"#,
    #"\d?[A-Z]"#,  // optional
    #"\d*x"#,
    #"\d{0,3}x"#,
    #"x\d{,3}"#,
    #"(?!\d)\w+"#,  // a negative lookahead requires nothing
    #"(?<!\d)x"#,
    #"Calle \w+ (?:\d+|s/n)"#,  // one alternative without a digit
    #"[0-9a-f]{8}"#,  // hex: letters too
    #"[^0-9]+"#,
    #"(x)\1"#,  // a backreference is no literal digit
    #"(?x) \d"#,  // extended mode is not read
    #"\Q1\E"#,
    #"(?(1)\d|\d)"#,  // conditionals are not read
    #"(?1)\d"#,
    #"(?R)\d"#,  // recursion is not read
    #"[[:digit:]]"#,  // not read: conservative
    #"\x31"#,
    #"[\061]"#,  // octal: not read
    #"(\d"#,  // unbalanced
  ])
  func patternsNotKnownToNeedADigit(source: String) {
    #expect(!RequiredBytes.of(source).contains { $0.isSubset(of: digits) }, "\(RequiredBytes.of(source))")
  }

  @Test func literalsAndClassesOfEveryAlternative() {
    let email = #"(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.\w)"#
    #expect(requires(email, "@"))
    #expect(requires(email, "."))
    #expect(requires(#"\d{2}[-./]\d{2}"#, "-./"))
    #expect(requires(#"(?:ab:|\-)"#, ":-"), "alternatives: the union of one set of each")
    #expect(RequiredBytes.all(#"(?:ab|cd)"#).count == 2, "each set of the first, widened by one of the other")
    #expect(requires(#"(?=[0-9A-Fa-f:]*:)x"#, ":"), "inside a positive lookahead")
    #expect(requires(#"[\n\t]"#, "\n\t"))
    #expect(!requires(#"a(?:@)?b"#, "@"), "optional")
    #expect(RequiredBytes.of(#"a|\w"#).isEmpty, "an alternative that requires nothing")
    #expect(RequiredBytes.of(#"[^@]+"#).isEmpty)
    #expect(RequiredBytes.of(#"é"#) == [ByteSet([0xC3])], "a non-ASCII literal: its first byte")
    #expect(RequiredBytes.of(#"the \d"#) == [digits], "sets nearly every text meets are not worth checking")
    #expect(RequiredBytes.all(#"[x-é]"#).first.map { $0.contains(UInt8(ascii: "z")) && $0.contains(0xC3) } == true)
  }

  @Test func caseFoldingWidensLetters() {
    #expect(requires(#"x"#, "xX", caseless: true))
    #expect(requires(#"(?i)x"#, "xX"))
    #expect(requires(#"(?i:x)y"#, "xX"))
    #expect(requires(#"(?i:x)y"#, "y"), "the option ends with its group")
    #expect(requires(#"((?i)x|y)z"#, "xXyY"), "(?i) carries into the next alternative of its group")
    #expect(requires(#"((?i)x)y"#, "y"))
    #expect(requires(#"(?i)a(?-i)b"#, "b"))
    #expect(RequiredBytes.all(#"k"#, caseless: true) == [ByteSet([UInt8(ascii: "k"), UInt8(ascii: "K"), 0xE2])], "K: the Kelvin sign")
    #expect(RequiredBytes.all(#"[s]"#, caseless: true) == [ByteSet([UInt8(ascii: "s"), UInt8(ascii: "S"), 0xC5])], "ſ: the long s")
    #expect(RequiredBytes.of(#"é"#, caseless: true).isEmpty, "other cases of a non-ASCII letter are other bytes")
  }

  @Test func unicodeDigitsAdmitEveryNonASCIIByte() {
    let sets = RequiredBytes.of(#"\d+"#, unicodeDigits: true)
    #expect(sets.count == 1)
    #expect(sets.first.map { digits.isSubset(of: $0) && $0.contains(0xD9) } == true)
  }

  @Test(arguments: [
    (#"\d{3}-\d{3}-\d{4}"#, 10),
    (#"(?:\d{3}|\d{5})x"#, 3),  // the fewest of the alternatives
    (#"[2-9]\d{2}[ .-]?\d{4}"#, 7),
    (#"(?:\d{3}[ -]?){2}\d"#, 7),  // a repeated group counts as often as it must occur
    (#"\d+|x"#, 0),
    (#"\d*"#, 0),
    (#"\d{2,}"#, 2),
    (#"\d{0,3}x"#, 0),
    (#"[0-9A-F]{8}"#, 0),  // not digits only
    (#"[^a-z]{5}"#, 0),
    (#"(?=\d{5})\d"#, 1),  // a lookahead's digits may be the match's own
    (#"(?<!\d)\d(?!\d)"#, 1),
    (#"(\d)\1"#, 1),  // a backreference counts none
    (#"Km 12"#, 2),
    (#"(?i)x\d{4}"#, 4),
    (#"(?x) \d{3}"#, 0),  // extended mode is not read
    (#"(?ix)\d{3} # 555"#, 0),  // nor when another option comes first
    (#"[A-Z]{2, 3}-\d{4}"#, 0),  // a literal brace before PCRE2 10.43, a quantifier since: not read
    (#"(\d)x\g+1(\d)"#, 2),  // a relative reference is no digit
  ])
  func fewestDigitsOfAMatch(source: String, digits: Int) {
    #expect(RequiredBytes.minimumDigits(source) == digits)
  }

  @Test func unicodeDigitsCountOnlyListedDigits() {
    // With UCP, \d also matches other scripts' digits, which a count of ASCII digits does not see.
    #expect(RequiredBytes.minimumDigits(#"\d{3}"#, unicodeDigits: true) == 0)
    #expect(RequiredBytes.minimumDigits(#"[0-9]{3}"#, unicodeDigits: true) == 3)
  }

  /// A pattern with the fragments random texts for it are made of.
  typealias RandomCase = (source: String, options: Pattern.Options, fragments: [String])

  /// Calls `check` with each random text (of up to `pieces` fragments of its case) that PCRE2 finds a match of the
  /// case's pattern in, and that pattern's trigger; returns how many texts matched.
  func forEachMatchingRandomText(
    _ cases: [RandomCase], pieces: Int, _ check: (PatternTrigger, TextProfile, String) -> Void
  ) throws -> Int {
    var generator = SystemRandomNumberGenerator()
    let matchData = MatchData()
    var matched = 0
    for (source, options, fragments) in cases {
      let pattern = try Pattern(source, options: options)
      let trigger = PatternTrigger(pattern)
      for _ in 0..<3_000 {
        let text = (0..<Int.random(in: 1...pieces, using: &generator)).map { _ in fragments.randomElement(using: &generator)! }.joined()
        let bytes = Array(text.utf8)
        var found = false
        try bytes.withUnsafeBufferPointer { buffer in
          try pattern.forEachMatch(in: buffer, using: matchData) { _ in found = true }
        }
        guard found else { continue }
        matched += 1
        check(trigger, TextProfile(of: bytes), "\(source) matches \(text.debugDescription)")
      }
    }
    return matched
  }

  /// The count never turns away a text the pattern matches: random texts of digits, separators and other
  /// scripts' digits, each searched by PCRE2 too.
  @Test func theDigitCountAdmitsEveryTextThePatternMatches() throws {
    let fragments = ["1", "2", "5", "555", "0123", "-", " ", ".", "(", ")", "+", "x", "a", "٣", "٤٥", "\n"]
    let cases: [RandomCase] = [
      (#"(?<!\d)(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d)"#, [], fragments),
      (#"\b(?:\d{4}[ -]?){3}\d{1,4}\b"#, [], fragments),
      (#"(?:\d{3}|\d{2}[a-z]|x)-\d{2}"#, [], fragments),
      (#"(\d)\1{2}|[0-9]{2}(?=\d{3})"#, [], fragments),
      (#"\d{2}\p{Nd}"#, [], fragments),
      (#"\d{3}"#, .unicodeProperties, fragments),  // matches "٣٤٥" too
    ]
    let matched = try forEachMatchingRandomText(cases, pieces: 14) { trigger, profile, match in
      #expect(profile.digits >= trigger.minimumDigits, "\(match)")
    }
    #expect(matched > 1_000, "the random texts should match often enough to test the count")
  }

  @Test(arguments: [
    (#"(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]{0,39}[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"#, 40),  // lookarounds go on
    (#"[A-Za-z0-9+/]{86}=="#, 88),
    (#"ghp_[A-Za-z0-9]{36}"#, 40),
    (#"[A-Z]{10}\.?[A-Z]{12}"#, 12),  // an optional '.' may end the run
    (#"[A-Z]{10}(?:-)?[A-Z]{12}"#, 12),  // a group ends it too (its own run counts)
    (#"(?:[a-f0-9]{32}|[A-Z]{20})"#, 20),  // the shortest alternative
    (#"[a-z]{5}(?i)[a-z]{5}"#, 5),  // caseless, k and s may be the Kelvin sign and the long s
    (#"\w{30}"#, 0),  // \w is not listed
    (#"[A-Za-z0-9.]{30}"#, 0),  // '.' is no token character
    (#"x{3}y*z{2}"#, 5),  // optional token characters do not end it
    (#"\d{20}"#, 20),
    (#"[A-Z]{20}\x9|ab"#, 2),  // \x takes at most two hex digits: "|ab" is an alternative
    (#"[A-Z]{20}-(?#dash)?[A-Z]{20}"#, 0),  // the '?' applies to '-': not read
    (#"[A-Z]{20}x{,}[A-Z]{20}"#, 21),  // "{,}" is literal text
    (#"[A-Z]{3}[0-9]{,2}[A-Z]{3}"#, 0),  // "{,2}" depends on PCRE2's version: not read
  ])
  func longestRunOfAMatch(source: String, run: Int) {
    #expect(RequiredBytes.minimumRun(source) == run)
  }

  /// The run never turns away a text the pattern matches: random texts of token characters and the bytes that end
  /// runs, each searched by PCRE2 too.
  @Test func theRunAdmitsEveryTextThePatternMatches() throws {
    // Each pattern with the characters its matches are made of, next to some that end a run.
    let cases: [RandomCase] = [
      (#"(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]{0,11}[A-Z])[A-Za-z0-9/+]{12}(?![A-Za-z0-9/+=])"#, [],
       ["AB", "Q", "x", "9", "/", "+", "=", "-", " ", ".", "é"]),
      (#"[a-f0-9]{4}-?[a-f0-9]{6}"#, [], ["a", "f0", "9", "-", "_", " ", "."]),
      (#"(?:ab|[A-Z]{3})+c{2,}"#, [], ["ab", "ABC", "c", "cc", "X", " ", "-"]),
      (#"(?i)[a-z]{3}x{4}"#, [], ["ab", "k", "x", "xx", "X", "\u{212A}", "\u{17F}", " "]),
      (#"\d{6}"#, .unicodeProperties, ["1", "23", "٣", "٤٥", " ", "-"]),
      (#"tok_[A-Za-z]{5}(?=\.)"#, [], ["tok_", "ab", "Cde", "f", ".", " ", "_"]),
    ]
    let matched = try forEachMatchingRandomText(cases, pieces: 16) { trigger, profile, match in
      #expect(profile.longestRun >= trigger.minimumRun, "\(match)")
    }
    #expect(matched > 1_000, "the random texts should match often enough to test the run")
  }

  @Test(arguments: [
    (#"(?<![\p{L}])(?:[Ii]n|[Tt]o)[ \t]+(NY|NJ|TX|NSW)(?![\p{L}])"#, 2),  // the shortest code, after any preposition
    (#"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}"#, 6),  // a SWIFT code: bank and country; the location may hold digits
    (#"[A-Z]{2}\d{2}"#, 2),
    (#"(?i)[A-Z]{4}"#, 0),  // caseless: either case
    (#"(?i:NY)|TX"#, 0),  // one alternative in either case
    (#"[A-Za-z]{5}"#, 0),
    (#"\p{Lu}{5}"#, 0),  // not listed
    (#"A(?=B)B"#, 2),  // a lookahead does not end the run
    (#"AB?C"#, 2),  // without the optional capital the others stand together
    (#"A[0-9]?BC"#, 2),  // an optional digit ends the run where it stands
    (#"AB|CDE"#, 2),
  ])
  func longestCapitalsOfAMatch(source: String, capitals: Int) {
    #expect(RequiredBytes.minimumCapitals(source) == capitals)
  }

  /// The capitals never turn away a text the pattern matches: random texts of capitals and what ends their runs,
  /// each searched by PCRE2 too.
  @Test func theCapitalsAdmitEveryTextThePatternMatches() throws {
    let cases: [RandomCase] = [
      (#"(?:[Ii]n|[Tt]o)[ \t]+(NY|NJ|NSW)(?![A-Za-z])"#, [], ["in ", "to ", "In ", "N", "Y", "J", "SW", "ny", " ", "x"]),
      (#"[A-Z]{3}[A-Z0-9]{2}"#, [], ["A", "BC", "9", "a", " ", "-"]),
      (#"(?:AB|[A-Z]{3})+C{2,}"#, [], ["AB", "XYZ", "C", "CC", "c", " "]),
      (#"(?i:a)BC"#, [], ["a", "A", "B", "C", "b", " "]),
    ]
    let matched = try forEachMatchingRandomText(cases, pieces: 12) { trigger, profile, match in
      #expect(profile.longestCapitalRun >= trigger.minimumCapitals, "\(match)")
    }
    #expect(matched > 1_000, "the random texts should match often enough to test the capitals")
  }

  @Test func theClassesOfASetAreTheClassesOfItsBytes() {
    var generator = SystemRandomNumberGenerator()
    #expect(ByteClasses.of(ByteSet()) == ByteClasses.all)
    for size in [1, 2, 3, 5, 8, 40, 256] {
      for _ in 0..<50 {
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let expected = bytes.reduce(UInt8(0)) { $0 | 1 << ByteClasses.of($1) }
        #expect(ByteClasses.of(ByteSet(bytes)) == expected, "\(bytes)")
      }
    }
  }

  /// The pair (`first`, `second`) of byte classes, as a mask of one bit.
  func pair(_ first: UInt8, _ second: UInt8) -> UInt64 { ByteClasses.bit(first, second) }

  @Test func pairsOfClassesSideBySide() {
    let (upper, digit, space, period, hyphen) = (
      ByteClasses.upper, ByteClasses.digit, ByteClasses.space, ByteClasses.period, ByteClasses.hyphen
    )
    // A UK postcode: a capital before a digit, a digit before a space or a tab, a digit before a capital.
    let postcode = RequiredBytes.classPairs(#"[A-Z]{1,2}\d[ \t]\d[A-Z]{2}"#)
    #expect(postcode.contains(pair(upper, digit)))
    #expect(postcode.contains(pair(digit, upper)))
    #expect(postcode.contains(pair(digit, space)))
    // A choice of separators: one mask with either pair.
    #expect(RequiredBytes.classPairs(#"\d{1,2}[.-]\d{4}"#).contains(pair(digit, period) | pair(digit, hyphen)))
    // Lookarounds and assertions hold no text: the characters beside them stand side by side.
    #expect(RequiredBytes.classPairs(#"\d(?=x)\b\."#).contains(pair(digit, period)))
    // Alternatives pair as byte sets do; a group whose matches all hold a byte pairs with its neighbours.
    #expect(RequiredBytes.classPairs(#"(?:\d|[A-Z]{2})\."#).contains(pair(digit, period) | pair(upper, period)))
    // A positive lookahead's own pairs count.
    #expect(RequiredBytes.classPairs(#"(?=[A-Z]\d)\w+"#).contains(pair(upper, digit)))
  }

  @Test(arguments: [
    #"\d\b"#,  // an assertion pairs with nothing after it
    #"\d?\."#,  // optional
    #"\d(?:x)?\."#,  // an optional group between
    #"(\d)\1\."#,  // a backreference may be any length, even empty
    #"\d(?:|x)\."#,  // a group that may match nothing
    #"(?!\d\.)\w"#,  // a negative lookahead requires nothing
    #"\p{Lu}\p{Ll}+ \p{Lu}"#,  // only pairs nearly every text holds
    #"(?x) \d \."#,  // extended mode is not read
  ])
  func noPairsWhereNoneIsSure(source: String) {
    #expect(!RequiredBytes.classPairs(source).contains { $0 & ByteClasses.bit(ByteClasses.digit, ByteClasses.period) != 0 && $0.nonzeroBitCount == 1 }, "\(source)")
    if source.hasPrefix(#"\p{Lu}"#) || source.hasPrefix("(?x)") { #expect(RequiredBytes.classPairs(source).isEmpty) }
  }

  /// The pairs never turn away a text the pattern matches: random texts of letters, digits and separators, each
  /// searched by PCRE2 too.
  @Test func thePairsAdmitEveryTextThePatternMatches() throws {
    let fragments = ["A", "M1", "9", "2LL", " ", "\t", ".", "-", "x", "é", "\n", "05", "ab", "M19 2LL", "1.2.33", "4-5-67"]
    let cases: [RandomCase] = [
      (#"(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\p{L}\p{N}])"#, [], fragments),
      (#"\d{1,2}([.-])\d{1,2}\1\d{2}"#, [], fragments),
      (#"(?:\d|[A-Z]{2})\.(?=\d)\b\d"#, [], fragments),
      (#"(?i)[a-z]\d(?:x)?-"#, [], fragments),
      (#"(\d)\1*\.|M1(?:[ \t]|-)+\d"#, [], fragments),
      (#"(?:A|x)?\d{2,}(?:é|\.)"#, [], fragments),
    ]
    for (source, options, _) in cases where !source.hasPrefix("(\\d)") {
      #expect(!PatternTrigger(try Pattern(source, options: options)).requiredPairs.isEmpty, "\(source) needs pairs")
    }
    let matched = try forEachMatchingRandomText(cases, pieces: 10) { trigger, profile, match in
      #expect(trigger.requiredPairs.allSatisfy { $0 & profile.classPairs != 0 }, "\(match)")
    }
    #expect(matched > 1_000, "the random texts should match often enough to test the pairs")
  }
}
