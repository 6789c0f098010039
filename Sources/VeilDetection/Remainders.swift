import VeilCore

/// Keeps the rest of a person's name or an address that another reading took part of.
///
/// Settling overlaps keeps one reading of each stretch of text. When a place, an organization or a code takes the
/// start or the end of a longer name or address, its other words were left in the clear:
///
/// ```
/// Maria do Espírito Santo Silva ligou ontem.
///          LOCATION ──────  (a Brazilian state, kept: longer than "Santo Silva")
///                  PERSON ──────────  (dropped, and "Silva" with it)
///
/// Hospital Universitario de Albacete Hermanos Falcó, s/n
/// ORGANIZATION ───────────────────────  (kept: longer than the street line)
///                            ADDRESS ───────────────────  (dropped, and "Hermanos Falcó, s/n" with it)
/// ```
///
/// After the overlaps are settled, each name or address that lost to readings covering only part of it keeps the
/// words outside them, as a finding of its own that says so. Privacy first: a recognizer read those words as one.
enum Remainders {
  /// The entities whose rest is kept.
  static let entities: Set<EntityType> = [.person, .address]

  /// `kept` (settled: sorted and not overlapping) with the uncovered words of each person's name or address among
  /// `candidates` that readings in `kept` partly cover.
  static func completed(_ kept: [Finding], candidates: [Finding], in text: [UInt8]) -> [Finding] {
    // Nothing lost: nothing to keep.
    guard !kept.isEmpty, candidates.count > kept.count else { return kept }
    var pieces: [Finding] = []
    for name in candidates where entities.contains(name.entity) {
      // The readings kept over the name: `kept` is sorted and its readings do not overlap, so they are the run that
      // starts at the first one ending after the name's start.
      var first = lowerBound(in: kept, endingAfter: name.range.lowerBound)
      var covering: [Finding] = []
      while first < kept.count, kept[first].range.lowerBound < name.range.upperBound {
        covering.append(kept[first])
        first += 1
      }
      // Kept itself, or inside one reading: none of its words is left in the clear.
      guard !covering.isEmpty, !covering.contains(where: { $0.range.contains(name.range) }) else { continue }
      // "Ronald Reagan Washington National Airport": a reading that goes on past the name's end makes the name the
      // start of a longer one, a namesake's; its words stay a name only when a title or a cue said so (0.9 and more:
      // "Dr. Manuel Estrada Sarmiento. Máximo Gómez 6", whose street took the surname).
      if name.entity == .person, covering.contains(where: { $0.range.upperBound > name.range.upperBound }),
        name.score < 0.9
      {
        continue
      }
      var start = name.range.lowerBound
      var gaps: [Range<Int>] = []
      for reading in covering {
        if reading.range.lowerBound > start { gaps.append(start..<reading.range.lowerBound) }
        start = max(start, reading.range.upperBound)
      }
      if start < name.range.upperBound { gaps.append(start..<name.range.upperBound) }
      for gap in gaps {
        guard let words = trimmed(gap, in: text, digitsOpen: name.entity == .address) else { continue }
        var explanation = name.explanation
        let others = covering.map { "\($0.entity) (\($0.explanation.recognizer))" }.joined(separator: ", ")
        let what = name.entity == .person ? "a name" : "an address"
        explanation.notes.append("the rest of \(what) that \(others) took part of")
        pieces.append(Finding(entity: name.entity, range: words, score: name.score, explanation: explanation))
      }
    }
    guard !pieces.isEmpty else { return kept }
    // Two pieces of one gap overlap (two names', or a name's and an address's): the gap's words are kept once, as far
    // as either reaches, as the first piece's entity.
    pieces.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.score > $1.score }
    var merged: [Finding] = []
    for piece in pieces {
      if let last = merged.last, piece.range.lowerBound < last.range.upperBound {
        merged[merged.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, piece.range.upperBound)
      } else {
        merged.append(piece)
      }
    }
    return (kept + merged).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The index of the first of `findings` (sorted, not overlapping) that ends after `offset`.
  private static func lowerBound(in findings: [Finding], endingAfter offset: Int) -> Int {
    findings.partitioningIndex { $0.range.upperBound > offset }
  }

  /// `piece` without the spaces and punctuation around it, when what is left starts with a capital letter (ASCII or
  /// not), or a digit where `digitsOpen` (an address's house number), and is two bytes or more: a connector ("do",
  /// "de") or a comma is no name.
  static func trimmed(_ piece: Range<Int>, in text: [UInt8], digitsOpen: Bool = false) -> Range<Int>? {
    var (start, end) = (piece.lowerBound, piece.upperBound)
    while start < end, isSpaceOrPunctuation(text[start]) { start += 1 }
    while end > start, isSpaceOrPunctuation(text[end - 1]) { end -= 1 }
    guard end - start >= 2 else { return nil }
    // "John F": a piece that ends in an initial is what is left of a longer name.
    if text[end - 2] == 0x20, text[end - 1] >= UInt8(ascii: "A"), text[end - 1] <= UInt8(ascii: "Z") {
      return nil
    }
    let first = text[start]
    let digit = digitsOpen && first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    guard (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first >= 0xC0 || digit else { return nil }
    return start..<end
  }

  private static func isSpaceOrPunctuation(_ byte: UInt8) -> Bool {
    byte < 0x80 && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      && !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
  }
}
