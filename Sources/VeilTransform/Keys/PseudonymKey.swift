import Crypto
import Foundation
import VeilCore

/// A secret key for pseudonyms and keyed hashes. Shown only as its id, never in clear.
///
/// It comes from a key file (`--key-file`, `VEIL_KEY_FILE`) or the `VEIL_KEY` environment
/// variable, never from the command line, where it would land in shell history and
/// process listings.
public struct PseudonymKey: Sendable, CustomStringConvertible {
  /// The shortest key accepted, in bytes.
  public static let minimumLength = 32

  private let box: KeyBox
  var key: SymmetricKey { box.key }
  /// A short fingerprint that identifies the key in reports without revealing it.
  public let id: String

  /// Wraps raw key bytes.
  ///
  /// - Throws: `KeyError.tooShort` below 32 bytes.
  public init(bytes: [UInt8]) throws(KeyError) {
    guard bytes.count >= Self.minimumLength else { throw .tooShort(bytes.count) }
    box = KeyBox(SymmetricKey(data: bytes))
    let digest = SHA256.hash(data: Array("veil key id v1".utf8) + bytes)
    id = "k1-" + digest.prefix(6).hexadecimal
  }

  /// A fresh random key (for `--ephemeral-key` and `veil keygen`).
  public static func random() -> PseudonymKey {
    let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    // 32 random bytes always satisfy the length check.
    return (try? PseudonymKey(bytes: bytes)) ?? PseudonymKey(unchecked: bytes)
  }

  private init(unchecked bytes: [UInt8]) {
    box = KeyBox(SymmetricKey(data: bytes))
    id = "k1-unchecked"
  }

  /// Parses key text: 64+ hex digits, or base64 of 32+ bytes; surrounding whitespace ignored.
  ///
  /// - Throws: `KeyError` when the text is empty, not hex or base64, or too short.
  public init(text: String, source: String) throws(KeyError) {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw .empty(source) }
    if trimmed.count % 2 == 0, trimmed.allSatisfy(\.isHexDigit) {
      var bytes: [UInt8] = []
      var index = trimmed.startIndex
      while index < trimmed.endIndex {
        let next = trimmed.index(index, offsetBy: 2)
        bytes.append(UInt8(trimmed[index..<next], radix: 16) ?? 0)
        index = next
      }
      try self.init(bytes: bytes)
    } else if let data = Data(base64Encoded: trimmed) {
      try self.init(bytes: Array(data))
    } else {
      throw .unreadable(source, "not hex or base64 text")
    }
  }

  /// Reads a key file.
  public static func load(file path: String) throws(KeyError) -> PseudonymKey {
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, "cannot read the file") }
    guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path, "not text") }
    return try PseudonymKey(text: text, source: path)
  }

  /// The key named by the environment: `VEIL_KEY_FILE`, else `VEIL_KEY`; `nil` when neither is set.
  public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(KeyError) -> PseudonymKey?
  {
    if let file = environment["VEIL_KEY_FILE"], !file.isEmpty { return try load(file: file) }
    if let text = environment["VEIL_KEY"] { return try PseudonymKey(text: text, source: "VEIL_KEY") }
    return nil
  }

  /// The key file text for `veil keygen`: hex, one line.
  public static func generateFileText() -> String {
    SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.hexadecimal } + "\n"
  }

  /// HMAC-SHA-256 of `parts` joined with zero bytes.
  public func authenticationCode(_ parts: [String]) -> [UInt8] {
    var message: [UInt8] = []
    for (index, part) in parts.enumerated() {
      if index > 0 { message.append(0) }
      message.append(contentsOf: part.utf8)
    }
    return Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
  }

  /// The key id, never the key.
  public var description: String { id }
}

/// Holds the key material. `SymmetricKey` is an immutable value that this swift-crypto
/// version does not mark `Sendable`; nothing mutates it after `init`, so sharing it
/// between workers is safe.
private final class KeyBox: @unchecked Sendable {
  let key: SymmetricKey
  init(_ key: SymmetricKey) { self.key = key }
}

/// A key that cannot be used; nothing was written.
public enum KeyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The key has fewer than 32 bytes.
  case tooShort(Int)
  /// The key file or variable is empty.
  case empty(String)
  /// The key could not be read.
  case unreadable(String, String)
  /// An operator needs a key and none was given.
  case missing(String)

  /// A message that says how to fix it.
  public var description: String {
    switch self {
    case .tooShort(let count): "the key has \(count) bytes; at least \(PseudonymKey.minimumLength) are required (`veil keygen FILE` makes one)"
    case .empty(let source): "\(source): the key is empty"
    case .unreadable(let source, let reason): "\(source): \(reason)"
    case .missing(let operators):
      "\(operators) needs a key: pass --key-file FILE or set VEIL_KEY_FILE or VEIL_KEY (`veil keygen FILE` makes one), or use --ephemeral-key for a preview"
    }
  }
}

extension PseudonymKey {
  /// Encrypts `plaintext` with AES-256-GCM under this key (random nonce; nonce, ciphertext and tag combined).
  public func seal(_ plaintext: [UInt8]) throws -> [UInt8] {
    let sealed = try AES.GCM.seal(plaintext, using: key)
    guard let combined = sealed.combined else { throw KeyError.unreadable("vault", "cannot encrypt") }
    return Array(combined)
  }

  /// Decrypts what `seal` produced.
  ///
  /// - Throws: when the data was sealed under another key or was altered.
  public func open(_ combined: [UInt8]) throws -> [UInt8] {
    Array(try AES.GCM.open(AES.GCM.SealedBox(combined: combined), using: key))
  }
}
