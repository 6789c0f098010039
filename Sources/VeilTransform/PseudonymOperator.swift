import VeilCore

/// Replaces a finding with a realistic surrogate chosen by HMAC-SHA-256(key, type, normalized value).
///
/// The same value maps to the same surrogate across a dataset, across shards and across
/// runs with the same key. A person's given name and surname are keyed separately, so
/// "Terry Dean", "Terry" and "Mr Dean" stay coherent without any shared state.
public struct PseudonymOperator: Operator {
  /// `pseudonym`.
  public let name = "pseudonym"
  /// The key.
  public let key: PseudonymKey
  /// Where person surrogates come from.
  public let names: SurrogateNames
  /// Makes the mapping injective, when given.
  public let vault: (any SurrogateVault)?
  /// Whether an email keeps its domain's shape (`corp-mail.example.co.uk` → `xgpr-xzdn.qkvwrsd.co.uk`)
  /// instead of moving to a reserved domain.
  public let keepDomainShape: Bool

  /// Creates the operator.
  public init(key: PseudonymKey, names: SurrogateNames, vault: (any SurrogateVault)? = nil, keepDomainShape: Bool = false) {
    self.key = key
    self.vault = vault
    self.keepDomainShape = keepDomainShape
    let usable = !(names.givenNames.values.allSatisfy(\.isEmpty)) && !names.surnames.isEmpty
    self.names = usable ? names : .builtInFallback
  }

  /// A deterministic random stream for `value` of `entity`.
  func random(_ entity: String, _ value: String) -> SurrogateRandom {
    SurrogateRandom(seed: key.authenticationCode(["pseudonym", entity, value]))
  }

  /// The surrogate for `original`: never the original itself (a value already in a
  /// reserved range, such as 198.51.100.7, is drawn again from the same stream).
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String {
    let normalized = ValueNormalizer.key(for: original, entity: finding.entity)
    var stream = random(finding.entity.rawValue, normalized)
    if let vault {
      // Candidate n: the n-th draw from the value's stream; past 16, a same-shape value,
      // so that even a small reserved range (NANP 555-01xx) cannot exhaust the vault.
      var drawn: [String] = []
      let result = try? vault.surrogate(type: finding.entity.rawValue, normalized: normalized, original: original) { n in
        while drawn.count <= n {
          drawn.append(drawn.count < 16 ? draw(original, normalized, finding, &stream) : Surrogates.sameShape(original, &stream))
        }
        return drawn[n]
      }
      // A vault that cannot answer leaves a tag: the value never passes through.
      return result ?? "<\(finding.entity.rawValue)>"
    }
    var surrogate = draw(original, normalized, finding, &stream)
    var attempts = 1
    while attempts < 8 && ValueNormalizer.key(for: surrogate, entity: finding.entity) == normalized {
      surrogate = draw(original, normalized, finding, &stream)
      attempts += 1
    }
    return surrogate
  }

  private func draw(_ original: String, _ normalized: String, _ finding: Finding, _ stream: inout SurrogateRandom) -> String {
    switch finding.entity {
    case .person: return person(original, titled: finding.explanation.notes.contains { $0.hasPrefix("title") })
    case .emailAddress:
      var nameStream = random("EMAIL_ADDRESS.name", normalized)
      let given = pick(allGiven, &nameStream)
      let family = pick(names.surnames, &nameStream)
      let email = Surrogates.email(original, localPart: [given.lowercased(), family.lowercased()], &stream)
      guard keepDomainShape, let at = original.lastIndex(of: "@"), let newAt = email.lastIndex(of: "@") else { return email }
      // Same-shape domain labels, public suffix (the last label) kept.
      let domain = original[original.index(after: at)...]
      let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
      let shaped = labels.enumerated().map { index, label in
        index == labels.count - 1 ? String(label) : Surrogates.sameShape(String(label), &stream).lowercased()
      }
      return String(email[...newAt]) + shaped.joined(separator: ".")
    case .phoneNumber: return Surrogates.phone(original, &stream)
    case .creditCard: return Surrogates.creditCard(original, &stream)
    case .ibanCode: return Surrogates.iban(original, &stream)
    case .ipAddress: return Surrogates.ipAddress(original, &stream)
    case .url: return Surrogates.url(original, &stream)
    case .usSSN: return Surrogates.usSSN(original, &stream)
    case .macAddress: return Surrogates.macAddress(original, &stream)
    case .dateTime:
      // A real date in the same format, moved by a value-keyed offset of up to a year.
      guard let date = DateValue.parse(original), date.day != nil else { return "<\(finding.entity.rawValue)>" }
      let days = stream.next(below: 730) - 365
      return date.shifted(by: days == 0 ? 1 : days).formatted()
    default: return Surrogates.sameShape(original, &stream)
    }
  }

  private var allGiven: [String] { names.givenNames.keys.sorted().flatMap { names.givenNames[$0] ?? [] } }

  private func pick(_ list: [String], _ stream: inout SurrogateRandom) -> String {
    list.isEmpty ? "x" : list[stream.next(below: list.count)]
  }

  /// A person's name, token by token: given names and surnames keyed on their own.
  private func person(_ original: String, titled: Bool) -> String {
    let tokens = original.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    var parts: [NamePart] = []
    for (index, token) in tokens.enumerated() {
      if index > 0 { parts.append(.other(" ")) }
      let key = token.lowercased()
      if token.count == 2, token.hasSuffix("."), let letter = token.first {
        parts.append(.initial(letter))
      } else if tokens.count == 1 {
        let isGiven = names.genderOf[key] != nil && !titled
        parts.append(isGiven ? .given(token) : .family(token))
      } else if index == tokens.count - 1 {
        parts.append(.family(token))
      } else {
        parts.append(.given(token))
      }
    }
    let gender = tokens.lazy.compactMap { names.genderOf[$0.lowercased()] }.first ?? "u"
    let given = (names.givenNames[gender].flatMap { $0.isEmpty ? nil : $0 }) ?? allGiven
    return Surrogates.personName(parts: parts, firstNames: given, surnames: names.surnames) { part in
      switch part {
      case .given(let text): random("PERSON.given", text.lowercased())
      case .family(let text): random("PERSON.family", text.lowercased())
      case .initial(let letter): random("PERSON.initial", String(letter).lowercased())
      case .other(let text): random("PERSON.other", text.lowercased())
      }
    }
  }
}
