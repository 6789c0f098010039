import PCRE2
import Testing

@testable import VeilDetection

/// Reading which characters a pattern's matches start with, and the lookahead that tells PCRE2.
@Suite struct FirstCharactersTests {
  func hint(_ source: String, caseless: Bool = false, unicode: Bool = false) -> String? {
    FirstCharacters.hinted(source, caseless: caseless, unicode: unicode)
  }

  @Test func capitalsAndNonASCIIForAnUppercaseLetter() {
    #expect(hint(#"(?<![\p{L}])\p{Lu}\p{Ll}+"#) == #"(?=[A-Z\x{80}-\x{10FFFF}])(?:(?<![\p{L}])\p{Lu}\p{Ll}+)"#)
  }

  @Test func alternativesOptionalPartsAndGroups() {
    #expect(hint(#"(?:Dr\.?[ \t]+)?\p{Lu}\w+|\d+"#) == #"(?=[0-9A-Z\x{80}-\x{10FFFF}])(?:(?:Dr\.?[ \t]+)?\p{Lu}\w+|\d+)"#)
    #expect(hint(#"x*@y"#) == #"(?=[\x{40}x])(?:x*@y)"#)
    #expect(hint(#"(?i)ab|x"#) == #"(?=[AXax])(?:(?i)ab|x)"#, "caseless: both cases, also in the next alternative")
    #expect(hint(#"(?i:\p{Lu})"#) == nil, "PCRE2 may fold a property's case: then any letter starts it")
    #expect(hint(#"[-./]\d"#) == #"(?=[\x{2d}-\x{2f}])(?:[-./]\d)"#)
    #expect(hint("k", caseless: true) == #"(?=[Kk\x{80}-\x{10FFFF}])(?:k)"#, "K, the Kelvin sign, folds to k")
  }

  @Test(arguments: [
    #"\p{Lu}?"#,  // may match the empty string
    #"(?=x)"#,
    #".\p{Lu}"#,  // any character
    #"[^a]\p{Lu}"#,  // a negated class
    #"(a)?\1x"#,  // a backreference may come first
    #"\x41\p{Lu}"#,  // not read
    #"(?x) \p{Lu}"#,
    #"[[:upper:]]"#,
    #"\S+"#,
    #"\w+"#,  // nearly every ASCII character: no help
  ])
  func noHint(source: String) {
    #expect(hint(source) == nil)
  }

  @Test func theHintChangesNoMatch() throws {
    let source = #"(?<![\p{L}])(?:(?:Dr|Mr)\.?[ \t]+)?(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{Lu}\p{Ll}+))?"#
    let hinted = try #require(hint(source))
    let (original, faster) = (try Pattern(source), try Pattern(hinted))
    #expect(original.startInfo.firstUnits == nil)
    #expect(faster.startInfo.firstUnits != nil, "PCRE2 now knows where matches can start")
    let matchData = MatchData()
    for text in ["Dr. Ana Lima met Mr Bo", "élan Émile Zola", "nothing here", "x Yz", ""] {
      var found: [[Range<Int>?]] = [[], []]
      for (index, pattern) in [original, faster].enumerated() {
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
          try pattern.forEachMatch(in: buffer, using: matchData) { _ in
            found[index] += (0...2).map { matchData.range(ofGroup: $0) }
          }
        }
      }
      #expect(found[0] == found[1], "\(text)")
    }
  }
}
