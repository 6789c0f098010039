/// What the prefilter's readers of regular-expression source (`LeadingLiterals`,
/// `RequiredBytes`) share: which sources they may read at all, and what a `(` opens.
///
/// Both read conservatively: a construct they do not know makes them give up on the pattern,
/// which then simply is not filtered.
enum RegexSource {
  /// Whether `source` may be read character by character: extended mode (`(?x`), `\Q…\E`
  /// quotes and option resets (`(?^`) change what its characters mean, and a brace with spaces
  /// between digits (`{5, 6}`) or without a minimum (`{,6}`) is a literal to PCRE2 before 10.43
  /// and a quantifier since.
  static func isReadable(_ source: String) -> Bool {
    // One pass over the bytes, for the sequences anywhere (also after a backslash: giving up is safe); every
    // pattern is read this way at each start-up.
    let bytes = Array(source.utf8)
    for (index, byte) in bytes.enumerated() {
      let previous = index > 0 ? bytes[index - 1] : 0
      let beforeThat = index > 1 ? bytes[index - 2] : 0
      switch (beforeThat, previous, byte) {
      case (UInt8(ascii: "("), UInt8(ascii: "?"), UInt8(ascii: "x")), (UInt8(ascii: "("), UInt8(ascii: "?"), UInt8(ascii: "^")):
        return false
      case (_, UInt8(ascii: "\\"), UInt8(ascii: "Q")):
        return false
      case (_, _, UInt8(ascii: "{")) where isSpacedQuantifier(bytes[(index + 1)...]):
        return false
      case (UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "0")...UInt8(ascii: "9")):
        // "{,m}": a literal before PCRE2 10.43, a quantifier since.
        return false
      default:
        continue
      }
    }
    return true
  }

  /// Whether `rest` (after a `{`) is digits, commas and spaces with a space and a digit among them, then `}`.
  private static func isSpacedQuantifier(_ rest: ArraySlice<UInt8>) -> Bool {
    var (space, digit) = (false, false)
    for byte in rest {
      switch byte {
      case UInt8(ascii: "}"): return space && digit
      case UInt8(ascii: " "), UInt8(ascii: "\t"): space = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
      case UInt8(ascii: ","): continue
      default: return false
      }
    }
    return false
  }

  /// What a group holds.
  enum Group {
    /// Part of the match: `( )`, `(?: )`, `(?> )`, `(?| )`, named groups, `(?i: )`.
    case text
    /// A lookahead or lookbehind: it holds no part of the match.
    case lookaround
    /// `(?i)`, `(?-s)`, a comment `(?# )`: no text at all.
    case nothing
  }

  /// The opening of a group, as `group(in:at:)` reads it.
  struct Header {
    /// What the group holds.
    var kind: Group
    /// Where its body starts (for `.nothing`, the position after its `)`).
    var body: Int
    /// Whether its options turn case folding on or off (`(?i)`, `(?-i:`): for `.nothing`, in the
    /// rest of the enclosing group; for `.text`, in its body. `nil` when they leave it as it is.
    var caseFolding: Bool? = nil
    /// Whether it is a negative lookaround (`(?!`, `(?<!`), which requires nothing of the text.
    var isNegative = false
  }

  /// The option letters PCRE2 takes in `(?i)` and `(?i: )`.
  private static let optionLetters: Set<Unicode.Scalar> = ["i", "m", "n", "s", "x", "U", "J", "-"]

  /// Reads the opening of the group whose `(` is at `open`. `nil` for what is not read:
  /// verbs `(*…)`, recursion, backreferences and conditionals.
  static func group(in scalars: [Unicode.Scalar], at open: Int) -> Header? {
    var position = open + 1
    func at(_ index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    /// The position after the next `terminator` at or after `index`.
    func after(_ terminator: Unicode.Scalar, from index: Int) -> Int? {
      var index = index
      while let scalar = at(index) {
        index += 1
        if scalar == terminator { return index }
      }
      return nil
    }
    if at(position) == "*" { return nil }
    guard at(position) == "?" else { return Header(kind: .text, body: position) }
    position += 1
    switch at(position) {
    case ":", ">", "|":
      return Header(kind: .text, body: position + 1)
    case "=", "!":
      return Header(kind: .lookaround, body: position + 1, isNegative: at(position) == "!")
    case "<" where at(position + 1) == "=" || at(position + 1) == "!":
      return Header(kind: .lookaround, body: position + 2, isNegative: at(position + 1) == "!")
    case "<":
      return after(">", from: position).map { Header(kind: .text, body: $0) }
    case "'":
      return after("'", from: position + 1).map { Header(kind: .text, body: $0) }
    case "P":
      // (?P<name> is a group; (?P=name) and (?P>name) are not read.
      guard at(position + 1) == "<" else { return nil }
      return after(">", from: position + 1).map { Header(kind: .text, body: $0) }
    case "#":
      return after(")", from: position).map { Header(kind: .nothing, body: $0) }
    default:
      while let scalar = at(position), optionLetters.contains(scalar) { position += 1 }
      guard position > open + 2 else { return nil }
      // "i" before a "-" turns folding on, after it off.
      let letters = scalars[(open + 2)..<position]
      let dash = letters.firstIndex(of: "-") ?? position
      // Extended mode turned on ("(?ix)", "(?sx:"): spaces and '#' comments stop being text.
      if letters[..<dash].contains("x") { return nil }
      let caseFolding: Bool? = letters[dash...].contains("i") ? false : (letters[..<dash].contains("i") ? true : nil)
      switch at(position) {
      case ")": return Header(kind: .nothing, body: position + 1, caseFolding: caseFolding)
      case ":": return Header(kind: .text, body: position + 1, caseFolding: caseFolding)
      default: return nil
      }
    }
  }


  /// Reads the quantifier at `position` (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, `{,m}`, each
  /// perhaps lazy or possessive), moving past it: the fewest times the item before it occurs,
  /// 1 when there is none. A `{` that opens no quantifier is a literal brace, as PCRE2 reads it.
  static func quantifierMinimum(in scalars: [Unicode.Scalar], at position: inout Int) -> Int {
    var minimum = 1
    switch position < scalars.count ? scalars[position] : nil {
    case "?", "*":
      position += 1
      minimum = 0
    case "+":
      position += 1
    case "{":
      var index = position + 1
      var digits = ""
      while index < scalars.count, ("0"..."9").contains(scalars[index]) {
        digits.unicodeScalars.append(scalars[index])
        index += 1
      }
      var isQuantifier = false
      if index < scalars.count, scalars[index] == "}" {
        isQuantifier = !digits.isEmpty
      } else if index < scalars.count, scalars[index] == "," {
        index += 1
        let maximumStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        // "{,}" is a literal; "{,m}" is one too before PCRE2 10.43 (and `isReadable` turns such patterns away).
        isQuantifier = index < scalars.count && scalars[index] == "}" && (!digits.isEmpty || index > maximumStart)
      }
      guard isQuantifier else { return 1 }
      position = index + 1
      minimum = Int(digits) ?? 0
    default:
      return 1
    }
    // Lazy or possessive.
    if position < scalars.count, scalars[position] == "?" || scalars[position] == "+" { position += 1 }
    return minimum
  }
}

