import Foundation
import Testing
import VeilCore

/// `Explanation` keeps its parts behind one shared reference; it must still behave as a value.
@Suite struct ExplanationTests {
  let original = Explanation(
    recognizer: "person_names", pattern: "name evidence", baseScore: 0.6, contextWords: ["name"],
    notes: ["a given name"])

  @Test func changingACopyLeavesTheOriginalAsItWas() {
    var copy = original
    copy.notes.append("joined to a name")
    copy.baseScore = 0.5
    copy.validator = "luhn"
    #expect(original.notes == ["a given name"])
    #expect(original.baseScore == 0.6)
    #expect(original.validator == nil)
    #expect(copy.notes == ["a given name", "joined to a name"])
    #expect(copy.baseScore == 0.5)
    #expect(copy.validator == "luhn")
    #expect(copy.recognizer == original.recognizer && copy.pattern == original.pattern)
  }

  @Test func equalityAndHashingFollowTheParts() {
    let same = Explanation(
      recognizer: "person_names", pattern: "name evidence", baseScore: 0.6, contextWords: ["name"],
      notes: ["a given name"])
    #expect(same == original)
    #expect(Set([same, original]).count == 1)
    var other = original
    other.contextWords = []
    #expect(other != original)
    #expect(Set([other, original]).count == 2)
  }

  @Test func itEncodesItsPartsByName() throws {
    var explained = original
    explained.validator = "luhn"
    explained.verdict = .valid
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(explained), as: UTF8.self)
    #expect(
      json == #"{"baseScore":0.6,"contextWords":["name"],"notes":["a given name"],"pattern":"name evidence","#
        + #""recognizer":"person_names","validator":"luhn","verdict":"valid"}"#)
    #expect(!String(decoding: try encoder.encode(original), as: UTF8.self).contains("validator"))
    #expect(try JSONDecoder().decode(Explanation.self, from: Data(json.utf8)) == explained)
  }
}
