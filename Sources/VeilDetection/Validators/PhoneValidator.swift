import VeilCore

/// Plausibility filter for telephone numbers (never proof: valid is never returned).
public struct PhoneValidator: Validator {
  /// The rule-file name.
  public let name = "phone"

  /// Creates the validator.
  public init() {}

  /// Unknown for 7...15 digits (extension excluded) in phone punctuation; invalid otherwise.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = ValidatorInput.trimmed(candidate)
    let main = ValidatorInput.trimmed(PhoneValidator.strippingExtension(text))
    var digits: [UInt8] = []
    var openParen = false
    for index in main.indices {
      let byte = main[index]
      switch byte {
      case 0x30...0x39:
        digits.append(byte - 0x30)
      case ByteClass.space, ByteClass.tab, ByteClass.dash, ByteClass.dot, ByteClass.slash:
        continue
      case ByteClass.plus:
        guard index == main.startIndex else { return .invalid }
      case 0x28:
        guard !openParen else { return .invalid }
        openParen = true
      case 0x29:
        guard openParen else { return .invalid }
        openParen = false
      default:
        return .invalid
      }
    }
    guard !openParen, digits.count >= 7, digits.count <= 15 else { return .invalid }
    if ValidatorInput.allSame(digits) { return .invalid }
    if IPText.isIPv4(main) || NumericDate.isValidWithFullYear(main) { return .invalid }
    return .unknown
  }

  /// The text before a trailing extension such as "ext. 123", "x123" or "#123".
  static func strippingExtension(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var index = text.endIndex
    while index > text.startIndex, ByteClass.isDigit(text[index - 1]) { index -= 1 }
    let digitsStart = index
    guard digitsStart < text.endIndex, text.endIndex - digitsStart <= 6 else { return text }
    while index > text.startIndex,
      ByteClass.isBlank(text[index - 1]) || text[index - 1] == ByteClass.dot
        || text[index - 1] == ByteClass.colon
    {
      index -= 1
    }
    if index > text.startIndex, text[index - 1] == 0x23 {
      return text[text.startIndex..<(index - 1)]
    }
    let wordEnd = index
    while index > text.startIndex, ByteClass.isLetter(text[index - 1]) { index -= 1 }
    guard index < wordEnd else { return text }
    let word = text[index..<wordEnd].map { $0 | 0x20 }
    guard extensionWords.contains(word) else { return text }
    return text[text.startIndex..<index]
  }

  private static let extensionWords: Set<[UInt8]> = Set(
    ["x", "ext", "extn", "extension"].map { Array($0.utf8) })
}
