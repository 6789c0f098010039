import VeilCore
import VeilTransform

/// What keyed and hierarchical operators need besides their own parameters.
public struct OperatorContext: Sendable {
  /// The pseudonymization key, if one was given.
  public var key: PseudonymKey?
  /// City → region → country, for `generalize` of places.
  public var places: LocationHierarchy
  /// Names to draw person surrogates from.
  public var names: SurrogateNames
  /// Makes pseudonyms injective, when a vault is used.
  public var vault: (any SurrogateVault)?

  /// Creates a context.
  public init(
    key: PseudonymKey? = nil, places: LocationHierarchy = LocationHierarchy(), names: SurrogateNames = SurrogateNames(),
    vault: (any SurrogateVault)? = nil
  ) {
    self.key = key
    self.vault = vault
    self.places = places
    self.names = names
  }
}

/// How one entity type is replaced, as written in the configuration, with typed parameters.
public enum OperatorSpec: Sendable, Hashable, CustomStringConvertible {
  /// `<TYPE>`, or `<TYPE_n>` when numbered.
  case tag(numbered: Bool)
  /// Removed.
  case redact
  /// Letters and digits masked, the last `keepLast` kept.
  case mask(character: Character, keepLast: Int)
  /// The original, unchanged (for types that are detected only to be reported).
  case keep
  /// A keyed HMAC of the normalized value.
  case hash(bits: Int, encoding: HashOperator.Encoding)
  /// A realistic keyed surrogate of the same shape; emails keep their domain's shape when asked.
  case pseudonym(keepDomainShape: Bool)
  /// A coarser value.
  case generalize(GeneralizeOperator.Level)
  /// The date moved by a per-subject keyed offset.
  case shiftDate(maxDays: Int)

  /// The names accepted as `type`.
  public static let names = ["tag", "redact", "mask", "keep", "hash", "pseudonym", "generalize", "shift_date"]

  /// Whether the operator needs the pseudonymization key.
  public var needsKey: Bool {
    switch self {
    case .hash, .pseudonym, .shiftDate: true
    default: false
    }
  }

  /// The operator in words, for reports.
  public var description: String {
    switch self {
    case .tag(let numbered): numbered ? "tag (numbered)" : "tag"
    case .redact: "redact"
    case .mask(_, let keepLast): keepLast > 0 ? "mask (keep last \(keepLast))" : "mask"
    case .keep: "keep"
    case .hash(let bits, let encoding): "hash (\(bits) bits, \(encoding.rawValue))"
    case .pseudonym(let keepDomainShape): keepDomainShape ? "pseudonym (email domain shape kept)" : "pseudonym"
    case .generalize(let level): "generalize (\(level))"
    case .shiftDate(let maxDays): "shift_date (up to \(maxDays) days)"
    }
  }

  /// The operator this spec describes.
  ///
  /// - Throws: `KeyError.missing` when it needs a key and the context has none.
  public func makeOperator(_ context: OperatorContext) throws(KeyError) -> any Operator {
    func key() throws(KeyError) -> PseudonymKey {
      guard let key = context.key else { throw .missing("the '\(Self.name(of: self))' operator") }
      return key
    }
    switch self {
    case .tag(let numbered): return TagOperator(numbered: numbered)
    case .redact: return RedactOperator()
    case .mask(let character, let keepLast): return MaskOperator(character: character, keepLast: keepLast)
    case .keep: return KeepOperator()
    case .hash(let bits, let encoding): return HashOperator(key: try key(), bits: bits, encoding: encoding)
    case .pseudonym(let keepDomainShape):
      return PseudonymOperator(key: try key(), names: context.names, vault: context.vault, keepDomainShape: keepDomainShape)
    case .generalize(let level): return GeneralizeOperator(level: level, places: context.places)
    case .shiftDate(let maxDays): return ShiftDateOperator(key: try key(), maxDays: maxDays)
    }
  }

  static func name(of spec: OperatorSpec) -> String {
    switch spec {
    case .tag: "tag"
    case .redact: "redact"
    case .mask: "mask"
    case .keep: "keep"
    case .hash: "hash"
    case .pseudonym: "pseudonym"
    case .generalize: "generalize"
    case .shiftDate: "shift_date"
    }
  }

  /// The spec for a bare operator name with default parameters, e.g. from `--operator`.
  public static func named(_ name: String) -> OperatorSpec? {
    switch name {
    case "tag": .tag(numbered: false)
    case "redact": .redact
    case "mask": .mask(character: "*", keepLast: 0)
    case "keep": .keep
    case "hash": .hash(bits: 64, encoding: .hex)
    case "pseudonym": .pseudonym(keepDomainShape: false)
    case "shift_date": .shiftDate(maxDays: 365)
    case "generalize": .generalize(.month)
    default: nil
    }
  }

  /// Reads a spec: a bare name, or `{type: NAME, ...parameters}`; problems are logged.
  static func read(_ node: YAMLNode) -> OperatorSpec? {
    let known = names.joined(separator: ", ")
    if node.isScalar {
      guard let name = node.string() else { return nil }
      guard let spec = named(name) else {
        node.problem("unknown operator '\(name)'; known: \(known)")
        return nil
      }
      return spec
    }
    guard let members = node.members(allowed: ["type", "numbered", "char", "keep_last", "bits", "encoding", "to", "width", "keep", "decimals", "max_days", "keep_domain_shape"])
    else { return nil }
    guard let type = members["type"]?.string() else {
      node.problem("missing 'type' (one of \(known))")
      return nil
    }
    switch type {
    case "tag":
      return .tag(numbered: members["numbered"]?.bool() ?? false)
    case "redact": return .redact
    case "keep": return .keep
    case "pseudonym": return .pseudonym(keepDomainShape: members["keep_domain_shape"]?.bool() ?? false)
    case "mask":
      let text = members["char"]?.string() ?? "*"
      guard text.count == 1, let character = text.first else {
        members["char"]?.problem("the masking character must be exactly one character")
        return nil
      }
      return .mask(character: character, keepLast: members["keep_last"]?.int(in: 0...64) ?? 0)
    case "hash":
      let bits = members["bits"]?.int(in: 64...256) ?? 64
      let encodingName = members["encoding"]?.string() ?? "hex"
      guard let encoding = HashOperator.Encoding(rawValue: encodingName) else {
        members["encoding"]?.problem("unknown encoding '\(encodingName)'; known: hex, base32")
        return nil
      }
      return .hash(bits: bits, encoding: encoding)
    case "shift_date":
      return .shiftDate(maxDays: members["max_days"]?.int(in: 1...36500) ?? 365)
    case "generalize":
      let to = members["to"]?.string() ?? "month"
      switch to {
      case "month": return .generalize(.month)
      case "year": return .generalize(.year)
      case "region": return .generalize(.region)
      case "country": return .generalize(.country)
      case "band": return .generalize(.band(members["width"]?.int(in: 1...1_000_000) ?? 10))
      case "truncate": return .generalize(.truncate(members["keep"]?.int(in: 0...64) ?? 3))
      case "grid": return .generalize(.grid(members["decimals"]?.int(in: 0...4) ?? 1))
      default:
        members["to"]?.problem("unknown level '\(to)'; known: month, year, region, country, band, truncate, grid")
        return nil
      }
    default:
      members["type"]?.problem("unknown operator '\(type)'; known: \(known)")
      return nil
    }
  }
}
