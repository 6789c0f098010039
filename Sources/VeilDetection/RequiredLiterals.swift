import VeilCore

/// Text a regular expression's every match contains, read from its source: the words of a
/// pattern, where `RequiredBytes` knows only single bytes.
///
/// A street address needs one of its type words ("Street", "Ave", "Straße"), a date in words a
/// month name, an age phrase "years old" or "age": words that most chat messages lack, where
/// nearly every message has a digit and a capital. The answer is a list of literal sets, all
/// of which a text must meet: it meets a set if it holds one of the set's literals.
///
/// A literal may also say that the character before or after it is no ASCII letter, when
/// the expression itself says so (a `[ \t]` before it, a `(?![\p{L}…])` after it, `\b`): "St"
/// as a word is rare where the letters "st" are everywhere.
///
/// The reading is conservative: a construct it does not know makes it give up (no sets: the
/// pattern is not filtered); a literal it cannot vouch for (a caseless non-ASCII letter, whose
/// other case is other bytes) just requires nothing.
public enum RequiredLiterals {
  /// Text that a match holds, perhaps with no ASCII letter next to it.
  public struct Literal: Sendable, Hashable {
    /// The bytes, ASCII letters lowercased, each run of spaces and tabs one space (a text is
    /// searched the same way: "at the age of" stands for `at[ \t]+the[ \t]+age[ \t]+of`).
    public var bytes: [UInt8]
    /// Whether the byte before it is never an ASCII letter (or it starts the text).
    public var boundedBefore: Bool
    /// Whether the byte after it is never an ASCII letter (or it ends the text).
    public var boundedAfter: Bool

    /// A literal.
    public init(_ bytes: [UInt8], boundedBefore: Bool = false, boundedAfter: Bool = false) {
      var folded: [UInt8] = []
      for byte in bytes {
        let byte = byte == 0x09 ? 0x20 : (byte &- 0x41 < 26 ? byte | 0x20 : byte)
        if byte == 0x20 && folded.last == 0x20 { continue }
        folded.append(byte)
      }
      self.bytes = folded
      self.boundedBefore = boundedBefore
      self.boundedAfter = boundedAfter
    }

    /// Roughly how likely a chat message of a hundred bytes or so holds it. Only the order
    /// matters: it picks the sets worth checking, never whether a text is admitted.
    var presence: Double {
      // Spaces around it bound it as well as a lookaround does ("the " is the word "the").
      var word = bytes[...]
      var (before, after) = (boundedBefore, boundedAfter)
      while word.first == 0x20 {
        word = word.dropFirst()
        before = true
      }
      while word.last == 0x20 {
        word = word.dropLast()
        after = true
      }
      guard word.contains(where: { $0 &- 0x61 < 26 || $0 >= 0x80 }) else {
        // Punctuation and digits: as likely as their first byte ("#", "-"), or a space.
        let byte = RequiredBytes.presence(of: ByteSet([bytes[0]]))
        return bytes.count == 1 ? byte : byte / 2
      }
      if before && after {
        // A whole word: rare unless it is one of the most frequent.
        if RequiredLiterals.frequentWords.contains(Array(word)) { return 1 }
        return [0.3, 0.03, 0.01, 0.004][min(word.count, 4) - 1] / (word.count > 4 ? 2 : 1)
      }
      let part = [0.9, 0.5, 0.1, 0.03, 0.01][min(word.count, 5) - 1] / (word.count > 5 ? 2 : 1)
      return before || after ? part / 2 : part
    }
  }

  /// Literals one of which every match holds.
  public struct LiteralSet: Sendable, Hashable {
    /// The literals, sorted.
    public let literals: [Literal]
    /// The hash of `literals`, computed once: the analyzer looks sets up per batch of texts.
    private let fingerprint: Int

    /// The set of `literals`.
    public init(_ literals: some Sequence<Literal>) {
      var unique = Array(Set(literals))
      unique.sort { ($0.bytes.lexicographicallyPrecedes($1.bytes)) || ($0.bytes == $1.bytes && $0.rank < $1.rank) }
      self.literals = unique
      var hasher = Hasher()
      hasher.combine(unique)
      fingerprint = hasher.finalize()
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    public static func == (a: LiteralSet, b: LiteralSet) -> Bool { a.fingerprint == b.fingerprint && a.literals == b.literals }

    /// Roughly how likely a chat message holds one of the literals.
    var presence: Double { min(1, literals.reduce(0) { $0 + $1.presence }) }

    /// Whether the set is worth looking for: none of its literals is common ("a", "the", a
    /// space), and it is more than single bytes, which `RequiredBytes` checks already.
    var isWorthChecking: Bool {
      !literals.contains { $0.presence >= 0.3 } && literals.contains { $0.bytes.count > 1 }
    }
  }

