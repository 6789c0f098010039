import Testing

@testable import VeilTransform

/// Property runs: 10,000 seeds per generator, validity on every output, and the collision rate measured against a
/// documented bound (large output spaces) or against the birthday expectation (small fiction ranges).
///
/// Output spaces and expected collision rates for 10,000 distinct seeds (rate = share of outputs equal to an
/// earlier one; measured with these seeds in parentheses; bound asserted in brackets):
/// - cards: Visa/Mastercard 16 digits, 9 free digits = 10⁹, expected 0.0005 % (0 %); Amex 15 digits, 10⁸,
///   expected 0.005 % (0.01 %, one pair) [≤ 5 collisions, 0.05 %].
/// - IBAN: DE 10¹⁸, GB 26⁴·10¹⁴ (0 %) [≤ 1]. SSN: 898·99·9999 ≈ 8.9·10⁸, expected 0.0006 % (0 %) [≤ 3].
///   MAC: 2⁴⁶ (0 %) [≤ 1]. IPv6: ≥ 2⁴⁴ (0 %) [≤ 1].
/// - same-shape "Terry Dean": 26⁹ (0 %) [≤ 1]. Email without names: 26⁹·3 (0 %) [≤ 1]. URL `/u/jdoe42` with 43
///   hosts: 43·26⁵·10² ≈ 5·10¹⁰ (0 %) [≤ 3].
/// - NANP 555-01XX: 704 area codes × 100 lines = 70,400: expected 6.78 %, σ 0.24 % (6.63 %).
/// - UK mobile 07700 900XXX: 1,000, expected 90.0 % (90.0 %). UK 01 geographic: 13 × 1,000, expected 30.2 %,
///   σ 0.33 % (29.6 %).
/// - AU mobile: the 30 ACMA numbers, expected 99.7 % (99.7 %). AU landline (area digit kept): 2 × 10,000,
///   expected 21.3 %, σ 0.33 % (21.2 %).
/// - FR: 10,000 per root, expected 36.8 %, σ 0.31 % (36.9 %). IPv4 documentation: 3 × 254 = 762, expected 92.4 %
///   (92.4 %).
/// - Email from fixed names: 3 styles × 100 (two digits) × 3 domains = 900, expected 91.0 % (91.0 %).
/// - Names from a 900-name list: 900, expected 91.0 % (91.0 %).
/// Small spaces are asserted within 5σ (+0.1 %) of the birthday expectation: a generator drawing from a bigger or
/// smaller space than documented fails.
@Suite struct SurrogatePropertyTests {
  static let runs = 10_000

  private func outputs(_ original: String, salt: Int = 0, _ generate: (String, inout SurrogateRandom) -> String)
    -> [String]
  {
    (0..<Self.runs).map { SurrogateFixture.run($0, salt: salt, original, generate) }
  }

