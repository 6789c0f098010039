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
    for rawLine in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      var bytes = Array(rawLine)
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
      guard let line = String(validating: bytes, as: UTF8.self) else {
        throw DictionaryError(description: "\(name):\(lineNumber): not valid UTF-8; the dictionary was not loaded")
      }
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
      var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let written = fields.removeFirst()
      var entry = written.trimmingCharacters(in: .whitespaces)
      if entry != written {
        warnings.append(RuleDiagnostic(file: name, line: lineNumber, keyPath: "", message: "stray whitespace around '\(entry)' (trimmed)"))
      }
      if stripTrailingPeriods && entry.hasSuffix(".") && entry.count > 1 { entry.removeLast() }
      guard !entry.isEmpty else { continue }
      let inserted = gazetteer.insert(.init(text: entry, attributes: fields.map { $0.trimmingCharacters(in: .whitespaces) }))
      if !inserted && !stripTrailingPeriods {
        warnings.append(RuleDiagnostic(file: name, line: lineNumber, keyPath: "", message: "duplicate entry '\(entry)' (kept the first)"))
      }
    }
    return gazetteer
  }
}
