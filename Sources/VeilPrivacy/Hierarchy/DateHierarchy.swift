import Foundation

extension Hierarchy {
  /// Builds a date hierarchy: value → day `YYYY-MM-DD` → month `YYYY-MM` → year `YYYY` → `*`.
  ///
  /// Values are ISO dates (`2024-03-05`) or ISO timestamps (`2024-03-05T10:11:12Z`,
  /// `2024-03-05 10:11`); the day is the date as written (no time-zone conversion). When
  /// every value is a plain date the day level is the leaf itself, so the height is 3
  /// (day, month, year, `*`); with any timestamp it is 4 (value, day, month, year, `*`).
  public static func date(values: [String]) throws -> Hierarchy {
    var days: [String] = []
    days.reserveCapacity(values.count)
    var sawTimestamp = false
    for value in values {
      let trimmed = value.trimmingCharacters(in: .whitespaces)
      guard let day = isoDay(trimmed) else {
        throw KAnonymityError.invalidValue(
          column: nil, line: nil, value: value,
          reason: "is not an ISO date (YYYY-MM-DD) or timestamp (hierarchy date)")
      }
      if day != value { sawTimestamp = true }
      days.append(day)
    }
    var rows: [[String]] = []
    rows.reserveCapacity(values.count)
    for (value, day) in zip(values, days) {
      let month = String(day.prefix(7)), year = String(day.prefix(4))
      rows.append(sawTimestamp ? [value, day, month, year, "*"] : [value, month, year, "*"])
    }
    return try Hierarchy(rows: rows, source: "date")
  }

  /// The `YYYY-MM-DD` day of an ISO date or timestamp, or nil when it is not one.
  static func isoDay(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var result = 0
      for index in range {
        let digit = Int(bytes[index]) - 48
        guard digit >= 0, digit <= 9 else { return nil }
        result = result * 10 + digit
      }
      return result
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
    else { return nil }
    if bytes.count > 10 {
      let separator = bytes[10]
      guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: " "), bytes.count > 11,
        number(11..<min(13, bytes.count)) != nil
      else { return nil }
    }
    return String(decoding: bytes[0..<10], as: UTF8.self)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
