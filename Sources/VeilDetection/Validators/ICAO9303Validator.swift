import VeilCore

/// ICAO Doc 9303 machine-readable-zone check digit (weights 7, 3, 1).
public struct ICAO9303Validator: Validator {
  /// The rule-file name.
  public let name = "icao9303"

  /// Creates the validator.
  public init() {}

  /// Valid when the last character is the 7-3-1 check digit of the MRZ field before it.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    var field: [Int] = []
    for byte in text {
      let upper = ByteClass.uppercased(byte)
      if upper == 0x3C {
        field.append(0)
      } else if let value = ByteClass.base36Value(upper) {
        field.append(value)
      } else if ByteClass.isBlank(byte) {
        continue
      } else {
        return .invalid
      }
    }
    guard field.count >= 2, let lastByte = text.last(where: { !ByteClass.isBlank($0) }),
      ByteClass.isDigit(lastByte)
    else { return .invalid }
    let check = field.removeLast()
    guard field.contains(where: { $0 != 0 }) else { return .invalid }
    return ICAO9303Validator.checkDigit(field) == check ? .valid : .invalid
  }

  /// The 7-3-1 check digit of character values (digits 0-9, A=10...Z=35, filler 0).
  static func checkDigit(_ values: [Int]) -> Int {
    let weights = [7, 3, 1]
    var sum = 0
    for (offset, value) in values.enumerated() { sum += value * weights[offset % 3] }
    return sum % 10
  }
}
