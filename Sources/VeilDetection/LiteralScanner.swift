import VeilCore

/// Finds which of many literal sets a text meets, in one pass over its bytes (an Aho-Corasick
/// automaton over the literals of every set, ASCII letters folded to lowercase, each run of
/// spaces and tabs read as one space, as `RequiredLiterals` writes them).
///
/// The patterns of a catalog need words such as "street", "years old" or a month name; asked
/// one by one, each would search the text again. The scanner searches once for all of them
/// and answers with a bit per set, so that a pattern whose words a text lacks never runs there.
///
/// For the sets a pattern starts with (`PatternTrigger.anchor`), the scan also notes where in
/// the text each literal starts: the pattern is then tried at those places only.
///
/// A class: the analyzer shares one among its copies (its tables are large and never change).
public final class LiteralScanner: Sendable {
  /// The sets, in slot order.
  public let sets: [RequiredLiterals.LiteralSet]
  /// Each set's slot.
  private let slots: [RequiredLiterals.LiteralSet: Int]
  /// The distinct literals.
  private let literals: [RequiredLiterals.Literal]
  /// For each literal, the slots of the sets that hold it.
  private let setsOfLiteral: [[Int]]
  /// For each literal, the range of `startSlotList` that holds the slots of its sets whose starts are noted.
  private let startSlotsOfLiteral: [Range<Int>]
  /// The slots `startSlotsOfLiteral` refers to.
  private let startSlotList: [Int32]
  /// The slots of the sets whose starts are noted.
  private let startSlots: Set<Int>
  /// The class of each byte (0: in no literal), after ASCII lowercasing.
  private let classes: [UInt8]
  /// The number of byte classes.
  private let classCount: Int
  /// `transitions[state * classCount + class]`: the next state, with `hasOutput` set when literals end there.
  private let transitions: [UInt16]
  /// The bit of a transition that says literals end in its state.
  private static let hasOutput: UInt16 = 0x8000
  /// For each state, the literals that end there (including those of its suffixes), as a range of `outputs`.
  private let outputRanges: [Range<Int>]
  private let outputs: [Int]

  /// How many bytes of a text the scan remembers (a power of two): enough to look behind any literal.
  static let historyLength = 256

  /// The 64-bit words a text's answer takes.
  public var wordsPerText: Int { (sets.count + 63) / 64 }

