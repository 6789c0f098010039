import Foundation

/// How far a run has come, for a progress line.
public struct RunProgress: Sendable, Equatable {
  /// Input bytes read so far (after decompression).
  public var bytes: Int
  /// Records read so far (written, dropped or quarantined).
  public var records: Int
  /// The total input bytes, when known (plain files only: not standard input, not gzip).
  public var totalBytes: Int?
  /// Seconds since the run started writing.
  public var seconds: Double
  /// Whether this is the last report of the run.
  public var finished: Bool

  /// Creates a progress value.
  public init(bytes: Int, records: Int, totalBytes: Int?, seconds: Double, finished: Bool = false) {
    self.bytes = bytes
    self.records = records
    self.totalBytes = totalBytes
    self.seconds = seconds
    self.finished = finished
  }

  /// Input megabytes (10^6 bytes) per second.
  public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }

  /// The fraction done (0…1), when the total is known.
  public var fraction: Double? {
    guard let totalBytes, totalBytes > 0 else { return nil }
    return min(1, Double(bytes) / Double(totalBytes))
  }

  /// Seconds left at the current rate, when the total is known and some time has passed.
  public var secondsLeft: Double? {
    guard let totalBytes, bytes > 0, seconds > 0.2 else { return nil }
    return max(0, Double(totalBytes - bytes) * seconds / Double(bytes))
  }
}

/// Counts what a run has read and reports it every `interval` records.
struct ProgressMeter {
  private let report: (RunProgress) -> Void
  private let started = DispatchTime.now()
  private let totalBytes: Int?
  private let interval: Int
  private var bytes = 0
  private var records = 0
  private var settledBytes = 0
  private var settledRecords = 0

  /// Creates a meter for `inputs`; the total is their size when every one is a plain file.
  init(inputs: [String], interval: Int = 256, report: @escaping (RunProgress) -> Void) {
    self.report = report
    self.interval = interval
    totalBytes = Self.totalBytes(inputs)
  }

  /// The summed sizes of plain (not gzip) files, or nil when one is standard input or compressed.
  static func totalBytes(_ inputs: [String]) -> Int? {
    var total = 0
    for input in inputs {
      guard input != "-", let handle = FileHandle(forReadingAtPath: input) else { return nil }
      defer { try? handle.close() }
      let magic = (try? handle.read(upToCount: 2)) ?? Data()
      if magic.count == 2 && magic[magic.startIndex] == 0x1F && magic[magic.startIndex + 1] == 0x8B { return nil }
      guard let size = try? handle.seekToEnd() else { return nil }
      total += Int(size)
    }
    return total
  }

  private var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

  /// `added` records (their lines' bytes with the line breaks) were processed.
  mutating func advance(bytes count: Int, records added: Int = 1) {
    bytes += count
    records += added
    if records / interval != (records - added) / interval { report(current(finished: false)) }
  }

  /// An input was read to its end: the counts become exact (quarantined lines included).
  mutating func finished(input: RunReport.Input) {
    settledBytes += input.bytes
    settledRecords += input.records
    bytes = settledBytes
    records = settledRecords
    report(current(finished: false))
  }

  /// The run is done.
  func finish() { report(current(finished: true)) }

  private func current(finished: Bool) -> RunProgress {
    RunProgress(bytes: bytes, records: records, totalBytes: totalBytes, seconds: seconds, finished: finished)
  }
}
