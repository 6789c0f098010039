import Foundation

/// Writes RFC 4180 CSV records with a configurable one-byte delimiter.
///
/// A field is quoted only when it contains the delimiter, a quote, CR or LF, or starts
/// or ends with a space; quotes inside are doubled. Output is buffered and flushed to
/// the file handle in large chunks.
public final class CSVWriter {
  private let handle: FileHandle?
  private let path: String
  private let delimiter: UInt8
  private let lineEnding: [UInt8]
  private var buffer: [UInt8] = []
  /// Everything written so far when the writer targets memory (no file).
  public private(set) var memory: [UInt8] = []

  /// Creates (truncating) `url` and writes records to it.
  public init(url: URL, delimiter: UInt8, crlf: Bool = false) throws {
    let manager = FileManager.default
    guard manager.createFile(atPath: url.path, contents: nil) else {
      throw KAnonymityError.io(path: url.path, message: "cannot create the output file")
    }
    do {
      handle = try FileHandle(forWritingTo: url)
    } catch {
      throw KAnonymityError.io(path: url.path, message: error.localizedDescription)
    }
    path = url.path
    self.delimiter = delimiter
    lineEnding = crlf ? [13, 10] : [10]
  }

  /// Creates a writer that collects output in `memory` (used by tests and previews).
  public init(delimiter: UInt8, crlf: Bool = false) {
    handle = nil
    path = "<memory>"
    self.delimiter = delimiter
    lineEnding = crlf ? [13, 10] : [10]
  }

  /// Appends one record.
  public func write(_ fields: [String]) throws {
    for (index, field) in fields.enumerated() {
      if index > 0 { buffer.append(delimiter) }
      CSVWriter.appendField(field, delimiter: delimiter, to: &buffer)
    }
    buffer.append(contentsOf: lineEnding)
    if buffer.count >= 1 << 20 { try flush() }
  }

  /// Flushes buffered bytes to the destination.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    if let handle {
      do {
        try handle.write(contentsOf: buffer)
      } catch {
        throw KAnonymityError.io(path: path, message: error.localizedDescription)
      }
    } else {
      memory.append(contentsOf: buffer)
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the file.
  public func close() throws {
    try flush()
    if let handle {
      do {
        try handle.close()
      } catch {
        throw KAnonymityError.io(path: path, message: error.localizedDescription)
      }
    }
  }

  /// Encodes one field with minimal RFC 4180 quoting.
  public static func encodeField(_ field: String, delimiter: UInt8) -> String {
    var bytes: [UInt8] = []
    appendField(field, delimiter: delimiter, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func appendField(_ field: String, delimiter: UInt8, to out: inout [UInt8]) {
    let quote = UInt8(ascii: "\"")
    let utf8 = field.utf8
    let needsQuotes =
      utf8.contains { $0 == delimiter || $0 == quote || $0 == 10 || $0 == 13 }
      || utf8.first == 32 || utf8.last == 32
    guard needsQuotes else {
      out.append(contentsOf: utf8)
      return
    }
    out.append(quote)
    for byte in utf8 {
      if byte == quote { out.append(quote) }
      out.append(byte)
    }
    out.append(quote)
  }
}
