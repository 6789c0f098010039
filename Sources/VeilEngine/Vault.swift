import Foundation
import GRDB
import VeilTransform

/// The optional SQLite vault that makes pseudonyms injective and auditable.
///
/// Each row maps (type, keyed digest of the normalized original) to a surrogate, with the
/// original stored only encrypted (AES-GCM under a separate vault key). A surrogate is unique
/// per type, so no two originals share one. The file uses WAL, so several worker processes can
/// write at once. It is a protected artifact: keep it apart from the released dataset.
public final class PseudonymVault: SurrogateVault, @unchecked Sendable {
  // @unchecked: DatabasePool serializes writes itself and is safe to share between threads.
  private let pool: DatabasePool
  private let vaultKey: PseudonymKey
  /// The vault file.
  public let path: String

  /// Opens (or creates) the vault at `path` for the vault key.
  ///
  /// - Throws: `VaultError` when the file is not a vault, is corrupt, or belongs to another vault key.
  public init(path: String, key: PseudonymKey) throws {
    self.path = path
    vaultKey = key
    let existed = FileManager.default.fileExists(atPath: path)
    do {
      var configuration = GRDB.Configuration()
      // WAL with synchronous=NORMAL: durable at checkpoints, and one fsync per mapping is avoided.
      configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      pool = try DatabasePool(path: path, configuration: configuration)
      if existed {
        let check = try pool.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
        guard check == "ok" else { throw VaultError.corrupt(path, check ?? "no answer") }
      }
      try pool.write { db in
        try db.execute(sql: """
          CREATE TABLE IF NOT EXISTS vault_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE IF NOT EXISTS mappings (
            type TEXT NOT NULL, digest BLOB NOT NULL, surrogate TEXT NOT NULL, original BLOB NOT NULL,
            PRIMARY KEY (type, digest), UNIQUE (type, surrogate));
          INSERT OR IGNORE INTO vault_meta VALUES ('vault_key_id', '\(key.id)');
          INSERT OR IGNORE INTO vault_meta VALUES ('format', 'veil-vault-1');
          """)
        let owner = try String.fetchOne(db, sql: "SELECT value FROM vault_meta WHERE name = 'vault_key_id'")
        guard owner == key.id else { throw VaultError.otherKey(path, owner ?? "none", key.id) }
      }
    } catch let error as VaultError {
      throw error
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
      throw VaultError.corrupt(path, error.message ?? "\(error.resultCode)")
    }
  }

  /// The recorded surrogate for the original, or the first free candidate (recorded now).
  public func surrogate(type: String, normalized: String, original: String, candidate: (Int) -> String) throws -> String {
    let digest = Data(vaultKey.authenticationCode(["vault", type, normalized]))
    let sealed = Data(try vaultKey.seal(Array(original.utf8)))
    return try pool.write { db in
      if let existing = try String.fetchOne(
        db, sql: "SELECT surrogate FROM mappings WHERE type = ? AND digest = ?", arguments: [type, digest])
      {
        return existing
      }
      for attempt in 0..<10_000 {
        let proposal = candidate(attempt)
        try db.execute(
          sql: "INSERT OR IGNORE INTO mappings (type, digest, surrogate, original) VALUES (?, ?, ?, ?)",
          arguments: [type, digest, proposal, sealed])
        if db.changesCount == 1 { return proposal }
      }
      throw VaultError.exhausted(type)
    }
  }

  /// The original behind `surrogate` (decrypted with the vault key), for an audit.
  public func lookup(surrogate: String, type: String?) throws -> [(type: String, original: String)] {
    try pool.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT type, original FROM mappings WHERE surrogate = ? AND (? IS NULL OR type = ?) ORDER BY type",
        arguments: [surrogate, type, type])
      return try rows.map { row in
        let sealed: Data = row["original"]
        return (row["type"], String(decoding: try vaultKey.open(Array(sealed)), as: UTF8.self))
      }
    }
  }

  /// How many mappings the vault holds.
  public func count() throws -> Int {
    try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mappings") ?? 0 }
  }
}

/// A vault that cannot be used; nothing was written to it.
public enum VaultError: Error, Sendable, CustomStringConvertible {
  /// The file is not an SQLite vault or fails its integrity check.
  case corrupt(String, String)
  /// The vault belongs to another vault key.
  case otherKey(String, String, String)
  /// No free surrogate was found.
  case exhausted(String)

  /// What went wrong.
  public var description: String {
    switch self {
    case .corrupt(let path, let detail): "\(path): the vault is corrupt or not a vault (\(detail)); it was left untouched"
    case .otherKey(let path, let owner, let given): "\(path): the vault was created with vault key \(owner), not \(given)"
    case .exhausted(let type): "the vault found no free surrogate for \(type)"
    }
  }
}
