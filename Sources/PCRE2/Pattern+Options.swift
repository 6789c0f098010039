internal import CPCRE2

extension Pattern {
  /// Compile options, named rather than numbered.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    /// Creates options from their raw bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Letters match both cases.
    public static let caseless = Options(rawValue: 1 << 0)
    /// `^` and `$` match at line breaks too.
    public static let multiline = Options(rawValue: 1 << 1)
    /// `.` matches line breaks too.
    public static let dotAll = Options(rawValue: 1 << 2)
    /// Whitespace and `#` comments in the pattern are ignored.
    public static let extended = Options(rawValue: 1 << 3)
    /// `\d`, `\w`, `\b` and POSIX classes use Unicode properties rather than ASCII.
    public static let unicodeProperties = Options(rawValue: 1 << 4)
    /// A match must start at the offset the search starts from (JIT-compiled too, where the same
    /// option at match time would fall back to the interpreter). Not a rule-file option: the
    /// prefilter compiles such a copy to try a pattern only where its leading words are.
    public static let anchored = Options(rawValue: 1 << 5)

    /// Every option with its rule-file name, for configuration readers.
    public static let byName: [String: Options] = [
      "caseless": .caseless, "ignore_case": .caseless, "multiline": .multiline,
      "dotall": .dotAll, "extended": .extended, "unicode": .unicodeProperties,
    ]

    var compileFlags: UInt32 {
      var flags: UInt32 = 0
      if contains(.caseless) { flags |= UInt32(PCRE2_CASELESS) }
      if contains(.multiline) { flags |= UInt32(PCRE2_MULTILINE) }
      if contains(.dotAll) { flags |= UInt32(PCRE2_DOTALL) }
      if contains(.extended) { flags |= UInt32(PCRE2_EXTENDED) }
      if contains(.unicodeProperties) { flags |= UInt32(PCRE2_UCP) }
      if contains(.anchored) { flags |= UInt32(PCRE2_ANCHORED) }
      return flags
    }
  }
}
