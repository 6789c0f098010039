/// Byte-level ASCII classification used by the validators (no `Character` per byte).
enum ByteClass {
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09
  static let dash: UInt8 = 0x2D
  static let dot: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let colon: UInt8 = 0x3A
  static let comma: UInt8 = 0x2C
  static let plus: UInt8 = 0x2B

  /// Whether `byte` is `0`...`9`.
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  /// Whether `byte` is `A`...`Z`.
  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  /// Whether `byte` is `a`...`z`.
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  /// Whether `byte` is an ASCII letter.
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
  /// Whether `byte` is an ASCII letter or digit.
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || isLetter(byte)
  }
  /// Whether `byte` is a space or tab.
  @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
  /// The upper-case form of an ASCII letter; other bytes unchanged.
  @inline(__always) static func uppercased(_ byte: UInt8) -> UInt8 {
    isLower(byte) ? byte - 0x20 : byte
  }

  /// The value 0...15 of a hexadecimal digit, or nil.
  @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
    if isDigit(byte) { return byte - 0x30 }
    if byte &- 0x41 < 6 { return byte - 0x41 + 10 }
    if byte &- 0x61 < 6 { return byte - 0x61 + 10 }
    return nil
  }

  /// The value of a digit (0...9) or upper-case letter (A=10...Z=35), or nil.
  @inline(__always) static func base36Value(_ byte: UInt8) -> Int? {
    if isDigit(byte) { return Int(byte - 0x30) }
    if isUpper(byte) { return Int(byte - 0x41) + 10 }
    return nil
  }
}

/// Normalization of candidate bytes shared by the validators.
enum ValidatorInput {
  /// Separators ignored by most identifier validators: space, tab, no-break space, dash, dot.
  static let standardSeparators: [UInt8] = [
    ByteClass.space, ByteClass.tab, ByteClass.dash, ByteClass.dot,
  ]
  /// Only blanks (space, tab, no-break space).
  static let blankSeparators: [UInt8] = [ByteClass.space, ByteClass.tab]

  /// The candidate without leading and trailing ASCII whitespace.
  static func trimmed(_ candidate: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lower = candidate.startIndex
    var upper = candidate.endIndex
    while lower < upper, isWhitespace(candidate[lower]) { lower += 1 }
    while upper > lower, isWhitespace(candidate[upper - 1]) { upper -= 1 }
    return candidate[lower..<upper]
  }

  /// Digit values (0...9) with `separators` removed, or nil if any other byte occurs.
  static func digits(
    _ candidate: ArraySlice<UInt8>,
    separators: [UInt8] = standardSeparators
  ) -> [UInt8]? {
    var result: [UInt8] = []
    result.reserveCapacity(candidate.count)
    var index = candidate.startIndex
    while index < candidate.endIndex {
      let byte = candidate[index]
      if ByteClass.isDigit(byte) {
        result.append(byte - 0x30)
      } else if let width = separatorWidth(candidate, at: index, separators: separators) {
        index += width
        continue
      } else {
        return nil
      }
      index += 1
    }
    return result
  }

  /// Upper-cased ASCII letters and digits with `separators` removed, or nil on any other byte.
  static func alphanumerics(
    _ candidate: ArraySlice<UInt8>,
    separators: [UInt8] = standardSeparators
  ) -> [UInt8]? {
    var result: [UInt8] = []
    result.reserveCapacity(candidate.count)
    var index = candidate.startIndex
    while index < candidate.endIndex {
      let byte = candidate[index]
      if ByteClass.isAlphanumeric(byte) {
        result.append(ByteClass.uppercased(byte))
      } else if let width = separatorWidth(candidate, at: index, separators: separators) {
        index += width
        continue
      } else {
        return nil
      }
      index += 1
    }
    return result
  }

  /// Whether every element equals the first (true for fewer than two elements).
  static func allSame(_ values: [UInt8]) -> Bool {
    guard let first = values.first else { return true }
    return values.allSatisfy { $0 == first }
  }

  /// The decimal number spelled by digit values (0...9).
  static func number<C: Collection>(_ digits: C) -> Int where C.Element == UInt8 {
    var value = 0
    for digit in digits { value = value &* 10 &+ Int(digit) }
    return value
  }

  /// Whether `byte` is ASCII whitespace (space, tab, CR, LF).
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == ByteClass.space || byte == ByteClass.tab || byte == 0x0A || byte == 0x0D
  }

  /// The byte width of the separator at `index` (1, or 2 for a UTF-8 no-break space), or nil.
  static func separatorWidth(
    _ candidate: ArraySlice<UInt8>,
    at index: Int,
    separators: [UInt8]
  ) -> Int? {
    let byte = candidate[index]
    if separators.contains(byte) { return 1 }
    if byte == 0xC2, separators.contains(ByteClass.space), index + 1 < candidate.endIndex,
      candidate[index + 1] == 0xA0
    {
      return 2
    }
    return nil
  }
}
