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
///
/// Safe to share between threads: `preload` reads the files a catalog names side by side, and rules compiled on
/// several threads then find them ready.
final class DictionaryLoader: @unchecked Sendable {
  /// A file as a rule names it: found next to the rule file or in `../dictionaries/`.
  struct Request: Sendable, Hashable {
    var name: String
    var directory: String
    /// The rule file's folder as the rules name it ("rules/recognizers"), for the path a digest is listed under.
    var shownDirectory = ""
    /// Whether each entry's trailing period is dropped (titles: "Dr." and "Dr" are one).
    var stripTrailingPeriods = false
  }

  private let lock = NSLock()
  /// Each file read so far, by path (and way of reading): its gazetteer, or why it cannot be used.
  private var cache: [String: Result<Gazetteer, DictionaryError>] = [:]
  /// The digest of each file read, by the same key.
  private var digests: [String: SourceDigest] = [:]
  /// Where each request was found: it is asked for when the files are preloaded, when each rule reads them and when
  /// their digests are gathered, and finding it takes up to three lookups on disk.
  private var located: [Request: Result<Location, DictionaryError>] = [:]
  /// A file found: where it is, its cache key and its path as the rules name it.
  private typealias Location = (url: URL, key: String, shown: String)
  /// The warnings of each file read, by cache key, in line order.
  private var fileWarnings: [String: [RuleDiagnostic]] = [:]

  /// Stray whitespace and duplicate entries of the files read, file by file (ordered by path, whichever thread
  /// read which file first), line by line.
  var warnings: [RuleDiagnostic] {
    lock.withLock { fileWarnings.sorted { $0.key < $1.key }.flatMap(\.value) }
  }

  /// The gazetteer of the file `name`, found next to the rule file or in `../dictionaries/`.
  func gazetteer(named name: String, in directory: String) throws(DictionaryError) -> Gazetteer {
    try gazetteer(Request(name: name, directory: directory))
  }

  /// The gazetteer of the file a request names.
  func gazetteer(_ request: Request) throws(DictionaryError) -> Gazetteer {
    let (url, key, shown) = try locate(request)
    if let cached = lock.withLock({ cache[key] }) { return try cached.get() }
    return try store(key, Self.load(url, shownAs: shown, stripTrailingPeriods: request.stripTrailingPeriods)).get()
  }

  /// The digest of the file a request names, once it was read.
  func digest(of request: Request) -> SourceDigest? {
    guard let (_, key, _) = try? locate(request) else { return nil }
    return lock.withLock { digests[key] }
  }

  /// Reads the files of `requests` that are not read yet, each once, on all cores, largest first; a file that
  /// cannot be found or read is left for `gazetteer(_:)` to report to the rule naming it.
  func preload(_ requests: [Request]) {
    var files: [(url: URL, key: String, shown: String, strip: Bool, size: Int)] = []
    var seen = Set<String>()
    for request in requests {
      guard let (url, key, shown) = try? locate(request), seen.insert(key).inserted, lock.withLock({ cache[key] == nil })
      else { continue }
      let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
      files.append((url, key, shown, request.stripTrailingPeriods, size))
    }
    files.sort { $0.size > $1.size }
    _ = files.concurrentMap { file in
      store(file.key, Self.load(file.url, shownAs: file.shown, stripTrailingPeriods: file.strip))
    }
  }

  /// The folder part of a `/`-separated path ("" for a bare name, "/" kept for a file at the root).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The file a request names, its cache key and its path as the rules name it.
  private func locate(_ request: Request) throws(DictionaryError) -> Location {
    if let known = lock.withLock({ located[request] }) { return try known.get() }
    let found = Result { () throws(DictionaryError) in try Self.find(request) }
    lock.withLock { located[request] = found }
    return try found.get()
  }

  /// Finds the file a request names, next to the rule file or in a `dictionaries` folder beside or inside its folder.
  private static func find(_ request: Request) throws(DictionaryError) -> Location {
    let base = URL(fileURLWithPath: request.directory)
    let name = request.name
    let shown = request.shownDirectory
    let parent = shown.isEmpty ? ".." : Self.folder(of: shown)
    func joined(_ folder: String, _ path: String) -> String {
      folder.isEmpty ? path : folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
    let candidates = [
      (base.appendingPathComponent(name), joined(shown, name)),
      (base.deletingLastPathComponent().appendingPathComponent("dictionaries/\(name)"), joined(parent, "dictionaries/\(name)")),
      (base.appendingPathComponent("dictionaries/\(name)"), joined(shown, "dictionaries/\(name)")),
    ]
    guard let (url, path) = candidates.first(where: { FileManager.default.fileExists(atPath: $0.0.path) }) else {
      let looked = candidates.map(\.0.path).joined(separator: ", ")
      throw DictionaryError(description: "dictionary '\(name)' not found (looked in \(looked))")
    }
    return (url, url.standardizedFileURL.path + (request.stripTrailingPeriods ? "#titles" : ""), path)
  }

  /// Keeps the first result read for `key` (two threads may read one file that was not preloaded) and its warnings.
  @discardableResult
  private func store(_ key: String, _ loaded: Result<Loaded, DictionaryError>) -> Result<Gazetteer, DictionaryError> {
    lock.withLock {
      if let earlier = cache[key] { return earlier }
      let result = loaded.map(\.gazetteer)
      cache[key] = result
      if case .success(let file) = loaded {
        digests[key] = file.digest
        if !file.warnings.isEmpty { fileWarnings[key] = file.warnings }
      }
      return result
    }
  }

  /// A file read: its entries, the warnings about them and the digest of its bytes.
  private typealias Loaded = (gazetteer: Gazetteer, warnings: [RuleDiagnostic], digest: SourceDigest)

  /// Reads one file (listed as `shown`): its entries and the warnings about them, or why it cannot be used.
  private static func load(_ url: URL, shownAs shown: String, stripTrailingPeriods: Bool) -> Result<Loaded, DictionaryError> {
    let name = url.lastPathComponent
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return .failure(DictionaryError(description: "\(name): cannot read the file"))
    }
    var warnings: [RuleDiagnostic] = []
    var gazetteer = Gazetteer()
    var lineNumber = 0
    // Byte-level parsing: dictionaries hold hundreds of thousands of lines, read at every start-up.
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    let all = [UInt8](data)
    // Checked whole first; line by line only to name the line of a bad file.
    let fileIsValid = String(validating: all, as: UTF8.self) != nil
    gazetteer.reserveCapacity(all.count / 16)
    var lineStart = 0
    while lineStart < all.count {
      let lineEnd = all[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? all.count
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      var bytes = all[lineStart..<lineEnd]
      if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
      guard fileIsValid || String(validating: bytes, as: UTF8.self) != nil else {
        return .failure(DictionaryError(description: "\(name):\(lineNumber): not valid UTF-8; the dictionary was not loaded"))
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
    return .success((gazetteer, warnings, SourceDigest(path: shown, bytes: data)))
  }
}
