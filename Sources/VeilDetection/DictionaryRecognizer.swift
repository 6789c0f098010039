import VeilCore

/// How a dictionary entry must be written in the text to count.
public enum DictionaryCase: String, Sendable, CaseIterable {
  /// Any case.
  case insensitive
  /// The first word starts with a capital (`Paris`, `PARIS`), as proper nouns are written.
  case capitalized
  /// Exactly as in the dictionary.
  case exact
  /// In lower case only (`germany`), as chat writes names; the capitalized form is another recognizer's.
  case lower
}

/// Finds dictionary entries (cities, countries, organizations, deny lists) on token boundaries.
///
/// A hit that is also an ordinary word (`Nice`, `Reading`, `Mobile`) scores `commonWordScore`
/// instead of `score`, so that it needs context words to be reported.
///
/// A class, not a struct: it holds large tables, and the analyzer and `DictionarySet` pass
/// it around per text, where copying a struct would retain and release every table.
public final class DictionaryRecognizer: TokenRecognizer {
  /// The recognizer's identifier.
  public let id: RecognizerID
  /// The entity type reported.
  public let entity: EntityType
  /// The entries.
  public let gazetteer: Gazetteer
  /// The name shown in explanations (usually the file name).
  public let source: String
  /// How entries must be written.
  public let caseRule: DictionaryCase
  /// For a capitalized dictionary, whether each entry is an acronym (`isAcronym`), which matches only in capitals.
  private let acronyms: [Bool]
  /// The base score of a hit.
  public let score: Double
  /// Ordinary words; a single-word hit among them scores `commonWordScore`.
  public let commonWords: TokenSet
  /// The base score of a hit that is also an ordinary word.
  public let commonWordScore: Double
  /// The ordinary words of `commonWords` that are no names ("Police", "Man"): the context words that count only
  /// after a hit lift none of them ("Police officer says" is no town's officer).
  public let ordinaryWords: TokenSet
  /// Words near a hit that raise its score.
  public let context: ContextWords
  /// How much context raises the score.
  public let contextBoost: Double
  /// Hits scoring below this are not reported (the analyzer's threshold, once it has told us).
  public let minimumScore: Double
  /// The places a hit may be in: one of them right after a comma after the hit, on its line, counts as a context word
  /// ("Austin, Texas", "Santiago, Chile").
  public let placesAfterComma: Gazetteer

  /// The entity types it reports.
  public var entities: Set<EntityType> { [entity] }

  /// Creates a dictionary recognizer.
  public init(
    id: RecognizerID, entity: EntityType, gazetteer: Gazetteer, source: String, caseRule: DictionaryCase = .capitalized,
    score: Double, commonWords: TokenSet = [], commonWordScore: Double = 0.2, ordinaryWords: TokenSet = [],
    context: ContextWords = ContextWords([]), contextBoost: Double = 0.35, placesAfterComma: Gazetteer = Gazetteer()
  ) {
    self.id = id
    self.entity = entity
    self.gazetteer = gazetteer
    self.source = source
    self.caseRule = caseRule
    self.score = score
    self.commonWords = commonWords
    self.commonWordScore = commonWordScore
    self.ordinaryWords = ordinaryWords
    self.context = context
    self.contextBoost = contextBoost
    self.placesAfterComma = placesAfterComma
    acronyms = caseRule == .capitalized ? gazetteer.entries.map { Self.isAcronym($0.text) } : []
    minimumScore = 0
  }

  private init(_ other: DictionaryRecognizer, minimumScore: Double) {
    (id, entity, gazetteer, source, caseRule) = (other.id, other.entity, other.gazetteer, other.source, other.caseRule)
    (score, commonWords, commonWordScore) = (other.score, other.commonWords, other.commonWordScore)
    ordinaryWords = other.ordinaryWords
    (context, contextBoost, acronyms) = (other.context, other.contextBoost, other.acronyms)
    placesAfterComma = other.placesAfterComma
    self.minimumScore = minimumScore
  }

  /// A copy that skips hits scoring below `floor(entity)`.
  public func skippingFindings(below floor: (EntityType) -> Double) -> any Recognizer {
    DictionaryRecognizer(self, minimumScore: floor(entity))
  }

  /// Appends a finding for each longest dictionary match.
  public func recognize(_ text: TokenizedText, into findings: inout [Finding]) {
    recognize(text, from: text.tokens.indices, into: &findings)
  }

