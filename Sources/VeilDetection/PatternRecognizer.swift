import PCRE2
import VeilCore

/// A recognizer made of regular expressions, an optional validator and context words.
///
/// For each match: the validator's verdict decides first (valid → score 1.0, invalid →
/// dropped, unknown → base score), then context words near the match raise the score
/// by `contextBoost` (to at least `minimumScoreWithContext`).
public struct PatternRecognizer: Recognizer {
  /// One named regular expression with its base score.
  public struct NamedPattern: Sendable {
    /// The pattern's name, shown in explanations.
    public var name: String
    /// The compiled expression.
    public var pattern: Pattern
    /// The score of a match before validation and context, 0…1.
    public var score: Double
    /// The capture group that holds the entity (0 = the whole match).
    public var group: Int
    /// When the pattern can match at all (the prefilter).
    public internal(set) var trigger: PatternTrigger
    /// The pattern compiled to match only where a search starts, when its matches start with the
    /// words of `trigger.anchor`: in a batch it is tried where those words are, not at every byte.
    public let anchored: Pattern?
    /// Patterns ("recognizer/pattern") one of which matches wherever this one does, because
    /// each of this pattern's matches starts with a match of one of them (a street line,
    /// then its postal code). In a batch, the pattern runs only in the texts where one of
    /// them matched, once all of them have run; empty: everywhere.
    public var after: [String]

    /// Creates a named pattern.
    ///
    /// - Parameter source: The expression as written, when `pattern` was compiled from it with a
    ///   hint added (`FirstCharacters`): the prefilter reads its words and bytes from this.
    public init(name: String, pattern: Pattern, score: Double, group: Int = 0, after: [String] = [], source: String? = nil) {
      self.name = name
      self.pattern = pattern
      self.score = score
      self.group = group
      self.after = after
      trigger = PatternTrigger(pattern, source: source)
      anchored = trigger.anchor == nil ? nil : try? Pattern(pattern.source, options: pattern.options.union(.anchored))
    }
  }

  /// The recognizer's identifier.
  public let id: RecognizerID
  /// The single entity type it reports.
  public let entity: EntityType
  /// The expressions, tried in order; each match is reported once per pattern.
  public private(set) var patterns: [NamedPattern]
  /// The check applied to each match.
  public let validator: (any Validator)?
  /// Words that raise the score when they occur near a match.
  public let context: ContextWords
  /// How much context raises the score.
  public let contextBoost: Double
  /// The score a match with context reaches at least.
  public let minimumScoreWithContext: Double
  /// Values never reported, compared case-insensitively (e.g. a company's own support address).
  public let allowList: Set<String>
  /// Dictionaries whose entries are never reported as a whole match (compared as their phrases are, in any case).
  public let allowedWords: [Gazetteer]
  /// This recognizer's own threshold (or the analyzer's, if higher): its findings scoring below it are dropped.
  public private(set) var minimumScore: Double
  /// Entity types inside whose findings this recognizer's findings are dropped.
  public let excludedInside: Set<EntityType>
  /// Each pattern's key in a batch's record of matches ("recognizer/pattern").
  private let keys: [String]

  /// The entity types it reports.
  public var entities: Set<EntityType> { [entity] }

  /// Creates a pattern recognizer.
  public init(
    id: RecognizerID, entity: EntityType, patterns: [NamedPattern], validator: (any Validator)? = nil,
    context: ContextWords = ContextWords([]), contextBoost: Double = 0.35, minimumScoreWithContext: Double = 0.4,
    allowList: [String] = [], allowedWords: [Gazetteer] = [], minimumScore: Double = 0,
    excludedInside: Set<EntityType> = []
  ) {
    self.allowList = Set(allowList.map { $0.lowercased() })
    self.allowedWords = allowedWords
    self.minimumScore = minimumScore
    self.excludedInside = excludedInside
    self.id = id
    self.entity = entity
    self.patterns = patterns
    self.validator = validator
    self.context = context
    self.contextBoost = contextBoost
    self.minimumScoreWithContext = minimumScoreWithContext
    keys = patterns.map { Self.key(id, $0.name) }
  }

  /// How pattern `name` of recognizer `id` is referred to in another pattern's `after`.
  public static func key(_ id: RecognizerID, _ name: String) -> String { "\(id.rawValue)/\(name)" }

