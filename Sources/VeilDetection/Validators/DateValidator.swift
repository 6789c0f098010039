import VeilCore

/// Calendar check for numeric and English written dates.
public struct DateValidator: Validator {
  /// The rule-file name.
  public let name = "date"

  /// Creates the validator.
  public init() {}

  /// Valid when some reading of the date is a real calendar day; unknown for unparsed forms.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    guard !text.isEmpty else { return .unknown }
    if text.allSatisfy({
      ByteClass.isDigit($0) || $0 == ByteClass.dash || $0 == ByteClass.slash || $0 == ByteClass.dot
    }) {
      return NumericDate.verdict(text)
    }
    return WrittenDate.verdict(text)
  }
}

/// Numeric dates: YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY and two-digit-year forms.
enum NumericDate {
  /// The verdict for a string of digits and one kind of separator.
  static func verdict(_ text: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let parts = split(text) else { return .unknown }
    let lengths = parts.map(\.count)
    let values = parts.map { ValidatorInput.number($0) }
    let short = lengths.map { $0 >= 1 && $0 <= 2 }
    var readings: [(years: [Int], month: Int, day: Int)] = []
    if lengths[0] == 4, short[1], short[2] {
      readings.append(([values[0]], values[1], values[2]))
    } else if lengths[2] == 4, short[0], short[1] {
      readings.append(([values[2]], values[1], values[0]))
      readings.append(([values[2]], values[0], values[1]))
    } else if short[0], short[1], short[2] {
      if lengths[2] == 2 {
        let years = twoDigitYears(values[2])
        readings.append((years, values[1], values[0]))
        readings.append((years, values[0], values[1]))
      }
      if lengths[0] == 2 {
        readings.append((twoDigitYears(values[0]), values[1], values[2]))
      }
    }
    if readings.isEmpty { return .unknown }
    let anyValid = readings.contains {
      ValidatorCalendar.isValid(years: $0.years, month: $0.month, day: $0.day)
    }
    return anyValid ? .valid : .invalid
  }

  /// Whether `text` is a numeric date form with a four-digit year that is a real date.
  static func isValidWithFullYear(_ text: ArraySlice<UInt8>) -> Bool {
    guard let parts = split(text), parts[0].count == 4 || parts[2].count == 4 else { return false }
    return verdict(text) == .valid
  }

  /// The three digit runs of `text` if it has exactly two identical separators from `-/.`.
  static func split(_ text: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
    var separator: UInt8?
    var parts: [ArraySlice<UInt8>] = []
    var start = text.startIndex
    for index in text.indices where !ByteClass.isDigit(text[index]) {
      let byte = text[index]
      guard byte == ByteClass.dash || byte == ByteClass.slash || byte == ByteClass.dot else {
        return nil
      }
      if let existing = separator, existing != byte { return nil }
      separator = byte
      parts.append(text[start..<index])
      start = index + 1
    }
    parts.append(text[start..<text.endIndex])
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
    return parts.map { slice in slice.map { $0 - 0x30 }[...] }
  }

  /// The 20th- and 21st-century readings of a two-digit year.
  static func twoDigitYears(_ year: Int) -> [Int] { [1900 + year, 2000 + year] }
}

/// English written dates such as "March 3, 2024", "3 March 2024", "Mar 3rd" or "3-Mar-24".
enum WrittenDate {
  private enum Token {
    case number(value: Int, length: Int, ordinal: Bool)
    case month(Int)
  }

  /// The verdict for a written date, or unknown when the form is not recognized.
  static func verdict(_ text: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let tokens = tokenize(text) else { return .unknown }
    var month: Int?
    var numbers: [(value: Int, length: Int, ordinal: Bool)] = []
    for token in tokens {
      switch token {
      case .month(let value):
        if month != nil { return .unknown }
        month = value
      case .number(let value, let length, let ordinal):
        numbers.append((value, length, ordinal))
      }
    }
    guard let month else { return .unknown }
    switch numbers.count {
    case 1:
      let only = numbers[0]
      if only.ordinal || only.length <= 2 {
        return only.value >= 1 && only.value <= ValidatorCalendar.daysIn(month: month, leap: true)
          ? .valid : .invalid
      }
      if only.length == 4 { return only.value >= 1 ? .valid : .invalid }
      return .unknown
    case 2:
      var eligible = false
      for (dayIndex, yearIndex) in [(0, 1), (1, 0)] {
        let day = numbers[dayIndex]
        let year = numbers[yearIndex]
        guard day.ordinal || day.length <= 2, !year.ordinal,
          year.length == 2 || year.length == 4
        else { continue }
        eligible = true
        let years = year.length == 2 ? NumericDate.twoDigitYears(year.value) : [year.value]
        if ValidatorCalendar.isValid(years: years, month: month, day: day.value) { return .valid }
      }
      return eligible ? .invalid : .unknown
    default:
      return .unknown
    }
  }

  /// Splits into numbers and month names, skipping weekdays, "of", "the" and punctuation.
  private static func tokenize(_ text: ArraySlice<UInt8>) -> [Token]? {
    var tokens: [Token] = []
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      if ByteClass.isDigit(byte) {
        var value = 0
        let start = index
        while index < text.endIndex, ByteClass.isDigit(text[index]) {
          value = value &* 10 &+ Int(text[index] - 0x30)
          index += 1
        }
        let length = index - start
        guard length <= 4 else { return nil }
        let suffixStart = index
        while index < text.endIndex, ByteClass.isLetter(text[index]) { index += 1 }
        var ordinal = false
        if index > suffixStart {
          guard isOrdinalSuffix(text[suffixStart..<index]) else { return nil }
          ordinal = true
        }
        tokens.append(.number(value: value, length: length, ordinal: ordinal))
      } else if ByteClass.isLetter(byte) {
        let start = index
        while index < text.endIndex, ByteClass.isLetter(text[index]) { index += 1 }
        let word = text[start..<index].map { $0 | 0x20 }
        if let month = monthNumber(word) {
          tokens.append(.month(month))
        } else if !ignorableWords.contains(word) {
          return nil
        }
      } else if separators.contains(byte) {
        index += 1
      } else {
        return nil
      }
    }
    return tokens
  }

  private static let separators: [UInt8] = [
    ByteClass.space, ByteClass.tab, ByteClass.comma, ByteClass.dot, ByteClass.dash, ByteClass.slash,
    0x27,
  ]

  private static func isOrdinalSuffix(_ letters: ArraySlice<UInt8>) -> Bool {
    guard letters.count == 2 else { return false }
    let suffix = letters.map { $0 | 0x20 }
    return ordinalSuffixes.contains(suffix)
  }

  private static let ordinalSuffixes: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }

  private static let monthNames: [(word: [UInt8], month: Int)] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var table: [([UInt8], Int)] = []
    for (offset, name) in names.enumerated() {
      table.append((Array(name.utf8), offset + 1))
      table.append((Array(name.utf8.prefix(3)), offset + 1))
    }
    table.append((Array("sept".utf8), 9))
    return table
  }()

  private static let ignorableWords: Set<[UInt8]> = Set(
    [
      "of", "the", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ].map { Array($0.utf8) })

  private static func monthNumber(_ word: [UInt8]) -> Int? {
    monthNames.first { $0.word == word }?.month
  }
}