  /// Appends a finding for each longest dictionary match that starts at one of `starts`
  /// (ascending token indices; a `DictionarySet` passes only the tokens its shared index
  /// says an entry of this dictionary may start at).
  func recognize(_ text: TokenizedText, from starts: some Sequence<Int>, into findings: inout [Finding]) {
    // Tokens inside a match are not looked at again.
    var next = 0
    // The findings of one entry share their notes, and findings with the same context words one array of them:
    // a text that names one town 100,000 times holds one copy, not 100,000 (about 200 bytes each).
    var notesOfEntry: [Int: [String]] = [:]
    var sharedContext: Set<[String]> = []
    for index in starts where index >= next {
      let token = text.tokens[index]
      // Casing is checked before the lookup: most tokens of a capitalized-only dictionary never reach the hash table.
      // "#NewYork", "#JoeBiden": a hashtag may spell an entry of several words with them run together.
      guard token.kind != .punctuation, caseRule != .capitalized || Self.mayStartProperNoun(text, index),
        let (end, entryIndex, possessive) = gazetteer.longestMatch(in: text, from: index)
          ?? gazetteer.hashtagMatch(in: text, at: index).map({ (index, $0, false) })
      else { continue }
      // "Houston's mayor": the entry ends before the possessive, which stays in the text.
      let range =
        token.range.lowerBound..<(possessive
        ? text.tokens[end].range.lowerBound + text.lengthWithoutPossessive(end) : text.tokens[end].range.upperBound)
      let key = possessive && end == index ? text.possessiveStemKey(index) ?? token.key : token.key
      // A month or weekday alone is a date, whatever towns share its name ("born in March").
      guard casingMatches(text, range: range, start: index, entry: entryIndex),
        end > index || !Self.calendarWords.contains(key)
      else { continue }
      next = end + 1
      // An acronym in capitals is not the ordinary word it spells unless the text around it shouts. A country's ("US")
      // is the country unless most words around it shout ("CALL US NOW"; not "NOW: US officials conclude"); another's
      // is the word when a word next to it shouts too ("LIVE NOW: ...", "WHO KNOWS").
      let isCommon = end == index && commonWords.contains(key)
        && !(caseRule == .capitalized && acronyms[entryIndex] && token.shape == .upper
          && !(entity == .location ? Self.isAmidShouting(text, index) : Self.isShouting(text, index)))
      // "the GOES floater page": an ordinary word in capitals in a text that does not shout is an acronym or
      // emphasis, not the town.
      if isCommon, token.shape == .upper, token.range.count > 1, !Self.isShouting(text, index) { continue }
      let base = isCommon ? commonWordScore : score
      // Most hits of a lowercase dictionary are ordinary words that no context can lift to the threshold.
      guard bestScore(from: base) >= minimumScore else { continue }
      // "interest in Northwind Mobile": an ordinary word that ends a longer capitalized name is part of that name,
      // and the cue before the name is not its own.
      if isCommon && Self.endsLongerName(text, index) { continue }
      // "in Temple Run", "to Independence Day", "Most Haunted": nor is one that opens a longer capitalized name (but
      // after a house number, where it may be a street's first word, it stays masked: "91339 Perez Club Apt. 223");
      // and after a determiner an ordinary word is the noun, not the town ("in a Badger Den", "in the Rugby calendar",
      // "to that Officer").
      if isCommon,
        (opensLongerName(text, end) && !(index > 0 && text.tokens[index - 1].kind == .number))
          || (entity == .location && Self.followsDeterminer(text, index))
      {
        continue
      }
      // The words of an earlier sentence say nothing about this one ("…sent from <IBAN>. Can we…").
      let sentenceStart = index > 0 && Self.endsSentence(text, index - 1) ? index : 0
      let ordinary = end == index && ordinaryWords.contains(key)
      var seen = context.matches(around: index...end, in: text, notBefore: sentenceStart, countingAfter: !ordinary)
      if seen.isEmpty, let place = placeAfterComma(text, after: end) { seen = [place] }
      let value = seen.isEmpty ? base : min(1, base + contextBoost)
      guard value >= minimumScore else { continue }
      if !seen.isEmpty { seen = sharedContext.insert(seen).memberAfterInsert }
      let noteKey = entryIndex * 2 + (isCommon ? 1 : 0)
      let notes: [String]
      if let known = notesOfEntry[noteKey] {
        notes = known
      } else {
        notes = self.notes(entryIndex, isCommon: isCommon)
        notesOfEntry[noteKey] = notes
      }
      findings.append(
        Finding(
          entity: entity, range: range, score: value,
          explanation: Explanation(
            recognizer: id, pattern: "dictionary", baseScore: base, contextWords: seen,
            notes: notes)))
    }
  }