  private func expectNearBirthday(_ outputs: [String], space: Double, _ label: String) {
    let measured = SurrogateFixture.collisionRate(outputs)
    let expected = SurrogateFixture.expectedCollisionRate(space: space, draws: outputs.count)
    #expect(
      abs(measured - expected.rate) <= 5 * expected.deviation + 0.001,
      "\(label): measured \(measured), expected \(expected.rate) ± \(expected.deviation)")
  }

  private func expectCollisions(_ outputs: [String], atMost bound: Int, _ label: String) {
    let collisions = outputs.count - Set(outputs).count
    #expect(collisions <= bound, "\(label): \(collisions) collisions")
  }

  @Test func cardsAreLuhnValidKeepTheirBrandAndRarelyCollide() {
    for (original, prefix) in [
      ("4242 4242 4242 4242", "4111 11"), ("3714 496353 98431", "3782 82"), ("5105-1051-0510-5100", "5555-55"),
    ] {
      let results = outputs(original, Surrogates.creditCard)
      #expect(results.allSatisfy(SurrogateFixture.luhn))
      #expect(results.allSatisfy { Luhn.isValid(SurrogateFixture.digits($0).map { UInt8($0) }) })
      #expect(results.allSatisfy { $0.hasPrefix(prefix) && SurrogateFixture.keepsSeparators(original, $0) })
      expectCollisions(results, atMost: 5, original)
    }
  }

  @Test func ibansAreValidForTheirCountryAndRarelyCollide() {
    for original in ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606"] {
      let results = outputs(original, Surrogates.iban)
      #expect(results.allSatisfy { SurrogateFixture.ibanValid($0) && IBANCheck.isValid($0) })
      #expect(results.allSatisfy { $0.prefix(2) == original.prefix(2) && $0.count == original.count })
      expectCollisions(results, atMost: 1, original)
    }
  }

  @Test func nanpNumbersAreFictionalAndCollideAsTheBirthdayBoundSays() {
    let results = outputs("+1 (415) 867-5309", Surrogates.phone)
    #expect(results.allSatisfy { SurrogateFixture.isFictionalNANP($0) && $0.hasPrefix("+1 (") && $0.count == 17 })
    #expect(Set(results.map { $0.dropFirst(4).prefix(3) }).count > 650)  // nearly all 704 area codes used
    expectNearBirthday(results, space: 70_400, "NANP")
  }

  @Test func ukAustralianAndFrenchNumbersStayInTheirFictionRanges() {
    let ukMobile = outputs("07911 123456", Surrogates.phone)
    #expect(ukMobile.allSatisfy { $0.hasPrefix("07700 900") && $0.count == 12 })
    expectNearBirthday(ukMobile, space: 1_000, "UK mobile")

    let ukGeographic = outputs("0161 123 4567", Surrogates.phone)
    let exchanges = ["4960", "4980", "2960"]
    #expect(ukGeographic.allSatisfy { exchanges.contains(String($0.filter(\.isNumber).dropFirst(4).prefix(4))) })
    expectNearBirthday(ukGeographic, space: 13_000, "UK geographic")

    let mobiles = Set(PhonePlan.auMobiles.map { "0" + $0.map(String.init).joined() })
    let auMobile = outputs("0412 345 678", Surrogates.phone)
    #expect(auMobile.allSatisfy { mobiles.contains($0.filter(\.isNumber)) })
    expectNearBirthday(auMobile, space: 30, "AU mobile")

    let auLandline = outputs("(03) 9876 5432", Surrogates.phone)
    #expect(auLandline.allSatisfy { $0.hasPrefix("(03) 5550 ") || $0.hasPrefix("(03) 7010 ") })
    expectNearBirthday(auLandline, space: 20_000, "AU landline")

    let french = outputs("+33 6 12 34 56 78", Surrogates.phone)
    #expect(french.allSatisfy { $0.hasPrefix("+33 6 39 98 ") && $0.count == 17 })
    expectNearBirthday(french, space: 10_000, "FR mobile")
  }

  @Test func ipAddressesStayInDocumentationRanges() {
    let v4 = outputs("10.1.2.3", Surrogates.ipAddress)
    #expect(v4.allSatisfy(SurrogateFixture.isDocumentationIPv4))
    expectNearBirthday(v4, space: 762, "IPv4")
    let v6 = outputs("2a00:1450:4007:80e::200e", Surrogates.ipAddress)
    #expect(v6.allSatisfy(SurrogateFixture.isDocumentationIPv6))
    expectCollisions(v6, atMost: 1, "IPv6")
  }

  @Test func ssnsMacsAndShapesAreValidAndRarelyCollide() {
    let ssns = outputs("123-45-6789", Surrogates.usSSN)
    #expect(ssns.allSatisfy(SurrogateFixture.ssnWellFormed))
    #expect(ssns.allSatisfy { SurrogateFixture.keepsSeparators("123-45-6789", $0) })
    expectCollisions(ssns, atMost: 3, "SSN")
    let macs = outputs("00:1a:2b:3c:4d:5e", Surrogates.macAddress)
    #expect(macs.allSatisfy { SurrogateFixture.locallyAdministered($0) && $0.count == 17 })
    expectCollisions(macs, atMost: 1, "MAC")
    let shapes = outputs("Terry Dean", Surrogates.sameShape)
    #expect(shapes.allSatisfy { SurrogateFixture.keepsSeparators("Terry Dean", $0) })
    expectCollisions(shapes, atMost: 1, "sameShape")
  }

  @Test func emailsAndUrlsUseReservedDomains() {
    let reserved = ["@example.com", "@example.org", "@example.net"]
    let random = outputs("terry.dean@gmail.com") { Surrogates.email($0, localPart: [], &$1) }
    #expect(random.allSatisfy { address in reserved.contains { address.hasSuffix($0) } && address.count == 22 })
    expectCollisions(random, atMost: 1, "email without names")
    let named = outputs("terry.dean42@gmail.com") { Surrogates.email($0, localPart: ["Alice", "Baker"], &$1) }
    #expect(named.allSatisfy { address in reserved.contains { address.hasSuffix($0) } })
    expectNearBirthday(named, space: 900, "email from names")
    let urls = outputs("https://acme.com/u/jdoe42", Surrogates.url)
    #expect(urls.allSatisfy { $0.hasPrefix("https://") && !$0.contains("acme") && $0.contains("example") })
    expectCollisions(urls, atMost: 3, "URL")
  }

  @Test func namesCollideOnlyAsTheListSizeSays() {
    let syllables = [
      "Ba", "Ce", "Di", "Fo", "Gu", "Ha", "Je", "Ki", "Lo", "Mu", "Na", "Pe", "Ri", "So", "Tu", "Va", "We", "Xi", "Yo",
      "Zu", "Be", "Ca", "Da", "Fe", "Ga", "He", "Ji", "Ko", "Li", "Ma",
    ]
    let list = syllables.flatMap { first in syllables.map { first + $0.lowercased() } }
    #expect(Set(list).count == 900)
    let results = (0..<Self.runs).map { run in
      Surrogates.personName(parts: [.given("Terry")], firstNames: list, surnames: []) { _ in
        SurrogateFixture.stream(run)
      }
    }
    #expect(results.allSatisfy { list.contains($0) })
    expectNearBirthday(results, space: 900, "names")
  }
}
