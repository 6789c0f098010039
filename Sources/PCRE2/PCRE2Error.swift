/// A failure reported by PCRE2, naming the pattern it concerns.
public enum PCRE2Error: Error, Sendable, Equatable, CustomStringConvertible {
  /// The pattern did not compile; `offset` is the byte offset in the pattern where PCRE2 stopped.
  case compile(pattern: String, offset: Int, message: String)
  /// JIT compilation failed (the interpreter would still work, but Veil insists on JIT).
  case jit(pattern: String, message: String)
  /// A match hit the match limit or depth limit: the input may trigger catastrophic backtracking.
  case limitExceeded(pattern: String, message: String)
  /// Any other matching error (bad UTF-8, bad offset, out of memory).
  case match(pattern: String, code: Int32, message: String)

  /// A one-line description that names the pattern.
  public var description: String {
    switch self {
    case .compile(let pattern, let offset, let message):
      return "regex /\(pattern)/ does not compile at offset \(offset): \(message)"
    case .jit(let pattern, let message):
      return "regex /\(pattern)/ cannot be JIT-compiled: \(message)"
    case .limitExceeded(let pattern, let message):
      return "regex /\(pattern)/ exceeded its match limit: \(message)"
    case .match(let pattern, let code, let message):
      return "regex /\(pattern)/ failed with error \(code): \(message)"
    }
  }
}
