/// Settings of a `veil kanon` run.
public struct KAnonymityOptions: Sendable, Equatable {
  /// Minimum released class size.
  public var k: Int
  /// Largest fraction of records that may be suppressed (0.05 = 5%).
  public var suppressionLimit: Double
  /// The metric to minimize.
  public var metric: KAnonymityMetric
  /// Minimum distinct sensitive values per released class; needs `sensitive`.
  public var lDiversity: Int?
  /// The sensitive column (reported as `l_diversity`; required for `lDiversity`).
  public var sensitive: String?
  /// The data file's field separator (the output uses the same).
  public var delimiter: UInt8
  /// The separator of hierarchy files; nil detects `;` or `,` from the first line.
  public var hierarchyDelimiter: UInt8?
  /// Drop suppressed records instead of writing them with every quasi-identifier `*`.
  public var dropSuppressed: Bool
  /// The quasi-identifiers and their hierarchies, in lattice order.
  public var quasiIdentifiers: [QuasiIdentifier]

  /// Creates options; defaults are k = 5, no suppression, discernibility, `,` separated.
  public init(
    k: Int = 5, suppressionLimit: Double = 0, metric: KAnonymityMetric = .discernibility,
    lDiversity: Int? = nil, sensitive: String? = nil, delimiter: UInt8 = UInt8(ascii: ","),
    hierarchyDelimiter: UInt8? = nil, dropSuppressed: Bool = false, quasiIdentifiers: [QuasiIdentifier] = []
  ) {
    self.k = k
    self.suppressionLimit = suppressionLimit
    self.metric = metric
    self.lDiversity = lDiversity
    self.sensitive = sensitive
    self.delimiter = delimiter
    self.hierarchyDelimiter = hierarchyDelimiter
    self.dropSuppressed = dropSuppressed
    self.quasiIdentifiers = quasiIdentifiers
  }

  /// The privacy model these options describe.
  public var model: PrivacyModel {
    PrivacyModel(k: k, lDiversity: lDiversity, suppressionLimit: suppressionLimit, metric: metric)
  }

  /// Throws when the options contradict each other.
  public func validate() throws {
    try model.validate()
    guard !quasiIdentifiers.isEmpty else {
      throw KAnonymityError.invalidOptions("at least one quasi-identifier (NAME=HIERARCHY) is needed")
    }
    var seen = Set<String>()
    for qi in quasiIdentifiers where !seen.insert(qi.name).inserted {
      throw KAnonymityError.invalidOptions("quasi-identifier '\(qi.name)' is given twice")
    }
    if lDiversity != nil && sensitive == nil {
      throw KAnonymityError.invalidOptions("l-diversity needs a sensitive column")
    }
    if let sensitive, seen.contains(sensitive) {
      throw KAnonymityError.invalidOptions("'\(sensitive)' cannot be both sensitive and a quasi-identifier")
    }
    let quote = UInt8(ascii: "\"")
    guard delimiter != quote, delimiter != 10, delimiter != 13 else {
      throw KAnonymityError.invalidOptions("the delimiter cannot be a quote or a line break")
    }
  }
}
