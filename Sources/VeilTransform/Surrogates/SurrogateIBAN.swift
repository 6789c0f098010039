import VeilCore

extension Surrogates {
  /// Same country and length, same character class per position, valid ISO 13616 check digits (mod 97), grouping
  /// kept.
  ///
  /// The country code is kept as written; every BBAN letter or digit becomes a random one of the same class and
  /// case; the two check digits are recomputed. National check digits inside the BBAN (French RIB key, Belgian,
  /// Spanish, Italian CIN…) are not recomputed, so they are usually wrong. A value that is not shaped like an IBAN
  /// (fewer than five letters and digits, or no two-letter country first) gets `sameShape`.
  public static func iban(_ original: String, _ random: inout SurrogateRandom) -> String {
    var bytes = SurrogateText.units(original)
    let slots = bytes.indices.filter { ASCII.isAlphanumeric(bytes[$0]) }
    guard slots.count >= 5, ASCII.isLetter(bytes[slots[0]]), ASCII.isLetter(bytes[slots[1]]) else {
      return sameShape(original, &random)
    }
    for slot in slots.dropFirst(4) { bytes[slot] = Surrogates.shapeByte(bytes[slot], &random) }
    let country = slots[0..<2].map { bytes[$0] }
    let check = IBANCheck.checkDigits(country: country, bban: slots.dropFirst(4).map { bytes[$0] })
    bytes[slots[2]] = 0x30 + UInt8(check / 10)
    bytes[slots[3]] = 0x30 + UInt8(check % 10)
    return SurrogateText.string(bytes)
  }
}

/// ISO 13616 / ISO 7064 MOD 97-10 arithmetic and the SWIFT registry lengths.
enum IBANCheck {
  /// The two check digits (2...98) for a country and BBAN (ASCII letters and digits, either case).
  static func checkDigits(country: [UInt8], bban: [UInt8]) -> Int {
    // Rearranged: BBAN, country, "00"; the remainder r gives check digits 98 - r.
    98 - mod97(bban + country + [0x30, 0x30])
  }

  /// The MOD 97-10 remainder of ASCII letters and digits read as a number (A=10 … Z=35), or -1 for another byte.
  static func mod97(_ bytes: [UInt8]) -> Int {
    var remainder = 0
    for byte in bytes {
      let value: Int
      if ASCII.isDigit(byte) {
        value = Int(byte - 0x30)
      } else if ASCII.isLetter(byte) {
        value = Int(ASCII.uppercased(byte) - 0x41) + 10
      } else {
        return -1
      }
      remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
    }
    return remainder
  }

  /// Whether an IBAN (separators ignored) has a known country, that country's length and a remainder of 1.
  static func isValid(_ text: String) -> Bool {
    let compact = text.utf8.filter(ASCII.isAlphanumeric).map(ASCII.uppercased)
    guard compact.count >= 5, let length = IBANRegistry.lengths[SurrogateText.string(compact[0..<2])], compact.count == length
    else { return false }
    return mod97(Array(compact[4...] + compact[0..<4])) == 1
  }
}
