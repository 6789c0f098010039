import Foundation
import VeilTestSupport

@testable import VeilPrivacy

/// Paths of the committed fixtures, resolved relative to this source file.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func url(_ relative: String) -> URL { directory.appendingPathComponent(relative) }

  static func path(_ relative: String) -> String { url(relative).path }

  static let adultQIs = [
    "age", "education", "marital-status", "native-country", "occupation", "race", "sex", "workclass",
  ]

  /// Quasi-identifiers of the Adult fixture with ARX's hierarchy files.
  static func adult(_ names: [String]) -> [QuasiIdentifier] {
    names.map { QuasiIdentifier(name: $0, hierarchy: .file(path: path("adult/adult_hierarchy_\($0).csv"))) }
  }

  static let adultData = url("adult/adult_first2000.csv")

  /// A fresh temporary directory for one test.
  static func temporaryDirectory() throws -> URL { try TemporaryFolders.make("privacy") }

  /// Writes `text` to a temporary file and returns its URL.
  static func write(_ text: String, name: String = "data.csv") throws -> URL {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }
}

/// Reads a CSV file: header and data records.
func readTable(_ url: URL, delimiter: UInt8) throws -> (header: [String], rows: [[String]]) {
  let records = try CSVReader(contentsOf: url, delimiter: delimiter).allRecords()
  guard let header = records.first?.fields else { return ([], []) }
  return (header, records.dropFirst().map(\.fields))
}
