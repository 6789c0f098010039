import Foundation

/// One parsed CSV record: its fields and the 1-based line on which it starts.
public struct CSVRecord: Sendable, Equatable {
  /// The unquoted field values, in column order.
  public var fields: [String]
  /// The 1-based physical line number on which the record starts.
  public var line: Int

  /// Creates a record from its fields and starting line.
  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}

/// An RFC 4180 CSV parser over a byte buffer with a configurable one-byte delimiter.
///
/// Quoted fields may contain the delimiter, doubled quotes and line breaks; records end
/// at LF or CRLF; a UTF-8 byte-order mark at the start is skipped; blank lines are skipped.
/// The reader is a sequence of records so a caller can stream a memory-mapped file.
public struct CSVReader: Sequence, Sendable {
  /// The bytes being parsed.
  public let data: Data
  /// The field separator byte (for example `,` or `;`).
  public let delimiter: UInt8
  /// The name used in error messages (usually the file path).
  public let source: String

  /// Creates a reader over `data`.
  public init(data: Data, delimiter: UInt8 = UInt8(ascii: ","), source: String = "<input>") {
    self.data = data
    self.delimiter = delimiter
    self.source = source
  }

  /// Creates a reader over a file, memory-mapping it when possible.
  public init(contentsOf url: URL, delimiter: UInt8 = UInt8(ascii: ",")) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .mappedIfSafe)
    } catch {
      throw KAnonymityError.io(path: url.path, message: error.localizedDescription)
    }
    self.init(data: data, delimiter: delimiter, source: url.path)
  }

  /// Returns an iterator over the records.
  public func makeIterator() -> Iterator {
    Iterator(data: data, delimiter: delimiter, source: source)
  }

  /// Parses every record, throwing on malformed quoting.
  public func allRecords() throws -> [CSVRecord] {
    var iterator = makeIterator()
    var records: [CSVRecord] = []
    while let record = try iterator.nextRecord() {
      records.append(record)
    }
    return records
  }

  /// The record iterator; `next()` stops at the first malformed record, `nextRecord()` throws.
  public struct Iterator: IteratorProtocol {
    private let data: Data
    private let delimiter: UInt8
    private let source: String
    private var offset: Int
    private var line = 1
    /// The error that stopped `next()`, if any.
    public private(set) var error: KAnonymityError?
    /// True when the first record ended with CRLF (used to preserve line endings).
    public private(set) var sawCRLF = false

    init(data: Data, delimiter: UInt8, source: String) {
      self.data = data
      self.delimiter = delimiter
      self.source = source
      let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
      offset = data.starts(with: bom) ? data.startIndex + 3 : data.startIndex
    }

    /// Returns the next record, or nil at the end or after an error (see `error`).
    public mutating func next() -> CSVRecord? {
      do {
        return try nextRecord()
      } catch let failure as KAnonymityError {
        error = failure
        return nil
      } catch {
        return nil
      }
    }

    /// Returns the next record, nil at the end, or throws on malformed quoting.
    public mutating func nextRecord() throws -> CSVRecord? {
      if error != nil { return nil }
      let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
      let end = data.endIndex
      // Skip blank lines.
      while offset < end {
        let byte = data[offset]
        if byte == lf {
          line += 1
          offset += 1
        } else if byte == cr && offset + 1 < end && data[offset + 1] == lf {
          line += 1
          offset += 2
        } else {
          break
        }
      }
      if offset >= end { return nil }
      let startLine = line
      var fields: [String] = []
      var field: [UInt8] = []
      var inQuotes = false
      var fieldWasQuoted = false
      while offset < end {
        let byte = data[offset]
        if inQuotes {
          if byte == quote {
            if offset + 1 < end && data[offset + 1] == quote {
              field.append(quote)
              offset += 2
              continue
            }
            inQuotes = false
            offset += 1
            continue
          }
          if byte == lf { line += 1 }
          field.append(byte)
          offset += 1
          continue
        }
        if byte == delimiter {
          fields.append(String(decoding: field, as: UTF8.self))
          field.removeAll(keepingCapacity: true)
          fieldWasQuoted = false
          offset += 1
        } else if byte == quote {
          if field.isEmpty && !fieldWasQuoted {
            inQuotes = true
            fieldWasQuoted = true
            offset += 1
          } else {
            throw KAnonymityError.malformedCSV(
              path: source, line: line, message: "unexpected quote inside an unquoted field")
          }
        } else if byte == lf || (byte == cr && offset + 1 < end && data[offset + 1] == lf) {
          if byte == cr {
            if startLine == 1 { sawCRLF = true }
            offset += 1
          }
          offset += 1
          line += 1
          fields.append(String(decoding: field, as: UTF8.self))
          return CSVRecord(fields: fields, line: startLine)
        } else {
          if fieldWasQuoted {
            throw KAnonymityError.malformedCSV(
              path: source, line: line, message: "characters after a closing quote")
          }
          field.append(byte)
          offset += 1
        }
      }
      if inQuotes {
        throw KAnonymityError.malformedCSV(
          path: source, line: startLine, message: "quoted field is not closed before end of file")
      }
      fields.append(String(decoding: field, as: UTF8.self))
      return CSVRecord(fields: fields, line: startLine)
    }
  }
}