  /// The recognizer a pattern reference names ("street_address/street" → `street_address`), or `nil` for a
  /// bare pattern name, which refers to the recognizer's own patterns.
  public static func recognizer(inReference reference: String) -> RecognizerID? {
    guard let slash = reference.firstIndex(of: "/") else { return nil }
    return RecognizerID(rawValue: String(reference[..<slash]))
  }

  /// The literal sets its patterns need (`PatternTrigger.requiredLiterals`).
  public var requiredLiterals: [RequiredLiterals.LiteralSet] { patterns.flatMap(\.trigger.requiredLiterals) }

  /// The literal sets its anchored patterns start with (`PatternTrigger.anchor`): a scanner notes where they start.
  public var anchorLiterals: [RequiredLiterals.LiteralSet] {
    patterns.compactMap { $0.anchored == nil ? nil : $0.trigger.anchor }
  }

  /// A copy whose patterns, in a batch, check the literal sets they need in the slots `scanner` gives them.
  public func checkingLiterals(of scanner: LiteralScanner) -> PatternRecognizer {
    var copy = self
    for index in copy.patterns.indices {
      let sets = copy.patterns[index].trigger.requiredLiterals
      let slots = sets.compactMap(scanner.slot(of:))
      copy.patterns[index].trigger.literalSlots = slots.count == sets.count ? slots : nil
      copy.patterns[index].trigger.anchorSlot = copy.patterns[index].trigger.anchor.flatMap(scanner.startSlot(of:))
    }
    return copy
  }

  /// A copy that drops findings below `floor(entity)` too.
  public func skippingFindings(below floor: (EntityType) -> Double) -> any Recognizer {
    var copy = self
    copy.minimumScore = max(minimumScore, floor(entity))
    return copy
  }

  /// Appends the findings of every pattern.
  public func recognize(_ text: TextUnit, into findings: inout [Finding]) throws(DetectionError) {
    try recognize(text, present: TextProfile(of: text.utf8), into: &findings)
  }

  /// Runs each pattern over every text of the batch its trigger admits, pattern by pattern:
  /// one pattern's machine code stays hot over the whole batch. Each text gets its findings
  /// in pattern order, as from `recognize(_:present:into:)`.
  public func recognize(_ batch: inout RecognitionBatch) {
    // Where the leading words of anchored patterns start, read once; and in one text, reused from text to text.
    let noted = batch.starts
    var starts: [Int] = []
    for index in patterns.indices {
      let trigger = patterns[index].trigger
      let (pattern, group) = (patterns[index].pattern, patterns[index].group)
      let key = keys[index]
      batch.startRecording(key)
      for text in Self.candidates(for: patterns[index], in: batch) where !batch.hasFailed(text) {
        // The prefilter reads the profile only: most texts are skipped without touching them.
        let profile = batch.profiles[text]
        guard trigger.admits(length: profile.length, present: profile) else { continue }
        if let slots = trigger.literalSlots, let literals = batch.literals,
          slots.contains(where: { !literals.contains(slot: $0, text: text) })
        {
          continue
        }
        let utf8 = batch.texts[text].utf8
        var matched = false
        do {
          // Where its leading words start, when an anchored copy can be tried there only.
          var anchored: Pattern?
          if let slot = trigger.anchorSlot, let noted, !trigger.anchorNeedsASCIIText || profile.bytes.isASCII,
            noted.positions(of: slot, in: text, into: &starts)
          {
            anchored = patterns[index].anchored
          }
          try pattern.forEachMatch(in: utf8, group: group, anchored: anchored, startingAt: starts) { range in
            matched = true
            guard let finding = evaluate(range, in: utf8, pattern: patterns[index]) else { return }
            // Over its record's limit, the text has failed: stop matching at once.
            if !batch.append(finding, to: text, by: id) { throw FindingLimit(batch.budget.limit) }
          }
        } catch is FindingLimit {
          // The record has failed already.
        } catch {
          batch.fail(text, DetectionError(recognizer: id, reason: "pattern '\(patterns[index].name)': \(error)"))
        }
        if matched { batch.recordMatch(of: key, in: text) }
      }
    }
  }