  /// The literal sets every text holding a match of `source` meets, or none when nothing is
  /// known: at most `limit`, those a text most likely lacks, and none with a literal that many
  /// texts hold (a space, "a", "the").
  ///
  /// - Parameters:
  ///   - source: PCRE2 source (not in extended mode).
  ///   - caseless: Whether the pattern is compiled caseless.
  public static func of(_ source: String, caseless: Bool = false, limit: Int = 2) -> [LiteralSet] {
    all(source, caseless: caseless)
      .filter(\.isWorthChecking)
      .map { (set: $0, presence: $0.presence) }
      .sorted { $0.presence < $1.presence }
      .prefix(limit).map(\.set)
  }

  /// Every literal set read from `source` (none when nothing is known).
  public static func all(_ source: String, caseless: Bool = false) -> [LiteralSet] {
    guard RegexSource.isReadable(source) else { return [] }
    var parser = Parser(scalars: Array(source.unicodeScalars), caseless: caseless)
    guard let part = parser.alternation(), parser.position == parser.scalars.count, !part.onlyAfterAMatch else { return [] }
    // Nothing is known of the text around a match.
    return part.sets.map { set in
      LiteralSet(
        set.map { piece in
          var literal = piece.literal
          literal.boundedBefore = literal.boundedBefore && !piece.atStart
          literal.boundedAfter = literal.boundedAfter && !piece.atEnd
          return literal
        })
    }
  }

  /// English words nearly every message holds, which a set of words should not count on.
  static let frequentWords: Set<[UInt8]> = Set(
    [
      "a", "i", "an", "the", "in", "on", "at", "to", "of", "and", "or", "is", "it", "for", "you", "my", "me", "we", "be",
      "so", "do", "if", "no", "up", "can", "are", "was", "not", "but", "with", "this", "that", "have", "from", "your",
    ].map { Array($0.utf8) })

  /// A literal inside the part of a pattern being read. Its bounds hold for the ways through that
  /// part that do not reach its start (or end); `atStart` (`atEnd`) says some way does, and then
  /// the part around it must bound it too.
  struct Piece: Hashable {
    var literal: Literal
    var atStart: Bool
    var atEnd: Bool
  }

  /// What a part of a pattern (an item, a sequence, a choice) tells.
  struct Part {
    /// The sets of pieces it requires.
    var sets: [[Piece]] = []
    /// Whether its first character is never an ASCII letter (when it matches any).
    var startsWithNonLetter = false
    /// Whether its last character is never an ASCII letter (when it matches any).
    var endsWithNonLetter = false
    /// Whether it may match no text at all.
    var mayBeEmpty = false
    /// Whether no first match of the pattern in a text goes through it (see `Item.continuation`).
    var onlyAfterAMatch = false
  }

  /// What one item of a sequence is, as far as literals go.
  private enum Item {
    /// One character, exactly once (part of a literal run); `nil` when it cannot be vouched for.
    case character([UInt8]?)
    /// Something that matches text.
    case consuming(Part)
    /// A lookaround: its required pieces; whether it says the character before or after its
    /// position is no ASCII letter; whether its pieces end (lookbehind) or start at its position.
    case zeroWidth(sets: [[Piece]], nonLetterBefore: Bool, nonLetterAfter: Bool, lookbehind: Bool)
    /// `\b`: next to a letter or digit of a literal, the other side holds none.
    case wordBoundary
    /// `\G(?<=\d)`: where the previous match ended, after a digit. A text's first match is searched for from its
    /// start, where `\G` holds and no digit precedes, so no first match goes this way; and a text without a first
    /// match has none at all. ("a number, then more numbers listed after it": the first number's words are needed.)
    case continuation

    static let assertion = Item.zeroWidth(sets: [], nonLetterBefore: false, nonLetterAfter: false, lookbehind: false)
    static let other = Item.consuming(Part())
    static let nonLetter = Item.consuming(Part(startsWithNonLetter: true, endsWithNonLetter: true))

    var isConsuming: Bool {
      switch self {
      case .character, .consuming: true
      case .zeroWidth, .wordBoundary, .continuation: false
      }
    }

