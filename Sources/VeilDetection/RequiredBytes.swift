import VeilCore

/// Bytes a text must hold for a regular expression to match in it, read from its source.
///
/// The answer is a list of byte sets, all of which must be met: a text can hold a match only
/// if it holds a byte of every set. An email address needs `@` and `.`, an IPv6 address `:`,
/// a phone number or a date a digit. PCRE2's own start-up analysis knows only the last literal
/// byte of a match (the `.` of an email address, which every text has), and nothing about
/// `\d`; with these sets the prefilter skips the texts without an `@` or without a digit.
///
/// What counts, outside optional parts: a literal character, `\d`, a class of listed
/// characters (`[-./]`, `[0-9A-F]`), and the same inside positive lookarounds, which must
/// find their text too. Alternatives require the union of what each requires. The reading is
/// conservative: a construct it does not know makes it give up (no sets: the pattern is not
/// filtered); a class or escape it cannot list (`\w`, `\p{L}`, `[^…]`) just requires nothing.
public enum RequiredBytes {
  /// The byte sets every text holding a match of `source` meets, or none when nothing is
  /// known: at most `limit`, those a text most likely lacks (see `presence(of:)`), and none
  /// that nearly every text meets (a space, an `e`).
  ///
  /// - Parameters:
  ///   - source: PCRE2 source (not in extended mode).
  ///   - caseless: Whether the pattern is compiled caseless.
  ///   - unicodeDigits: Whether `\d` matches other scripts' digits (PCRE2's UCP).
  ///   - limit: The most sets kept.
  public static func of(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false, limit: Int = 4) -> [ByteSet] {
    worthChecking(all(source, caseless: caseless, unicodeDigits: unicodeDigits), limit: limit)
  }

  /// What a text needs for `source` to match in it, read in one pass over the source: the byte sets of `of`, the
  /// digits of `minimumDigits`, the run of `minimumRun`, the capitals of `minimumCapitals` and the pairs of
  /// `classPairs`.
  public static func requirements(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false, limit: Int = 4)
    -> (sets: [ByteSet], digits: Int, run: Int, capitals: Int, pairs: [UInt64])
  {
    let need = need(source, caseless: caseless, unicodeDigits: unicodeDigits)
    return (
      worthChecking(need.sets, limit: limit), need.digits, need.run.length, need.capitals.length,
      worthChecking(pairs: need.pairs, limit: limit)
    )
  }

  /// Pairs of byte classes (`ByteClasses`) a text holding a match of `source` has side by side: each mask is a
  /// choice, one of whose pairs the text holds (`TextProfile.classPairs`). A UK postcode's "M19 2LL" needs a capital
  /// before a digit, a digit before a space and a digit before a capital; a date's "12.05.2024" a digit before a
  /// period or a hyphen. At most `limit`, and none that nearly every text holds (a letter before a space).
  ///
  /// Read: two items side by side that each stand at least once (a lookaround or an anchor between them holds no
  /// text), each a character whose bytes are known or any byte, or a group whose every match holds a byte, and an
  /// item that stands twice or more next to itself. An optional item, a backreference or a group that may match
  /// nothing leaves its neighbours unpaired. Alternatives pair as byte sets do; a positive lookaround's own pairs
  /// count too.
  public static func classPairs(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false, limit: Int = 4)
    -> [UInt64]
  {
    worthChecking(pairs: need(source, caseless: caseless, unicodeDigits: unicodeDigits).pairs, limit: limit)
  }

  /// The pairs of classes nearly every text holds: letters and spaces side by side, a word before a period, a comma
  /// or a full stop before a space.
  static let commonPairs: UInt64 = {
    let (upper, lower, space, period, other) = (
      ByteClasses.upper, ByteClasses.lower, ByteClasses.space, ByteClasses.period, ByteClasses.other
    )
    return [
      (lower, lower), (lower, space), (space, lower), (upper, lower), (space, upper), (lower, period),
      (period, space), (lower, other), (other, space), (space, space),
    ].reduce(0) { $0 | ByteClasses.bit($1.0, $1.1) }
  }()

