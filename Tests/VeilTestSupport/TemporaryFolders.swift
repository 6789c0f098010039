import Foundation

/// Temporary folders for tests. Every folder a test process makes lies in one folder of its own under the system's
/// temporary folder, which is removed when the process exits, so that test runs leave nothing behind in `/tmp`.
public enum TemporaryFolders {
  /// This process's folder, made on first use; its removal is registered with `atexit` then.
  static let root: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("veil-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: TemporaryFolders.root) }
    return url
  }()

  /// A fresh, empty folder whose name starts with `label` ("cli", "engine").
  public static func make(_ label: String) throws -> URL {
    let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