    /// The item as a part (a character alone is one).
    var part: Part {
      switch self {
      case .character(let bytes):
        let first = bytes?.first.map { !Parser.isLetterByte($0) } ?? false
        let last = bytes?.last.map { !Parser.isLetterByte($0) } ?? false
        return Part(startsWithNonLetter: first, endsWithNonLetter: last)
      case .consuming(let part): return part
      case .zeroWidth, .wordBoundary, .continuation: return Part(mayBeEmpty: true)
      }
    }
  }

  private struct Parser: RegexReader {
    let scalars: [Unicode.Scalar]
    var caseless: Bool
    var position = 0

    /// Alternatives up to the `)` that closes the group (not consumed) or the end (`nil`: not
    /// understood). A choice requires a set only when every alternative requires one: then the
    /// union of each alternative's least likely set.
    mutating func alternation() -> Part? {
      var alternatives: [Part] = []
      while true {
        guard let part = sequence() else { return nil }
        alternatives.append(part)
        guard current == "|" else { break }
        position += 1
      }
      // A way that only continues an earlier match cannot give a text its first match: the others must.
      let firstWays = alternatives.filter { !$0.onlyAfterAMatch }
      if firstWays.isEmpty { return Part(mayBeEmpty: true, onlyAfterAMatch: true) }
      alternatives = firstWays
      if alternatives.count == 1 { return alternatives[0] }
      var choice = Part(
        startsWithNonLetter: alternatives.allSatisfy(\.startsWithNonLetter),
        endsWithNonLetter: alternatives.allSatisfy(\.endsWithNonLetter),
        mayBeEmpty: alternatives.contains(where: \.mayBeEmpty))
      if alternatives.allSatisfy({ !$0.sets.isEmpty }) {
        let union = alternatives.flatMap { part in
          part.sets.min { LiteralSet($0.map(\.literal)).presence < LiteralSet($1.map(\.literal)).presence }!
        }
        choice.sets = [Array(Set(union))]
      }
      return choice
    }

    /// One alternative.
    mutating func sequence() -> Part? {
      var items: [Item] = []
      while let scalar = current, scalar != "|", scalar != ")" {
        guard let item = item() else { return nil }
        items.append(item)
      }
      return Self.resolve(items)
    }

