import Testing

@testable import VeilDetection

/// Reading from a pattern's source whether every match holds a digit.
@Suite struct RequiredDigitTests {
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
  ])
  func patternsWhoseEveryMatchHoldsADigit(source: String) {
    #expect(RequiredDigit.inEveryMatch(of: source))
  }

  @Test(arguments: [
    #"\p{Lu}\p{Ll}+"#,
    #"\d?[A-Z]"#,  // optional
    #"\d*x"#,
    #"\d{0,3}x"#,
    #"x\d{,3}"#,
    #"(?=\d)\w+"#,  // a lookahead holds no part of the match
    #"(?<=\d)x"#,
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
    #"(\d"#,  // unbalanced
  ])
  func patternsNotKnownToHoldADigit(source: String) {
    #expect(!RequiredDigit.inEveryMatch(of: source))
  }
}
