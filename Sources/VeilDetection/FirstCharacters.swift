import VeilCore

/// The characters a regular expression's matches can start with, read from its source, as a
/// lookahead that tells PCRE2 where to try.
///
/// PCRE2 skips ahead to the positions a match can start at only when it can list the first
/// characters itself. It cannot for a pattern that starts with a Unicode property (`\p{Lu}`,
/// the way names and places are written), so it tries the whole pattern (lookbehind, word
/// lists) at every byte of every text. Prefixed with `(?=[A-Z\x{80}-\x{10FFFF}])`, a superset
/// of what `\p{Lu}` can start with, the same pattern is tried only at capitals and non-ASCII
/// characters: a lookahead that every match passes anyway changes no match.
///
/// The reading is conservative: a pattern that may match the empty string, or that starts with
/// something not listed (`.`, a negated class, a backreference), gets no hint.
enum FirstCharacters {
  /// `(?=[…])(?:source)`, or `nil` when the first characters are not known or are any.
  static func hinted(_ source: String, caseless: Bool, unicode: Bool) -> String? {
    guard RegexSource.isReadable(source) else { return nil }
    var parser = Parser(scalars: Array(source.unicodeScalars), caseless: caseless, unicode: unicode)
    // Lowercase letters are most of a text: a pattern that can start with any of them gains nothing.
    guard let first = parser.alternation(), parser.position == parser.scalars.count, !first.nullable,
      !First.lowercase.isSubset(of: first.ascii)
    else { return nil }
    return "(?=\(first.characterClass))(?:\(source))"
  }

  /// What can start a match of part of a pattern.
  struct First {
    /// The ASCII characters.
    var ascii = ByteSet()
    /// Whether a non-ASCII character can.
    var nonASCII = false
    /// Whether the part can match the empty string (then what follows it can start the match too).
    var nullable = false

    static let empty = First(nullable: true)
    static let lowercase = ByteSet(UInt8(ascii: "a")...UInt8(ascii: "z"))

    mutating func formUnion(_ other: First) {
      ascii.formUnion(other.ascii)
      nonASCII = nonASCII || other.nonASCII
    }

    /// A PCRE2 class of these characters.
    var characterClass: String {
      func character(_ byte: UInt8) -> String {
        let scalar = Unicode.Scalar(byte)
        let plain = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        return plain ? String(scalar) : "\\x{" + String(byte, radix: 16) + "}"
      }
      var text = "["
      var byte = 0
      while byte < 0x80 {
        guard ascii.contains(UInt8(byte)) else {
          byte += 1
          continue
        }
        // Runs of three or more as ranges: A-Z.
        var last = byte
        while last + 1 < 0x80, ascii.contains(UInt8(last + 1)) { last += 1 }
        if last - byte >= 2 {
          text += character(UInt8(byte)) + "-" + character(UInt8(last))
        } else {
          text += (byte...last).map { character(UInt8($0)) }.joined()
        }
        byte = last + 1
      }
      if nonASCII { text += "\\x{80}-\\x{10FFFF}" }
      return text + "]"
    }
  }

  private struct Parser: RegexReader {
    let scalars: [Unicode.Scalar]
    var caseless: Bool
    let unicode: Bool
    var position = 0

    /// Alternatives up to the `)` that closes the group (not consumed) or the end.
    mutating func alternation() -> First? {
      var first = First(nullable: false)
      while true {
        guard let alternative = sequence() else { return nil }
        first.formUnion(alternative)
        first.nullable = first.nullable || alternative.nullable
        guard current == "|" else { return first }
        position += 1
      }
    }

    /// One alternative: what its items can start with, up to the first that cannot be empty.
    mutating func sequence() -> First? {
      var first = First(nullable: true)
      while let scalar = current, scalar != "|", scalar != ")" {
        guard var item = item() else { return nil }
        if quantifier() == 0 { item.nullable = true }
        if first.nullable {
          first.formUnion(item)
          first.nullable = item.nullable
        }
      }
      return first
    }

    /// One atom or group (`nil`: not listed).
    mutating func item() -> First? {
      guard let scalar = current else { return nil }
      position += 1
      switch scalar {
      case "\\": return escape(inClass: false)
      case "[": return characterClass()
      case "(": return group(at: position - 1)
      case "^", "$": return .empty
      case ".": return nil
      default: return literal(scalar)
      }
    }