  /// The texts of `batch`, in order, that `named` may match in: those where a pattern it runs
  /// `after` matched, or those that hold its rarest literal set; otherwise all of them.
  private static func candidates(for named: NamedPattern, in batch: borrowing RecognitionBatch) -> [Int] {
    let gate = texts(matchingAnyOf: named.after, in: batch)
    var rarest: [Int]?
    if let slots = named.trigger.literalSlots, let literals = batch.literals {
      for slot in slots where rarest == nil || literals.textsMeeting[slot].count < rarest!.count {
        rarest = literals.textsMeeting[slot]
      }
    }
    switch (gate, rarest) {
    case (nil, nil): return Array(batch.texts.indices)
    case (let gate?, nil): return gate.sorted()
    case (nil, let rarest?): return rarest
    case (let gate?, let rarest?): return rarest.filter(gate.contains)
    }
  }

  /// The texts of `batch` in which one of the patterns `keys` matched; `nil` (every text)
  /// when there are none or one of them has not run over the batch.
  private static func texts(matchingAnyOf keys: [String], in batch: borrowing RecognitionBatch) -> Set<Int>? {
    guard !keys.isEmpty else { return nil }
    var union = Set<Int>()
    for key in keys {
      guard let texts = batch.texts(matching: key) else { return nil }
      union.formUnion(texts)
    }
    return union
  }

  /// Appends the findings of every pattern that can match in a text holding the bytes `present`.
  public func recognize(_ text: TextUnit, present: TextProfile, into findings: inout [Finding]) throws(DetectionError) {
    // By index, and the pattern copied only when it runs: most texts run none of a
    // recognizer's patterns, and copying each one to check its trigger retains all it holds.
    for index in patterns.indices where patterns[index].trigger.admits(length: text.utf8.count, present: present) {
      let named = patterns[index]
      do {
        try named.pattern.forEachMatch(in: text.utf8, group: named.group) { range in
          if let finding = evaluate(range, in: text.utf8, pattern: named) { findings.append(finding) }
        }
      } catch {
        throw DetectionError(recognizer: id, reason: "pattern '\(named.name)': \(error)")
      }
    }
  }

  private func evaluate(_ range: Range<Int>, in text: [UInt8], pattern: NamedPattern) -> Finding? {
    if !allowList.isEmpty, allowList.contains(String(decoding: text[range], as: UTF8.self).lowercased()) { return nil }
    if !allowedWords.isEmpty {
      let matched = String(decoding: text[range], as: UTF8.self)
      if allowedWords.contains(where: { $0.containsPhrase(matched) }) { return nil }
    }
    var score = pattern.score
    var verdict: ValidatorVerdict?
    if let validator {
      let result = validator.validate(text[range])
      verdict = result
      switch result {
      case .invalid: return nil
      case .valid: score = 1.0
      case .unknown: break
      }
    }
    let seen = context.matches(around: range, in: text)
    if !seen.isEmpty && score < 1.0 {
      score = min(1.0, max(score + contextBoost, minimumScoreWithContext))
    }
    guard score >= minimumScore else { return nil }
    let explanation = Explanation(
      recognizer: id, pattern: pattern.name, baseScore: pattern.score, validator: validator?.name,
      verdict: verdict, contextWords: seen)
    return Finding(entity: entity, range: range, score: score, explanation: explanation)
  }
}

