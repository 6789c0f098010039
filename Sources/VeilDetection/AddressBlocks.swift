import VeilCore

/// Finds the units, region and postal codes, and the unlisted towns, on the lines of a postal address that follow its
/// street line.
///
/// Written over several lines, the street line is an address, the town and the country are places, and the codes,
/// units and towns no rule reports between and after them were left in the clear:
///
/// ```
/// 6750 Koskikatu 25 Apt. 864      ADDRESS
/// Artilleros                      LOCATION
/// , CO                            ADDRESS (a region code)
///  Uruguay 64677                  LOCATION, then ADDRESS (a postal code)
///
/// 233 Erzsébet tér 19.            ADDRESS
///  Suite 282                      ADDRESS (a unit)
///  Domoszló                       LOCATION (a town's line before a place or a code)
///  Hungary 34796                  LOCATION, then ADDRESS
/// ```
///
/// After the findings are settled, each address is followed along the places and pieces after it (and nothing else),
/// and its pieces become findings of their own. (A postal code before its town, "28013 Madrid", is a place that
/// `postal_code` reports.)
enum AddressBlocks {
  /// The most pieces (a place, a unit, a region code, a postal code, a town) followed after one address.
  static let maximumPieces = 6
  /// How far past the street line the pieces may reach, in bytes.
  static let maximumReach = 240

  /// `findings` (settled: sorted and not overlapping) with the codes, units and towns among the pieces that follow
  /// each address.
  static func completed(_ findings: [Finding], in text: [UInt8]) -> [Finding] {
    guard findings.contains(where: { $0.entity == .address }) else { return findings }
    var completed: [Finding] = []
    completed.reserveCapacity(findings.count)
    var next = 0
    while next < findings.count {
      let street = findings[next]
      completed.append(street)
      next += 1
      guard street.entity == .address else { continue }
      var end = street.range.upperBound
      let limit = min(text.count, end + maximumReach)
      // A region code comes before its postal code, never right after one ("CP: 150000 COP" is a price).
      var afterPostalCode = text[street.range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D }
      for _ in 0..<maximumPieces {
        guard let start = pieceStart(after: end, in: text, limit: limit) else { break }
        if next < findings.count, findings[next].range.lowerBound == start,
          findings[next].entity == .location || findings[next].entity == .address, findings[next].range.upperBound <= limit
        {
          end = findings[next].range.upperBound
          completed.append(findings[next])
          afterPostalCode = false
          next += 1
          continue
        }
        guard next >= findings.count || findings[next].range.lowerBound > start else { break }
        let pieceLimit = next < findings.count ? findings[next].range.lowerBound : limit
        let onItsOwnLine = text[end..<start].contains(0x0A)
        let piece: (kind: PieceKind, end: Int)
        if let codeEnd = codeEnd(
          at: start, in: text, limit: pieceLimit, onItsOwnLine: onItsOwnLine && !text[end..<start].contains(0x2C),
          regionCodeAllowed: !afterPostalCode)
        {
          piece = (.code, codeEnd)
        } else if let unitEnd = unitEnd(at: start, in: text, limit: pieceLimit) {
          piece = (.unit, unitEnd)
        } else if onItsOwnLine, let townEnd = townLineEnd(at: start, in: text, limit: pieceLimit),
          let following = pieceStart(after: townEnd, in: text, limit: limit),
          next < findings.count && findings[next].range.lowerBound == following && findings[next].entity == .location
            || codeEnd(at: following, in: text, limit: limit, onItsOwnLine: true, regionCodeAllowed: false) != nil
        {
          // "Domoszló" between a street's lines and "Hungary 34796": a town no gazetteer lists, on a line of its own
          // between the street and a place or a postal code.
          piece = (.town, townEnd)
        } else {
          break
        }
        completed.append(piece.kind.finding(start..<piece.end, after: street))
        afterPostalCode = piece.kind == .code && text[piece.end - 1] >= 0x30 && text[piece.end - 1] <= 0x39
        end = piece.end
      }
    }
    return completed
  }

  /// What a piece of an address that no rule reported is: a region or postal code, a unit, or a town's line.
  private enum PieceKind {
    case code, unit, town

