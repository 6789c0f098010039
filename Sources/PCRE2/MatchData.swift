internal import CPCRE2

/// Per-thread scratch space for matching: the match block, the limits and the JIT stack.
///
/// PCRE2 forbids sharing a match-data block between threads, so this class is
/// deliberately not `Sendable`: make one per worker and reuse it for every match.
public final class MatchData {
  /// Limits that bound the work of one match call.
  public struct Limits: Sendable, Hashable {
    /// The most backtracking steps one match may take (PCRE2's match limit).
    public var matchLimit: UInt32
    /// The most backtracking memory, in KiB, for the interpreter (PCRE2's depth limit).
    public var depthLimit: UInt32
    /// Creates limits.
    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000) {
      self.matchLimit = matchLimit
      self.depthLimit = depthLimit
    }
  }

  /// The limits applied to every match made with this scratch space.
  public let limits: Limits
  private let block: OpaquePointer
  private let context: OpaquePointer
  private let jitStack: OpaquePointer?
  private let ovector: UnsafeMutablePointer<Int>
  private let pairs: Int
  /// How many ovector pairs the last match set (PCRE2 leaves the others stale).
  private var setPairs = 0

  /// Creates scratch space able to hold `groups` capture groups.
  ///
  /// - Parameters:
  ///   - groups: How many capture groups (besides the whole match) can be read back.
  ///   - limits: The match and depth limits.
  public init(groups: Int = 15, limits: Limits = Limits()) {
    self.limits = limits
    pairs = groups + 1
    // Allocation failures here mean the process is out of memory; PCRE2 returns NULL
    // and there is nothing sensible to continue with.
    guard let block = pcre2_match_data_create_8(UInt32(pairs), nil),
      let context = pcre2_match_context_create_8(nil)
    else { fatalError("PCRE2 could not allocate match data: out of memory") }
    self.block = block
    self.context = context
    pcre2_set_match_limit_8(context, limits.matchLimit)
    pcre2_set_depth_limit_8(context, limits.depthLimit)
    jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
    if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
    ovector = pcre2_get_ovector_pointer_8(block)
  }

  deinit {
    if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    pcre2_match_context_free_8(context)
    pcre2_match_data_free_8(block)
  }

  /// Runs one match; returns whether it matched.
  func run(_ pattern: Pattern, subject: UnsafeBufferPointer<UInt8>, start: Int) throws(PCRE2Error) -> Bool {
    // An empty buffer may have a nil base address; PCRE2 wants a real pointer.
    let empty: UInt8 = 0
    let status = withUnsafePointer(to: empty) { fallback in
      pcre2_match_8(
        pattern.code, subject.baseAddress ?? fallback, subject.count, start,
        UInt32(PCRE2_NO_UTF_CHECK), block, context)
    }
    // 0 means "matched, but the ovector was too small for every group": still a match.
    if status >= 0 {
      setPairs = status == 0 ? pairs : Int(status)
      return true
    }
    setPairs = 0
    switch status {
    case PCRE2_ERROR_NOMATCH, PCRE2_ERROR_PARTIAL:
      return false
    case PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT:
      throw .limitExceeded(pattern: pattern.source, message: errorMessage(status))
    default:
      throw .match(pattern: pattern.source, code: status, message: errorMessage(status))
    }
  }

  /// The byte range of capture group `group` from the last successful match, or `nil` if it did not take part.
  ///
  /// - Parameter group: 0 for the whole match, 1… for capture groups.
  /// - Returns: The range, or `nil` when the group is unset or beyond this block's capacity.
  public func range(ofGroup group: Int) -> Range<Int>? {
    guard group >= 0, group < setPairs else { return nil }
    let start = ovector[2 * group]
    let end = ovector[2 * group + 1]
    guard start != cpcre2_unset(), end != cpcre2_unset(), start <= end else { return nil }
    return start..<end
  }
}