    /// The part a sequence of items makes: the sets its items require, each piece bounded where
    /// the items around it say no letter is next to it.
    ///
    /// Positions 0…n lie around the n items that match text. Whether the character before a
    /// position is no letter follows from the item before it (or, when that one may be empty,
    /// from the position before it too) and from the lookarounds at it; likewise after.
    static func resolve(_ items: [Item]) -> Part {
      if items.contains(where: { if case .continuation = $0 { true } else { $0.isConsuming && $0.part.onlyAfterAMatch } }) {
        return Part(mayBeEmpty: true, onlyAfterAMatch: true)
      }
      let consuming = items.filter(\.isConsuming)
      let parts = consuming.map(\.part)
      let count = consuming.count
      var assertedBefore = [Bool](repeating: false, count: count + 1)
      var assertedAfter = [Bool](repeating: false, count: count + 1)
      var index = 0
      for item in items {
        switch item {
        case .character, .consuming:
          index += 1
        case .zeroWidth(_, let before, let after, _):
          if before { assertedBefore[index] = true }
          if after { assertedAfter[index] = true }
        case .wordBoundary:
          // Between a word character and one that is none (or an end): beside a literal's letter or digit, the
          // other side holds no letter.
          if index < count, case .character(let bytes) = consuming[index], isWordByte(bytes?.first) {
            assertedBefore[index] = true
          }
          if index > 0, case .character(let bytes) = consuming[index - 1], isWordByte(bytes?.last) {
            assertedAfter[index] = true
          }
        case .continuation:
          break
        }
      }
      // Left to right: no letter before position p on every way that does not come from the start; whether one does.
      var letterFreeBefore = [Bool](repeating: true, count: count + 1)
      var fromStart = [Bool](repeating: true, count: count + 1)
      for position in 0...count {
        if position > 0 {
          let part = parts[position - 1]
          letterFreeBefore[position] = part.endsWithNonLetter && (!part.mayBeEmpty || letterFreeBefore[position - 1])
          fromStart[position] = part.mayBeEmpty && fromStart[position - 1]
        }
        if assertedBefore[position] { (letterFreeBefore[position], fromStart[position]) = (true, false) }
      }
      var letterFreeAfter = [Bool](repeating: true, count: count + 1)
      var toEnd = [Bool](repeating: true, count: count + 1)
      for position in stride(from: count, through: 0, by: -1) {
        if position < count {
          let part = parts[position]
          letterFreeAfter[position] = part.startsWithNonLetter && (!part.mayBeEmpty || letterFreeAfter[position + 1])
          toEnd[position] = part.mayBeEmpty && toEnd[position + 1]
        }
        if assertedAfter[position] { (letterFreeAfter[position], toEnd[position]) = (true, false) }
      }
      /// `inner` placed to start at `start` and end at `end` (`nil`: it does not start or end at a position of this sequence).
      func place(_ inner: Piece, start: Int?, end: Int?) -> Piece {
        var piece = Piece(literal: inner.literal, atStart: false, atEnd: false)
        if inner.atStart {
          if let start {
            piece.literal.boundedBefore = inner.literal.boundedBefore && letterFreeBefore[start]
            piece.atStart = fromStart[start]
          } else {
            piece.literal.boundedBefore = false
          }
        }
        if inner.atEnd {
          if let end {
            piece.literal.boundedAfter = inner.literal.boundedAfter && letterFreeAfter[end]
            piece.atEnd = toEnd[end]
          } else {
            piece.literal.boundedAfter = false
          }
        }
        return piece
      }
      var sequence = Part(
        startsWithNonLetter: letterFreeAfter[0], endsWithNonLetter: letterFreeBefore[count],
        mayBeEmpty: parts.allSatisfy(\.mayBeEmpty))
      // Runs of characters; a character that cannot be vouched for splits a run.
      var run: [UInt8] = []
      var runStart = 0
      func closeRun(at end: Int) {
        guard !run.isEmpty else { return }
        let whole = Piece(literal: Literal(run, boundedBefore: true, boundedAfter: true), atStart: true, atEnd: true)
        sequence.sets.append([place(whole, start: runStart, end: end)])
        run = []
      }
      index = 0
      for item in items {
        switch item {
        case .character(let bytes):
          if let bytes {
            if run.isEmpty { runStart = index }
            run += bytes
          } else {
            closeRun(at: index)
          }
          index += 1
        case .consuming(let part):
          closeRun(at: index)
          for set in part.sets { sequence.sets.append(set.map { place($0, start: index, end: index + 1) }) }
          index += 1
        case .zeroWidth(let sets, _, _, let lookbehind):
          // A lookahead's text starts at its position, a lookbehind's ends there.
          for set in sets {
            sequence.sets.append(set.map { place($0, start: lookbehind ? nil : index, end: lookbehind ? index : nil) })
          }
        case .wordBoundary, .continuation:
          break
        }
      }
      closeRun(at: index)
      return sequence
    }

    static func isWordByte(_ byte: UInt8?) -> Bool {
      guard let byte else { return false }
      return isLetterByte(byte) || byte &- 0x30 < 10
    }

    /// One atom or group with its quantifier (`nil`: not understood).
    mutating func item() -> Item? {
      guard let scalar = current else { return nil }
      position += 1
      let item: Item
      switch scalar {
      case "\\":
        guard let escaped = escape() else { return nil }
        item = escaped
      case "[" where spaceClassLength() != nil:
        // [ \t]: a space, as the scanner reads spaces and tabs.
        position += spaceClassLength()!
        item = .character([0x20])
      case "[" where casePair() != nil:
        // "[Jj]an": both cases of one letter, which the scanner does not tell apart anyway.
        item = .character([casePair()!])
        position += 3
      case "[":
        guard let nonLetter = characterClass() else { return nil }
        item = nonLetter ? .nonLetter : .other
      case "(":
        guard let group = group(at: position - 1) else { return nil }
        item = group
      case "^", "$":
        // A line or text boundary: no letter on that side.
        item = .zeroWidth(sets: [], nonLetterBefore: scalar == "^", nonLetterAfter: scalar == "$", lookbehind: false)
      case ".":
        item = .other
      default:
        item = .character(literal(scalar))
      }
      return quantified(item)
    }

    /// The length (after the `[`) of a class of a space and a tab at `position`: `[ \t]`, `[\t ]`.
    func spaceClassLength() -> Int? {
      let rest = scalars[position...].prefix(4).map(Character.init)
      return rest == [" ", "\\", "t", "]"] || rest == ["\\", "t", " ", "]"] ? 4 : nil
    }