    /// The piece's finding, scored and explained after the address's street.
    func finding(_ range: Range<Int>, after street: Finding) -> Finding {
      let (entity, pattern, note): (EntityType, String, String) =
        switch self {
        case .code: (.address, "code after an address", "a region or postal code on the lines of the address before it")
        case .unit: (.address, "unit after an address", "a flat, suite or unit on the lines of the address before it")
        case .town:
          (.location, "town line of an address", "a line of capitalized words between an address's street and a place or postal code")
        }
      let explanation = Explanation(
        recognizer: street.explanation.recognizer, pattern: pattern, baseScore: street.score, notes: [note])
      return Finding(entity: entity, range: range, score: street.score, explanation: explanation)
    }
  }

  /// Where the next piece starts after position `end`: past spaces, tabs and a comma, and at most one line break (with
  /// the quote marks of a quoted reply), or a period that ends the line; `nil` when there is no separator, a blank
  /// line, a period that ends a sentence ("12 Oak Road. London is..."), or the limit.
  private static func pieceStart(after end: Int, in text: [UInt8], limit: Int) -> Int? {
    var position = end
    var breaks = 0
    var separated = false
    var period = false
    while position < limit {
      switch text[position] {
      case 0x20, 0x09, 0x2C, 0x0D:
        separated = true
      case 0x2E where breaks == 0 && !period:
        period = true
        separated = true
      case 0x0A:
        breaks += 1
        guard breaks == 1 else { return nil }
        separated = true
      case 0x3E where breaks == 1:
        break
      default:
        return separated && !(period && breaks == 0) ? position : nil
      }
      position += 1
    }
    return nil
  }

  /// The end of a unit ("Suite 282", "Apt. 762", "Flat 3B", "Unit #12") at `start` that ends its line or comes
  /// before a comma; `nil` for anything else.
  private static func unitEnd(at start: Int, in text: [UInt8], limit: Int) -> Int? {
    var position = start
    while position < limit, text[position] >= 0x41 && text[position] <= 0x5A || text[position] >= 0x61 && text[position] <= 0x7A {
      position += 1
    }
    let word = String(decoding: text[start..<position], as: UTF8.self).lowercased()
    guard unitWords.contains(word) else { return nil }
    if position < limit, text[position] == 0x2E { position += 1 }
    while position < limit, text[position] == 0x20 || text[position] == 0x09 { position += 1 }
    if position < limit, text[position] == 0x23 { position += 1 }
    let digits = position
    while position < limit, text[position] >= 0x30 && text[position] <= 0x39 { position += 1 }
    guard (1...5).contains(position - digits) else { return nil }
    if position < limit, text[position] >= 0x41 && text[position] <= 0x5A { position += 1 }
    // The unit ends its line, or a comma follows it ("Room 5 is mine" is no unit).
    var after = position
    while after < text.count, text[after] == 0x20 || text[after] == 0x09 { after += 1 }
    guard after == text.count || [0x0A, 0x0D, 0x2C].contains(text[after]) else { return nil }
    return position
  }

  /// The end of a town's line at `start`: one to four words, each opening with a capital (or a letter beyond ASCII),
  /// of letters, hyphens, apostrophes and periods, alone on their line and at most 40 bytes; `nil` for anything else.
  private static func townLineEnd(at start: Int, in text: [UInt8], limit: Int) -> Int? {
    var position = start
    var words = 0
    while position < limit, text[position] != 0x0A, text[position] != 0x0D {
      let opening = text[position]
      guard opening >= 0x41 && opening <= 0x5A || opening >= 0xC0 else { return nil }
      words += 1
      while position < limit,
        text[position] >= 0x41 && text[position] <= 0x5A || text[position] >= 0x61 && text[position] <= 0x7A
          || text[position] >= 0x80 || text[position] == 0x2D || text[position] == 0x27 || text[position] == 0x2E
      {
        position += 1
      }
      if position < limit, text[position] == 0x20, position + 1 < limit, text[position + 1] != 0x0A {
        position += 1
      } else {
        break
      }
    }
    guard words >= 1, words <= 4, position - start <= 40, position < text.count,
      text[position] == 0x0A || text[position] == 0x0D
    else { return nil }
    return position
  }

