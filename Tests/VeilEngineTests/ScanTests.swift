import Foundation
import Testing
import VeilCore

@testable import VeilEngine

@Suite struct ScanTests {
  private func scan(_ line: String, offsets: OffsetUnit) throws -> [String] {
    let folder = try temporaryDirectory()
    let input = folder.appendingPathComponent("in.jsonl")
    try Data((line + "\n").utf8).write(to: input)
    var output: [String] = []
    try Engine().scan([input.path], offsets: offsets, write: { output.append($0) }, quarantine: { _ in })
    return output
  }

  @Test func offsetsInCodePointsAndBytes() throws {
    let line = #"{"id":"t1","text":"😀 é to a@b.co"}"#
    let codepoints = try scan(line, offsets: .codepoints)
    #expect(codepoints == [#"{"id":"t1","spans":[{"start":7,"end":13,"label":"EMAIL_ADDRESS","score":0.9,"recognizer":"email"}]}"# + "\n"])
    let bytes = try scan(line, offsets: .utf8)
    #expect(bytes == [#"{"id":"t1","spans":[{"start":11,"end":17,"label":"EMAIL_ADDRESS","score":0.9,"recognizer":"email"}]}"# + "\n"])
  }

  @Test func oneLinePerMessageWithMessageIndexIDs() throws {
    let line = #"{"id":"c","messages":[{"role":"user","content":"hi"},{"role":"user","content":null},{"role":"user","content":"x@y.org"}]}"#
    let output = try scan(line, offsets: .codepoints)
    #expect(output.count == 2)
    #expect(output[0] == #"{"id":"c:0","spans":[]}"# + "\n")
    #expect(output[1].hasPrefix(#"{"id":"c:2","spans":[{"start":0,"end":7,"#))
  }

  @Test func pythonAgreesOnCodePointOffsets() throws {
    // The same offsets a Python user would slice with: count code points, not UTF-16 units.
    let text = "𝒜😀 call (415) 555-0142"
    let line = "{\"text\":\"\(text)\"}"
    let output = try scan(line, offsets: .codepoints)
    let object = try JSONSerialization.jsonObject(with: Data(output[0].utf8)) as? [String: Any]
    let span = try #require((object?["spans"] as? [[String: Any]])?.first)
    let scalars = Array(text.unicodeScalars)
    let start = try #require(span["start"] as? Int)
    let end = try #require(span["end"] as? Int)
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "(415) 555-0142")
  }
}
