import Foundation
import Testing
import VeilTestSupport
import VeilCore

@testable import VeilIO

/// A fresh temporary folder per test.
func temporaryDirectory() throws -> URL { try TemporaryFolders.make("io") }

@Suite struct InputReaderTests {
  private func readAll(_ path: String, reader: InputReader = InputReader()) throws -> [FramedLine] {
    var lines: [FramedLine] = []
    try reader.forEachLine(in: path) { lines.append($0) }
    return lines
  }

  @Test func plainAndGzipReadTheSame() throws {
    let folder = try temporaryDirectory()
    let content = (1...500).map { "{\"text\": \"line \($0) é\"}" }.joined(separator: "\n") + "\n"
    let plain = folder.appendingPathComponent("a.jsonl").path
    try Data(content.utf8).write(to: URL(fileURLWithPath: plain))
    // The gzip file is named .jsonl on purpose: gzip is recognized by its magic bytes.
    let gzipped = folder.appendingPathComponent("b.jsonl").path
    let writer = try AtomicFileWriter(path: gzipped, gzip: true)
    try writer.write(content)
    try writer.commit()
    let gzipBytes = try Data(contentsOf: URL(fileURLWithPath: gzipped))
    #expect(gzipBytes.prefix(2) == Data([0x1F, 0x8B]))

    let small = InputReader(chunkSize: 100)
    let fromPlain = try readAll(plain, reader: small).map(lineBytes)
    let fromGzip = try readAll(gzipped, reader: small).map(lineBytes)
    #expect(fromPlain.count == 500)
    #expect(fromPlain == fromGzip)
  }

  @Test func gzipOutputIsDeterministic() throws {
    let folder = try temporaryDirectory()
    var digests: [Data] = []
    for name in ["one.gz", "two.gz"] {
      let writer = try AtomicFileWriter(path: folder.appendingPathComponent(name).path, gzip: true)
      try writer.write("same content\n")
      try writer.commit()
      digests.append(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
    #expect(digests[0] == digests[1])
  }

  @Test func concatenatedGzipMembersAreOneStream() throws {
    let folder = try temporaryDirectory()
    var joined = Data()
    for part in ["{\"text\":\"a\"}\n", "{\"text\":\"b\"}\n"] {
      let path = folder.appendingPathComponent("part.gz").path
      let writer = try AtomicFileWriter(path: path, gzip: true)
      try writer.write(part)
      try writer.commit()
      joined.append(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
    let path = folder.appendingPathComponent("joined.gz").path
    try joined.write(to: URL(fileURLWithPath: path))
    #expect(try readAll(path).count == 2)
  }

  @Test func truncatedGzipDeliversCompleteLinesThenFails() throws {
    let folder = try temporaryDirectory()
    let path = folder.appendingPathComponent("cut.jsonl.gz").path
    let writer = try AtomicFileWriter(path: path, gzip: true)
    try writer.write((1...2000).map { "{\"text\": \"record number \($0)\"}\n" }.joined())
    try writer.commit()
    let whole = try Data(contentsOf: URL(fileURLWithPath: path))
    try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))

    var lines: [FramedLine] = []
    #expect(throws: InputError.self) {
      try InputReader().forEachLine(in: path) { lines.append($0) }
    }
    let complete = lines.filter { if case .line = $0 { true } else { false } }
    #expect(complete.count > 0 && complete.count < 2000)
    // Every delivered line is a complete record; the cut one is reported as failed.
    for case .line(_, let bytes) in lines { #expect(bytes.last == UInt8(ascii: "}")) }
    guard case .failed(_, let kind, _) = lines.last else {
      Issue.record("the partial last line must be reported as failed")
      return
    }
    #expect(kind == .truncatedInput)
  }

  @Test func unreadableInputsNameTheFile() throws {
    #expect {
      try InputReader().forEachLine(in: "/nonexistent/veil.jsonl") { _ in }
    } throws: { error in
      guard let error = error as? InputError else { return false }
      return error.file == "/nonexistent/veil.jsonl" && error.reason.contains("cannot open")
    }
    let folder = try temporaryDirectory()
    #expect {
      try InputReader().forEachLine(in: folder.path) { _ in }
    } throws: { error in
      (error as? InputError)?.reason.contains("directory") == true
    }
  }

  private func lineBytes(_ line: FramedLine) -> [UInt8] {
    if case .line(_, let bytes) = line { return bytes }
    return []
  }
}
