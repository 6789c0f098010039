import VeilCore

/// Dotted-quad IPv4 address check.
public struct IPv4Validator: Validator {
  /// The rule-file name.
  public let name = "ipv4"

  /// Creates the validator.
  public init() {}

  /// Valid for four decimal octets 0...255 without leading zeros.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    IPText.isIPv4(ValidatorInput.trimmed(candidate)) ? .valid : .invalid
  }
}

/// RFC 4291 textual IPv6 address check.
public struct IPv6Validator: Validator {
  /// The rule-file name.
  public let name = "ipv6"

  /// Creates the validator.
  public init() {}

  /// Valid for eight hex groups, `::` compression, or an embedded IPv4 tail.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    IPText.isIPv6(ValidatorInput.trimmed(candidate)) ? .valid : .invalid
  }
}

/// Accepts either an IPv4 or an IPv6 address.
public struct IPValidator: Validator {
  /// The rule-file name.
  public let name = "ip"

  /// Creates the validator.
  public init() {}

  /// Valid when the candidate is a valid IPv4 or IPv6 address.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    return IPText.isIPv4(text) || IPText.isIPv6(text) ? .valid : .invalid
  }
}

/// Byte-level parsers for textual IP addresses.
enum IPText {
  /// Whether `text` is exactly a dotted-quad IPv4 address.
  static func isIPv4(_ text: ArraySlice<UInt8>) -> Bool {
    var octets = 0
    var value = 0
    var length = 0
    var leadingZero = false
    for byte in text {
      if ByteClass.isDigit(byte) {
        if length == 1 && leadingZero { return false }
        if length == 0 { leadingZero = byte == 0x30 }
        value = value * 10 + Int(byte - 0x30)
        length += 1
        if length > 3 || value > 255 { return false }
      } else if byte == ByteClass.dot {
        guard length > 0 else { return false }
        octets += 1
        if octets > 3 { return false }
        value = 0
        length = 0
      } else {
        return false
      }
    }
    return octets == 3 && length > 0
  }

  /// Whether `text` is exactly an RFC 4291 IPv6 address (no zone index or prefix length).
  static func isIPv6(_ text: ArraySlice<UInt8>) -> Bool {
    guard text.count >= 2 else { return false }
    var groups = 0
    var compressed = false
    var index = text.startIndex
    let end = text.endIndex
    if text[index] == ByteClass.colon {
      guard text[index + 1] == ByteClass.colon else { return false }
      compressed = true
      index += 2
      if index == end { return true }
    }
    while index < end {
      var groupEnd = index
      while groupEnd < end, ByteClass.hexValue(text[groupEnd]) != nil { groupEnd += 1 }
      if groupEnd < end, text[groupEnd] == ByteClass.dot {
        guard isIPv4(text[index..<end]) else { return false }
        groups += 2
        index = end
        break
      }
      let width = groupEnd - index
      guard width >= 1, width <= 4 else { return false }
      groups += 1
      index = groupEnd
      if index == end { break }
      guard text[index] == ByteClass.colon else { return false }
      index += 1
      if index < end, text[index] == ByteClass.colon {
        if compressed { return false }
        compressed = true
        index += 1
        if index == end { break }
      } else if index == end {
        return false
      }
    }
    return compressed ? groups <= 7 : groups == 8
  }
}