/// When a pattern can match at all: the text must be long enough, hold the byte every match
/// contains and a byte a match can start with (PCRE2's own start-up analysis), the bytes
/// every match needs (a digit, an `@`: `RequiredBytes`), and, for a pattern that starts with
/// words, the letter pairs of one of those words.
///
/// Checking it costs a few instructions per pattern against the text's `TextProfile`, so the
/// cost of a text grows with the patterns that can match it, not with all of them.
public struct PatternTrigger: Sendable, Hashable {
  /// The fewest bytes a match has.
  public let minimumLength: Int
  /// The bytes a match can start with (`nil`: any).
  public let firstBytes: ByteSet?
  /// A byte every match contains, in either case for a letter (`nil`: none known).
  public let requiredBytes: ByteSet?
  /// The words one of which starts every match (`nil`: not known), as byte pairs.
  public let leadingWords: [LeadingWord]?
  /// Byte sets the text must hold a byte of each of (`RequiredBytes`): a digit for a phone
  /// number (or any non-ASCII byte when `\d` matches other scripts' digits too), an `@` for
  /// an email address. Empty: none known.
  public let requiredSets: [ByteSet]
  /// The fewest ASCII digits a text holding a match has (`RequiredBytes.minimumDigits`): ten for
  /// a NANP phone number, 0 when nothing is known.
  public let minimumDigits: Int
  /// The longest run of token characters a text holding a match has (`RequiredBytes.minimumRun`):
  /// forty for an AWS secret key, 0 when nothing is known.
  public let minimumRun: Int
  /// The longest run of ASCII capitals a text holding a match has (`RequiredBytes.minimumCapitals`): two for a
  /// state's code, 0 when nothing is known.
  public let minimumCapitals: Int
  /// Choices of pairs of byte classes a text holding a match has side by side (`RequiredBytes.classPairs`): a
  /// capital before a digit for a postcode or an IBAN. Empty: none known.
  public let requiredPairs: [UInt64]
  /// Literal sets the text must meet each of (`RequiredLiterals`): a street's type word, a
  /// month name. Empty: none known.
  public let requiredLiterals: [RequiredLiterals.LiteralSet]
  /// Where a batch's `LiteralPresence` answers for each of `requiredLiterals`, once the
  /// analyzer has given them slots (`nil`: not checked).
  public internal(set) var literalSlots: [Int]?
  /// The leading words as a literal set whose starts a `LiteralScanner` can note, when every match
  /// starts where one of them does: words of ASCII bytes (a scan folds only ASCII letters), none
  /// opening with a space (a scan reads a run of spaces as its first), in a pattern without `\G`.
  /// A class of a space and a tab inside a word counts as a space ("i[ \t]+am": "i am").
  public let anchor: RequiredLiterals.LiteralSet?
  /// Whether some leading words lie outside ASCII and `anchor` leaves them out: its starts are then every match's
  /// only in a text of ASCII bytes alone ("déménage" or "pars": in "I pars today", where "pars" starts).
  public let anchorNeedsASCIIText: Bool
  /// Where a batch's `LiteralStarts` notes the starts of `anchor`, once the analyzer has given it a slot (`nil`: not
  /// noted).
  public internal(set) var anchorSlot: Int?

  /// A word a match can start with.
  public struct LeadingWord: Sendable, Hashable {
    /// Its adjacent byte pairs, ASCII lowercased.
    public let pairs: PairSet
    /// Bytes whose presence admits the text anyway: a non-ASCII word's other cases, or the
    /// non-ASCII letters a caseless ASCII letter matches (K for `k`, ſ for `s`).
    public let otherForms: ByteSet
  }

  /// Reads the trigger of a compiled pattern, its words and bytes from `source` (default: the pattern's own).
  public init(_ pattern: Pattern, source: String? = nil) {
    let source = source ?? pattern.source
    let info = pattern.startInfo
    minimumLength = info.minimumLength
    firstBytes = info.firstUnits.map(ByteSet.init(bitmap:))
    requiredBytes = info.requiredUnits.isEmpty ? nil : ByteSet(info.requiredUnits)
    let caseless = pattern.options.contains(.caseless)
    let unicodeDigits = pattern.options.contains(.unicodeProperties)
    let extended = pattern.options.contains(.extended)
    (requiredSets, minimumDigits, minimumRun, minimumCapitals, requiredPairs) =
      extended ? ([], 0, 0, 0, []) : RequiredBytes.requirements(source, caseless: caseless, unicodeDigits: unicodeDigits)
    requiredLiterals = pattern.options.contains(.extended) ? [] : RequiredLiterals.of(source, caseless: caseless)
    let words = pattern.options.contains(.extended) ? nil : LeadingLiterals.of(source)
    let anchorWords = pattern.options.contains(.extended) ? nil : LeadingLiterals.of(source, spaceRuns: true)
    let asciiWords = (anchorWords ?? []).map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
    if let anchorWords, !source.contains("\\G"), !asciiWords.isEmpty,
      asciiWords.allSatisfy({ !$0.isEmpty && $0[0] != 0x20 && $0[0] != 0x09 })
    {
      anchor = RequiredLiterals.LiteralSet(asciiWords.map { RequiredLiterals.Literal($0) })
      anchorNeedsASCIIText = asciiWords.count < anchorWords.count
    } else {
      (anchor, anchorNeedsASCIIText) = (nil, false)
    }
    leadingWords = words?.map { word in
      let bytes = Array(word.utf8)
      var otherForms = ByteSet()
      if bytes.contains(where: { $0 >= 0x80 }) {
        // Non-ASCII letters fold case outside ASCII: any non-ASCII text may hold the word.
        for byte in UInt8(0x80)...UInt8(0xFF) { otherForms.insert(byte) }
      } else if caseless, bytes.contains(where: { $0 == UInt8(ascii: "k") || $0 == UInt8(ascii: "s") }) {
        otherForms.insert(0xE2)  // K (Kelvin sign, U+212A) starts with E2
        otherForms.insert(0xC5)  // ſ (long s, U+017F) starts with C5
      }
      return LeadingWord(pairs: PairSet(of: bytes), otherForms: otherForms)
    }
  }

