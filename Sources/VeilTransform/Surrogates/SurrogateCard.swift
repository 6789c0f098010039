extension Surrogates {
  /// Same brand and length, Luhn-valid, from a well-known test BIN for the brand; separators kept.
  ///
  /// Brands by prefix: Amex 34/37 → 378282; Visa 4 → 411111; Mastercard 51–55 → 555555 and 2221–2720 → 222300;
  /// Discover 6011/644–649/65 → 601111; JCB 35 → 353011; Diners 300–305/3095/36/38/39 → 305693; Maestro
  /// 50/56–58/63/67 → 630400; UnionPay 62 → 620000; anything else keeps its first digit. The digits between the
  /// BIN and the check digit are random; the last digit makes the number pass Luhn.
  public static func creditCard(_ original: String, _ random: inout SurrogateRandom) -> String {
    var bytes = SurrogateText.units(original)
    let slots = bytes.indices.filter { ASCII.isDigit(bytes[$0]) }
    guard slots.count >= 2 else { return sameShape(original, &random) }
    let bin = CardBrand.testPrefix(for: slots.map { bytes[$0] - 0x30 })
    var payload = Array(bin.prefix(slots.count - 1))
    while payload.count < slots.count - 1 { payload.append(random.digitValue()) }
    let number = payload + [Luhn.checkDigit(for: payload)]
    for (slot, value) in zip(slots, number) { bytes[slot] = 0x30 + value }
    return SurrogateText.string(bytes)
  }
}

/// Card brands by prefix, and the public test BIN used for each.
enum CardBrand {
  /// The test prefix for the brand of `digits` (the original card number).
  static func testPrefix(for digits: [UInt8]) -> [UInt8] {
    func prefix(_ length: Int) -> Int {
      digits.prefix(length).reduce(0) { $0 * 10 + Int($1) }
    }
    let two = prefix(2)
    let three = prefix(3)
    let four = prefix(4)
    switch true {
    case two == 34 || two == 37: return [3, 7, 8, 2, 8, 2]
    case digits.first == 4: return [4, 1, 1, 1, 1, 1]
    case (51...55).contains(two): return [5, 5, 5, 5, 5, 5]
    case digits.count >= 4 && (2221...2720).contains(four): return [2, 2, 2, 3, 0, 0]
    case four == 6011 || two == 65 || (644...649).contains(three): return [6, 0, 1, 1, 1, 1]
    case two == 35: return [3, 5, 3, 0, 1, 1]
    case (300...305).contains(three) || four == 3095 || two == 36 || two == 38 || two == 39:
      return [3, 0, 5, 6, 9, 3]
    case two == 50 || (56...58).contains(two) || two == 63 || two == 67: return [6, 3, 0, 4, 0, 0]
    case two == 62: return [6, 2, 0, 0, 0, 0]
    default: return Array(digits.prefix(1))
    }
  }
}

/// The Luhn (mod 10) check used by payment cards.
enum Luhn {
  /// The check digit that makes `payload` followed by it pass Luhn.
  static func checkDigit(for payload: [UInt8]) -> UInt8 {
    var sum = 0
    for (offset, digit) in payload.reversed().enumerated() {
      // The check digit will sit at offset 0 from the right, so the payload's last digit is doubled.
      var value = Int(digit)
      if offset % 2 == 0 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return UInt8((10 - sum % 10) % 10)
  }

  /// Whether `digits` (values 0...9, check digit last) pass Luhn.
  static func isValid(_ digits: [UInt8]) -> Bool {
    guard digits.count >= 2, let last = digits.last else { return false }
    return checkDigit(for: Array(digits.dropLast())) == last
  }
}
