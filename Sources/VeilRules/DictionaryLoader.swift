import Foundation
import VeilDetection

/// A dictionary file that cannot be used.
public struct DictionaryError: Error, Sendable, CustomStringConvertible {
  /// What is wrong, naming the file and line.
  public var description: String
}

/// Reads dictionary files (one entry per line, TAB-separated attributes after it), once each.
///
/// Lines starting with `#` are comments, blank lines are skipped. Leading or trailing
/// whitespace and duplicate entries load with a warning naming the line; invalid UTF-8
/// fails the whole file (never half-loaded).
final class DictionaryLoader {
  private var cache: [String: Gazetteer] = [:]
  private(set) var warnings: [RuleDiagnostic] = []

  /// The gazetteer of the file `name`, found next to the rule file or in `../dictionaries/`.
  func gazetteer(named name: String, in directory: String, stripTrailingPeriods: Bool = false) throws(DictionaryError) -> Gazetteer {
    let base = URL(fileURLWithPath: directory)
    let candidates = [
      base.appendingPathComponent(name), base.deletingLastPathComponent().appendingPathComponent("dictionaries/\(name)"),
      base.appendingPathComponent("dictionaries/\(name)"),
    ]
    guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
      throw DictionaryError(description: "dictionary '\(name)' not found (looked in \(candidates.map(\.path).joined(separator: ", ")))")
    }
    let key = url.standardizedFileURL.path + (stripTrailingPeriods ? "#titles" : "")
    if let cached = cache[key] { return cached }
    let gazetteer = try load(url, stripTrailingPeriods: stripTrailingPeriods)
    cache[key] = gazetteer
    return gazetteer
  }

  private func load(_ url: URL, stripTrailingPeriods: Bool) throws(DictionaryError) -> Gazetteer {
    let name = url.lastPathComponent
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw DictionaryError(description: "\(name): cannot read the file")
    }
    var gazetteer = Gazetteer()
    var lineNumber = 0
    // Byte-level parsing: dictionaries hold hundreds of thousands of lines, read at every start-up.
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    let all = [UInt8](data)
    gazetteer.reserveCapacity(all.count / 16)
    var lineStart = 0
    while lineStart < all.count {
      let lineEnd = all[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? all.count
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      var bytes = all[lineStart..<lineEnd]
      if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
      guard String(validating: bytes, as: UTF8.self) != nil else {
        throw DictionaryError(description: "\(name):\(lineNumber): not valid UTF-8; the dictionary was not loaded")
      }
      if bytes.first == UInt8(ascii: "#") || bytes.allSatisfy(isSpace) { continue }
      let fields = bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      let written = fields[0]
      var start = written.startIndex
      var end = written.endIndex
      while start < end, isSpace(written[start]) { start += 1 }
      while end > start, isSpace(written[end - 1]) { end -= 1 }
      var entry = String(decoding: written[start..<end], as: UTF8.self)
      if start != written.startIndex || end != written.endIndex {
        warnings.append(RuleDiagnostic(file: name, line: lineNumber, keyPath: "", message: "stray whitespace around '\(entry)' (trimmed)"))
      }
      if stripTrailingPeriods && entry.hasSuffix(".") && entry.count > 1 { entry.removeLast() }
      guard !entry.isEmpty else { continue }
      let attributes = fields.dropFirst().map { String(decoding: $0, as: UTF8.self) }
      let inserted = gazetteer.insert(.init(text: entry, attributes: attributes))
      if !inserted && !stripTrailingPeriods {
        warnings.append(RuleDiagnostic(file: name, line: lineNumber, keyPath: "", message: "duplicate entry '\(entry)' (kept the first)"))
      }
    }
    return gazetteer
  }
}
