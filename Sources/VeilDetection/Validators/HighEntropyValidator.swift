import VeilCore

/// Plausibility filter for generic secrets: high Shannon entropy mixing letters and digits.
public struct HighEntropyValidator: Validator {
  /// The rule-file name.
  public let name = "high_entropy"

  /// The minimum Shannon entropy, in bits per byte, for a plausible secret.
  public static let minimumBitsPerByte = 3.5

  /// Creates the validator.
  public init() {}

  /// Unknown when entropy is at least 3.5 bits/byte with a digit and a letter; invalid otherwise.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    guard text.contains(where: ByteClass.isDigit), text.contains(where: ByteClass.isLetter) else {
      return .invalid
    }
    let entropy = HighEntropyValidator.shannonEntropy(text)
    return entropy >= HighEntropyValidator.minimumBitsPerByte ? .unknown : .invalid
  }

  /// The Shannon entropy of the byte distribution, in bits per byte.
  static func shannonEntropy(_ bytes: ArraySlice<UInt8>) -> Double {
    guard !bytes.isEmpty else { return 0 }
    var counts = [Int](repeating: 0, count: 256)
    for byte in bytes { counts[Int(byte)] += 1 }
    let total = Double(bytes.count)
    var weighted = 0.0
    for count in counts where count > 0 {
      weighted += Double(count) * log2(Double(count))
    }
    return log2(total) - weighted / total
  }

  /// Base-2 logarithm of a positive finite number, without Foundation.
  static func log2(_ value: Double) -> Double {
    let exponent = Double(value.exponent)
    let mantissa = value.significand
    let z = (mantissa - 1) / (mantissa + 1)
    let zSquared = z * z
    var term = z
    var series = 0.0
    var denominator = 1.0
    for _ in 0..<30 {
      series += term / denominator
      term *= zSquared
      denominator += 2
    }
    return exponent + 2 * series / 0.693_147_180_559_945_3
  }
}
