import VeilCore
import VeilIO

/// The unit in which `scan` reports offsets.
public enum OffsetUnit: String, Sendable, CaseIterable {
  /// Unicode code points (Python `str` indices).
  case codepoints
  /// UTF-8 bytes.
  case utf8
}

extension Engine {
  /// Scans `inputs`, writing one JSON line per text unit: `{"id", "spans": [{"start", "end", "label", "score", "recognizer"}]}`.
  ///
  /// - Parameters:
  ///   - inputs: Files, `-` for standard input.
  ///   - offsets: The offset unit.
  ///   - jobs: Worker threads; the output is the same, in the same order, for any number.
  ///   - write: Receives each output line (with its line break).
  ///   - quarantine: Receives each record that could not be scanned.
  /// - Returns: The number of records that failed.
  @discardableResult
  public func scan(
    _ inputs: [String], offsets: OffsetUnit, jobs: Int = 1, write: (String) throws -> Void,
    quarantine: (QuarantineEntry) throws -> Void
  ) throws -> Int {
    var failures = 0
    let lines: @Sendable (AnalyzedRecord) throws -> [String] = { analyzed in
      let record = analyzed.record
      return analyzed.findings.enumerated().map { index, findings in
        Self.scanLine(id: record.unitID(index), findings: findings, text: record.units[index].utf8, offsets: offsets)
      }
    }
    try forEachRecord(in: inputs, jobs: jobs, work: lines) { lines in
      for line in lines { try write(line) }
    } quarantine: { entry in
      failures += 1
      try quarantine(entry)
    }
    return failures
  }

  static func scanLine(id: String, findings: [Finding], text: [UInt8], offsets: OffsetUnit) -> String {
    var bounds = findings.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
    if offsets == .codepoints { bounds = UTF8Offsets.codePointOffsets(bounds, in: text) }
    var line = "{\"id\":" + jsonString(id) + ",\"spans\":["
    for (index, finding) in findings.enumerated() {
      if index > 0 { line += "," }
      line += "{\"start\":\(bounds[2 * index]),\"end\":\(bounds[2 * index + 1]),\"label\":"
      line += jsonString(finding.entity.rawValue) + ",\"score\":\(rounded(finding.score)),\"recognizer\":"
      line += jsonString(finding.explanation.recognizer.rawValue) + "}"
    }
    return line + "]}\n"
  }
}

/// `value` rounded to 3 decimals, for output.
func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

/// A JSON string literal for `text`.
func jsonString(_ text: String) -> String {
  var bytes: [UInt8] = []
  JSONString.encode(text.utf8, into: &bytes)
  return String(decoding: bytes, as: UTF8.self)
}
