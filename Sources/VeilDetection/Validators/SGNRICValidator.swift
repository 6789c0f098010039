import VeilCore

/// Singapore NRIC/FIN check: S/T/F/G/M prefix, weights 2,7,6,5,4,3,2 and the letter tables.
public struct SGNRICValidator: Validator {
  /// The rule-file name.
  public let name = "sg_nric"

  /// Creates the validator.
  public init() {}

  /// Valid when the final letter matches the prefix's check table.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    guard
      let chars = ValidatorInput.alphanumerics(
        ValidatorInput.trimmed(candidate), separators: ValidatorInput.blankSeparators),
      chars.count == 9, chars[1..<8].allSatisfy(ByteClass.isDigit), ByteClass.isUpper(chars[8])
    else { return .invalid }
    let offset: Int
    let table: [UInt8]
    switch chars[0] {
    case 0x53: (offset, table) = (0, SGNRICValidator.citizenLetters)
    case 0x54: (offset, table) = (4, SGNRICValidator.citizenLetters)
    case 0x46: (offset, table) = (0, SGNRICValidator.foreignerLetters)
    case 0x47: (offset, table) = (4, SGNRICValidator.foreignerLetters)
    case 0x4D: (offset, table) = (3, SGNRICValidator.mSeriesLetters)
    default: return .invalid
    }
    let digits = chars[1..<8].map { $0 - 0x30 }
    let sum = CheckDigits.weightedSum(digits, [2, 7, 6, 5, 4, 3, 2]) + offset
    let remainder = sum % 11
    let index = chars[0] == 0x4D ? 10 - remainder : remainder
    return table[index] == chars[8] ? .valid : .invalid
  }

  /// Check letters for S and T prefixes.
  static let citizenLetters: [UInt8] = Array("JZIHGFEDCBA".utf8)
  /// Check letters for F and G prefixes.
  static let foreignerLetters: [UInt8] = Array("XWUTRQPNMLK".utf8)
  /// Check letters for the M prefix (indexed by 10 minus the remainder).
  static let mSeriesLetters: [UInt8] = Array("KLJNPQRTUWX".utf8)
}
