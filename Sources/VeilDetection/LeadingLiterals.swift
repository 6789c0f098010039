/// The literal words a regular expression's matches start with, read from its source.
///
/// Keyword-led patterns (`password is …`, `api_key = …`, `PO Box …`) begin with an
/// alternation of words; PCRE2's own start-up analysis only knows their first letters, so
/// they would be tried at every `p`, `a` or `s` of every text. Knowing that a match starts
/// with `pass`, `pwd` or `kennwort` lets the prefilter skip a text that holds none of them.
///
/// The reading is conservative: anything it does not understand (a class, a `.`, an optional
/// first word, inline `(?x)` spacing) gives `nil`, and the pattern is simply not filtered. Its
/// words are lowercased and compared caselessly, so a class of one letter in both cases
/// (`[Ii]n`) reads as that letter.
public enum LeadingLiterals {
  /// The literals one of which starts every match (after zero-width assertions such as
  /// lookbehinds), each at least `minimumLength` bytes long, or `nil` when that is not known.
  ///
  /// With `spaceRuns`, a class of a space and a tab (`[ \t]`, `[ \t]+`) inside a word is read as one space, as a
  /// `LiteralScanner` reads a run of them: "i[ \t]+am" starts with "i am".
  public static func of(_ source: String, minimumLength: Int = 2, spaceRuns: Bool = false) -> [String]? {
    guard RegexSource.isReadable(source) else { return nil }
    var parser = Parser(scalars: Array(source.unicodeScalars), minimumLength: minimumLength, spaceRuns: spaceRuns)
    guard let literals = parser.alternatives(), parser.position == parser.scalars.count else { return nil }
    return literals
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    let minimumLength: Int
    let spaceRuns: Bool
    var position = 0

    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    /// Alternatives up to the closing `)` of the enclosing group (not consumed) or the end.
    mutating func alternatives() -> [String]? {
      var all: [String] = []
      var known = true
      while true {
        if let literals = alternative() { all += literals } else { known = false }
        skipToAlternativeEnd()
        guard current == "|" else { break }
        position += 1
      }
      return known && !all.isEmpty ? all : nil
    }

    /// The literals one alternative starts with.
    mutating func alternative() -> [String]? {
      var literal = ""
      while let scalar = current {
        switch scalar {
        case "|", ")":
          return accept(literal)
        case "^":
          guard literal.isEmpty else { return accept(literal) }
          position += 1
        case "(":
          guard let header = RegexSource.group(in: scalars, at: position) else { return nil }
          // A quantifier after "(?#…)" or "(?i)" applies to the character before it ("abc(?#c)?d" matches "abd").
          if header.kind == .nothing, header.body < scalars.count, ["?", "*", "+", "{"].contains(scalars[header.body]) {
            return nil
          }
          guard literal.isEmpty else { return accept(literal) }
          switch header.kind {
          case .lookaround:
            skipGroup()
            continue
          case .nothing:
            position = header.body
            continue
          case .text:
            position = header.body
          }
          guard let inner = group() else { return nil }
          // An optional group may be skipped: its words are not where every match starts.
          if let next = current, next == "?" || next == "*" || isZeroRepeat() { return nil }
          return inner
        case "\\":
          guard position + 1 < scalars.count else { return nil }
          let escaped = scalars[position + 1]
          if escaped == "b" || escaped == "A" || escaped == "G", literal.isEmpty {
            position += 2
            continue
          }
          // Letters and digits after a backslash are classes or codes (\d, \p{L}, \x41): the literal ends.
          if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) { return accept(literal) }
          position += 2
          if !append(escaped, to: &literal) { return accept(literal) }
        case "[" where isCaseClass():
          // "[Ii]n": one letter in either case, which the words are compared in anyway (lowercased).
          let letter = scalars[position + 1]
          position += 4
          if !append(letter, to: &literal) { return accept(literal) }
        case "[" where spaceRuns && !literal.isEmpty && literal.last != " ":
          // "[ \t]" or "[ \t]+" (either order): one space for the scanner, which reads every run of them as one.
          guard let end = spaceClassEnd() else { return accept(literal) }
          position = end
          if current == "+" { position += 1 }
          if ["?", "*", "+", "{"].contains(current) { return accept(literal) }
          literal.append(" ")
        case ".", "[", "$", "*", "+", "?", "{":
          return accept(literal)
        default:
          position += 1
          if !append(scalar, to: &literal) { return accept(literal) }
        }
      }
      return accept(literal)
    }