  /// Whether a text of `length` bytes with the profile `present` can contain a match.
  @inline(__always)
  public func admits(length: Int, present: TextProfile) -> Bool {
    guard length >= minimumLength, present.digits >= minimumDigits, present.longestRun >= minimumRun,
      present.longestCapitalRun >= minimumCapitals
    else { return false }
    if let requiredBytes, !requiredBytes.intersects(present.bytes) { return false }
    for set in requiredSets where !set.intersects(present.bytes) { return false }
    for pairs in requiredPairs where pairs & present.classPairs == 0 { return false }
    if let firstBytes, !firstBytes.intersects(present.bytes) { return false }
    if let leadingWords {
      return leadingWords.contains { present.pairs.contains($0.pairs) || $0.otherForms.intersects(present.bytes) }
    }
    return true
  }
}

extension PatternRecognizer.NamedPattern {
  /// A regular expression that could not be compiled, in terms a rule author can act on.
  public struct CompileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key of the rule that is wrong (`regex`, `flags` or `group`).
    public var key: String
    /// What is wrong.
    public var message: String
    /// The message.
    public var description: String { message }
  }

  /// A pattern matching any of `words` as whole words, case-insensitively (a deny list).
  ///
  /// - Parameters:
  ///   - name: The pattern's name.
  ///   - words: Literal words or phrases.
  ///   - score: The score of a match.
  /// - Throws: `CompileError` if the words produce an invalid expression (they should not: every metacharacter is escaped).
  public init(denyList words: [String], name: String = "deny_list", score: Double = 1.0) throws(CompileError) {
    let alternatives = words.sorted { $0.count > $1.count }.map(Self.escaped).joined(separator: "|")
    try self.init(name: name, regex: "(?<![\\w])(?:\(alternatives))(?![\\w])", flags: ["caseless"], score: score, group: 0)
  }

  /// `text` with every PCRE2 metacharacter escaped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\^$.|?*+()[]{}-/#".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// The regex flag names a rule file may use.
  public static var flagNames: [String] { Pattern.Options.byName.keys.sorted() }

  /// Compiles a pattern from its rule-file form.
  ///
  /// - Parameters:
  ///   - name: The pattern's name.
  ///   - regex: PCRE2 source.
  ///   - flags: Flag names (see `flagNames`).
  ///   - score: Base score.
  ///   - group: The capture group holding the entity.
  ///   - after: The patterns ("recognizer/pattern") one of which matches wherever this one does.
  /// - Throws: `CompileError` for an unknown flag, a regex that does not compile, or a missing group.
  public init(name: String, regex: String, flags: [String], score: Double, group: Int, after: [String] = []) throws(CompileError) {
    var options: Pattern.Options = []
    for flag in flags {
      guard let option = Pattern.Options.byName[flag] else {
        throw CompileError(key: "flags", message: "unknown flag '\(flag)'; known: \(Self.flagNames.joined(separator: ", "))")
      }
      options.insert(option)
    }
    let pattern: Pattern
    do {
      pattern = try Pattern(regex, options: options)
    } catch {
      if case .compile(_, let offset, let reason) = error {
        throw CompileError(key: "regex", message: "regex does not compile at offset \(offset): \(reason)")
      }
      throw CompileError(key: "regex", message: error.description)
    }
    guard group <= pattern.captureCount else {
      throw CompileError(key: "group", message: "group \(group) does not exist; the regex has \(pattern.captureCount)")
    }
    // Where PCRE2 cannot tell which characters a match starts with, it tries the whole pattern at every byte; a
    // lookahead listing them (every match passes it anyway) lets it skip to those positions.
    if pattern.startInfo.firstUnits == nil, !options.contains(.extended),
      let hinted = FirstCharacters.hinted(
        regex, caseless: options.contains(.caseless), unicode: options.contains(.unicodeProperties)),
      let faster = try? Pattern(hinted, options: options)
    {
      self.init(name: name, pattern: faster, score: score, group: group, after: after, source: regex)
      return
    }
    self.init(name: name, pattern: pattern, score: score, group: group, after: after)
  }
}
