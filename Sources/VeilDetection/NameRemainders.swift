import VeilCore

/// Keeps the rest of a person's name that another reading took part of.
///
/// Settling overlaps keeps one reading of each stretch of text. When a place, an organization or a code takes the
/// start or the end of a longer name, the name's other words were left in the clear:
///
/// ```
/// Maria do Espírito Santo Silva ligou ontem.
///          LOCATION ──────  (a Brazilian state, kept: longer than "Santo Silva")
///                  PERSON ──────────  (dropped, and "Silva" with it)
/// ```
///
/// After the overlaps are settled, each name that lost to readings covering only part of it keeps the words outside
/// them, as a finding of its own that says so. Privacy first: a recognizer read those words as a name.
enum NameRemainders {
  /// `kept` (settled: sorted and not overlapping) with the uncovered words of each person's name among `candidates`
  /// that readings in `kept` partly cover.
  static func completed(_ kept: [Finding], candidates: [Finding], in text: [UInt8]) -> [Finding] {
    // Nothing lost: nothing to keep.
    guard !kept.isEmpty, candidates.count > kept.count else { return kept }
    let losers = candidates.filter { $0.entity == .person }.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.range.count > $1.range.count
    }
    var settled = kept
    var added = false
    for name in losers {
      let covering = settled.filter { $0.range.overlaps(name.range) }
      // Kept itself, or inside one reading: none of its words is left in the clear.
      guard !covering.isEmpty, !covering.contains(where: { $0.range.contains(name.range) }) else {
        continue
      }
      // "Ronald Reagan Washington National Airport": a reading that goes on past the name's end makes the name the
      // start of a longer one, a namesake's; its words stay a name only when a title or a cue said so (0.9 and more:
      // "Dr. Manuel Estrada Sarmiento. Máximo Gómez 6", whose street took the surname).
      if covering.contains(where: { $0.range.upperBound > name.range.upperBound }), name.score < 0.9 { continue }
      var start = name.range.lowerBound
      var pieces: [Range<Int>] = []
      for reading in covering.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
        if reading.range.lowerBound > start { pieces.append(start..<reading.range.lowerBound) }
        start = max(start, reading.range.upperBound)
      }
      if start < name.range.upperBound { pieces.append(start..<name.range.upperBound) }
      for piece in pieces {
        guard let words = trimmed(piece, in: text) else { continue }
        var explanation = name.explanation
        let others = covering.map { "\($0.entity) (\($0.explanation.recognizer))" }.joined(separator: ", ")
        explanation.notes.append("the rest of a name that \(others) took part of")
        settled.append(Finding(entity: .person, range: words, score: name.score, explanation: explanation))
        added = true
      }
    }
    return added ? settled.sorted { $0.range.lowerBound < $1.range.lowerBound } : kept
  }

  /// `piece` without the spaces and punctuation around it, when what is left starts with a capital letter (ASCII or
  /// not) and is two bytes or more: a connector ("do", "de") or a comma is no name.
  static func trimmed(_ piece: Range<Int>, in text: [UInt8]) -> Range<Int>? {
    var (start, end) = (piece.lowerBound, piece.upperBound)
    while start < end, isSpaceOrPunctuation(text[start]) { start += 1 }
    while end > start, isSpaceOrPunctuation(text[end - 1]) { end -= 1 }
    guard end - start >= 2 else { return nil }
    // "John F": a piece that ends in an initial is what is left of a longer name.
    if end - start >= 2, text[end - 2] == 0x20, text[end - 1] >= UInt8(ascii: "A"), text[end - 1] <= UInt8(ascii: "Z") {
      return nil
    }
    let first = text[start]
    guard (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first >= 0xC0 else { return nil }
    return start..<end
  }

  private static func isSpaceOrPunctuation(_ byte: UInt8) -> Bool {
    byte < 0x80 && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      && !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
  }
}
