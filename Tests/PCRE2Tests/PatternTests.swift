import Testing

@testable import PCRE2

@Suite struct PatternTests {
  private func matches(_ pattern: Pattern, in text: String) throws -> [String] {
    let bytes = Array(text.utf8)
    let matchData = MatchData()
    var found: [String] = []
    try bytes.withUnsafeBufferPointer { buffer in
      try pattern.forEachMatch(in: buffer, using: matchData) { range in
        found.append(String(decoding: bytes[range], as: UTF8.self))
      }
    }
    return found
  }

  @Test func findsEveryMatchWithByteOffsets() throws {
    let pattern = try Pattern(#"\d{3}"#)
    let text = "é 123 😀 456"
    let bytes = Array(text.utf8)
    var ranges: [Range<Int>] = []
    try bytes.withUnsafeBufferPointer { buffer in
      try pattern.forEachMatch(in: buffer, using: MatchData()) { ranges.append($0) }
    }
    // "é" is 2 bytes, the space 1, so 123 starts at byte 3; "😀" is 4 bytes.
    #expect(ranges == [3..<6, 12..<15])
  }

  @Test func compileErrorNamesPatternAndOffset() {
    #expect(throws: PCRE2Error.self) { try Pattern("ab(c") }
    do {
      _ = try Pattern("ab(c")
    } catch {
      guard case .compile(let source, let offset, let message) = error else {
        Issue.record("expected a compile error, got \(error)")
        return
      }
      #expect(source == "ab(c")
      #expect(offset == 4)
      #expect(message.contains("parenthesis"))
      #expect(error.description.contains("/ab(c/"))
    }
  }

  @Test func optionsByName() throws {
    let caseless = try Pattern("hello", options: .caseless)
    #expect(try matches(caseless, in: "HeLLo hello") == ["HeLLo", "hello"])
    let exact = try Pattern("hello")
    #expect(try matches(exact, in: "HeLLo hello") == ["hello"])
  }

  @Test func emptyMatchesAdvanceByWholeCharacters() throws {
    let pattern = try Pattern("x*")
    // Must terminate, and never split the 4-byte emoji.
    let found = try matches(pattern, in: "a😀x")
    #expect(found == ["", "", "x", ""])
  }

  @Test func captureGroupsAreReadable() throws {
    let pattern = try Pattern(#"(\w+)@(\w+)"#)
    let bytes = Array("mail bob@host now".utf8)
    let matchData = MatchData()
    let range = try bytes.withUnsafeBufferPointer { try pattern.firstMatch(in: $0, using: matchData) }
    #expect(range == 5..<13)
    #expect(matchData.range(ofGroup: 1) == 5..<8)
    #expect(matchData.range(ofGroup: 2) == 9..<13)
    #expect(matchData.range(ofGroup: 3) == nil)
    #expect(pattern.captureCount == 2)
  }

  @Test func catastrophicBacktrackingHitsTheLimit() throws {
    let pattern = try Pattern(#"^(a+)+$"#)
    let text = String(repeating: "a", count: 40) + "b"
    let limited = MatchData(limits: .init(matchLimit: 10_000, depthLimit: 1_000))
    let bytes = Array(text.utf8)
    #expect {
      try bytes.withUnsafeBufferPointer { _ = try pattern.firstMatch(in: $0, using: limited) }
    } throws: { error in
      guard let error = error as? PCRE2Error, case .limitExceeded(let source, _) = error else { return false }
      return source == #"^(a+)+$"#
    }
  }

  @Test func sharedAcrossThreads() async throws {
    let pattern = try Pattern(#"[a-z]+@[a-z]+\.com"#)
    let text = Array(String(repeating: "x ann@site.com y ", count: 200).utf8)
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask {
          let matchData = MatchData()
          var count = 0
          try? text.withUnsafeBufferPointer { buffer in
            try pattern.forEachMatch(in: buffer, using: matchData) { _ in count += 1 }
          }
          return count
        }
      }
      var all: [Int] = []
      for await count in group { all.append(count) }
      return all
    }
    #expect(counts == Array(repeating: 200, count: 8))
  }
}
