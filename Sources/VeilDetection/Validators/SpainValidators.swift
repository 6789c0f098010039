import VeilCore

/// Spanish NIF check: DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), mod 23.
public struct ESNIFValidator: Validator {
  /// The rule-file name.
  public let name = "es_nif"

  /// Creates the validator.
  public init() {}

  /// Valid when the control letter matches the number modulo 23.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let chars = ValidatorInput.alphanumerics(ValidatorInput.trimmed(candidate)),
      chars.count == 9
    else { return .invalid }
    if ByteClass.isDigit(chars[0]) {
      return SpanishID.verdict(prefix: 0, digits: chars[0..<8], letter: chars[8])
    }
    return SpanishID.nieVerdict(chars)
  }
}

/// Spanish NIE check: X/Y/Z + 7 digits + mod 23 control letter.
public struct ESNIEValidator: Validator {
  /// The rule-file name.
  public let name = "es_nie"

  /// Creates the validator.
  public init() {}

  /// Valid when the prefix is X, Y or Z and the control letter matches.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard let chars = ValidatorInput.alphanumerics(ValidatorInput.trimmed(candidate)),
      chars.count == 9
    else { return .invalid }
    return SpanishID.nieVerdict(chars)
  }
}

/// Shared DNI/NIE control-letter arithmetic.
enum SpanishID {
  /// Control letters indexed by the number modulo 23.
  static let letters: [UInt8] = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

  /// The verdict for an NIE given as nine upper-case characters.
  static func nieVerdict(_ chars: [UInt8]) -> ValidatorVerdict {
    let prefix: Int
    switch chars[0] {
    case 0x58: prefix = 0
    case 0x59: prefix = 1
    case 0x5A: prefix = 2
    default: return .invalid
    }
    return verdict(prefix: prefix, digits: chars[1..<8], letter: chars[8])
  }

  /// The verdict for a leading value, its digits and the control letter.
  static func verdict(prefix: Int, digits: ArraySlice<UInt8>, letter: UInt8) -> ValidatorVerdict {
    guard digits.allSatisfy(ByteClass.isDigit), ByteClass.isUpper(letter) else { return .invalid }
    var value = prefix
    for byte in digits { value = value * 10 + Int(byte - 0x30) }
    return letters[value % 23] == letter ? .valid : .invalid
  }
}
