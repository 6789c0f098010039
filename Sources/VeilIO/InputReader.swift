import VeilCore

/// Reads JSONL inputs (plain or gzip, a file or standard input) as framed lines.
public struct InputReader: Sendable {
  /// The longest line accepted, in bytes.
  public var maxLineBytes: Int
  /// The read size, in bytes.
  public var chunkSize: Int

  /// Creates a reader.
  public init(maxLineBytes: Int = 64 << 20, chunkSize: Int = 1 << 20) {
    self.maxLineBytes = maxLineBytes
    self.chunkSize = chunkSize
  }

  /// Calls `body` with every line of `path` (`-` is standard input), in order.
  ///
  /// Gzip is recognized by its magic bytes, whatever the file is called. When the
  /// input ends early (a truncated gzip stream), the unfinished line is reported as
  /// failed, and the error is thrown after every complete line was delivered.
  /// - Parameters:
  ///   - path: A file path, or `-`.
  ///   - stored: Sees every block of the input as stored (compressed, for gzip), in order: hashing
  ///     it here proves which bytes were processed, without reading the input twice.
  ///   - body: Receives each line or line failure.
  /// - Throws: `InputError` when the input cannot be opened or read to its end.
  public func forEachLine(
    in path: String, stored: ([UInt8]) -> Void = { _ in }, _ body: (FramedLine) throws -> Void
  ) throws {
    try withoutActuallyEscaping(stored) { stored in try forEachLine(in: path, observer: stored, body) }
  }

  private func forEachLine(in path: String, observer: @escaping ([UInt8]) -> Void, _ body: (FramedLine) throws -> Void) throws {
    let file = try FileDescriptorSource(path: path)
    file.observer = observer
    var chunk: [UInt8] = []
    try file.read(into: &chunk, capacity: chunkSize)
    let source: any ByteSource
    if chunk.count >= 2 && chunk[0] == 0x1F && chunk[1] == 0x8B {
      source = try GzipSource(upstream: file, name: path, firstChunk: chunk)
      try source.read(into: &chunk, capacity: chunkSize)
    } else {
      source = file
    }
    var framer = LineFramer(file: path, maxLineBytes: maxLineBytes)
    do {
      while !chunk.isEmpty {
        try framer.process(chunk[...], emit: body)
        try source.read(into: &chunk, capacity: chunkSize)
      }
    } catch let error as InputError {
      try framer.abandonPartialLine(kind: .truncatedInput, reason: error.reason, emit: body)
      throw error
    }
    try framer.finish(emit: body)
  }
}
