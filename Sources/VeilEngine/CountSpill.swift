import Foundation
import GRDB
import VeilPrivacy

/// Keeps k-anonymity counts on disk (SQLite) once they outgrow their memory budget.
///
/// Counting holds at most `budget` distinct quasi-identifier combinations in memory; beyond
/// that they are added into an SQLite table (one row per combination: values, sensitive
/// value, count) and the in-memory counter starts afresh. The search then reads the
/// merged table back: it needs the distinct combinations (counts, never records).
final class CountSpill {
  private let directory: URL
  private let queue: DatabaseQueue
  /// How many times counts were spilled.
  private(set) var spills = 0

  /// Creates an empty spill file in a fresh temporary folder.
  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("veil-kanon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    queue = try DatabaseQueue(path: directory.appendingPathComponent("counts.sqlite").path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE counts (qis TEXT NOT NULL, sensitive TEXT NOT NULL, n INTEGER NOT NULL,
                               PRIMARY KEY (qis, sensitive)) WITHOUT ROWID
          """)
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: directory)
  }

  /// Separates values inside one `qis` column (a control character that JSON text fields rarely hold).
  static let separator = "\u{1F}"

  /// Adds every count of `counter` to the table.
  func spill(_ counter: ClassCounter) throws {
    spills += 1
    try queue.write { db in
      let statement = try db.makeStatement(
        sql: "INSERT INTO counts VALUES (?, ?, ?) ON CONFLICT(qis, sensitive) DO UPDATE SET n = n + excluded.n")
      for (key, count) in counter.counts {
        let values = (0..<counter.columns.count).map { counter.dictionaries[$0].values[Int(key[$0])] }
        let sensitive = counter.tracksSensitive ? counter.sensitiveDictionary.values[Int(key[counter.columns.count])] : ""
        try statement.execute(arguments: [values.joined(separator: Self.separator), sensitive, count])
      }
    }
  }

  /// A counter holding everything spilled so far plus `current`.
  func merged(with current: ClassCounter) throws -> ClassCounter {
    try spill(current)
    var merged = ClassCounter(columns: current.columns, tracksSensitive: current.tracksSensitive)
    try queue.read { db in
      let rows = try Row.fetchCursor(db, sql: "SELECT qis, sensitive, n FROM counts ORDER BY qis, sensitive")
      while let row = try rows.next() {
        let qis: String = row[0]
        let sensitive: String = row[1]
        let count: Int = row[2]
        let values = qis.components(separatedBy: Self.separator)
        merged.add(values, sensitive: current.tracksSensitive ? sensitive : nil, count: count)
      }
    }
    return merged
  }
}
