import VeilCore

/// IMEI (3GPP TS 23.003): 15 digits, the last a Luhn check digit over the first 14.
///
/// One number in ten passes Luhn by chance, so a bare run of 15 digits is only a candidate
/// (unknown: a context word such as IMEI decides); written in the IMEI's own grouping,
/// `NN-NNNNNN-NNNNNN-N` (reporting body, rest of the type allocation code, serial, check digit),
/// it stands alone.
public struct IMEIValidator: Validator {
  /// The rule-file name.
  public let name = "imei"

  /// Creates the validator.
  public init() {}

  /// Valid in the 2-6-6-1 grouping with a correct check digit; unknown for 15 ungrouped digits that
  /// pass; invalid when the check fails or the digits are all the same.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    guard let digits = ValidatorInput.digits(text), digits.count == 15, !ValidatorInput.allSame(digits),
      CheckDigits.luhn(digits)
    else { return .invalid }
    var groups: [Int] = []
    var run = 0
    for byte in text {
      if ByteClass.isDigit(byte) {
        run += 1
      } else if run > 0 {
        groups.append(run)
        run = 0
      }
    }
    if run > 0 { groups.append(run) }
    return groups == [2, 6, 6, 1] ? .valid : .unknown
  }
}