/// The skeleton the prefilter's readers of regular-expression source share (`RequiredBytes`,
/// `RequiredLiterals`, `FirstCharacters`): a position in the source's scalars, the case folding
/// in force, and the reading of groups, class ranges and escapes' arguments. Each reader says
/// what an alternation tells it (`Reading`); the walk over the syntax is the same.
protocol RegexReader {
  /// What a reader reads from an alternation.
  associatedtype Reading
  /// The source.
  var scalars: [Unicode.Scalar] { get }
  /// Where the reader is.
  var position: Int { get set }
  /// Whether letters match both cases here.
  var caseless: Bool { get set }
  /// Alternatives up to the `)` that closes the group (not consumed) or the end (`nil`: not understood).
  mutating func alternation() -> Reading?
}

extension RegexReader {
  /// The scalar at the position, if any.
  var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  /// Moves past the next `terminator` (it is consumed).
  mutating func skip(to terminator: Unicode.Scalar) {
    while let scalar = current {
      position += 1
      if scalar == terminator { return }
    }
  }

  /// Reads the group whose `(` is at `open`, consuming it: its header, and what its body reads
  /// (`nil` for options or a comment, which hold no text: `(?i)` and `(?-i)` change case folding
  /// for the rest of the enclosing group). `nil` when it is not understood.
  mutating func readGroup(at open: Int) -> (header: RegexSource.Header, body: Reading?)? {
    guard let header = RegexSource.group(in: scalars, at: open) else { return nil }
    position = header.body
    if header.kind == .nothing {
      // A quantifier after "(?#…)" or "(?i)" applies to the item before it, which the reader has already taken as
      // it stood: give up rather than misread it ("ab(?#x)?c" matches "ac").
      if let next = current, ["?", "*", "+", "{"].contains(next) { return nil }
      if let folding = header.caseFolding { caseless = folding }
      return (header, nil)
    }
    let outer = caseless
    defer { caseless = outer }
    if let folding = header.caseFolding { caseless = folding }
    guard let inner = alternation(), current == ")" else { return nil }
    position += 1
    return (header, inner)
  }

  /// Moves past the argument of the escape `\<escaped>` just read: `{…}` or one letter after
  /// `\p` and `\P`, `{…}` or two digits after `\x`, `{…}` after `\o`.
  mutating func skipArgument(of escaped: Unicode.Scalar) {
    if current == "{" {
      skip(to: "}")
    } else if escaped == "x" {
      // Up to two hex digits: "\x9|ab" is a tab, then an alternative.
      var digits = 0
      while digits < 2, let scalar = current, scalar.properties.isASCIIHexDigit {
        position += 1
        digits += 1
      }
    } else if escaped == "p" || escaped == "P" {
      position += min(1, scalars.count - position)
    }
  }

  /// In a class, the upper end of the range that class member `lower` opens when a `-` follows
  /// (consumed), or `lower` itself; `nil` for a range that ends in an escape (not read).
  mutating func rangeEnd(from lower: Unicode.Scalar) -> Unicode.Scalar? {
    guard current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" else { return lower }
    let upper = scalars[position + 1]
    position += 2
    return upper == "\\" ? nil : upper
  }
}
