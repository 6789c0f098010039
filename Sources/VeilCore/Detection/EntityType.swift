/// The kind of personal data a finding is, named as Presidio names it where Presidio has a name.
///
/// Entity types are open: rule files may introduce new ones, so this is a
/// string-backed struct rather than an enum.
public struct EntityType: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The name, e.g. `EMAIL_ADDRESS`.
  public let rawValue: String
  /// Creates an entity type from its name.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Creates an entity type from its name.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// Creates an entity type from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }
  /// The name.
  public var description: String { rawValue }
  /// Orders by name.
  public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Decodes from a plain string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  /// Encodes as a plain string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public static let emailAddress: EntityType = "EMAIL_ADDRESS"
  public static let phoneNumber: EntityType = "PHONE_NUMBER"
  public static let creditCard: EntityType = "CREDIT_CARD"
  public static let ibanCode: EntityType = "IBAN_CODE"
  public static let ipAddress: EntityType = "IP_ADDRESS"
  public static let url: EntityType = "URL"
  public static let usSSN: EntityType = "US_SSN"
  public static let dateTime: EntityType = "DATE_TIME"
  public static let macAddress: EntityType = "MAC_ADDRESS"
  public static let person: EntityType = "PERSON"
  public static let location: EntityType = "LOCATION"
  public static let address: EntityType = "ADDRESS"
  public static let organization: EntityType = "ORGANIZATION"
}

/// The stable identifier of a recognizer, e.g. `email`, used in rule files and reports.
public struct RecognizerID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier.
  public let rawValue: String
  /// Creates an identifier.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Creates an identifier.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// Creates an identifier from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }
  /// The identifier.
  public var description: String { rawValue }
  /// Orders by identifier.
  public static func < (lhs: RecognizerID, rhs: RecognizerID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Decodes from a plain string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  /// Encodes as a plain string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