    /// A literal character, in both cases when caseless (and K, ſ for k, s).
    func literal(_ scalar: Unicode.Scalar) -> First {
      var first = First()
      guard scalar.isASCII else {
        first.nonASCII = true
        // The Kelvin sign and the long s fold to ASCII letters.
        if caseless { for letter in "kKsS".utf8 { first.ascii.insert(letter) } }
        return first
      }
      let byte = UInt8(scalar.value)
      first.ascii.insert(byte)
      if caseless, (0x61...0x7A).contains(byte | 0x20) {
        first.ascii.insert(byte | 0x20)
        first.ascii.insert(byte & ~0x20)
        if byte | 0x20 == UInt8(ascii: "k") || byte | 0x20 == UInt8(ascii: "s") { first.nonASCII = true }
      }
      return first
    }

    /// The quantifier after an item, consumed: its minimum.
    mutating func quantifier() -> Int {
      RegexSource.quantifierMinimum(in: scalars, at: &position)
    }

    /// The characters of a class shorthand or property, or `nil` when they are not listed.
    func shorthand(_ letter: Unicode.Scalar, property: String?) -> First? {
      var first = First()
      func add(_ range: ClosedRange<UInt8>) { for byte in range { first.ascii.insert(byte) } }
      switch (letter, property) {
      case ("d", nil):
        add(0x30...0x39)
        first.nonASCII = unicode
      case ("w", nil):
        add(0x30...0x39)
        add(0x41...0x5A)
        add(0x61...0x7A)
        first.ascii.insert(0x5F)
        first.nonASCII = true
      case ("s", nil):
        add(0x09...0x0D)
        first.ascii.insert(0x20)
        first.nonASCII = true
      case ("p", "Lu"), ("p", "Ll"), ("p", "L"), ("p", "Lt"), ("p", "Lm"), ("p", "Lo"):
        // Caseless, PCRE2 lets \p{Lu} and \p{Ll} match either case.
        if property == "Lu" || property == "L" || caseless { add(0x41...0x5A) }
        if property == "Ll" || property == "L" || caseless { add(0x61...0x7A) }
        first.nonASCII = true
      case ("p", "N"), ("p", "Nd"):
        add(0x30...0x39)
        first.nonASCII = true
      case ("p", "M"), ("p", "Mn"), ("p", "Mc"):
        first.nonASCII = true
      default:
        return nil
      }
      return first
    }

    /// An escape after `\`, consumed: zero-width assertions are empty, other escapes their
    /// characters (`nil`: not listed).
    mutating func escape(inClass: Bool) -> First? {
      guard let scalar = current else { return nil }
      position += 1
      switch scalar {
      case "b", "B", "A", "z", "Z", "G", "K":
        return inClass ? nil : .empty
      case "d", "w", "s":
        return shorthand(scalar, property: nil)
      case "p":
        var name = ""
        if current == "{" {
          position += 1
          while let next = current, next != "}" {
            name.unicodeScalars.append(next)
            position += 1
          }
          guard current == "}" else { return nil }
          position += 1
        } else if let next = current {
          name.unicodeScalars.append(next)
          position += 1
        }
        return shorthand("p", property: name)
      case "n": return literal("\n")
      case "t": return literal("\t")
      case "r": return literal("\r")
      case "f": return literal("\u{0C}")
      default:
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return nil }
        return literal(scalar)
      }
    }

    /// A class after `[`, consumed (`nil`: negated or not listed).
    mutating func characterClass() -> First? {
      guard current != "^" else { return nil }
      var first = First()
      var isFirst = true
      while let scalar = current {
        if scalar == "]" && !isFirst {
          position += 1
          return first
        }
        isFirst = false
        position += 1
        switch scalar {
        case "\\":
          guard let escaped = escape(inClass: true) else { return nil }
          first.formUnion(escaped)
        case "[" where current == ":":
          return nil
        default:
          guard let upper = rangeEnd(from: scalar), scalar.value <= upper.value else { return nil }
          if upper.isASCII {
            for value in scalar.value...upper.value { first.formUnion(literal(Unicode.Scalar(UInt8(value)))) }
          } else {
            if scalar.isASCII { for value in scalar.value...0x7F { first.formUnion(literal(Unicode.Scalar(UInt8(value)))) } }
            first.nonASCII = true
            if caseless { for letter in "kKsS".utf8 { first.ascii.insert(letter) } }
          }
        }
      }
      return nil
    }

    /// A group, its `(` at `open`, consumed.
    mutating func group(at open: Int) -> First? {
      guard let (header, inner) = readGroup(at: open) else { return nil }
      // A lookaround is zero-width: what follows it starts the match.
      guard let inner, header.kind != .lookaround else { return .empty }
      return inner
    }
  }
}
