/// Check-digit arithmetic shared by several validators.
enum CheckDigits {
  /// Whether digit values pass the Luhn (mod 10) check, the last digit being the check digit.
  static func luhn(_ digits: [UInt8]) -> Bool {
    luhnSum(digits, doubleFirst: false) % 10 == 0
  }

  /// The Luhn sum of digit values read right to left, doubling every second digit from the right.
  static func luhnSum(_ digits: [UInt8], doubleFirst: Bool) -> Int {
    var sum = 0
    var double = doubleFirst
    for digit in digits.reversed() {
      var value = Int(digit)
      if double {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
      double.toggle()
    }
    return sum
  }

  /// The sum of `digits[i] * weights[i]` over the shorter of the two.
  static func weightedSum(_ digits: [UInt8], _ weights: [Int]) -> Int {
    var sum = 0
    for (digit, weight) in zip(digits, weights) { sum += Int(digit) * weight }
    return sum
  }
}

/// Proleptic Gregorian calendar arithmetic for embedded-date checks.
enum ValidatorCalendar {
  /// Whether `year` is a Gregorian leap year.
  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` (1...12) of `year`, or 0 for an impossible month.
  static func daysIn(month: Int, leap: Bool) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return leap ? 29 : 28
    default: return 0
    }
  }

  /// Whether year/month/day is a real date in the Gregorian calendar.
  static func isValid(year: Int, month: Int, day: Int) -> Bool {
    year >= 1 && day >= 1 && day <= daysIn(month: month, leap: isLeap(year))
  }

  /// Whether day/month is valid for at least one of the candidate years.
  static func isValid(years: [Int], month: Int, day: Int) -> Bool {
    years.contains { isValid(year: $0, month: month, day: day) }
  }
}
