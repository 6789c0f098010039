/// A calendar date read from text, remembering how it was written so it can be written back the same way.
///
/// Forms: ISO `2024-03-15` (with any time suffix), numeric `15/03/2024`, `03/15/24`,
/// `15.03.2024`, written `March 15, 2024`, `Mar 15th`, `15 March 2024`, `March 2024`.
struct DateValue: Equatable {
  enum Form: Equatable {
    /// `YYYY-MM-DD` followed by `suffix` (a time, kept as is).
    case iso(suffix: String)
    /// Numeric with a separator; `dayFirst` tells the field order; `shortYear` for two-digit years.
    case numeric(separator: Character, dayFirst: Bool, shortYear: Bool, padded: Bool)
    /// Month name first (`March 15, 2024`); `abbreviated` keeps `Mar`; `ordinal` keeps `15th`.
    case monthFirst(abbreviated: Bool, ordinal: Bool, comma: Bool)
    /// Day first (`15 March 2024`).
    case dayFirst(abbreviated: Bool, ordinal: Bool)
    /// `March 2024`.
    case monthYear(abbreviated: Bool)
  }

  var year: Int?
  var month: Int
  var day: Int?
  var form: Form

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// Reads `text`, or `nil` when it is not one of the supported forms or not a real date.
  static func parse(_ text: String) -> DateValue? {
    let value = parseForm(text)
    guard let value, (1...12).contains(value.month) else { return nil }
    if let day = value.day {
      guard day >= 1, day <= daysIn(month: value.month, year: value.year ?? 2000) else { return nil }
    }
    return value
  }

  private static func parseForm(_ text: String) -> DateValue? {
    let chars = Array(text)
    // ISO.
    if chars.count >= 10, chars[4] == "-", chars[7] == "-", let year = Int(String(chars[0..<4])),
      let month = Int(String(chars[5..<7])), let day = Int(String(chars[8..<10]))
    {
      return DateValue(year: year, month: month, day: day, form: .iso(suffix: String(chars[10...])))
    }
    // Numeric with one kind of separator.
    for separator: Character in ["/", ".", "-"] {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { continue }
      guard let a = Int(parts[0]), let b = Int(parts[1]), var year = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2
      else { return nil }
      let shortYear = parts[2].count == 2
      if shortYear { year += year < 70 ? 2000 : 1900 }
      // Day first unless that cannot be (13/…), the US order then.
      let dayFirst = !(b > 12 && a <= 12)
      let padded = parts[0].count == 2 && parts[1].count == 2
      return DateValue(
        year: year, month: dayFirst ? b : a, day: dayFirst ? a : b,
        form: .numeric(separator: separator, dayFirst: dayFirst, shortYear: shortYear, padded: padded))
    }
    // Written forms.
    let words = text.replacingOccurrences(of: ",", with: " ,").split(separator: " ").map(String.init)
    func month(_ word: String) -> (Int, Bool)? {
      let cleaned = word.hasSuffix(".") ? String(word.dropLast()) : word
      for (index, name) in monthNames.enumerated() {
        if cleaned.lowercased() == name.lowercased() { return (index + 1, false) }
        if cleaned.count >= 3, name.lowercased().hasPrefix(cleaned.lowercased()) { return (index + 1, true) }
      }
      return nil
    }
    func day(_ word: String) -> (Int, Bool)? {
      let digits = word.prefix { $0.isNumber }
      guard let value = Int(digits), !digits.isEmpty, digits.count <= 2 else { return nil }
      let rest = word.dropFirst(digits.count)
      guard rest.isEmpty || ["st", "nd", "rd", "th"].contains(rest.lowercased()) else { return nil }
      return (value, !rest.isEmpty)
    }
    let filtered = words.filter { $0 != "," && $0.lowercased() != "of" }
    let comma = words.contains(",")
    if let first = filtered.first, let (m, abbreviated) = month(first) {
      if filtered.count >= 2, let (d, ordinal) = day(filtered[1]) {
        let year = filtered.count >= 3 ? Int(filtered[2]) : nil
        return DateValue(year: year, month: m, day: d, form: .monthFirst(abbreviated: abbreviated, ordinal: ordinal, comma: comma))
      }
      if filtered.count == 2, let year = Int(filtered[1]), filtered[1].count == 4 {
        return DateValue(year: year, month: m, day: nil, form: .monthYear(abbreviated: abbreviated))
      }
    }
    if filtered.count >= 2, let (d, ordinal) = day(filtered[0]), let (m, abbreviated) = month(filtered[1]) {
      let year = filtered.count >= 3 ? Int(filtered[2]) : nil
      return DateValue(year: year, month: m, day: d, form: .dayFirst(abbreviated: abbreviated, ordinal: ordinal))
    }
    return nil
  }