  /// A scanner for `sets` (duplicates count once), which also notes where the literals of the sets `startsOf` start.
  public init(
    sets: some Sequence<RequiredLiterals.LiteralSet>, startsOf anchors: some Sequence<RequiredLiterals.LiteralSet> = []
  ) {
    var ordered: [RequiredLiterals.LiteralSet] = []
    var slots: [RequiredLiterals.LiteralSet: Int] = [:]
    // A literal is looked behind through a ring of `historyLength` bytes: longer ones are not looked for.
    for set in Array(sets) + Array(anchors)
    where slots[set] == nil && set.literals.allSatisfy({ $0.bytes.count < Self.historyLength }) {
      slots[set] = ordered.count
      ordered.append(set)
    }
    let anchorSlots = Set(anchors.compactMap { slots[$0] })
    var literalIndex: [RequiredLiterals.Literal: Int] = [:]
    var literals: [RequiredLiterals.Literal] = []
    var setsOfLiteral: [[Int]] = []
    for (slot, set) in ordered.enumerated() {
      for literal in set.literals where !literal.bytes.isEmpty {
        if literalIndex[literal] == nil {
          literalIndex[literal] = literals.count
          literals.append(literal)
          setsOfLiteral.append([])
        }
        setsOfLiteral[literalIndex[literal]!].append(slot)
      }
    }
    // Byte classes: one per byte that occurs in a literal.
    var classes = [UInt8](repeating: 0, count: 256)
    var classCount = 1
    for literal in literals {
      for byte in literal.bytes where classes[Int(byte)] == 0 {
        classes[Int(byte)] = UInt8(classCount)
        classCount += 1
      }
    }
    // A byte in no literal still needs ASCII folding to reach its class: fold upper-case letters.
    for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(byte)] = classes[Int(byte | 0x20)] }
    // The trie.
    var children: [[Int: Int]] = [[:]]
    var ends: [[Int]] = [[]]
    for (index, literal) in literals.enumerated() {
      var state = 0
      for byte in literal.bytes {
        let symbol = Int(classes[Int(byte)])
        if let next = children[state][symbol] {
          state = next
        } else {
          children.append([:])
          ends.append([])
          children[state][symbol] = children.count - 1
          state = children.count - 1
        }
      }
      ends[state].append(index)
    }
    precondition(children.count < Int(Self.hasOutput), "too many literal states")
    // Breadth first: failure links, then every transition filled in.
    var transitions = [UInt16](repeating: 0, count: children.count * classCount)
    var failure = [Int](repeating: 0, count: children.count)
    var queue: [Int] = []
    for symbol in 0..<classCount {
      if let child = children[0][symbol] {
        transitions[symbol] = UInt16(child)
        queue.append(child)
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      ends[state] += ends[failure[state]]
      for symbol in 0..<classCount {
        let fallback = Int(transitions[failure[state] * classCount + symbol])
        if let child = children[state][symbol] {
          failure[child] = fallback
          transitions[state * classCount + symbol] = UInt16(child)
          queue.append(child)
        } else {
          transitions[state * classCount + symbol] = UInt16(fallback)
        }
      }
    }
    var startSlotList: [Int32] = []
    startSlotsOfLiteral = setsOfLiteral.map { slots in
      let first = startSlotList.count
      startSlotList += slots.filter(anchorSlots.contains).map { Int32($0) }
      return first..<startSlotList.count
    }
    self.startSlotList = startSlotList
    startSlots = anchorSlots
    var outputs: [Int] = []
    var outputRanges: [Range<Int>] = []
    for state in ends.indices {
      let start = outputs.count
      outputs += ends[state]
      outputRanges.append(start..<outputs.count)
    }
    for index in transitions.indices where !ends[Int(transitions[index])].isEmpty { transitions[index] |= Self.hasOutput }
    self.sets = ordered
    self.slots = slots
    self.literals = literals
    self.setsOfLiteral = setsOfLiteral
    self.classes = classes
    self.classCount = classCount
    self.transitions = transitions
    self.outputRanges = outputRanges
    self.outputs = outputs
  }

  /// The slot of `set` when the scanner notes where its literals start (see `LiteralStarts`), or `nil`.
  public func startSlot(of set: RequiredLiterals.LiteralSet) -> Int? {
    slots[set].flatMap { startSlots.contains($0) ? $0 : nil }
  }

  /// The slot of `set`, if the scanner looks for it.
  public func slot(of set: RequiredLiterals.LiteralSet) -> Int? { slots[set] }

  /// Which sets each of `texts` meets.
  ///
  /// - Parameter present: The bytes that occur in each text (its `TextProfile`); read from the texts when not given.
  public func presence(in texts: [[UInt8]], present: [ByteSet]? = nil) -> LiteralPresence {
    scan(texts, present: present).presence
  }

  /// Which sets each of `texts` meets, and where the literals of the sets whose starts it notes start (`nil` when
  /// it notes none).
  ///
  /// - Parameter present: The bytes that occur in each text (its `TextProfile`); read from the texts when not given.
  public func scan(
    _ texts: [[UInt8]], present: [ByteSet]? = nil
  ) -> (presence: LiteralPresence, starts: LiteralStarts?) {
    let words = max(1, wordsPerText)
    var bits = [UInt64](repeating: 0, count: texts.count * words)
    // Where the noted literals start: each text's range of `entries`, and the texts where that is not known.
    var (ranges, entries, unknown) = ([Range<Int>](), [(slot: Int32, start: Int32)](), Set<Int>())
    if !startSlots.isEmpty { ranges.reserveCapacity(texts.count) }
    bits.withUnsafeMutableBufferPointer { bits in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.historyLength) { history in
        for (index, text) in texts.enumerated() {
          let first = entries.count
          let known = text.withUnsafeBufferPointer { bytes in
            scan(
              bytes, present: present?[index] ?? ByteSet(of: text),
              into: UnsafeMutableBufferPointer(rebasing: bits[index * words..<(index + 1) * words]),
              history: history, starts: &entries)
          }
          if !startSlots.isEmpty {
            ranges.append(first..<entries.count)
            if !known { unknown.insert(index) }
          }
        }
      }
    }
    return (
      LiteralPresence(wordsPerText: words, bits: bits),
      startSlots.isEmpty ? nil : LiteralStarts(ranges: ranges, entries: entries, unknown: unknown)
    )
  }

  /// Sets the bit of each set that `text` meets in `bits` (`wordsPerText` words, cleared by the caller), and
  /// appends to `starts` where the literals of the sets whose starts are noted start; returns whether those are
  /// known.
  ///
  /// - Parameters:
  ///   - present: The bytes that occur in the text (its `TextProfile`).
  ///   - history: A ring of `historyLength` bytes: the text's last bytes as literals are written.
  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, present: ByteSet, into bits: UnsafeMutableBufferPointer<UInt64>,
    history: UnsafeMutableBufferPointer<UInt8>, starts: inout [(slot: Int32, start: Int32)]
  ) -> Bool {
    // A caseless "k" or "s" also matches the Kelvin sign (E2 84 AA) and the long s (C5 BF), which no search
    // for ASCII letters sees: a text with either meets every set, and where its literals start is not known.
    if (present.contains(0xC5) || present.contains(0xE2)) && Self.holdsKelvinOrLongS(text) {
      for slot in sets.indices { bits[slot >> 6] |= 1 << UInt64(slot & 63) }
      return false
    }
    classes.withUnsafeBufferPointer { classes in
      transitions.withUnsafeBufferPointer { transitions in
        var state = 0
        // The text as literals are written: each run of spaces and tabs one space, its last bytes kept in a ring
        // so that a literal's start can be looked behind (whatever the text's length: no copy of it).
        let mask = Self.historyLength - 1
        var kept = 0
        for position in 0..<text.count {
          var byte = text[position]
          if byte == 0x09 { byte = 0x20 }
          if byte == 0x20 && kept > 0 && history[(kept - 1) & mask] == 0x20 { continue }
          history[kept & mask] = byte
          kept += 1
          let next = transitions[state &* classCount &+ Int(classes[Int(byte)])]
          state = Int(next & ~Self.hasOutput)
          guard next & Self.hasOutput != 0 else { continue }
          for output in outputRanges[state] {
            let literal = outputs[output]
            let length = literals[literal].bytes.count
            if literals[literal].boundedBefore, kept > length, Self.isLetter(history[(kept - length - 1) & mask]) { continue }
            // Only spaces are dropped: whether a letter follows is read from the text itself.
            if literals[literal].boundedAfter, position + 1 < text.count, Self.isLetter(text[position + 1]) { continue }
            for slot in setsOfLiteral[literal] { bits[slot >> 6] |= 1 << UInt64(slot & 63) }
            let noted = startSlotsOfLiteral[literal]
            if !noted.isEmpty {
              let start = Int32(
                truncatingIfNeeded: Self.start(of: literals[literal].bytes, endingAt: position, in: text))
              for index in noted { starts.append((startSlotList[index], start)) }
            }
          }
        }
      }
    }
    // Offsets are kept in 32 bits: beyond, where a literal starts is not known.
    return text.count <= Int(Int32.max)
  }

  /// Where in `text` the literal `bytes` that ends at `end` starts: `end + 1 - bytes.count`, unless the text has more
  /// spaces and tabs than the literal where it has one.
  static func start(of bytes: [UInt8], endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    guard bytes.contains(0x20) else { return end + 1 - bytes.count }
    var position = end
    for byte in bytes.reversed() {
      if byte == 0x20 {
        // The run of spaces and tabs the literal's one space stands for.
        while position > 0, text[position - 1] == 0x20 || text[position - 1] == 0x09 { position -= 1 }
      }
      position -= 1
    }
    return position + 1
  }

  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  private static func holdsKelvinOrLongS(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count >= 2 else { return false }
    for position in 0..<(text.count - 1) {
      let byte = text[position]
      if byte == 0xC5 && text[position + 1] == 0xBF { return true }
      if byte == 0xE2 && position + 2 < text.count && text[position + 1] == 0x84 && text[position + 2] == 0xAA { return true }
    }
    return false
  }
}