  /// At most `limit` of the pair choices `pairs`, the narrowest first, and none that a common pair meets.
  private static func worthChecking(pairs: [UInt64], limit: Int) -> [UInt64] {
    Array(Set(pairs.filter { $0 & commonPairs == 0 && $0 != 0 }).sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }.prefix(limit))
  }

  /// At most `limit` of `sets`, those a text most likely lacks, and none that nearly every text meets.
  private static func worthChecking(_ sets: [ByteSet], limit: Int) -> [ByteSet] {
    let ranked = sets.map { (set: $0, presence: presence(of: $0)) }
    return ranked.filter { $0.presence < 0.9 }.sorted { $0.presence < $1.presence }.prefix(limit).map(\.set)
  }

  /// Every byte set read from `source`, none implied by another (none when nothing is known).
  static func all(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false) -> [ByteSet] {
    need(source, caseless: caseless, unicodeDigits: unicodeDigits).sets
  }

  /// The fewest ASCII digits (0-9) a match of `source` holds: 10 for `\d{3}-\d{3}-\d{4}`, 0 when nothing is known.
  /// A chat message with a digit or two ("2 days", "order 5") cannot hold a phone number or a card number.
  ///
  /// Counted: a literal digit, `\d` (unless it matches other scripts' digits too), a class of digits only (`[2-9]`),
  /// times the fewest repetitions; the fewest of any alternative. Lookarounds and backreferences count none.
  public static func minimumDigits(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false) -> Int {
    need(source, caseless: caseless, unicodeDigits: unicodeDigits).digits
  }

  /// The longest run of token characters (`TextProfile.runBytes`: ASCII letters, digits, `+/=_-`) every match of
  /// `source` holds: 40 for an AWS secret key's `[A-Za-z0-9/+]{40}`, 0 when nothing is known. Chat words are short;
  /// keys, hashes and tokens are long runs.
  ///
  /// Read: consecutive characters of those bytes only, times their fewest repetitions; a lookaround or an option
  /// group between them does not end the run, anything else does (a group counts its own longest run); the
  /// shortest of any alternative.
  public static func minimumRun(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false) -> Int {
    need(source, caseless: caseless, unicodeDigits: unicodeDigits).run.length
  }

  /// The longest run of ASCII capitals (A-Z) every match of `source` holds, read as `minimumRun` reads its run: 2 for
  /// a US state's code after a preposition ("in NY"), 6 for a SWIFT code's bank and country, 0 when nothing is known
  /// or the letters may be in either case. A quarter of chat messages hold two capitals in a row.
  public static func minimumCapitals(_ source: String, caseless: Bool = false, unicodeDigits: Bool = false) -> Int {
    need(source, caseless: caseless, unicodeDigits: unicodeDigits).capitals.length
  }

  /// The ASCII capitals.
  public static let capitals = ByteSet(UInt8(ascii: "A")...UInt8(ascii: "Z"))

  private static func need(_ source: String, caseless: Bool, unicodeDigits: Bool) -> Need {
    guard RegexSource.isReadable(source) else { return Need() }
    var parser = Parser(scalars: Array(source.unicodeScalars), caseless: caseless, unicodeDigits: unicodeDigits)
    guard let need = parser.alternation(), parser.position == parser.scalars.count else { return Need() }
    return need
  }

  /// What every match of a part of a pattern needs.
  struct Need {
    /// Byte sets the text holds a byte of each of.
    var sets: [ByteSet] = []
    /// The fewest ASCII digits the match holds.
    var digits = 0
    /// The longest run of token characters (`TextProfile.runBytes`) the match holds.
    var run = Run()
    /// The longest run of ASCII capitals the match holds.
    var capitals = Run()
    /// Choices of pairs of byte classes the match holds side by side (one pair of each mask).
    var pairs: [UInt64] = []
    /// How the part meets the items beside it, for their pairs.
    var edges = Edges.opaque

    /// How a part meets the items beside it, for the pairs of byte classes it makes with them.
    enum Edges {
      /// It holds no text (a lookaround, an anchor, `(?i)`): its neighbours stand side by side.
      case zeroWidth
      /// Every match holds a byte, the first of one of the classes `first`, the last of one of `last`.
      case bytes(first: UInt8, last: UInt8)
      /// It may hold no text, or what it holds is not known (a backreference): its neighbours are not paired.
      case opaque
    }

    /// How a part of a pattern meets a run of characters of one kind that it stands in.
    enum Join {
      /// One character of the kind: the run goes on through it.
      case character
      /// No text (a lookaround, `(?i)`): the run goes on past it.
      case zeroWidth
      /// Anything else ends the run (it may hold a run of its own).
      case breaks
    }

    /// The longest run of characters of one kind a part holds, and how it meets the run around it.
    struct Run {
      var length = 0
      var joins = Join.breaks

      /// The run of one character of `bytes`, which is of the kind when all of them are in `kind`.
      init(character bytes: ByteSet?, of kind: ByteSet) {
        let isOfKind = bytes.map { !$0.isEmpty && $0.isSubset(of: kind) } == true
        (length, joins) = isOfKind ? (1, .character) : (0, .breaks)
      }

      init(length: Int = 0, joins: Join = .breaks) {
        self.length = length
        self.joins = joins
      }
    }

    /// The pairs of byte classes of a sequence, item by item, and how it meets its neighbours.
    struct PairsInSequence {
      var pairs: [UInt64] = []
      /// The classes of the first byte of every match, once an item that holds a byte has stood.
      private var first: UInt8?
      /// Whether an item that may hold nothing stood before that one (the first byte may then be any).
      private var unknownStart = false
      /// The classes of the last byte so far, when the next item stands right after it (`nil`: it does not).
      private var last: UInt8?
      /// Whether every item so far holds no text.
      private var zeroWidthSoFar = true

      /// Adds an item that stands `times` times at least.
      mutating func add(_ item: Need, times: Int) {
        if times > 0 { pairs += item.pairs }
        switch (item.edges, times) {
        case (.zeroWidth, _):
          return
        case (.bytes(let start, let end), 1...):
          if let last { pairs.append(ByteClasses.pairs(from: last, to: start)) }
          if times > 1 { pairs.append(ByteClasses.pairs(from: end, to: start)) }
          if first == nil { first = unknownStart ? ByteClasses.all : start }
          last = end
        default:
          last = nil
          if first == nil { unknownStart = true }
        }
        zeroWidthSoFar = false
      }

      /// How the whole sequence meets its neighbours.
      var edges: Edges {
        if zeroWidthSoFar { return .zeroWidth }
        guard let first else { return .opaque }
        return .bytes(first: first, last: last ?? ByteClasses.all)
      }
    }

    /// The runs of a sequence, item by item: the run going on and the longest one ended.
    struct RunInSequence {
      var current = 0
      var longest = 0

      /// Adds an item that stands `times` times at least.
      mutating func add(_ item: Run, times: Int) {
        switch item.joins {
        case .character:
          // Capped: a count this large already rules out every text that lacks it.
          current = min(current + min(times, 1_000), 1_000)
        case .zeroWidth:
          break
        case .breaks:
          longest = max(longest, current, times > 0 ? item.length : 0)
          current = 0
        }
      }

      /// The sequence's own run: the longest one, ended or going on.
      var result: Run { Run(length: max(longest, current)) }
    }

    /// What one character of `bytes` needs (`nil`: bytes that cannot be listed).
    init(character bytes: ByteSet?) {
      sets = bytes.map { [$0] } ?? []
      digits = bytes.map { !$0.isEmpty && $0.isSubset(of: RequiredBytes.digits) } == true ? 1 : 0
      run = Run(character: bytes, of: TextProfile.runBytes)
      capitals = Run(character: bytes, of: RequiredBytes.capitals)
      let classes = bytes.map(ByteClasses.of) ?? ByteClasses.all
      edges = .bytes(first: classes, last: classes)
    }

    init(
      sets: [ByteSet] = [], digits: Int = 0, run: Run = Run(), capitals: Run = Run(), pairs: [UInt64] = [],
      edges: Edges = .opaque
    ) {
      self.sets = sets
      self.digits = digits
      self.run = run
      self.capitals = capitals
      self.pairs = pairs
      self.edges = edges
    }

    /// A part that holds no text, which runs go on past.
    static let zeroWidth = Need(run: Run(joins: .zeroWidth), capitals: Run(joins: .zeroWidth), edges: .zeroWidth)

    /// `self`, meeting its neighbours as `edges` says.
    func meeting(_ edges: Edges) -> Need {
      var need = self
      need.edges = edges
      return need
    }
  }

  /// Roughly how likely a chat message of about a hundred bytes holds a byte of `set`.
  /// Only the order matters: it picks the sets worth checking, never whether a text is admitted.
  static func presence(of set: ByteSet) -> Double {
    var absent = 1.0
    for byte in UInt8(0)...UInt8(0x7F) where set.contains(byte) {
      absent *= 1 - presence(of: byte)
    }
    // One message in five holds non-ASCII text at all.
    let nonASCII = set.intersection(nonASCII).count
    absent *= 1 - 0.2 * Double(nonASCII) / 128
    return 1 - absent
  }

  private static func presence(of byte: UInt8) -> Double {
    switch byte {
    case 0x20: return 1
    case UInt8(ascii: "j"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "z"): return 0.1
    case UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"),
      UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "h"), UInt8(ascii: "r"):
      return 0.95
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return 0.8
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 0.15
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return 0.1
    case UInt8(ascii: "."), UInt8(ascii: ","): return 0.5
    default: return 0.05
    }
  }

  /// The ASCII digits.
  public static let digits = ByteSet(UInt8(ascii: "0")...UInt8(ascii: "9"))
  /// Every byte of a non-ASCII character.
  static let nonASCII = ByteSet(UInt8(0x80)...UInt8(0xFF))

  /// Sets of bytes, all required.
  enum Requirement {
    /// `sets` without a set that another implies (a text with a byte of {@} has one of {@, .}),
    /// smallest first.
    static func simplified(_ sets: [ByteSet]) -> [ByteSet] {
      var kept: [ByteSet] = []
      for set in sets.sorted(by: { $0.count < $1.count }) where !set.isEmpty {
        if !kept.contains(where: { $0.isSubset(of: set) }) { kept.append(set) }
      }
      return kept
    }

    /// What a choice between `alternatives` requires of pairs of byte classes: as `either` for byte sets, each
    /// mask of the first widened by the mask of each other alternative that widens it least.
    static func either(pairs alternatives: [[UInt64]]) -> [UInt64] {
      guard let first = alternatives.first, alternatives.allSatisfy({ !$0.isEmpty }) else { return [] }
      return Array(Set(first.map { mask in
        alternatives.dropFirst().reduce(mask) { union, masks in
          masks.map { union | $0 }.min { $0.nonzeroBitCount < $1.nonzeroBitCount }!
        }
      }))
    }

    /// How a choice between parts that meet their neighbours as `alternatives` do meets them.
    static func either(edges alternatives: [Need.Edges]) -> Need.Edges {
      var (first, last): (UInt8, UInt8) = (0, 0)
      var (zeroWidth, bytes) = (0, 0)
      for edges in alternatives {
        switch edges {
        case .zeroWidth: zeroWidth += 1
        case .bytes(let start, let end):
          bytes += 1
          (first, last) = (first | start, last | end)
        case .opaque: return .opaque
        }
      }
      if zeroWidth == alternatives.count { return .zeroWidth }
      return bytes == alternatives.count ? .bytes(first: first, last: last) : .opaque
    }

    /// What a choice between `alternatives` requires: for each set of the first, its union
    /// with the set of each other alternative that widens it least.
    static func either(_ alternatives: [[ByteSet]]) -> [ByteSet] {
      guard let first = alternatives.first, alternatives.allSatisfy({ !$0.isEmpty }) else { return [] }
      return simplified(
        first.map { set in
          alternatives.dropFirst().reduce(set) { union, sets in
            sets.map(union.union).min { $0.count < $1.count }!
          }
        })
    }
  }

  private struct Parser: RegexReader {
    let scalars: [Unicode.Scalar]
    var caseless: Bool
    let unicodeDigits: Bool
    var position = 0

    var digitBytes: ByteSet { unicodeDigits ? RequiredBytes.digits.union(RequiredBytes.nonASCII) : RequiredBytes.digits }

    /// Alternatives up to the `)` that closes the group (not consumed) or the end (`nil`: not understood).
    mutating func alternation() -> Need? {
      var alternatives: [Need] = []
      while true {
        guard let need = sequence() else { return nil }
        alternatives.append(need)
        guard current == "|" else {
          return Need(
            sets: Requirement.either(alternatives.map(\.sets)), digits: alternatives.map(\.digits).min() ?? 0,
            run: Need.Run(length: alternatives.map(\.run.length).min() ?? 0),
            capitals: Need.Run(length: alternatives.map(\.capitals.length).min() ?? 0),
            pairs: Requirement.either(pairs: alternatives.map(\.pairs)),
            edges: Requirement.either(edges: alternatives.map(\.edges)))
        }
        position += 1
      }
    }

    /// One alternative: what its items that are not optional require.
    mutating func sequence() -> Need? {
      var sets: [ByteSet] = []
      var digits = 0
      var (run, capitals) = (Need.RunInSequence(), Need.RunInSequence())
      var pairs = Need.PairsInSequence()
      while let scalar = current, scalar != "|", scalar != ")" {
        guard let item = item() else { return nil }
        let times = RegexSource.quantifierMinimum(in: scalars, at: &position)
        if times > 0 { sets += item.sets }
        // Capped: a count this large already rules out every text that lacks it.
        digits = min(digits + item.digits * min(times, 1_000), 1_000)
        run.add(item.run, times: times)
        capitals.add(item.capitals, times: times)
        pairs.add(item, times: times)
      }
      return Need(
        sets: Requirement.simplified(sets), digits: digits, run: run.result, capitals: capitals.result,
        pairs: pairs.pairs, edges: pairs.edges)
    }

    /// One atom or group: what every match of it requires (`nil`: not understood).
    mutating func item() -> Need? {
      guard let scalar = current else { return nil }
      position += 1
      switch scalar {
      case "\\":
        let escaped = current
        guard let bytes = escape(inClass: false) else { return nil }
        switch escaped {
        // Assertions hold no text: their neighbours stand side by side.
        case "b", "B", "A", "z", "Z", "G", "K": return Need(character: bytes).meeting(.zeroWidth)
        // A backreference may hold nothing, or several bytes.
        case "g", "k", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0": return Need(character: bytes).meeting(.opaque)
        default: return Need(character: bytes)
        }
      case "[": return characterClass().map(Need.init(character:))
      case "(": return group(at: position - 1)
      case ".": return Need(character: nil)
      case "^", "$": return Need(edges: .zeroWidth)
      default: return Need(character: literal(scalar))
      }
    }

    /// The bytes a literal character may be in the text: both cases of an ASCII letter when
    /// caseless (and the first byte of K or ſ, which fold to k and s); `nil` for a non-ASCII
    /// letter when caseless, whose other cases are other bytes.
    func literal(_ scalar: Unicode.Scalar) -> ByteSet? {
      guard scalar.isASCII else {
        if caseless { return nil }
        return ByteSet([Array(String(scalar).utf8)[0]])
      }
      let byte = UInt8(scalar.value)
      return caseless ? Self.folded(ByteSet([byte])) : ByteSet([byte])
    }

    /// `set` with the other case of its ASCII letters, and the first byte of the Kelvin sign
    /// and of the long s if it holds k or s.
    static func folded(_ set: ByteSet) -> ByteSet {
      var folded = set
      for byte in UInt8(ascii: "a")...UInt8(ascii: "z") where set.contains(byte) || set.contains(byte - 32) {
        folded.insert(byte)
        folded.insert(byte - 32)
      }
      if folded.contains(UInt8(ascii: "k")) { folded.insert(0xE2) }
      if folded.contains(UInt8(ascii: "s")) { folded.insert(0xC5) }
      return folded
    }

    /// An escape after `\`, consumed: the bytes it matches when they can be listed (`\d`, an
    /// escaped symbol, `\n`), `.some(nil)` for one that cannot (`\w`, `\p{L}`, `\b`, a
    /// backreference), `nil` when it is not understood.
    mutating func escape(inClass: Bool) -> ByteSet?? {
      guard let scalar = current else { return nil }
      position += 1
      switch scalar {
      case "d": return .some(digitBytes)
      case "n": return .some(ByteSet([0x0A]))
      case "r": return .some(ByteSet([0x0D]))
      case "t": return .some(ByteSet([0x09]))
      case "f": return .some(ByteSet([0x0C]))
      case "p", "P", "x", "o", "N":
        skipArgument(of: scalar)
        return .some(nil)
      case "g", "k":
        // Backreferences: \g{1} \g1 \k<name> \k'name' \k{name}.
        switch current {
        case "{": skip(to: "}")
        case "<": skip(to: ">")
        case "'":
          position += 1
          skip(to: "'")
        default:
          while let next = current, next == "-" || next == "+" || ("0"..."9").contains(next) { position += 1 }
        }
        return .some(nil)
      case "c":
        position += 1
        return .some(nil)
      case "Q", "E":
        return nil
      default:
        if ("0"..."9").contains(scalar) {
          // \1 (a backreference) or \0 (octal): nothing listed.
          if !inClass { while let next = current, ("0"..."9").contains(next) { position += 1 } }
          return .some(nil)
        }
        // Every other letter is a class or an assertion (\w, \s, \b, \K…); the rest stand for themselves.
        if scalar.properties.isAlphabetic { return .some(nil) }
        return .some(literal(scalar))
      }
    }

    /// A class after `[`, consumed: the bytes its characters may be when they can be listed,
    /// `.some(nil)` when they cannot (a negated class, `\w`, a POSIX class, a non-ASCII
    /// character when caseless), `nil` when it is not understood.
    mutating func characterClass() -> ByteSet?? {
      var listed = current != "^"
      if current == "^" { position += 1 }
      var bytes = ByteSet()
      var first = true
      while let scalar = current {
        if scalar == "]" && !first {
          position += 1
          return .some(listed ? (caseless ? Self.folded(bytes) : bytes) : nil)
        }
        first = false
        position += 1
        switch scalar {
        case "\\":
          guard let escaped = escape(inClass: true) else { return nil }
          if let escaped { bytes.formUnion(escaped) } else { listed = false }
        case "[" where current == ":":
          // A POSIX class such as [:alpha:].
          skip(to: "]")
          listed = false
        default:
          guard let upper = rangeEnd(from: scalar) else { return nil }
          guard scalar.isASCII, upper.isASCII else {
            // A non-ASCII character is some non-ASCII bytes; caseless, it may fold to ASCII.
            if caseless { listed = false }
            if scalar.isASCII { for value in scalar.value...0x7F { bytes.insert(UInt8(value)) } }
            bytes.formUnion(RequiredBytes.nonASCII)
            continue
          }
          if scalar.value <= upper.value {
            for value in scalar.value...upper.value { bytes.insert(UInt8(value)) }
          }
        }
      }
      return nil
    }

    /// A group, its `(` at `open`, consumed.
    mutating func group(at open: Int) -> Need? {
      guard let (header, inner) = readGroup(at: open) else { return nil }
      guard let inner else { return .zeroWidth }
      guard header.kind == .lookaround else { return inner }
      // A positive lookaround must find its text in the text too, a negative one requires nothing; neither is part
      // of the match, whose digits and runs it may share.
      var need = Need.zeroWidth
      need.sets = header.isNegative ? [] : inner.sets
      need.pairs = header.isNegative ? [] : inner.pairs
      return need
    }
  }
}
