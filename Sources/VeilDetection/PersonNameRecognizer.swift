import VeilCore

/// Finds people's names by combining evidence, not by dictionary lookup alone.
///
/// Evidence for: a first-name hit, a surname hit, adjacent capitalized name tokens
/// ("Terry Dean"), initials ("J. Dean"), a title before ("Dr", "Mr."), a cue phrase
/// before ("my name is", "ask for", "regards,"). Evidence against: a word that is also
/// an ordinary word ("Will", "May", "Mark"), a capitalized word that only starts a
/// sentence, all-caps noise, an organization suffix after ("Dean Ltd"), a handle ("@dean").
/// Every finding lists the evidence that fired.
public struct PersonNameRecognizer: TokenRecognizer {
  /// The lexicons the recognizer draws on.
  public struct Lexicons: Sendable {
    /// Given names.
    public var firstNames: Gazetteer
    /// Family names.
    public var surnames: Gazetteer
    /// Honorifics (`Mr`, `Dr`, `Sra`).
    public var titles: Gazetteer
    /// Phrases that precede a name, as token keys (`["my", "name", "is"]`).
    public var cues: [[String]] { didSet { cuesByLastWord = Self.index(cues) } }
    /// The cues grouped by their last word, longest first, so a lookup checks only the cues that can end here.
    private(set) var cuesByLastWord: [String: [[String]]] = [:]
    /// Lowercased ordinary words that are also names.
    public var commonWords: Set<String>
    /// Organization legal-form suffixes (`Inc`, `GmbH`).
    public var organizationSuffixes: Gazetteer
    /// Lowercased function words (`can`, `in`, `just`) that are never names on their own.
    public var stopwords: Set<String>

    /// Creates lexicons.
    public init(
      firstNames: Gazetteer, surnames: Gazetteer, titles: Gazetteer = Gazetteer(), cues: [[String]] = [],
      commonWords: Set<String> = [], organizationSuffixes: Gazetteer = Gazetteer(), stopwords: Set<String> = []
    ) {
      self.stopwords = stopwords
      self.cuesByLastWord = Self.index(cues)
      self.firstNames = firstNames
      self.surnames = surnames
      self.titles = titles
      self.cues = cues
      self.commonWords = commonWords
      self.organizationSuffixes = organizationSuffixes
    }

    static func index(_ cues: [[String]]) -> [String: [[String]]] {
      var byLast: [String: [[String]]] = [:]
      for cue in cues.sorted(by: { $0.count > $1.count }) {
        if let last = cue.last { byLast[last, default: []].append(cue) }
      }
      return byLast
    }
  }

  /// The recognizer's identifier.
  public let id: RecognizerID
  /// The entity type reported (`PERSON`).
  public let entity: EntityType
  /// The lexicons.
  public let lexicons: Lexicons

  /// The entity types it reports.
  public var entities: Set<EntityType> { [entity] }

  /// Creates the recognizer.
  public init(id: RecognizerID = "person_names", entity: EntityType = .person, lexicons: Lexicons) {
    self.id = id
    self.entity = entity
    self.lexicons = lexicons
  }

