extension Surrogates {
  /// A phone number with the same country code, grouping and punctuation, digits from fictional ranges where they
  /// exist.
  ///
  /// Every non-digit stays in place and the digit count never changes; a trailing extension (`x12`, `ext. 1234`,
  /// `#12`) becomes random digits of the same length. Ranges, by the national significant number (NSN):
  /// - NANP (`+1`, `1` + 10 digits, 10 digits starting 2–9, or a `NXX-XXXX` local number): area code uniform over
  ///   `[2-9][0-8][0-9]` less N11 and 800/833/844/855/866/877/888/900 (704 codes), exchange 555, line 01XX
  ///   (555-0100…0199 is reserved for fiction). 70,400 surrogates.
  /// - UK (`+44`, or 11 digits starting 0), Ofcom drama ranges: mobile 07700 900XXX; London 020 7946 0XXX; Belfast
  ///   028 9018 0XXX; Cardiff 029 2018 0XXX; other geographic 01 numbers one of 0113/0114/0115/0116/0117/0118/0121/
  ///   0131/0141/0151/0161 496 0XXX, 0191 498 0XXX or 01632 960XXX; 03 → 0306 999 0XXX; 08 → 0808 157 0XXX;
  ///   09 → 0909 879 0XXX.
  /// - AU (`+61`, or 10 digits starting 0 written `04XX XXX XXX` / `0X XXXX XXXX`), ACMA fiction list: mobile one of
  ///   the 30 published 0491 57X XXX numbers; geographic 0X 5550 XXXX or 0X 7010 XXXX (area digit kept);
  ///   1800/1300 numbers from the published freecall and local-rate fiction numbers.
  /// - FR (`+33`, or 10 digits starting 0 written in pairs, or starting 01/05/06/09), ARCEP fiction roots (plan
  ///   national de numérotation, § 2.5.12): 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, and 06 39 98 for
  ///   mobiles (06 and 07), followed by four random digits.
  /// - Anything else keeps the international prefix (`+`/`00`), the country code, a trunk `0` and the first digit of
  ///   the national number, and randomizes the rest.
  public static func phone(_ original: String, _ random: inout SurrogateRandom) -> String {
    var bytes = SurrogateText.units(original)
    let mainEnd = PhonePlan.extensionStart(bytes)
    var slots: [Int] = []
    var digits: [UInt8] = []
    var groups: [Int] = []
    var previousWasDigit = false
    for index in 0..<mainEnd {
      if ASCII.isDigit(bytes[index]) {
        slots.append(index)
        digits.append(bytes[index] - 0x30)
        if previousWasDigit, let last = groups.indices.last { groups[last] += 1 } else { groups.append(1) }
        previousWasDigit = true
      } else {
        previousWasDigit = false
      }
    }
    let plus = bytes[0..<mainEnd].first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x28 }) == 0x2B
    let replaced = PhonePlan.surrogateDigits(digits, plus: plus, groups: groups, &random)
    for (slot, value) in zip(slots, replaced) { bytes[slot] = 0x30 + value }
    for index in mainEnd..<bytes.count where ASCII.isDigit(bytes[index]) { bytes[index] = random.digit() }
    return SurrogateText.string(bytes)
  }
}

/// The numbering-plan knowledge behind `Surrogates.phone`.
enum PhonePlan {
  /// NANP area codes used for surrogates: `[2-9][0-8][0-9]`, no N11, no toll-free or premium codes.
  static let nanpAreaCodes: [[UInt8]] = {
    var codes: [[UInt8]] = []
    let excluded: Set<Int> = [800, 833, 844, 855, 866, 877, 888, 900]
    for first in UInt8(2)...9 {
      for second in UInt8(0)...8 {
        for third in UInt8(0)...9 {
          if second == 1 && third == 1 { continue }
          if excluded.contains(Int(first) * 100 + Int(second) * 10 + Int(third)) { continue }
          codes.append([first, second, third])
        }
      }
    }
    return codes
  }()

  /// Ofcom drama prefixes for 10-digit UK geographic NSNs starting with 1 (each followed by three free digits).
  static let ukGeographic: [[UInt8]] = [
    "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960",
    "1514960", "1614960", "1914980", "1632960",
  ].map(digitArray)