    /// Appends `scalar` unless a quantifier follows that makes it optional; returns whether
    /// the literal may go on.
    mutating func append(_ scalar: Unicode.Scalar, to literal: inout String) -> Bool {
      switch current {
      case "?", "*":
        return false
      case "{" where isZeroRepeat():
        return false
      case "+", "{":
        literal.unicodeScalars.append(scalar)
        return false
      default:
        literal.unicodeScalars.append(scalar)
        return true
      }
    }

    func accept(_ literal: String) -> [String]? {
      literal.utf8.count >= minimumLength ? [literal.lowercased()] : nil
    }

    /// The position after a class of exactly a space and a tab at the current position, if one is there; `nil` when
    /// the class is missing, optional or anything else.
    func spaceClassEnd() -> Int? {
      let body: [Unicode.Scalar] = [" ", "\\", "t", "]"]
      let swapped: [Unicode.Scalar] = ["\\", "t", " ", "]"]
      guard position + 4 < scalars.count else { return nil }
      let members = Array(scalars[(position + 1)...(position + 4)])
      guard members == body || members == swapped else { return nil }
      let end = position + 5
      guard end >= scalars.count || !["?", "*", "{"].contains(scalars[end]) else { return nil }
      return end
    }

    /// Whether a class of one ASCII letter in both cases (`[Ii]`, `[iI]`: four scalars) is at the current position.
    func isCaseClass() -> Bool {
      guard position + 3 < scalars.count, scalars[position + 3] == "]" else { return false }
      let (first, second) = (scalars[position + 1], scalars[position + 2])
      return first != second && first.isASCII && first.properties.isAlphabetic && first.value | 0x20 == second.value | 0x20
    }

    /// Whether `{0` or `{,` starts at the current position.
    func isZeroRepeat() -> Bool {
      guard current == "{", position + 1 < scalars.count else { return false }
      return scalars[position + 1] == "0" || scalars[position + 1] == ","
    }

    /// Reads a group's alternatives from its body (its opening already read) and consumes the group.
    mutating func group() -> [String]? {
      let inner = alternatives()
      guard current == ")" else { return nil }
      position += 1
      return inner
    }

    /// Skips a whole group, nested groups, classes and escapes included.
    mutating func skipGroup() {
      var depth = 0
      while let scalar = current {
        position += 1
        switch scalar {
        case "\\": position += 1
        case "[": skipClass()
        case "(": depth += 1
        case ")":
          depth -= 1
          if depth == 0 { return }
        default: break
        }
      }
    }

    /// Skips the rest of a character class (the `[` is consumed).
    mutating func skipClass() {
      if current == "^" { position += 1 }
      if current == "]" { position += 1 }
      while let scalar = current {
        position += 1
        if scalar == "\\" {
          position += 1
        } else if scalar == "[", current == ":" {
          // A POSIX class such as [:alpha:].
          while let inner = current, inner != "]" { position += 1 }
          position += 1
        } else if scalar == "]" {
          return
        }
      }
    }

    /// Moves to the `|` or `)` that ends the current alternative (or the end).
    mutating func skipToAlternativeEnd() {
      while let scalar = current {
        switch scalar {
        case "|", ")": return
        case "\\": position += 2
        case "[":
          position += 1
          skipClass()
        case "(": skipGroup()
        default: position += 1
        }
      }
    }
  }
}