  /// The date written in its original form.
  func formatted() -> String {
    let monthName = Self.monthNames[month - 1]
    func name(_ abbreviated: Bool) -> String { abbreviated ? String(monthName.prefix(3)) : monthName }
    func ordinalSuffix(_ day: Int) -> String {
      if (11...13).contains(day % 100) { return "th" }
      switch day % 10 {
      case 1: return "st"
      case 2: return "nd"
      case 3: return "rd"
      default: return "th"
      }
    }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    switch form {
    case .iso(let suffix):
      return "\(year ?? 2000)-\(two(month))-\(two(day ?? 1))\(suffix)"
    case .numeric(let separator, let dayFirst, let shortYear, let padded):
      let d = padded ? two(day ?? 1) : "\(day ?? 1)"
      let m = padded ? two(month) : "\(month)"
      let y = shortYear ? two((year ?? 2000) % 100) : "\(year ?? 2000)"
      return dayFirst ? "\(d)\(separator)\(m)\(separator)\(y)" : "\(m)\(separator)\(d)\(separator)\(y)"
    case .monthFirst(let abbreviated, let ordinal, let comma):
      var text = "\(name(abbreviated)) \(day ?? 1)\(ordinal ? ordinalSuffix(day ?? 1) : "")"
      if let year { text += (comma ? ", " : " ") + "\(year)" }
      return text
    case .dayFirst(let abbreviated, let ordinal):
      var text = "\(day ?? 1)\(ordinal ? ordinalSuffix(day ?? 1) : "") \(name(abbreviated))"
      if let year { text += " \(year)" }
      return text
    case .monthYear(let abbreviated):
      return "\(name(abbreviated)) \(year ?? 2000)"
    }
  }

  /// The date generalized to its month, written in a form close to the original.
  func monthOnly() -> String {
    let monthName = Self.monthNames[month - 1]
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    switch form {
    case .iso: return year.map { "\($0)-\(two(month))" } ?? monthName
    case .numeric(let separator, _, let shortYear, _):
      let y = shortYear ? two((year ?? 2000) % 100) : "\(year ?? 2000)"
      return "\(two(month))\(separator)\(y)"
    case .monthFirst(let abbreviated, _, _), .dayFirst(let abbreviated, _), .monthYear(let abbreviated):
      let name = abbreviated ? String(monthName.prefix(3)) : monthName
      return year.map { "\(name) \($0)" } ?? name
    }
  }

  /// Shifted by `days` (the year is needed; dates without one wrap within an assumed leap year).
  func shifted(by days: Int) -> DateValue {
    guard let day else { return self }
    var ordinal = Self.ordinal(year: year ?? 2000, month: month, day: day) + days
    var result = self
    var y = year ?? 2000
    while ordinal < 1 {
      y -= 1
      ordinal += Self.isLeap(y) ? 366 : 365
    }
    while ordinal > (Self.isLeap(y) ? 366 : 365) {
      ordinal -= Self.isLeap(y) ? 366 : 365
      y += 1
    }
    var m = 1
    while ordinal > Self.daysIn(month: m, year: y) {
      ordinal -= Self.daysIn(month: m, year: y)
      m += 1
    }
    result.year = year == nil ? nil : y
    result.month = m
    result.day = ordinal
    return result
  }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func ordinal(year: Int, month: Int, day: Int) -> Int {
    (1..<month).reduce(day) { $0 + daysIn(month: $1, year: year) }
  }
}