  private static let unitWords: Set<String> = [
    "apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg", "building",
  ]

  /// The end of a region code (two or three capitals: "CO", "NSW") or a postal code ("64677", "62704-1234",
  /// "1000-001", "1015 CJ", "K1A 0B1", "SW1A 1AA") at `start`, which ends before a separator, the end of the text or
  /// `limit`, and after which, on a line of its own, the line ends or a town or a mark follows ("4821 is the gate code"
  /// is none); `nil` for anything else. A region code alone on its line ("CEO", "FYI" under an address), or where
  /// `regionCodeAllowed` is false (right after a postal code), is none either.
  private static func codeEnd(at start: Int, in text: [UInt8], limit: Int, onItsOwnLine: Bool, regionCodeAllowed: Bool)
    -> Int?
  {
    func isUpper(_ index: Int) -> Bool { index < limit && text[index] >= 0x41 && text[index] <= 0x5A }
    func isDigit(_ index: Int) -> Bool { index < limit && text[index] >= 0x30 && text[index] <= 0x39 }
    func ends(_ index: Int) -> Bool {
      index == text.count || (index <= limit && [0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x2E, 0x3B, 0x3F, 0x21, 0x29].contains(text[index]))
    }
    func run(from index: Int, while test: (Int) -> Bool) -> Int {
      var end = index
      while test(end) { end += 1 }
      return end
    }
    /// Whether the code that ends at `end` ends its line, or a capitalized word (its town) or a mark follows it; after a
    /// town or a region code on its line, any word may ("IL 62704 please").
    func closes(_ end: Int) -> Bool {
      guard onItsOwnLine else { return true }
      let after = run(from: end) { $0 < text.count && (text[$0] == 0x20 || text[$0] == 0x09) }
      return after >= text.count || !(text[after] >= 0x61 && text[after] <= 0x7A) && !isDigit(after)
    }
    let letters = run(from: start, while: isUpper)
    let digits = run(from: start, while: isDigit)
    // A region code: two or three capitals after a comma or a town on its line, at the end of the line or before a
    // postal code ("CO", "IL 62704"; not "IT department").
    if letters - start >= 2, letters - start <= 3, ends(letters) {
      guard !onItsOwnLine, regionCodeAllowed else { return nil }
      let after = run(from: letters) { $0 < limit && (text[$0] == 0x20 || text[$0] == 0x09 || text[$0] == 0x2C) }
      if after >= text.count || text[after] == 0x0A || text[after] == 0x0D || isDigit(after) { return letters }
      return nil
    }
    // Digits: four to six, then a dash and the four digits of a ZIP+4 or three (Portugal), or a space and two capitals
    // (the Netherlands); not a span of years ("2019-2023").
    if digits - start >= 4, digits - start <= 6 {
      if digits + 1 < limit, text[digits] == 0x2D {
        let more = run(from: digits + 1, while: isDigit)
        let (head, tail) = (digits - start, more - digits - 1)
        if (head == 5 && tail == 4) || (head == 4 && tail == 3), ends(more), closes(more) { return more }
        if tail > 0 { return nil }
      }
      if digits + 3 <= limit, text[digits] == 0x20, isUpper(digits + 1), isUpper(digits + 2), ends(digits + 3),
        closes(digits + 3)
      {
        return digits + 3
      }
      return ends(digits) && closes(digits) ? digits : nil
    }
    // British and Canadian codes: capitals and digits, a space, a digit and letters ("SW1A 1AA", "K1A 0B1").
    let head = run(from: start) { isUpper($0) || isDigit($0) }
    guard head - start >= 2, head - start <= 4, head + 4 <= limit, text[head] == 0x20, isDigit(head + 1),
      isUpper(head + 2), isUpper(head + 3) || isDigit(head + 3), ends(head + 4), closes(head + 4),
      (start..<head).contains(where: isDigit), (start..<head).contains(where: isUpper)
    else { return nil }
    return head + 4
  }
}