  /// The place of `placesAfterComma` written, capitalized, right after a comma after token `end` on its line, as the
  /// context word ", Texas"; `nil` when there is none.
  private func placeAfterComma(_ text: TokenizedText, after end: Int) -> String? {
    guard placesAfterComma.count > 0,
      let last = text.placeAfterComma(after: end, placeEnd: { self.placesAfterComma.longestMatch(in: text, from: $0)?.end })
    else { return nil }
    let place = text.tokens[end + 2].range.lowerBound..<text.tokens[last].range.upperBound
    return ", " + String(decoding: text.unit.utf8[place], as: UTF8.self)
  }

  /// What a finding of entry `entryIndex` notes: the entry and its attributes, and whether it is an ordinary word.
  ///
  /// Written as bytes and made a string once: a finding of a dictionary is the commonest finding there is.
  private func notes(_ entryIndex: Int, isCommon: Bool) -> [String] {
    let entry = gazetteer.entries[entryIndex]
    var bytes: [UInt8] = []
    bytes.reserveCapacity(source.utf8.count + entry.text.utf8.count + 48)
    bytes += source.utf8
    bytes += ": ".utf8
    bytes += entry.text.utf8
    for (position, attribute) in entry.attributes.enumerated() {
      bytes += (position == 0 ? " (" : ", ").utf8
      bytes += attribute.utf8
    }
    if !entry.attributes.isEmpty { bytes.append(UInt8(ascii: ")")) }
    let note = String(decoding: bytes, as: UTF8.self)
    return isCommon ? [note, "also an ordinary word"] : [note]
  }

  private func casingMatches(_ text: TokenizedText, range: Range<Int>, start: Int, entry: Int) -> Bool {
    switch caseRule {
    case .insensitive: return true
    case .exact: return text.unit.utf8[range].elementsEqual(gazetteer.entries[entry].text.utf8)
    case .lower:
      // Nor inside a user name or an address ("ecco_uk", "@uk", "co.uk").
      let joined = start > 0 && !text.tokens[start].spaceBefore && text.tokens[start - 1].isMark(in: text.unit.utf8, "_@./-")
      return !joined && !text.unit.utf8[range].contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    case .capitalized:
      // (`recognize` has checked that the word may start a proper noun.) An entry written in capitals is an acronym
      // and matches only in capitals: "ANA" the airline is not "Ana", "WHO" is not "Who" ("U . S ." starts with a
      // one-letter capital); and the other way round, a word of three capitals or fewer matches no ordinary entry.
      let first = text.tokens[start]
      if acronyms[entry] { return first.shape == .upper || first.range.count == 1 }
      // A short word in capitals is an acronym ("the VIN is"), not the town Vin, unless the text around it shouts.
      return first.shape != .upper || first.range.count > 3 || range.count > first.range.count || Self.isShouting(text, start)
    }
  }

  /// Whether token `index` comes right after a capitalized word (not in capitals) on its line that does not open
  /// a sentence ("Northwind Mobile"; not "In Reading" or "Tip: Visit Nice", whose first words are sentence openers,
  /// nor "MOVED TO NICE").
  static func endsLongerName(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index >= 1, text.tokens[index].spaceBefore, !text.tokens[index].lineBreakBefore else { return false }
    let word = text.tokens[index - 1]
    return word.kind == .word && word.shape == .capitalized && !word.startsSentence && !word.lineBreakBefore
  }

  /// Whether a capitalized word follows token `index` on its line that is no day ("Monday", "Tonight") or month and
  /// starts none of the places this dictionary reads after a comma ("in Austin Tonite", "in Bath England" keep their
  /// towns).
  private func opensLongerName(_ text: TokenizedText, _ index: Int) -> Bool {
    let next = index + 1
    guard next < text.tokens.count, text.tokens[next].spaceBefore, !text.tokens[next].lineBreakBefore,
      text.tokens[next].kind == .word, Self.isCapitalized(text.tokens[next]),
      !Self.calendarWords.contains(text.tokens[next].key), !PersonNameRecognizer.daysFromNow.contains(text.tokens[next].key)
    else { return false }
    return placesAfterComma.count == 0 || placesAfterComma.longestMatch(in: text, from: next) == nil
  }

  /// Whether a determiner stands right before token `index`: an article ("in the Rugby calendar"), a demonstrative or
  /// a possessive ("to that Officer", "with my Bath towel").
  static func followsDeterminer(_ text: TokenizedText, _ index: Int) -> Bool {
    index > 0 && text.tokens[index].spaceBefore && determiners.contains(text.tokens[index - 1].key)
  }

  /// English articles, demonstratives and possessives.
  static let determiners = TokenSet(
    ["this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its", "every", "each"]
      + ["the", "a", "an"])

