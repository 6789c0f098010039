import Foundation
import VeilBuiltInRules
import VeilDetection
import VeilTransform

extension OperatorContext {
  /// A context with `key` and, when needed, names and places from the built-in dictionaries.
  ///
  /// - Parameters:
  ///   - key: The pseudonymization key.
  ///   - needsLexicons: Whether pseudonyms or place generalization are configured.
  /// - Throws: `DictionaryError` when a dictionary cannot be read.
  public static func load(key: PseudonymKey?, needsLexicons: Bool) throws(DictionaryError) -> OperatorContext {
    guard needsLexicons, let folder = BuiltInRules.dictionariesDirectory else { return OperatorContext(key: key) }
    // The lexicons are read once per process: engines and the location hierarchy share them.
    let (names, places) = try LexiconCache.shared.lexicons { () throws(DictionaryError) in try readLexicons(folder) }
    return OperatorContext(key: key, places: places, names: names)
  }

  private static func readLexicons(_ folder: URL) throws(DictionaryError) -> (SurrogateNames, LocationHierarchy) {
    let loader = DictionaryLoader()
    let directory = folder.path
    func entries(_ name: String) throws(DictionaryError) -> [Gazetteer.Entry] {
      guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) else { return [] }
      return try loader.gazetteer(named: name, in: directory).entries
    }
    var names = SurrogateNames()
    for entry in try entries("first-names.txt") {
      let gender = entry.attributes.first.flatMap { ["m", "f"].contains($0) ? $0 : nil } ?? "u"
      names.givenNames[gender, default: []].append(entry.text)
      names.genderOf[entry.text.lowercased()] = gender
    }
    names.surnames = try entries("surnames.txt").map(\.text)
    var countryNames: [String: String] = [:]
    for entry in try entries("countries.txt") {
      // Columns: code, then the country's usual English name.
      if let code = entry.attributes.first, countryNames[code] == nil {
        countryNames[code] = entry.attributes.count > 1 && !entry.attributes[1].isEmpty ? entry.attributes[1] : entry.text
      }
    }
    let regionNames = try readRegionNames(folder.appendingPathComponent("admin1.txt"))
    var places = LocationHierarchy()
    for entry in try entries("cities.txt") {
      let countryCode = entry.attributes.first ?? ""
      let country = entry.attributes.first.map { countryNames[$0] ?? $0 }
      // The region column holds GeoNames admin1 codes ("CA", "08"); admin1.txt names them.
      let code = entry.attributes.count > 1 ? entry.attributes[1] : ""
      places.add(entry.text, region: regionNames[countryCode + "." + code], country: country)
    }
    for entry in try entries("regions.txt") {
      places.add(entry.text, region: nil, country: entry.attributes.first.map { countryNames[$0] ?? $0 })
    }
    return (names, places)
  }

  /// `admin1.txt`: region names keyed by `country.code` ("US.CA" → California).
  ///
  /// - Throws: `DictionaryError` naming the line when a line does not have three columns.
  private static func readRegionNames(_ url: URL) throws(DictionaryError) -> [String: String] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
    var names: [String: String] = [:]
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 3, !columns[0].isEmpty, !columns[1].isEmpty, !columns[2].isEmpty else {
        throw DictionaryError(description: "\(url.lastPathComponent):\(index + 1): expected country, admin1 code and name separated by tabs")
      }
      names[columns[0] + "." + columns[1]] = String(columns[2])
    }
    return names
  }
}

/// The surrogate names and place hierarchy, loaded on first use and shared: immutable once loaded.
private final class LexiconCache: @unchecked Sendable {
  static let shared = LexiconCache()
  private let lock = NSLock()
  private var loaded: (SurrogateNames, LocationHierarchy)?

  func lexicons(_ load: () throws(DictionaryError) -> (SurrogateNames, LocationHierarchy)) throws(DictionaryError)
    -> (SurrogateNames, LocationHierarchy)
  {
    lock.lock()
    defer { lock.unlock() }
    if let loaded { return loaded }
    let lexicons = try load()
    loaded = lexicons
    return lexicons
  }
}
