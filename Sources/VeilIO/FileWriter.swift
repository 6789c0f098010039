#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file could not be written.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// What went wrong.
  public var reason: String

  /// Creates an output error.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `path: reason`.
  public var description: String { "\(path): \(reason)" }
}

/// Writes a file under a temporary name and renames it into place on `commit()`,
/// so that readers never see a half-written file.
public final class AtomicFileWriter {
  /// The final path.
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private let compressor: GzipCompressor?
  private var committed = false
  /// Bytes written to the file so far (after compression).
  public private(set) var bytesWritten = 0
  /// Sees every byte as it goes to the file (after compression), e.g. to hash it while writing.
  public var onWrite: ((ArraySlice<UInt8>) -> Void)?

  /// Opens a temporary file next to `path`.
  ///
  /// - Parameters:
  ///   - path: Where the file ends up.
  ///   - gzip: Whether to gzip the content.
  /// - Throws: `OutputError` when the file cannot be created.
  public init(path: String, gzip: Bool = false) throws(OutputError) {
    self.path = path
    temporaryPath = path + ".tmp-\(getpid())"
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw OutputError(path: path, reason: "cannot create: \(String(cString: strerror(errno)))")
    }
    compressor = gzip ? try GzipCompressor() : nil
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !committed { unlink(temporaryPath) }
  }

  /// Appends bytes.
  public func write(_ bytes: some Sequence<UInt8>) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { try flush(finish: false) }
  }

  /// Appends a string's UTF-8 bytes.
  public func write(_ text: String) throws(OutputError) {
    try write(text.utf8)
  }

  /// Flushes, syncs and renames the file into place.
  public func commit() throws(OutputError) {
    try flush(finish: true)
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      descriptor = -1
      throw OutputError(path: path, reason: "cannot finish writing: \(String(cString: strerror(errno)))")
    }
    descriptor = -1
    guard rename(temporaryPath, path) == 0 else {
      throw OutputError(path: path, reason: "cannot rename into place: \(String(cString: strerror(errno)))")
    }
    committed = true
  }

  private func flush(finish: Bool) throws(OutputError) {
    var pending = buffer
    buffer.removeAll(keepingCapacity: true)
    if let compressor {
      var compressed: [UInt8] = []
      compressor.compress(pending, finish: finish, into: &compressed)
      pending = compressed
    }
    if !pending.isEmpty { onWrite?(pending[...]) }
    var offset = 0
    while offset < pending.count {
      let result = pending.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw OutputError(path: path, reason: "write failed: \(String(cString: strerror(errno)))")
      }
      offset += result
    }
    bytesWritten += pending.count
  }
}
