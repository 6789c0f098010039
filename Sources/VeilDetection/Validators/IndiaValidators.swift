import VeilCore

/// Indian PAN structure check (AAAPA1234A with a known holder-type letter).
public struct INPANValidator: Validator {
  /// The rule-file name.
  public let name = "in_pan"

  /// Creates the validator.
  public init() {}

  /// Valid for five letters (fourth a holder type), four digits and a letter.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let chars = ValidatorInput.alphanumerics(ValidatorInput.trimmed(candidate), separators: []),
      chars.count == 10
    else { return .invalid }
    return INPANValidator.isWellFormed(chars[...]) ? .valid : .invalid
  }

  /// Holder types: company, person, HUF, firm, AOP, trust, BOI, local body, juridical, government.
  static let holderTypes: [UInt8] = Array("CPHFATBLJG".utf8)

  /// Whether ten upper-case characters have the PAN shape and a known holder type.
  static func isWellFormed(_ chars: ArraySlice<UInt8>) -> Bool {
    let base = chars.startIndex
    for offset in 0..<10 {
      let byte = chars[base + offset]
      let isDigitPosition = offset >= 5 && offset <= 8
      guard isDigitPosition ? ByteClass.isDigit(byte) : ByteClass.isUpper(byte) else {
        return false
      }
    }
    return holderTypes.contains(chars[base + 3])
  }
}

/// Indian GSTIN check: state code, embedded PAN shape and mod 36 check character.
public struct INGSTINValidator: Validator {
  /// The rule-file name.
  public let name = "in_gstin"

  /// Creates the validator.
  public init() {}

  /// Valid for a 15-character GSTIN whose last character is the mod 36 check character.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let chars = ValidatorInput.alphanumerics(ValidatorInput.trimmed(candidate), separators: []),
      chars.count == 15, ByteClass.isDigit(chars[0]), ByteClass.isDigit(chars[1])
    else { return .invalid }
    let state = Int(chars[0] - 0x30) * 10 + Int(chars[1] - 0x30)
    guard (1...38).contains(state) || state == 97 || state == 99 else { return .invalid }
    let pan = chars[2..<12]
    for (offset, byte) in pan.enumerated() {
      let isDigitPosition = offset >= 5 && offset <= 8
      guard isDigitPosition ? ByteClass.isDigit(byte) : ByteClass.isUpper(byte) else {
        return .invalid
      }
    }
    guard chars[12] != 0x30 else { return .invalid }
    var sum = 0
    for offset in 0..<14 {
      guard let value = ByteClass.base36Value(chars[offset]) else { return .invalid }
      let product = value * (offset % 2 == 0 ? 1 : 2)
      sum += product / 36 + product % 36
    }
    let check = (36 - sum % 36) % 36
    return ByteClass.base36Value(chars[14]) == check ? .valid : .invalid
  }
}
