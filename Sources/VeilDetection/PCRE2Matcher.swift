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
}
