internal import CPCRE2

/// A compiled PCRE2 regular expression, UTF-8 mode, JIT-compiled once.
///
/// A compiled pattern is immutable after `init`, and PCRE2 documents that a compiled
/// `pcre2_code` may be used by several threads at once; only match data is per
/// thread. That contract is why this class is `@unchecked Sendable`.
public final class Pattern: @unchecked Sendable {
  /// The source text of the pattern, as given.
  public let source: String
  /// The options it was compiled with.
  public let options: Options
  /// The number of capturing groups in the pattern.
  public let captureCount: Int
  /// What every match must look like, from PCRE2's own analysis of the pattern.
  public let startInfo: StartInfo

  let code: OpaquePointer

  /// Compiles `source` in UTF mode and JIT-compiles the result.
  ///
  /// - Parameters:
  ///   - source: The regular expression, in PCRE2 syntax.
  ///   - options: Compile options; UTF mode is always on.
  /// - Throws: `PCRE2Error.compile` naming the offset of the problem, or `PCRE2Error.jit`.
  public init(_ source: String, options: Options = []) throws(PCRE2Error) {
    self.source = source
    self.options = options
    var errorCode: Int32 = 0
    var errorOffset = 0
    let compiled = source.withCString { cString in
      cString.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { bytes in
        pcre2_compile_8(
          bytes, source.utf8.count, options.compileFlags | UInt32(PCRE2_UTF),
          &errorCode, &errorOffset, nil)
      }
    }
    guard let compiled else {
      throw .compile(pattern: source, offset: errorOffset, message: errorMessage(errorCode))
    }
    let jitStatus = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
    if jitStatus != 0 {
      pcre2_code_free_8(compiled)
      throw .jit(pattern: source, message: errorMessage(jitStatus))
    }
    var captures: UInt32 = 0
    pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
    self.code = compiled
    self.captureCount = Int(captures)
    self.startInfo = StartInfo(compiled)
  }

  deinit {
    pcre2_code_free_8(code)
  }

  /// Finds the first match at or after `start`.
  ///
  /// - Parameters:
  ///   - subject: UTF-8 bytes. They must be valid UTF-8: the UTF check is skipped for speed.
  ///   - start: The byte offset to start at; it must be on a character boundary.
  ///   - matchData: Scratch space owned by the calling thread.
  /// - Returns: The byte range of the whole match, or `nil` when there is none.
  /// - Throws: `PCRE2Error.limitExceeded` when the match or depth limit was hit.
  public func firstMatch(
    in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, using matchData: MatchData
  ) throws(PCRE2Error) -> Range<Int>? {
    guard try matchData.run(self, subject: subject, start: start) else { return nil }
    return matchData.range(ofGroup: 0)
  }

  /// Calls `body` with every non-overlapping match, left to right.
  ///
  /// An empty match advances by one character, so the loop always ends.
  /// - Parameters:
  ///   - subject: Valid UTF-8 bytes.
  ///   - matchData: Scratch space owned by the calling thread; after each match it holds the groups.
  ///   - body: Receives the match range; capture groups are readable from `matchData` meanwhile.
  /// - Throws: `PCRE2Error.limitExceeded` when a limit was hit, or whatever `body` throws.
  public func forEachMatch(
    in subject: UnsafeBufferPointer<UInt8>, using matchData: MatchData,
    _ body: (Range<Int>) throws -> Void
  ) throws {
    var position = 0
    while position <= subject.count {
      guard let range = try firstMatch(in: subject, from: position, using: matchData) else { return }
      try body(range)
      if range.isEmpty {
        position = range.upperBound + 1
        while position < subject.count, subject[position] & 0xC0 == 0x80 { position += 1 }
      } else {
        position = range.upperBound
      }
    }
  }
}

/// What every match of a pattern must look like: PCRE2's start-up analysis, read once.
///
/// A caller can skip a subject outright when it is shorter than `minimumLength` bytes,
/// lacks the `requiredUnits`, or holds none of the `firstUnits`; that costs nothing
/// per pattern once the subject's bytes are known.
public struct StartInfo: Sendable, Hashable {
  /// The fewest characters a match has (so also a lower bound in bytes).
  public var minimumLength: Int
  /// The code units a match can start with, as a 256-bit map (32 bytes), or `nil` when any can.
  public var firstUnits: [UInt8]?
  /// A code unit every match contains (either of these: a letter in both its cases), or empty when none is known.
  public var requiredUnits: [UInt8]

  init(_ code: OpaquePointer) {
    var minimum: UInt32 = 0
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_MINLENGTH), &minimum)
    minimumLength = Int(minimum)
    var firstType: UInt32 = 0
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODETYPE), &firstType)
    if firstType == 1 {
      var unit: UInt32 = 0
      pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODEUNIT), &unit)
      var map = [UInt8](repeating: 0, count: 32)
      for byte in Self.bothCases(UInt8(truncatingIfNeeded: unit)) { map[Int(byte) >> 3] |= 1 << (byte & 7) }
      firstUnits = map
    } else {
      var bitmap: UnsafePointer<UInt8>?
      pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTBITMAP), &bitmap)
      firstUnits = bitmap.map { Array(UnsafeBufferPointer(start: $0, count: 32)) }
    }
    var lastType: UInt32 = 0
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_LASTCODETYPE), &lastType)
    if lastType == 1 {
      var unit: UInt32 = 0
      pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_LASTCODEUNIT), &unit)
      requiredUnits = Self.bothCases(UInt8(truncatingIfNeeded: unit))
    } else {
      requiredUnits = []
    }
  }

  /// `byte`, and its other case when it is an ASCII letter (PCRE2 may match either).
  static func bothCases(_ byte: UInt8) -> [UInt8] {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A ? [lower, lower & ~0x20] : [byte]
  }
}

/// Turns a PCRE2 error code into its message.
func errorMessage(_ code: Int32) -> String {
  var buffer = [UInt8](repeating: 0, count: 256)
  let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
  guard length > 0 else { return "PCRE2 error \(code)" }
  return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
}
