extension Surrogates {
  /// A well-formed US SSN with the original's separators: area 001–665 or 667–899, group 01–99, serial 0001–9999.
  ///
  /// Choice: a number that passes the structure rules (and Veil's own SSN validator), not one from a never-issued
  /// range (000, 666, 9XX, the 987-65-432X advertising numbers), because those are exactly what recognizers discard
  /// as fakes: the surrogate text would stop looking like an SSN to anything that checks. The cost: since the 2011
  /// randomization a well-formed number may belong to someone; it is still random, never derived from the original.
  /// All-same digits and the published fakes (078-05-1120, 219-09-9999, 123-45-6789) are drawn again. Text without
  /// exactly nine digits gets `sameShape`.
  public static func usSSN(_ original: String, _ random: inout SurrogateRandom) -> String {
    var bytes = SurrogateText.units(original)
    let slots = bytes.indices.filter { ASCII.isDigit(bytes[$0]) }
    guard slots.count == 9 else { return sameShape(original, &random) }
    var number: [UInt8] = []
    repeat {
      var area = 1 + random.next(below: 898)  // 1...898
      if area >= 666 { area += 1 }  // skip 666: 1...665, 667...899
      let group = 1 + random.next(below: 99)
      let serial = 1 + random.next(below: 9999)
      number = digits(area, 3) + digits(group, 2) + digits(serial, 4)
    } while SSNRules.isPublishedFake(number)
    for (slot, value) in zip(slots, number) { bytes[slot] = 0x30 + value }
    return SurrogateText.string(bytes)
  }

  /// `value` as exactly `count` decimal digits (zero-padded).
  static func digits(_ value: Int, _ count: Int) -> [UInt8] {
    var result = [UInt8](repeating: 0, count: count)
    var rest = value
    for index in stride(from: count - 1, through: 0, by: -1) {
      result[index] = UInt8(rest % 10)
      rest /= 10
    }
    return result
  }
}

/// SSN structure rules.
enum SSNRules {
  /// Whether nine digits are all the same or one of the published advertising/wallet numbers.
  static func isPublishedFake(_ digits: [UInt8]) -> Bool {
    if let first = digits.first, digits.allSatisfy({ $0 == first }) { return true }
    let whole = digits.reduce(0) { $0 * 10 + Int($1) }
    return [78_051_120, 219_099_999, 123_456_789].contains(whole)
  }

  /// Whether nine digits pass the structure rules: area 001–665/667–899, group 01–99, serial 0001–9999.
  static func isWellFormed(_ digits: [UInt8]) -> Bool {
    guard digits.count == 9 else { return false }
    let area = digits[0..<3].reduce(0) { $0 * 10 + Int($1) }
    let group = digits[3..<5].reduce(0) { $0 * 10 + Int($1) }
    let serial = digits[5..<9].reduce(0) { $0 * 10 + Int($1) }
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 && !isPublishedFake(digits)
  }
}