  /// Whether `token` is a word of two letters or more written in capitals; one that holds a digit is a code ("VK92",
  /// "1HGCM82633A004352"), which says nothing of shouting.
  private static func shouts(_ token: Token, in bytes: [UInt8]) -> Bool {
    token.kind == .word && token.shape == .upper && token.range.count > 1
      && !bytes[token.range].contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Whether a word next to token `index` on its line is written in capitals too (two letters or more).
  static func isShouting(_ text: TokenizedText, _ index: Int) -> Bool {
    var before = index - 1
    while before >= 0, !text.tokens[before + 1].lineBreakBefore, text.tokens[before].kind == .punctuation { before -= 1 }
    var after = index + 1
    while after < text.tokens.count, !text.tokens[after].lineBreakBefore, text.tokens[after].kind == .punctuation { after += 1 }
    let bytes = text.unit.utf8
    return (before >= 0 && !text.tokens[before + 1].lineBreakBefore && shouts(text.tokens[before], in: bytes))
      || (after < text.tokens.count && !text.tokens[after].lineBreakBefore && shouts(text.tokens[after], in: bytes))
  }

  /// Whether the text around token `index` shouts: a word right next to it, with nothing but a space between, is in
  /// capitals ("JOIN US for"), or half or more of the words of two letters or more among the two before it and the two
  /// after it on its line are ("MEET US THERE!"); not a headline's one word in capitals before a colon ("NOW: US
  /// officials conclude", "#BREAKING: US President").
  static func isAmidShouting(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    let bytes = text.unit.utf8
    if (index > 0 && tokens[index].spaceBefore && !tokens[index].lineBreakBefore && shouts(tokens[index - 1], in: bytes))
      || (index + 1 < tokens.count && tokens[index + 1].spaceBefore && !tokens[index + 1].lineBreakBefore
        && shouts(tokens[index + 1], in: bytes))
    {
      return true
    }
    var words = 0
    var shouting = 0
    func look(_ neighbour: Int) {
      let token = tokens[neighbour]
      guard token.kind == .word, token.range.count > 1 else { return }
      words += 1
      if shouts(token, in: bytes) { shouting += 1 }
    }
    var before = index - 1
    var seen = 0
    while before >= 0, seen < 2, !tokens[before + 1].lineBreakBefore {
      if tokens[before].kind == .word { look(before); seen += 1 }
      before -= 1
    }
    var after = index + 1
    seen = 0
    while after < tokens.count, seen < 2, !tokens[after].lineBreakBefore {
      if tokens[after].kind == .word { look(after); seen += 1 }
      after += 1
    }
    return shouting > 0 && shouting * 2 >= words
  }

  /// Whether `entry`'s first word is two or more ASCII capitals and nothing in lower case ("ANA", "BBC News").
  static func isAcronym(_ entry: String) -> Bool {
    var capitals = 0
    for byte in entry.utf8 {
      if byte == 0x20 { break }
      if (0x41...0x5A).contains(byte) { capitals += 1 } else if (0x61...0x7A).contains(byte) || byte >= 0x80 { return false }
    }
    return capitals >= 2
  }

  /// Whether a hashtag that spells an entry of several words can ever be reported (`Gazetteer.hashtagMatch`).
  var mayReportHashtags: Bool { !gazetteer.hashtagKeys.isEmpty && bestScore(from: score) >= minimumScore }

  /// Whether the one-word entry `key` can ever be reported alone: `false` for a month or
  /// weekday name, and for a word that scores below `minimumScore` even with context (an
  /// ordinary word in a lower-case dictionary).
  func mayReportAlone(_ key: TokenKey) -> Bool {
    guard gazetteer.contains(key), !Self.calendarWords.contains(key) else { return false }
    return bestScore(from: commonWords.contains(key) ? commonWordScore : score) >= minimumScore
  }

  /// The most a hit of base score `base` can reach: with context, if context raises it.
  private func bestScore(from base: Double) -> Double { max(base, min(1, base + contextBoost)) }

  /// Whether token `index` is a full stop, question or exclamation mark.
  private static func endsSentence(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].isMark(in: text.unit.utf8, ".!?")
  }

  /// English month and weekday names: never a place or organization on their own.
  static let calendarWords: TokenSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Whether a token is written as a proper noun starts (`Paris`, `PARIS`, `McDonald`).
  static func isCapitalized(_ token: Token) -> Bool {
    token.shape == .capitalized || token.shape == .upper || (token.shape == .other && token.kind == .word)
  }

  /// Whether token `index` may start a proper noun: capitalized, or a hashtag's word, which names whatever its case
  /// ("#houston", "#gaza").
  @inline(__always)
  static func mayStartProperNoun(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    return isCapitalized(token)
      || (index > 0 && !token.spaceBefore && token.kind == .word && text.tokens[index - 1].key == .hashMark)
  }
}
