import Foundation
import VeilIO

/// Writes the data shards of a run: lines in order, a new shard once the current one would
/// pass `limit` bytes, each shard hashed while it is written.
///
/// Shards are written as hidden `.part-0000i.jsonl.pending` files (each itself written under a
/// temporary name first); only `commit()`, when the number of shards is known, renames them to
/// `part-0000i-of-0000N.jsonl[.gz]`. The split depends only on the lines and the limit, so the
/// same input gives the same shards.
final class ShardWriter {
  /// One shard being written.
  private final class Shard {
    let writer: AtomicFileWriter
    let index: Int
    var digest = StreamDigest()
    var lines = 0
    var uncompressedBytes = 0

    init(writer: AtomicFileWriter, index: Int) {
      self.writer = writer
      self.index = index
    }
  }

  /// The `data/` folder.
  let directory: URL
  /// Whether shards are gzip-compressed.
  let compress: Bool
  /// The most uncompressed bytes per shard (a longer line gets a shard of its own).
  let limit: Int
  private var current: Shard?
  private var finished: [Shard] = []

  /// Creates a writer; the first shard is opened with the first line (or at commit, for no lines).
  init(directory: URL, compress: Bool, limit: Int) {
    self.directory = directory
    self.compress = compress
    self.limit = max(1, limit)
  }

  private var suffix: String { compress ? ".jsonl.gz" : ".jsonl" }

  private func pendingPath(_ index: Int) -> String {
    directory.appendingPathComponent(".part-\(Self.number(index))\(suffix).pending").path
  }

  /// A shard number, five digits or more.
  static func number(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }

  /// The final name of shard `index` of `count`.
  static func name(_ index: Int, of count: Int, compressed: Bool) -> String {
    "part-\(number(index))-of-\(number(count))" + (compressed ? ".jsonl.gz" : ".jsonl")
  }

  private func open(_ index: Int) throws(OutputError) -> Shard {
    let writer = try AtomicFileWriter(path: pendingPath(index), gzip: compress)
    let shard = Shard(writer: writer, index: index)
    writer.onWrite = { [unowned shard] bytes in shard.digest.update(bytes) }
    return shard
  }

  /// Appends one line (a line break is added).
  func write(line: [UInt8]) throws(OutputError) {
    if let shard = current, shard.lines > 0, shard.uncompressedBytes + line.count + 1 > limit {
      try shard.writer.commit()
      finished.append(shard)
      current = nil
    }
    let shard: Shard
    if let current {
      shard = current
    } else {
      shard = try open(finished.count)
      current = shard
    }
    try shard.writer.write(line)
    try shard.writer.write(CollectionOfOne(UInt8(ascii: "\n")))
    shard.lines += 1
    shard.uncompressedBytes += line.count + 1
  }

  /// Finishes the last shard and renames every shard to its final name.
  ///
  /// - Returns: Each shard's path (relative to the output folder), digest, size and lines.
  func commit() throws(OutputError) -> [DatasetManifest.File] {
    if current == nil && finished.isEmpty { current = try open(0) }
    if let current {
      try current.writer.commit()
      finished.append(current)
      self.current = nil
    }
    var files: [DatasetManifest.File] = []
    for shard in finished {
      let name = Self.name(shard.index, of: finished.count, compressed: compress)
      let target = directory.appendingPathComponent(name).path
      guard rename(pendingPath(shard.index), target) == 0 else {
        throw OutputError(path: target, reason: "cannot rename into place: \(String(cString: strerror(errno)))")
      }
      files.append(.init(path: "data/" + name, sha256: shard.digest.finalize(), bytes: shard.digest.count, records: shard.lines))
    }
    return files
  }
}