  static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "el", "dos", "das", "ter"]

  /// Appends a finding for each name found.
  public func recognize(_ text: TokenizedText, into findings: inout [Finding]) {
    var index = 0
    while index < text.tokens.count {
      if let (end, finding) = evaluateRun(in: text, from: index) {
        findings.append(finding)
        index = end + 1
      } else {
        index += 1
      }
    }
  }

  private func isNameWord(_ text: TokenizedText, _ index: Int) -> Bool {
    lexicons.firstNames.contains(text.keys[index]) || lexicons.surnames.contains(text.keys[index])
  }

  /// Whether token `index` is a single capital letter followed by a period (an initial).
  private func isInitial(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    return token.kind == .word && token.range.count == 1 && token.shape == .capitalized && index + 1 < text.tokens.count
      && text.keys[index + 1] == "." && !text.tokens[index + 1].spaceBefore
  }

  private func evaluateRun(in text: TokenizedText, from start: Int) -> (Int, Finding)? {
    let tokens = text.tokens
    let first = tokens[start]
    guard first.kind == .word else { return nil }
    // A handle (@dean) or a word glued to a preceding symbol is not a name.
    if start > 0, tokens[start - 1].kind == .punctuation, !first.spaceBefore,
      ["@", "#", "/", "_", "."].contains(text.keys[start - 1])
    {
      return nil
    }
    let cue = cueBefore(text, start)
    let title = titleBefore(text, start)
    // After a cue ("my name is"), a lowercase word counts if it is a known name and not an ordinary word.
    let lowercaseAllowed = cue != nil && isNameWord(text, start) && !isCommon(text, start)
    guard first.shape == .capitalized || lowercaseAllowed, !isCode(text, start) else { return nil }
    if lexicons.titles.contains(text.keys[start]) { return nil }
    // "Thanks Jane": a word capitalized only because it starts the sentence is not part of the name.
    // (After a title, the title's period does not start a sentence: "Dr. Cettina Fanucci".)
    let startsSentence = first.startsSentence && title == nil
    if startsSentence, !isNameWord(text, start), !isInitial(text, start), start + 1 < tokens.count,
      tokens[start + 1].shape == .capitalized, tokens[start + 1].spaceBefore
    {
      return nil
    }

    // Collect the run: capitalized words (or name words after a cue), initials, particles.
    var words: [Int] = []
    var index = start
    var end = start
    while index < tokens.count, words.count < 4 {
      let token = tokens[index]
      if index > start && (!token.spaceBefore || token.lineBreakBefore) { break }
      if token.kind != .word { break }
      // "Dean Ltd", "Acme GmbH": an organization, not a person.
      if lexicons.organizationSuffixes.contains(text.keys[index]) { return nil }
      if isInitial(text, index) {
        words.append(index)
        end = index + 1
        index += 2
        continue
      }
      // Codes (ORD-2024, GB82) and the pronoun "I" are not name words.
      if isCode(text, index) || text.keys[index] == "i" { break }
      if token.shape == .capitalized || (lowercaseAllowed && isNameWord(text, index) && !isCommon(text, index)) {
        words.append(index)
        end = index
        index += 1
        continue
      }
      if !words.isEmpty, Self.particles.contains(text.keys[index]) {
        // "de la Garcia": particles count only when a capitalized word follows them.
        var next = index + 1
        while next < tokens.count, Self.particles.contains(text.keys[next]) { next += 1 }
        if next < tokens.count, tokens[next].shape == .capitalized, tokens[next].spaceBefore {
          index = next
          continue
        }
      }
      break
    }
    guard !words.isEmpty else { return nil }

    var notes: [String] = []
    var score: Double
    let firstKey = text.keys[words[0]]
    let lastKey = text.keys[words[words.count - 1]]
    let firstIsGiven = lexicons.firstNames.contains(firstKey)
    let lastIsSurname = lexicons.surnames.contains(lastKey)
    let nameWords = words.filter { isNameWord(text, $0) }
    let allCommon = words.allSatisfy { isCommon(text, $0) || isInitial(text, $0) }
    if words.count >= 2 {
      if (firstIsGiven || isInitial(text, words[0])) && lastIsSurname {
        score = 0.85
        notes.append(isInitial(text, words[0]) ? "initial + surname" : "first name + surname")
      } else if firstIsGiven {
        score = 0.6
        notes.append("first name in a run of \(words.count) capitalized words")
      } else if !nameWords.isEmpty {
        score = 0.45
        notes.append("name word in a run of \(words.count) capitalized words")
      } else {
        score = 0.15
        notes.append("capitalized words, none a known name")
      }
      if allCommon {
        score -= 0.5
        notes.append("every word is also an ordinary word")
      }
    } else if firstIsGiven {
      let common = isCommon(text, words[0])
      score = common ? 0.2 : 0.55
      notes.append(common ? "first name that is also an ordinary word" : "first name")
    } else if lastIsSurname {
      let common = isCommon(text, words[0])
      score = common ? 0.1 : 0.4
      notes.append(common ? "surname that is also an ordinary word" : "surname")
    } else {
      score = 0.1
      notes.append("capitalized word, not a known name")
    }
    if let title {
      score += 0.4
      notes.append("title '\(title)' before")
    }
    if let cue {
      // A strong cue names whatever follows, unless it is an ordinary word ("this is Monday").
      score += allCommon ? 0 : 0.45
      notes.append("cue '\(cue)' before")
    }
    let speaker = isSpeakerLabel(text, start: start, end: end)
    if speaker {
      score += 0.3
      notes.append("speaker label ('Name:' at the start of a line)")
    }
    if startsSentence && cue == nil && !speaker && !firstIsGiven {
      score -= 0.15
      notes.append("starts a sentence")
    }
    if words.allSatisfy({ tokens[$0].shape == .upper }) && title == nil && cue == nil {
      score -= 0.3
      notes.append("all capitals")
    }
    score = min(1, max(0, score))
    guard score >= 0.3 else { return nil }
    let range = first.range.lowerBound..<tokens[end].range.upperBound
    let explanation = Explanation(recognizer: id, pattern: "name evidence", baseScore: score, notes: notes)
    return (end, Finding(entity: entity, range: range, score: score, explanation: explanation))
  }

  /// Whether token `index` is an ordinary word (a common word that is also a name, or a stopword).
  private func isCommon(_ text: TokenizedText, _ index: Int) -> Bool {
    lexicons.commonWords.contains(text.keys[index]) || lexicons.stopwords.contains(text.keys[index])
  }

  /// Whether the run stands alone at the start of a line followed by a colon ("Nicole: hi").
  private func isSpeakerLabel(_ text: TokenizedText, start: Int, end: Int) -> Bool {
    (start == 0 || text.tokens[start].lineBreakBefore) && end + 1 < text.tokens.count && text.keys[end + 1] == ":"
  }

  /// Whether token `index` is a code rather than a word: it holds digits, or is glued to a
  /// following `-`/`_` and number (`ORD-2024`, `GB82`).
  private func isCode(_ text: TokenizedText, _ index: Int) -> Bool {
    let bytes = text.unit.utf8[text.tokens[index].range]
    if bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
    let next = index + 1
    guard next + 1 < text.tokens.count, !text.tokens[next].spaceBefore, ["-", "_", "/"].contains(text.keys[next]),
      !text.tokens[next + 1].spaceBefore
    else { return false }
    return text.tokens[next + 1].kind == .number || text.tokens[next + 1].shape == .upper
  }

  /// The cue phrase ending right before token `index`, if any.
  private func cueBefore(_ text: TokenizedText, _ index: Int) -> String? {
    guard index > 0, let candidates = lexicons.cuesByLastWord[text.keys[index - 1]] else { return nil }
    for cue in candidates where cue.count <= index {
      let start = index - cue.count
      if (0..<cue.count).allSatisfy({ text.keys[start + $0] == cue[$0] }) { return cue.joined(separator: " ") }
    }
    return nil
  }

  /// The title right before token `index` ("Dr", "Dr.", "Mrs"), if any.
  private func titleBefore(_ text: TokenizedText, _ index: Int) -> String? {
    var position = index - 1
    if position >= 0, text.keys[position] == "." { position -= 1 }
    guard position >= 0, text.tokens[position].kind == .word, lexicons.titles.contains(text.keys[position]) else { return nil }
    return text.text(position)
  }
}
