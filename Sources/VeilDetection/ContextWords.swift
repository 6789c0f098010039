import VeilCore

/// Context words: whole words near a match that make it more likely to be what it looks like.
public struct ContextWords: Sendable, Hashable {
  /// Each entry is a word or a phrase, lowercased and split into words.
  public let phrases: [[String]]
  /// Where each phrase counts: on either side of the match, only before it (a place preposition: "in Lyon", not "Nice
  /// to meet you"), or only after it (the people a headline names by their town: "Brighton schoolboy dies").
  public let sides: [Side]

  /// Where a context phrase counts.
  public enum Side: Sendable, Hashable {
    case either, before, after
  }
  /// How many words before and after the match are looked at.
  public let window: Int

  /// Creates context words.
  ///
  /// - Parameters:
  ///   - words: Words or phrases (`"credit card"`), matched case-insensitively as whole words.
  ///   - before: Words or phrases that count only before the match.
  ///   - after: Words or phrases that count only after the match.
  ///   - window: Words looked at on each side of the match.
  public init(_ words: [String], before: [String] = [], after: [String] = [], window: Int = 5) {
    let sided = words.map { ($0, Side.either) } + before.map { ($0, Side.before) } + after.map { ($0, Side.after) }
    let split = sided.map { phrase, side in
      (phrase, phrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init), side)
    }.filter { !$0.1.isEmpty }
    phrases = split.map(\.1)
    phraseTexts = phrases.map { $0.joined(separator: " ") }
    sides = split.map(\.2)
    hasPhrasesAfter = sides.contains(.after)
    phraseKeys = phrases.map { $0.map { TokenKey($0) } }
    // A phrase with a letter or digit has a word token: the lists stay aligned with `phrases`.
    tokenPhraseKeys = split.map { phrase, _, _ in
      Tokenizer.tokenize(Array(phrase.utf8)).filter { $0.kind != .punctuation }.map(\.key)
    }
    phrasesByFirstWord = Self.byFirstKey(phraseKeys)
    phrasesByFirstToken = Self.byFirstKey(tokenPhraseKeys)
    self.window = window
  }

  /// The indices of the phrases, by the key of their first word.
  private static func byFirstKey(_ keysOfPhrases: [[TokenKey]]) -> TokenTable<[Int]> {
    var table = TokenTable<[Int]>(capacity: keysOfPhrases.count)
    for (index, keys) in keysOfPhrases.enumerated() { table.update(keys[0]) { $0 = ($0 ?? []) + [index] } }
    return table
  }

  /// Whether some phrase counts only after the match (the words right after it are then read).
  private let hasPhrasesAfter: Bool
  /// Each phrase as it is reported, its words a space apart (made once: a finding reports them).
  private let phraseTexts: [String]

  /// The keys of each phrase's word tokens, as the tokenizer reads them ("e-mail" is one
  /// token, where the bytes give "e" and "mail"), for matching around tokens.
  private let tokenPhraseKeys: [[TokenKey]]
  /// The phrases that start with each first word (`phraseKeys`) and each first token (`tokenPhraseKeys`): a window
  /// without any of those words matches nothing, and one with some is compared with their phrases only.
  private let phrasesByFirstWord: TokenTable<[Int]>
  private let phrasesByFirstToken: TokenTable<[Int]>

  /// Equal when the phrases, where each of them counts, and the window are (the keys are made from them).
  public static func == (lhs: ContextWords, rhs: ContextWords) -> Bool {
    lhs.phrases == rhs.phrases && lhs.sides == rhs.sides && lhs.window == rhs.window
  }

  /// Hashes the phrases and the window.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(phrases)
    hasher.combine(sides)
    hasher.combine(window)
  }

  /// The lookup keys of each phrase's words: the text around a match is compared by key, without making strings.
  private let phraseKeys: [[TokenKey]]

  /// Whether there are no context words.
  public var isEmpty: Bool { phrases.isEmpty }

  /// The context phrases that occur within the window before or after `range` in `text`.
  ///
  /// - Parameters:
  ///   - range: The match.
  ///   - text: The text.
  ///   - notBefore: Words starting before this offset are not looked at (the start of the match's sentence).
  public func matches(around range: Range<Int>, in text: [UInt8], notBefore: Int = 0) -> [String] {
    guard !phrases.isEmpty else { return [] }
    let (before, after) = window(around: range, in: text, notBefore: notBefore)
    guard mayMatch(before, after, in: text) else { return [] }
    return found(in: Self.wordKeys(in: text, before), Self.wordKeys(in: text, after), phraseKeys, phrasesByFirstWord)
  }

  /// The context phrases that occur within the window before or after the tokens `match`
  /// of `text`: the same windows as `matches(around:in:notBefore:)` reads in bytes, counted
  /// in whitespace-separated chunks of tokens, but comparing the keys the tokenizer already
  /// made instead of hashing the words again.
  ///
  /// - Parameters:
  ///   - match: The indices of the matched tokens.
  ///   - text: The tokenized text.
  ///   - notBefore: Tokens before this index are not looked at (the start of the match's sentence).
  ///
  /// Words are the word and number tokens: a phrase with an apostrophe or hyphen ("e-mail")
  /// matches only as one token, and punctuation between words is passed over as in bytes.
  /// Unlike the byte reading, which pattern recognizers use, a phrase that counts only before
  /// the match is looked for in the match's own clause (after the window's last comma,
  /// semicolon, exclamation or question mark): a dictionary hit is one word, whose cue is the
  /// word right before it ("Happy to help, Amara!" is no place; nor, for now, the second town
  /// of "in Lyon, Nice"). A phrase that counts only after the match must follow it at once, in
  /// lower case ("Brighton schoolboy dies"; not "Thanks Brighton, man", "Bear eats man", "TO A
  /// GIRL"), and is not looked for at all when `countingAfter` is false.
  public func matches(
    around match: ClosedRange<Int>, in text: TokenizedText, notBefore: Int = 0, countingAfter: Bool = true
  ) -> [String] {
    guard !phrases.isEmpty else { return [] }
    let tokens = text.tokens
    let before = max(Self.firstToken(of: window, chunksBefore: match.lowerBound, in: tokens), notBefore)..<match.lowerBound
    let after = (match.upperBound + 1)..<Self.endToken(of: window, chunksAfter: match.upperBound, in: tokens)
    func holdsFirstWord(_ region: Range<Int>) -> Bool {
      tokens[region].contains { $0.kind != .punctuation && phrasesByFirstToken.contains($0.key) }
    }
    guard holdsFirstWord(before) || holdsFirstWord(after) else { return [] }
    func wordKeys(_ region: Range<Int>) -> [TokenKey] { tokens[region].lazy.filter { $0.kind != .punctuation }.map(\.key) }
    // A cue that counts only before the match governs its own clause: "Happy to help, Amara!" puts no place after "to".
    let clause = (before.lastIndex { Self.endsClause(tokens[$0], in: text.unit.utf8) }).map { ($0 + 1)..<before.upperBound }
    // The words in lower case right after the match, a space apart, for the phrases that count only after it.
    let lowercaseRun = after.prefix { tokens[$0].kind == .word && tokens[$0].shape == .lower && tokens[$0].spaceBefore }
    return found(
      in: wordKeys(before), wordKeys(after), tokenPhraseKeys, phrasesByFirstToken, cueRegion: clause.map(wordKeys),
      rightAfter: countingAfter && hasPhrasesAfter ? lowercaseRun.map { tokens[$0].key } : [])
  }

  /// Whether `token` is a comma, semicolon, exclamation or question mark, or a handle's "@" ("from @5SOS Can u
  /// follow me" puts no place after "from").
  private static func endsClause(_ token: Token, in bytes: [UInt8]) -> Bool {
    token.isMark(in: bytes, ",;!?@")
  }

  /// The phrases found among the words before or after a match (whose keys are `keys`), in the order they were given;
  /// the phrases that count only before are looked for in `cueRegion` when it is given (the match's own clause), and
  /// those that count only after must open `rightAfter` when it is given.
  private func found(
    in before: [TokenKey], _ after: [TokenKey], _ keysOfPhrases: [[TokenKey]], _ byFirstKey: TokenTable<[Int]>,
    cueRegion: [TokenKey]? = nil, rightAfter: [TokenKey]? = nil
  ) -> [String] {
    // Only the phrases whose first word the window holds can be found (`cueRegion` lies in `before`, `rightAfter`
    // in `after`), in the order they were given.
    var candidates: [Int] = []
    for key in before { candidates += byFirstKey[key] ?? [] }
    for key in after { candidates += byFirstKey[key] ?? [] }
    candidates.sort()
    candidates.removeDuplicatesOfSorted()
    var found: [String] = []
    for index in candidates {
      let keys = keysOfPhrases[index]
      let isFound =
        switch sides[index] {
        case .either: Self.contains(before, keys) || Self.contains(after, keys)
        case .before: Self.contains(cueRegion ?? before, keys)
        case .after: rightAfter.map { $0.starts(with: keys) } ?? Self.contains(after, keys)
        }
      if isFound { found.append(phraseTexts[index]) }
    }
    return found
  }

  /// The first token of the `count` chunks before token `index`: the chunk holding token
  /// `index - 1` is the first, whether or not a space separates it from the match.
  private static func firstToken(of count: Int, chunksBefore index: Int, in tokens: [Token]) -> Int {
    // Tokens `first..<index` are in the window; token `first - 1` joins it unless it opens one chunk too many.
    var first = index
    var chunks = 0
    let limit = max(0, index - reachInTokens)
    while first > limit {
      if first == index || tokens[first].spaceBefore {
        chunks += 1
        if chunks > count { break }
      }
      first -= 1
    }
    return first
  }

  /// The end of the `count` chunks after token `index`, as a token index.
  private static func endToken(of count: Int, chunksAfter index: Int, in tokens: [Token]) -> Int {
    // Tokens `index + 1..<end` are in the window; token `end` joins it unless it opens one chunk too many.
    var end = index + 1
    var chunks = 0
    let limit = min(tokens.count, index + 1 + reachInTokens)
    while end < limit {
      if end == index + 1 || tokens[end].spaceBefore {
        chunks += 1
        if chunks > count { break }
      }
      end += 1
    }
    return end
  }

  /// The bytes the window covers before and after `range`: `window` whitespace-separated
  /// chunks on each side, the part before starting no earlier than `notBefore`.
  ///
  /// The window counts chunks, not words, so that an email address or URL between a cue
  /// and a value ("Contact: Priya Novak, priya.novak@corp.example, 622 138 987") takes one
  /// place in it, not five.
  private func window(around range: Range<Int>, in text: [UInt8], notBefore: Int) -> (Range<Int>, Range<Int>) {
    // A word that starts before `notBefore` is left out whole.
    var first = min(notBefore, range.lowerBound)
    while first > 0, first < range.lowerBound, Self.isWordByte(text[first - 1]) { first += 1 }
    let start = max(Self.start(of: window, chunksBefore: range.lowerBound, in: text), first)
    return (start..<range.lowerBound, range.upperBound..<Self.end(of: window, chunksAfter: range.upperBound, in: text))
  }

  /// Whether the first word of a phrase occurs in the window: most matches have none, and
  /// this answers without building a list of the words.
  private func mayMatch(_ before: Range<Int>, _ after: Range<Int>, in text: [UInt8]) -> Bool {
    func holdsFirstWord(_ region: Range<Int>) -> Bool {
      var found = false
      Self.forEachWord(in: text, region) { word in
        found = phrasesByFirstWord.contains(TokenKey(utf8: text[word]))
        return !found
      }
      return found
    }
    return holdsFirstWord(before) || holdsFirstWord(after)
  }

  /// The keys of the words in `region`, in order.
  private static func wordKeys(in text: [UInt8], _ region: Range<Int>) -> [TokenKey] {
    var keys: [TokenKey] = []
    forEachWord(in: text, region) { keys.append(TokenKey(utf8: text[$0])); return true }
    return keys
  }

  private static func contains(_ words: [TokenKey], _ phrase: [TokenKey]) -> Bool {
    guard phrase.count <= words.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
      if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
    }
    return false
  }

  /// Word bytes: ASCII letters and digits, and any non-ASCII byte (letters of other scripts).
  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
      return true
    default:
      return false
    }
  }

  /// The words of the `count` whitespace-separated chunks before `end`, lowercased, in text order.
  static func words(in text: [UInt8], endingAt end: Int, count: Int) -> [String] {
    wordRanges(in: text, start(of: count, chunksBefore: end, in: text)..<end).map { TokenizedText.lowercased(text[$0]) }
  }

  /// The words of the `count` whitespace-separated chunks after `start`, lowercased, in text order.
  static func words(in text: [UInt8], startingAt start: Int, count: Int) -> [String] {
    wordRanges(in: text, start..<end(of: count, chunksAfter: start, in: text)).map { TokenizedText.lowercased(text[$0]) }
  }

  private static func wordRanges(in text: [UInt8], _ region: Range<Int>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    forEachWord(in: text, region) { ranges.append($0); return true }
    return ranges
  }

  /// How far a window reaches at most, in tokens and in bytes: a text without spaces (minified JSON, a glued list)
  /// is one chunk, and reading all of it for every match on it made such a line's scan quadratic in its length.
  static let reachInTokens = 48
  static let reachInBytes = 256

  /// Where the `count` chunks before `end` start (no further back than `reachInBytes`, on a character's first byte).
  private static func start(of count: Int, chunksBefore end: Int, in text: [UInt8]) -> Int {
    var limit = max(0, end - reachInBytes)
    while limit > 0, limit < end, text[limit] & 0xC0 == 0x80 { limit += 1 }
    var index = end
    var start = end
    for _ in 0..<count {
      while index > limit, isSpace(text[index - 1]) { index -= 1 }
      guard index > limit else { break }
      while index > limit, !isSpace(text[index - 1]) { index -= 1 }
      start = index
    }
    return start
  }

  /// Where the `count` chunks after `start` end (no further than `reachInBytes`, before a character's first byte).
  private static func end(of count: Int, chunksAfter start: Int, in text: [UInt8]) -> Int {
    var limit = min(text.count, start + reachInBytes)
    while limit < text.count, limit > start, text[limit] & 0xC0 == 0x80 { limit -= 1 }
    var index = start
    var end = start
    for _ in 0..<count {
      while index < limit, isSpace(text[index]) { index += 1 }
      guard index < limit else { break }
      while index < limit, !isSpace(text[index]) { index += 1 }
      end = index
    }
    return end
  }

  /// Calls `body` with each run of word bytes in `region`, in order, until it returns `false`.
  private static func forEachWord(in text: [UInt8], _ region: Range<Int>, _ body: (Range<Int>) -> Bool) {
    var index = region.lowerBound
    while index < region.upperBound {
      while index < region.upperBound, !isWordByte(text[index]) { index += 1 }
      let start = index
      while index < region.upperBound, isWordByte(text[index]) { index += 1 }
      if start < index, !body(start..<index) { return }
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
