import VeilCore

/// Replaces a value with a coarser one: dates to month or year, places up a hierarchy,
/// numbers to bands, codes truncated, coordinates to a coarse grid. A value it cannot read becomes a tag (fail closed).
public struct GeneralizeOperator: Operator {
  /// How far to generalize.
  public enum Level: Sendable, Hashable {
    /// Dates to `2024-03`, `March 2024`.
    case month
    /// Dates to `2024`.
    case year
    /// Places to their region (city → region), via the location hierarchy.
    case region
    /// Places to their country.
    case country
    /// Numbers (ages, amounts) to bands of this width: `34` → `30-39`.
    case band(Int)
    /// Codes (postcodes) cut to this many leading characters, the rest `*`.
    case truncate(Int)
    /// Latitude and longitude rounded to this many decimal places (1: about 11 km), any input
    /// form written as `40.7, -74.0`; a lone labelled value (`"lng": -74.0060`) as `-74.0`.
    case grid(Int)
  }

  /// `generalize`.
  public let name = "generalize"
  /// The target level.
  public let level: Level
  /// Place → (region, country), keyed by lowercased name; used for `region` and `country`.
  public let places: LocationHierarchy

  /// Creates a generalize operator.
  public init(level: Level, places: LocationHierarchy = LocationHierarchy()) {
    self.level = level
    self.places = places
  }

  /// The generalized value, or `<TYPE>` when the value cannot be read at this level.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String {
    let fallback = "<\(finding.entity.rawValue)>"
    switch level {
    case .month:
      return DateValue.parse(original)?.monthOnly() ?? fallback
    case .year:
      if original.count == 4, Int(original) != nil { return original }
      return DateValue.parse(original)?.year.map(String.init) ?? fallback
    case .region:
      return places.lookup(original)?.region ?? places.lookup(original)?.country ?? fallback
    case .country:
      return places.lookup(original)?.country ?? fallback
    case .band(let width):
      let digits = original.filter(\.isNumber)
      guard let value = Int(digits), width > 0, digits.count == original.filter({ !$0.isWhitespace }).count else { return fallback }
      let low = value / width * width
      return "\(low)-\(low + width - 1)"
    case .truncate(let keep):
      let kept = original.prefix(keep)
      return kept + String(repeating: "*", count: max(0, original.count - kept.count))
    case .grid(let decimals):
      if let single = GeoCoordinate.parseDegrees(original) { return GeoCoordinate.rounded(single.degrees, to: decimals) }
      return GeoCoordinate.parse(original)?.rounded(to: decimals) ?? fallback
    }
  }
}

/// Places and what they lie in: city → region → country.
public struct LocationHierarchy: Sendable {
  /// Where a place lies.
  public struct Parents: Sendable, Hashable {
    /// The region (state, province), if known.
    public var region: String?
    /// The country.
    public var country: String?

    /// Creates parents.
    public init(region: String?, country: String?) {
      self.region = region
      self.country = country
    }
  }

  private var table: [String: Parents] = [:]

  /// Creates an empty hierarchy.
  public init() {}

  /// Records where `place` lies (the first record of a name wins).
  public mutating func add(_ place: String, region: String?, country: String?) {
    let key = place.lowercased()
    if table[key] == nil { table[key] = Parents(region: region, country: country) }
  }

  /// Where `place` lies, if known.
  public func lookup(_ place: String) -> Parents? {
    table[place.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()]
  }

  /// The number of places.
  public var count: Int { table.count }
}

/// Moves every date of one subject by the same key-derived number of days, keeping its format.
///
/// The offset depends only on the key and the subject (the configured subject field, e.g. a
/// user id, or else the record), so intervals between one subject's dates survive while
/// the dates themselves do not.
public struct ShiftDateOperator: Operator {
  /// `shift_date`.
  public let name = "shift_date"
  /// The key.
  public let key: PseudonymKey
  /// The largest shift, in days (never 0).
  public let maxDays: Int

  /// Creates the operator.
  public init(key: PseudonymKey, maxDays: Int = 365) {
    self.key = key
    self.maxDays = max(1, maxDays)
  }

  /// The subject's offset in days, in `-maxDays…maxDays` without 0.
  public func offset(for subject: String) -> Int {
    let mac = key.authenticationCode(["shift_date", subject])
    let value = mac.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let magnitude = Int(value % UInt64(maxDays)) + 1
    return mac[8] & 1 == 0 ? magnitude : -magnitude
  }

  /// The shifted date in its original format, or `<DATE_TIME>` when it cannot be read.
  public func replacement(for original: String, of finding: Finding, in scope: inout RecordScope) -> String {
    guard let date = DateValue.parse(original), date.day != nil else { return "<\(finding.entity.rawValue)>" }
    return date.shifted(by: offset(for: scope.subject ?? "")).formatted()
  }
}
