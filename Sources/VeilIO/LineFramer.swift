import VeilCore

/// One line of input, or the reason a line could not be framed.
public enum FramedLine: Sendable, Hashable {
  /// A complete line, without its line break (`\n` or `\r\n`).
  case line(SourceLocation, [UInt8])
  /// A line that cannot be used; it fails closed with this reason.
  case failed(SourceLocation, kind: QuarantineKind, reason: String)
}

/// Splits a byte stream into lines, safe across chunk boundaries.
///
/// Lines longer than `maxLineBytes` are not kept in memory: the framer skips to the
/// next line break and reports the line as failed. Blank lines are skipped.
public struct LineFramer: Stage {
  /// The input file name used in locations.
  public let file: String
  /// The longest line accepted, in bytes.
  public let maxLineBytes: Int
  private var pending: [UInt8] = []
  private var line = 1
  private var oversized = false

  /// Creates a framer for the input named `file`.
  public init(file: String, maxLineBytes: Int) {
    self.file = file
    self.maxLineBytes = maxLineBytes
  }

  /// The 1-based number of the line now being framed.
  public var currentLine: Int { line }

  /// Whether bytes of an unfinished line are buffered.
  public var hasPartialLine: Bool { !pending.isEmpty || oversized }

  /// Frames `chunk`, emitting each line it completes.
  public mutating func process(_ chunk: ArraySlice<UInt8>, emit: (FramedLine) throws -> Void) throws {
    var start = chunk.startIndex
    while start < chunk.endIndex {
      guard let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) else {
        append(chunk[start...])
        return
      }
      append(chunk[start..<newline])
      try emitPending(emit)
      start = newline + 1
    }
  }

  /// Emits the last line when the input does not end with a line break.
  public mutating func finish(emit: (FramedLine) throws -> Void) throws {
    if hasPartialLine { try emitPending(emit) }
  }

  /// Drops the unfinished line and reports it as failed (e.g. when the input was truncated).
  public mutating func abandonPartialLine(kind: QuarantineKind, reason: String, emit: (FramedLine) throws -> Void) rethrows {
    guard hasPartialLine else { return }
    pending.removeAll(keepingCapacity: true)
    oversized = false
    try emit(.failed(SourceLocation(file: file, line: line), kind: kind, reason: reason))
    line += 1
  }

  private mutating func append(_ bytes: ArraySlice<UInt8>) {
    guard !oversized else { return }
    if pending.count + bytes.count > maxLineBytes {
      oversized = true
      pending.removeAll()
      return
    }
    pending.append(contentsOf: bytes)
  }

  private mutating func emitPending(_ emit: (FramedLine) throws -> Void) throws {
    let location = SourceLocation(file: file, line: line)
    line += 1
    if oversized {
      oversized = false
      try emit(.failed(location, kind: .lineTooLong, reason: "line is longer than the limit of \(maxLineBytes) bytes"))
      return
    }
    if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
    defer { pending.removeAll(keepingCapacity: true) }
    if pending.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
    try emit(.line(location, pending))
  }
}
