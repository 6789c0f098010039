#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import PCRE2

/// The match scratch space of the calling thread.
///
/// A compiled PCRE2 pattern is shared by every worker, but match data must not be;
/// keeping one block per thread (in thread-local storage) makes matching allocation-free
/// without threading scratch objects through every recognizer call.
enum ThreadMatchData {
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<MatchData>.fromOpaque(pointer).release()
    }
    return key
  }()

  /// This thread's match data, created on first use.
  static var current: MatchData {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<MatchData>.fromOpaque(pointer).takeUnretainedValue()
    }
    let matchData = MatchData()
    pthread_setspecific(key, Unmanaged.passRetained(matchData).toOpaque())
    return matchData
  }
}

extension Pattern {
  /// Calls `body` with every match in `text`, using this thread's scratch space.
  ///
  /// - Parameters:
  ///   - text: Valid UTF-8.
  ///   - group: The capture group whose range is reported (0 = the whole match); matches where it is unset are skipped.
  ///   - body: Receives each range; an error it throws stops the search and is rethrown as it is.
  /// - Throws: `PCRE2Error` when a limit was hit, or what `body` threw.
  func forEachMatch(in text: [UInt8], group: Int = 0, _ body: (Range<Int>) throws -> Void) throws {
    let matchData = ThreadMatchData.current
    try text.withUnsafeBufferPointer { buffer in
      try forEachMatch(in: buffer, using: matchData) { whole in
        if group == 0 {
          try body(whole)
        } else if let range = matchData.range(ofGroup: group), !range.isEmpty {
          try body(range)
        }
      }
    }
  }

  /// Calls `body` with every match in `text`: those of `anchored`, this pattern compiled `.anchored`, tried at each
  /// of `starts` (in order) not inside an earlier match, which are this pattern's when every one of its matches
  /// starts at one of `starts`; without `anchored`, this pattern's own (`forEachMatch(in:group:_:)`).
  ///
  /// - Parameters:
  ///   - text: Valid UTF-8.
  ///   - anchored: This pattern compiled with `.anchored`, or `nil`.
  ///   - starts: Byte offsets in increasing order, each on a character's first byte (read only with `anchored`).
  ///   - group: The capture group whose range is reported (0 = the whole match); matches where it is unset are skipped.
  ///   - body: Receives each range; an error it throws stops the search and is rethrown as it is.
  /// - Throws: `PCRE2Error` when a limit was hit, or what `body` threw.
  func forEachMatch(
    in text: [UInt8], group: Int = 0, anchored: Pattern?, startingAt starts: [Int], _ body: (Range<Int>) throws -> Void
  ) throws {
    guard let anchored else { return try forEachMatch(in: text, group: group, body) }
    precondition(anchored.options.contains(.anchored), "a search from given starts needs an anchored pattern")
    let matchData = ThreadMatchData.current
    try text.withUnsafeBufferPointer { buffer in
      // Where the next match may start: after the last one, or past its start when it was empty.
      var next = 0
      for start in starts where start >= next && start <= buffer.count {
        guard let whole = try anchored.firstMatch(in: buffer, from: start, using: matchData) else { continue }
        next = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
        if group == 0 {
          try body(whole)
        } else if let range = matchData.range(ofGroup: group), !range.isEmpty {
          try body(range)
        }
      }
    }
  }
}