  /// ACMA's 30 fictitious mobile numbers, as NSNs (without the trunk 0).
  static let auMobiles: [[UInt8]] = [
    "491570006", "491570156", "491570157", "491570158", "491570159", "491570110", "491570313", "491570737",
    "491571266", "491571491", "491571804", "491572549", "491572665", "491572983", "491573770", "491573087",
    "491574118", "491574632", "491575254", "491575789", "491576398", "491576801", "491577426", "491577644",
    "491578957", "491578148", "491578888", "491579212", "491579760", "491579455",
  ].map(digitArray)

  /// ACMA's fictitious freecall (1800) numbers.
  static let auFreecall: [[UInt8]] = [
    "1800160401", "1800975707", "1800975708", "1800975709", "1800975710", "1800975711",
  ].map(digitArray)

  /// ACMA's fictitious local-rate (1300) numbers.
  static let auLocalRate: [[UInt8]] = [
    "1300975707", "1300975708", "1300975709", "1300975710", "1300975711",
  ].map(digitArray)

  /// ARCEP fiction roots by the first NSN digit (the four digits after it; four free digits follow).
  static let frenchRoots: [UInt8: [UInt8]] = [
    1: [9, 9, 0, 0], 2: [6, 1, 9, 1], 3: [5, 3, 0, 1], 4: [6, 5, 7, 1], 5: [3, 6, 4, 9], 6: [3, 9, 9, 8],
  ]

  static func digitArray(_ text: String) -> [UInt8] {
    text.utf8.map { $0 - 0x30 }
  }

  /// ITU country codes of one or two digits; every other code has three (the codes are prefix-free).
  static let shortCountryCodes: Set<[UInt8]> = {
    var codes: Set<[UInt8]> = [[1], [7]]
    let twoDigit = [
      20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
      60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    ]
    for code in twoDigit { codes.insert([UInt8(code / 10), UInt8(code % 10)]) }
    return codes
  }()

  /// The length of the country code at the start of `digits`.
  static func countryCodeLength(_ digits: ArraySlice<UInt8>) -> Int {
    let values = Array(digits)
    if values.count >= 1, shortCountryCodes.contains(Array(values.prefix(1))) { return 1 }
    if values.count >= 2, shortCountryCodes.contains(Array(values.prefix(2))) { return 2 }
    return min(3, values.count)
  }

  /// Where a trailing extension (`x12`, `ext. 12`, `extension 12`, `#12`) begins, or the end of the text.
  static func extensionStart(_ bytes: [UInt8]) -> Int {
    var index = bytes.count
    while index > 0, ASCII.isDigit(bytes[index - 1]) { index -= 1 }
    let digitsStart = index
    guard digitsStart < bytes.count, bytes.count - digitsStart <= 6 else { return bytes.count }
    while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x2E || bytes[index - 1] == 0x3A { index -= 1 }
    if index > 0, bytes[index - 1] == 0x23 { return index - 1 }
    let wordEnd = index
    while index > 0, ASCII.isLetter(bytes[index - 1]) { index -= 1 }
    guard index < wordEnd, index > 0 else { return bytes.count }
    let word = bytes[index..<wordEnd].map(ASCII.lowercased)
    return extensionWords.contains(word) ? index : bytes.count
  }

  private static let extensionWords: Set<[UInt8]> = [
    ASCII.bytes("x"), ASCII.bytes("ext"), ASCII.bytes("extn"), ASCII.bytes("extension"),
  ]

  /// The surrogate digits for the digits of a number (extension excluded).
  static func surrogateDigits(_ digits: [UInt8], plus: Bool, groups: [Int], _ random: inout SurrogateRandom)
    -> [UInt8]
  {
    let count = digits.count
    guard count > 0 else { return digits }
    // International: "+CC…" or "00CC…".
    var prefix = 0
    if plus {
      prefix = 0
    } else if count >= 9, digits[0] == 0, digits[1] == 0 {
      prefix = 2
    } else {
      return nationalDigits(digits, groups: groups, &random)
    }
    let ccLength = countryCodeLength(digits[prefix...])
    var keep = prefix + ccLength
    guard keep < count else { return digits }
    let countryCode = Array(digits[prefix..<keep])
    if digits[keep] == 0 { keep += 1 }  // a written trunk prefix: "+44 (0)20 …"
    let nsn = Array(digits[keep...])
    var replaced: [UInt8]?
    switch countryCode {
    case [1]: replaced = nsn.count == 10 ? nanp(&random) : nil
    case [4, 4]: replaced = uk(nsn, &random)
    case [6, 1]: replaced = au(nsn, &random)
    case [3, 3]: replaced = fr(nsn, &random)
    default: replaced = nil
    }
    return Array(digits[..<keep]) + (replaced ?? generic(nsn, keep: 1, &random))
  }

