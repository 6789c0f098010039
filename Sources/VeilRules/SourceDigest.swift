import Crypto
import Foundation
import VeilCore

/// A file a recognizer was built from, as it was read: its rule file or one of its dictionaries.
///
/// The manifest lists them, so that a dataset names the exact rules and word lists that cleared it.
public struct SourceDigest: Sendable, Hashable, Comparable {
  /// The path as the rules name it: `rules/recognizers/email.yaml` and `rules/dictionaries/cities.txt` for the
  /// built-in files, the path given on the command line (and the rule's folder) for a user's.
  public var path: String
  /// Lowercase hex SHA-256 of the file's bytes.
  public var sha256: String

  /// The digest of `bytes`, read from `path`.
  public init(path: String, bytes: some DataProtocol) {
    self.init(path: path, sha256: SHA256.hash(data: bytes).hexadecimal)
  }

  /// A digest taken earlier.
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.path, lhs.sha256) < (rhs.path, rhs.sha256) }
}