    /// The lowercase letter of a class of its two cases at `position` (after the `[`): `[Jj]`, `[mM]`.
    func casePair() -> UInt8? {
      guard position + 2 < scalars.count, scalars[position + 2] == "]", scalars[position].isASCII, scalars[position + 1].isASCII
      else { return nil }
      let (a, b) = (UInt8(scalars[position].value), UInt8(scalars[position + 1].value))
      guard Self.isLetterByte(a), a != b, a | 0x20 == b | 0x20 else { return nil }
      return a | 0x20
    }

    /// `item` under the quantifier that follows it, consumed.
    mutating func quantified(_ item: Item) -> Item? {
      let start = position
      let minimum = RegexSource.quantifierMinimum(in: scalars, at: &position)
      guard position != start else { return item }
      if !item.isConsuming { return .assertion }  // a quantified assertion is allowed but says nothing
      // Spaces repeated are still one space to the scanner.
      if minimum > 0, case .character(let bytes) = item, bytes == [0x20] || bytes == [0x09] { return item }
      var part = item.part
      if minimum == 0 {
        part.mayBeEmpty = true
        part.sets = []
        part.onlyAfterAMatch = false
      }
      // Repeated, a piece that is both the start and the end of the item may have the item's next repetition on
      // one side: it keeps only the bounds it has inside.
      part.sets = part.sets.map { set in
        set.map { piece in
          guard piece.atStart && piece.atEnd else { return piece }
          return Piece(literal: Literal(piece.literal.bytes), atStart: false, atEnd: false)
        }
      }
      return .consuming(part)
    }

    /// The bytes of a literal character; `nil` for a non-ASCII cased letter when caseless, whose
    /// other case is other bytes.
    func literal(_ scalar: Unicode.Scalar) -> [UInt8]? {
      // Punctuation beyond ASCII (’, «) and the letters of scripts without case (密码, パスワード, 비밀번호) match only
      // themselves: case folding relates cased characters alone.
      if caseless && !scalar.isASCII && (scalar.properties.isCased || scalar.properties.changesWhenCaseMapped) { return nil }
      return Array(String(scalar).utf8)
    }

    static func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// An escape after `\`, consumed (`nil`: not understood).
    mutating func escape() -> Item? {
      guard let scalar = current else { return nil }
      position += 1
      switch scalar {
      case "d", "s", "h", "v", "R":
        // Digits and spaces: no letter.
        return .nonLetter
      case "n": return .character([0x0A])
      case "r": return .character([0x0D])
      case "t": return .character([0x09])
      case "f": return .character([0x0C])
      case "b": return .wordBoundary
      case "G" where scalars[position...].starts(with: #"(?<=\d)"#.unicodeScalars):
        position += 7
        return .continuation
      case "B", "A", "z", "Z", "G", "K": return .assertion
      case "p", "P", "x", "o", "N":
        skipArgument(of: scalar)
        return .other
      case "c":
        position += 1
        return .other
      case "g", "k", "Q", "E":
        return nil
      default:
        if ("0"..."9").contains(scalar) {
          // A backreference or an octal code.
          while let next = current, ("0"..."9").contains(next) { position += 1 }
          return .other
        }
        // Other letters are classes (\w, \S…); an escaped symbol stands for itself.
        if scalar.properties.isAlphabetic { return .other }
        return .character(literal(scalar))
      }
    }

    /// A class after `[`, consumed: whether none of its characters is an ASCII letter
    /// (`nil`: not understood).
    mutating func characterClass() -> Bool? {
      var negated = false
      if current == "^" {
        negated = true
        position += 1
      }
      var mayHoldLetter = negated
      var first = true
      while let scalar = current {
        if scalar == "]" && !first {
          position += 1
          return !mayHoldLetter
        }
        first = false
        position += 1
        switch scalar {
        case "\\":
          guard let escaped = current else { return nil }
          position += 1
          switch escaped {
          case "d", "s", "h", "v", "n", "r", "t", "f":
            break
          case "p", "P", "x", "o", "N":
            skipArgument(of: escaped)
            mayHoldLetter = true
          default:
            if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) { mayHoldLetter = true }
          }
        case "[" where current == ":":
          skip(to: "]")
          mayHoldLetter = true
        default:
          guard let upper = rangeEnd(from: scalar) else { return nil }
          if scalar.value <= 0x7A && upper.value >= 0x41 { mayHoldLetter = true }
          // Caseless, a non-ASCII character may fold to an ASCII letter (K, ſ).
          if caseless && (!scalar.isASCII || !upper.isASCII) { mayHoldLetter = true }
        }
      }
      return nil
    }

