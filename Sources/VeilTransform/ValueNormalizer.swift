import VeilCore

/// Normalizes a found value so that spellings of the same thing compare equal.
///
/// "Jane.Doe@Example.com" and "jane.doe@example.com" are one email; "+1 (415) 555-0100"
/// and "415.555.0100" differ only in punctuation, so phone-like types keep only digits.
public enum ValueNormalizer {
  /// The comparison key of `value` for `entity`.
  public static func key(for value: String, entity: EntityType) -> String {
    switch entity {
    case .phoneNumber:
      let digits = value.unicodeScalars.filter { $0.properties.numericType != nil }.map(String.init).joined()
      // A leading country code 1 (NANP) is dropped so "+1 415…" equals "415…".
      if digits.count == 11, digits.hasPrefix("1") { return String(digits.dropFirst()) }
      return digits
    case .creditCard, .usSSN, .ibanCode, .macAddress:
      return value.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        .map(String.init).joined().uppercased()
    default:
      return value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
  }
}
