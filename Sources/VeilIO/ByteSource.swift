#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `read(2)`, named so that it does not clash with `ByteSource.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

/// Something that hands out the bytes of an input in chunks.
protocol ByteSource: AnyObject {
  /// Reads up to `capacity` bytes into `buffer` (replacing its contents); an empty buffer means end of input.
  func read(into buffer: inout [UInt8], capacity: Int) throws(InputError)
}

/// An input could not be read as a whole (as opposed to one bad line in it).
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input as named by the user.
  public var file: String
  /// What went wrong.
  public var reason: String

  /// Creates an input error.
  public init(file: String, reason: String) {
    self.file = file
    self.reason = reason
  }

  /// `file: reason`.
  public var description: String { "\(file): \(reason)" }
}

/// Reads a file descriptor with `read(2)`.
final class FileDescriptorSource: ByteSource {
  let name: String
  /// Sees every block of bytes as stored (before any decompression), e.g. to hash the input.
  var observer: ([UInt8]) -> Void = { _ in }
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  /// Opens `path` for reading, or wraps standard input for `-`.
  init(path: String) throws(InputError) {
    name = path
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    let opened = open(path, O_RDONLY)
    guard opened >= 0 else {
      throw InputError(file: path, reason: "cannot open: \(String(cString: strerror(errno)))")
    }
    var info = stat()
    if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(opened)
      throw InputError(file: path, reason: "is a directory, not a JSONL file")
    }
    descriptor = opened
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  func read(into buffer: inout [UInt8], capacity: Int) throws(InputError) {
    var count = 0
    buffer = [UInt8](unsafeUninitializedCapacity: capacity) { storage, initialized in
      while true {
        let result = systemRead(descriptor, storage.baseAddress, capacity)
        if result < 0 && errno == EINTR { continue }
        count = result
        initialized = max(result, 0)
        return
      }
    }
    if count < 0 {
      throw InputError(file: name, reason: "read failed: \(String(cString: strerror(errno)))")
    }
    if count > 0 { observer(buffer) }
  }
}