    /// Whether the class whose body starts at `start` (after its `[`) holds every ASCII letter, and
    /// where it ends (after its `]`).
    func classHoldsEveryLetter(from start: Int) -> (holds: Bool, end: Int) {
      var index = start
      guard index < scalars.count, scalars[index] != "^" else { return (false, start) }
      var lower = false
      var upper = false
      while index < scalars.count, scalars[index] != "]" || index == start {
        let scalar = scalars[index]
        index += 1
        if scalar == "\\", index < scalars.count {
          let escaped = scalars[index]
          index += 1
          switch escaped {
          case "w":
            (lower, upper) = (true, true)
          case "p":
            // \p{L}, \pL, \p{L&}, \p{Xan}, \p{Xwd}, \p{Latin}: every ASCII letter. \p{Lu} and \p{Ll} a case each.
            var name = ""
            if index < scalars.count, scalars[index] == "{" {
              index += 1
              while index < scalars.count, scalars[index] != "}" {
                name.unicodeScalars.append(scalars[index])
                index += 1
              }
              index += 1
            } else if index < scalars.count {
              name = String(scalars[index])
              index += 1
            }
            switch name {
            case "L", "L&", "Xan", "Xwd", "Latin", "Any": (lower, upper) = (true, true)
            case "Lu": upper = true
            case "Ll": lower = true
            default: break
            }
          case "x":
            if index < scalars.count, scalars[index] == "{" {
              while index < scalars.count, scalars[index] != "}" { index += 1 }
              index += 1
            }
          default:
            break
          }
          continue
        }
        if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
          let last = scalars[index + 1]
          index += 2
          if scalar <= "a" && last >= "z" { lower = true }
          if scalar <= "A" && last >= "Z" { upper = true }
          if caseless && ((scalar <= "a" && last >= "z") || (scalar <= "A" && last >= "Z")) { (lower, upper) = (true, true) }
        }
      }
      return (lower && upper, index + 1)
    }

    /// Whether the body of a negative lookaround starting at `start` is one class (or `\w`,
    /// `\p{L}`) that holds every ASCII letter: then it says no letter is on that side.
    func excludesEveryLetter(body start: Int) -> Bool {
      guard start < scalars.count else { return false }
      switch scalars[start] {
      case "[":
        let (holds, end) = classHoldsEveryLetter(from: start + 1)
        return holds && end < scalars.count && scalars[end] == ")"
      case "\\":
        guard start + 1 < scalars.count else { return false }
        switch scalars[start + 1] {
        case "w": return start + 2 < scalars.count && scalars[start + 2] == ")"
        case "p":
          let rest = String(String.UnicodeScalarView(scalars[(start + 2)...].prefix(7)))
          return rest.hasPrefix("{L})") || rest.hasPrefix("L)") || rest.hasPrefix("{L&})") || rest.hasPrefix("{Xan})")
            || rest.hasPrefix("{Xwd})") || rest.hasPrefix("{Latin})")
        default: return false
        }
      default:
        return false
      }
    }

    /// A group, its `(` at `open`, consumed with its body.
    mutating func group(at open: Int) -> Item? {
      let lookbehind = open + 2 < scalars.count && scalars[open + 1] == "?" && scalars[open + 2] == "<"
      guard let (header, read) = readGroup(at: open) else { return nil }
      guard let inner = read else { return .assertion }
      guard header.kind == .lookaround else { return .consuming(inner) }
      if header.isNegative {
        // (?<![\p{L}…]) and (?![\p{L}…]): no letter before or after; they require nothing.
        let excludesLetters = excludesEveryLetter(body: header.body)
        return .zeroWidth(
          sets: [], nonLetterBefore: excludesLetters && lookbehind, nonLetterAfter: excludesLetters && !lookbehind,
          lookbehind: lookbehind)
      }
      // A positive lookahead whose text starts with a space or digit ((?=[ \t]+\d)) says no letter follows.
      let nonLetterAfter = !lookbehind && inner.startsWithNonLetter && !inner.mayBeEmpty
      return .zeroWidth(sets: inner.sets, nonLetterBefore: false, nonLetterAfter: nonLetterAfter, lookbehind: lookbehind)
    }
  }
}

extension RequiredLiterals.Literal {
  /// An order among literals of the same bytes.
  fileprivate var rank: Int { (boundedBefore ? 2 : 0) + (boundedAfter ? 1 : 0) }
}