  /// Surrogate digits for a number written without a country code.
  static func nationalDigits(_ digits: [UInt8], groups: [Int], _ random: inout SurrogateRandom) -> [UInt8] {
    let count = digits.count
    if count == 10, digits[0] >= 2 { return nanp(&random) }
    if count == 11, digits[0] == 1, digits[1] >= 2 { return [1] + nanp(&random) }
    if count == 7, digits[0] >= 2, groups == [3, 4] { return [5, 5, 5, 0, 1, random.digitValue(), random.digitValue()] }
    if count == 10, digits.starts(with: [1, 8, 0, 0]) || digits.starts(with: [1, 3, 0, 0]) {
      if let special = au(digits, &random) { return special }
    }
    guard digits[0] == 0, count >= 2 else { return generic(digits, keep: 1, &random) }
    let nsn = Array(digits[1...])
    var replaced: [UInt8]?
    if count == 11 {
      replaced = uk(nsn, &random)
    } else if count == 10 {
      let second = digits[1]
      if groups == [2, 2, 2, 2, 2] || [1, 5, 6, 9].contains(second) {
        replaced = fr(nsn, &random)
      } else if (second == 4 && groups == [4, 3, 3]) || ([2, 3, 7, 8].contains(second) && groups == [2, 4, 4]) {
        replaced = au(nsn, &random)
      }
    }
    return [0] + (replaced ?? generic(nsn, keep: 1, &random))
  }

  /// A 10-digit NANP surrogate: area code, exchange 555, line 01XX.
  static func nanp(_ random: inout SurrogateRandom) -> [UInt8] {
    random.element(of: nanpAreaCodes) + [5, 5, 5, 0, 1, random.digitValue(), random.digitValue()]
  }

  /// A UK NSN surrogate (10 digits), or nil when the NSN is of no known kind.
  static func uk(_ nsn: [UInt8], _ random: inout SurrogateRandom) -> [UInt8]? {
    guard nsn.count == 10 else { return nil }
    let fixed: [UInt8]
    switch (nsn[0], nsn[1]) {
    case (7, _): fixed = [7, 7, 0, 0, 9, 0, 0]
    case (2, 8): fixed = [2, 8, 9, 0, 1, 8, 0]
    case (2, 9): fixed = [2, 9, 2, 0, 1, 8, 0]
    case (2, _): fixed = [2, 0, 7, 9, 4, 6, 0]
    case (1, _): fixed = random.element(of: ukGeographic)
    case (3, _): fixed = [3, 0, 6, 9, 9, 9, 0]
    case (8, _): fixed = [8, 0, 8, 1, 5, 7, 0]
    case (9, _): fixed = [9, 0, 9, 8, 7, 9, 0]
    default: return nil
    }
    return fixed + [random.digitValue(), random.digitValue(), random.digitValue()]
  }

  /// An Australian NSN surrogate (9 digits, or 10 for 1800/1300 numbers), or nil.
  static func au(_ nsn: [UInt8], _ random: inout SurrogateRandom) -> [UInt8]? {
    if nsn.count == 10, nsn.starts(with: [1, 8, 0, 0]) { return random.element(of: auFreecall) }
    if nsn.count == 10, nsn.starts(with: [1, 3, 0, 0]) { return random.element(of: auLocalRate) }
    guard nsn.count == 9 else { return nil }
    switch nsn[0] {
    case 4:
      return random.element(of: auMobiles)
    case 2, 3, 7, 8:
      let exchange: [UInt8] = random.next(below: 2) == 0 ? [5, 5, 5, 0] : [7, 0, 1, 0]
      return [nsn[0]] + exchange + (0..<4).map { _ in random.digitValue() }
    default:
      return nil
    }
  }

  /// A French NSN surrogate (9 digits), or nil.
  static func fr(_ nsn: [UInt8], _ random: inout SurrogateRandom) -> [UInt8]? {
    guard nsn.count == 9 else { return nil }
    let first: UInt8 = nsn[0] == 7 ? 6 : nsn[0]
    guard let root = frenchRoots[first] else { return nil }
    return [first] + root + (0..<4).map { _ in random.digitValue() }
  }

  /// The first `keep` digits kept, the rest random.
  static func generic(_ digits: [UInt8], keep: Int, _ random: inout SurrogateRandom) -> [UInt8] {
    let kept = min(keep, digits.count)
    return Array(digits[..<kept]) + (kept..<digits.count).map { _ in random.digitValue() }
  }
}
