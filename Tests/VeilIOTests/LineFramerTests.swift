import Testing
import VeilCore

@testable import VeilIO

@Suite struct LineFramerTests {
  static let input = Array("{\"a\":1}\r\n\n  \n{\"b\":\"é😀\"}\nlast line without break".utf8)

  /// The oracle: the standard library's split, with blank lines dropped and \r trimmed.
  static var expected: [FramedLine] {
    input.split(separator: 10, omittingEmptySubsequences: false).enumerated()
      .compactMap { index, line in
        var bytes = Array(line)
        if bytes.last == 13 { bytes.removeLast() }
        if bytes.allSatisfy({ $0 == 32 }) { return nil }
        return .line(SourceLocation(file: "t", line: index + 1), bytes)
      }
  }

  @Test(arguments: [1, 2, 3, 5, 7, 64, 4096])
  func chunkBoundariesDoNotMatter(chunkSize: Int) throws {
    var framer = LineFramer(file: "t", maxLineBytes: 1 << 20)
    var lines: [FramedLine] = []
    var start = 0
    while start < Self.input.count {
      let end = min(start + chunkSize, Self.input.count)
      try framer.process(Self.input[start..<end]) { lines.append($0) }
      start = end
    }
    try framer.finish { lines.append($0) }
    #expect(lines == Self.expected)
  }

  @Test func overlongLineFailsWithoutBeingKept() throws {
    var framer = LineFramer(file: "big.jsonl", maxLineBytes: 10)
    var lines: [FramedLine] = []
    try framer.process(Array("short\n0123456789ABCDEF\nok\n".utf8)[...]) { lines.append($0) }
    #expect(lines.count == 3)
    #expect(lines[0] == .line(SourceLocation(file: "big.jsonl", line: 1), Array("short".utf8)))
    guard case .failed(let location, let kind, let reason) = lines[1] else {
      Issue.record("expected the long line to fail, got \(lines[1])")
      return
    }
    #expect(location == SourceLocation(file: "big.jsonl", line: 2))
    #expect(kind == .lineTooLong)
    #expect(reason.contains("10 bytes"))
    #expect(lines[2] == .line(SourceLocation(file: "big.jsonl", line: 3), Array("ok".utf8)))
  }
}
