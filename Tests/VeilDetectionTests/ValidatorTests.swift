import Testing
import VeilCore

@testable import VeilDetection

/// The UTF-8 bytes of `s` as the slice type validators receive.
func bytes(_ s: String) -> ArraySlice<UInt8> { ArraySlice(Array(s.utf8)) }

/// One input and the verdict a named validator must return for it.
struct VerdictCase: Sendable, CustomTestStringConvertible {
  let validator: String
  let input: String
  let expected: ValidatorVerdict

  var testDescription: String { "\(validator)(\"\(input)\") == .\(expected.rawValue)" }

  /// Builds cases for one validator from lists of inputs per expected verdict.
  static func table(
    _ validator: String,
    valid: [String] = [],
    invalid: [String] = [],
    unknown: [String] = []
  ) -> [VerdictCase] {
    valid.map { VerdictCase(validator: validator, input: $0, expected: .valid) }
      + invalid.map { VerdictCase(validator: validator, input: $0, expected: .invalid) }
      + unknown.map { VerdictCase(validator: validator, input: $0, expected: .unknown) }
  }
}

/// Runs `testCase` through the catalog entry it names and expects its verdict.
func expectVerdict(
  _ testCase: VerdictCase, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard let validator = ValidatorCatalog.named(testCase.validator) else {
    Issue.record("no validator named \(testCase.validator)", sourceLocation: sourceLocation)
    return
  }
  let verdict = validator.validate(bytes(testCase.input))
  #expect(
    verdict == testCase.expected, "\(testCase.testDescription)", sourceLocation: sourceLocation)
}

@Suite("ValidatorCatalog")
struct ValidatorCatalogTests {
  static let requiredNames = [
    "luhn", "iban", "us_ssn", "ipv4", "ipv6", "ip", "date", "phone", "mac", "verhoeff", "uk_nhs",
    "iso7064_mod11_10", "icao9303", "es_nif", "es_nie", "it_fiscal_code", "pl_pesel", "pl_nip",
    "pl_regon", "fi_personal_identity_code", "se_personnummer", "sg_nric", "au_abn", "au_acn",
    "au_tfn", "au_medicare", "ca_sin", "kr_rrn", "tr_tckn", "th_tnin", "za_id", "ng_nin", "in_pan",
    "in_gstin", "us_aba_routing", "us_npi", "us_itin", "uk_nino", "bitcoin_address",
    "ethereum_address", "jwt", "high_entropy", "vin", "geo_coordinates", "imei",
  ]

  @Test(arguments: requiredNames)
  func everyRequiredNameResolves(_ name: String) throws {
    let validator = try #require(ValidatorCatalog.named(name))
    #expect(validator.name == name)
  }

  @Test func namesAreUniqueAndSnakeCase() {
    let names = ValidatorCatalog.all.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(names.count == Self.requiredNames.count)
    for name in names {
      let allowed = name.utf8.allSatisfy {
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F
      }
      #expect(allowed, "\(name) is not snake_case")
    }
  }

  @Test func unknownNameIsNil() {
    #expect(ValidatorCatalog.named("no_such_validator") == nil)
    #expect(ValidatorCatalog.named("LUHN") == nil)
  }

  @Test(arguments: requiredNames)
  func emptyAndBlankInputsAreNeverValid(_ name: String) throws {
    let validator = try #require(ValidatorCatalog.named(name))
    #expect(validator.validate(bytes("")) != .valid)
    #expect(validator.validate(bytes("   ")) != .valid)
    #expect(validator.validate(ArraySlice([0xFF, 0xFE, 0x00])) != .valid)
  }

  @Test func validatesASliceWithNonZeroStartIndex() {
    let buffer = Array("card 4111 1111 1111 1111 end".utf8)
    let slice = buffer[5..<24]
    #expect(LuhnValidator().validate(slice) == .valid)
    #expect(IPv4Validator().validate(Array("ip=10.0.0.1;".utf8)[3..<11]) == .valid)
  }
}

@Suite("luhn")
struct LuhnValidatorTests {
  static let cases = VerdictCase.table(
    "luhn",
    valid: [
      "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444",
      "378282246310005", "3782 822463 10005", "6011111111111117", "4012888888881881",
      "3530111333300000", "30569309025904", "79927398713", "490154203237518", "4000000000000002",
      "12345678123451", " 4111111111111111 ",
    ],
    invalid: [
      "4111111111111112", "4111111111111121", "5555555555554443", "378282246310006",
      "79927398710", "0000000000000000", "0000 0000 0000 0000", "1111111111111111",
      "4111-1111-1111-111x", "4111_1111_1111_1111", "0", "7", "", "abcdefghijklmnop",
      "2024-03-05 10:15:42",
    ])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  @Test func checksumHelperMatchesPublishedExample() {
    #expect(CheckDigits.luhn([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]))
    #expect(!CheckDigits.luhn([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]))
  }
}

@Suite("vin")
struct VINValidatorTests {
  // 49 CFR 565.15 check digits worked out by hand: 1HGCM82633A004352 (3), 1M8GDM9AXKP042788 (X).
  static let cases = VerdictCase.table(
    "vin",
    valid: ["1HGCM82633A004352", "1M8GDM9AXKP042788", "1hgcm82633a004352", " 1HGCM82633A004352 "],
    invalid: [
      "1HGCM82633A00435", "1HGCM82633A0043521", "1HGCM82633I004352", "1HGCM82O33A004352", "12345678901234567",
      "ABCDEFGHJKLMNPRST", "1HGCM82633A00435!", "",
    ])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  /// A well-formed VIN whose ninth character is no North American check digit may be European: left to context.
  @Test func aFailedCheckIsUnknownNotInvalid() {
    #expect(VINValidator().validate(bytes("1HGCM82643A004352")) == .unknown)
    #expect(VINValidator().validate(bytes("WVWZZZ1JZXW000001")) == .unknown)
    // The check digit holds (3) but the model year cannot be 0: a code that only looks like a VIN.
    #expect(VINValidator().validate(bytes("1M8GDM9A30P042788")) == .unknown)
  }
}

@Suite("iban")
struct IBANValidatorTests {
  /// SWIFT IBAN registry example per country (plus a few widely published extras).
  static let registryExamples = [
    "AD1200012030200359100100", "AE070331234567890123456", "AL47212110090000000235698741",
    "AT611904300234573201", "AZ21NABZ00000000137010001944", "BA391290079401028494",
    "BE68539007547034", "BG80BNBG96611020345678", "BH67BMAG00001299123456",
    "BI4210000100010000332045181", "BR1800360305000010009795493C1",
    "BY13NBRB3600900000002Z00AB00", "CH9300762011623852957", "CR05015202001026284066",
    "CY17002001280000001200527600", "CZ6508000000192000145399", "DE89370400440532013000",
    "DJ2100010000000154000100186", "DK5000400440116243", "DO28BAGR00000001212453611324",
    "EE382200221020145685", "EG380019000500000000263180002", "ES9121000418450200051332",
    "FI2112345600000785", "FK88SC123456789012", "FO6264600001631634",
    "FR1420041010050500013M02606", "GB29NWBK60161331926819", "GB82WEST12345698765432",
    "GE29NB0000000101904917", "GI75NWBK000000007099453", "GL8964710001000206",
    "GR1601101250000000012300695", "GT82TRAJ01020000001210029690",
    "HN88CABF00000000000250005469", "HR1210010051863000160", "HU42117730161111101800000000",
    "IE29AIBK93115212345678", "IL620108000000099999999", "IQ98NBIQ850123456789012",
    "IS140159260076545510730339", "IT60X0542811101000000123456",
    "JO94CBJO0010000000000131000302", "KW81CBKU0000000000001234560101",
    "KZ86125KZT5004100100", "LB62099900000001001901229114",
    "LC55HEMM000100010012001200023015", "LI21088100002324013AA", "LT121000011101001000",
    "LU280019400644750000", "LV80BANK0000435195001", "LY83002048000020100120361",
    "MC5811222000010123456789030", "MD24AG000225100013104168", "ME25505000012345678951",
    "MK07250120000058984", "MN121234123456789123", "MR1300020001010000123456753",
    "MT84MALT011000012345MTLCAST001S", "MU17BOMM0101101030300200000MUR",
    "NI45BAPR00000013000003558124", "NL91ABNA0417164300", "NO9386011117947",
    "OM810180000001299123456", "PK36SCBL0000001123456702", "PL61109010140000071219812874",
    "PS92PALS000000000400123456702", "PT50000201231234567890154",
    "QA58DOHB00001234567890ABCDEFG", "RO49AAAA1B31007593840000", "RS35260005601001611379",
    "RU0304452522540817810538091310419", "SA0380000000608010167519",
    "SC18SSCB11010000000000001497USD", "SD2129010501234001",
    "SE4550000000058398257466", "SI56263300012039086", "SK3112000000198742637541",
    "SM86U0322509800000000270100", "SO211000001001000100141", "ST23000100010051845310146",
    "SV62CENR00000000000000700025", "TL380080012345678910157", "TN5910006035183598478831",
    "TR330006100519786457841326", "UA213223130000026007233566001", "VA59001123000012345678",
    "VG96VPVG0000012345678901", "XK051212012345678906", "YE15CBYE0001018861234567891234",
  ]

  static let cases = VerdictCase.table(
    "iban",
    valid: registryExamples + [
      "GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "gb82west12345698765432",
      "FR14 2004 1010 0505 0001 3M02 606", "RU2404452526540817810538091310419",
      "GB82-WEST-1234-5698-7654-32", "GB98WEST12345600000035", "GB97WEST12345600000053",
      "GB02WEST12345600000017",
    ],
    invalid: [
      "GB82WEST12345698765433", "GB83WEST12345698765432", "DE89370400440532013001",
      "DE88370400440532013000", "GB82WEST1234569876543", "GB82WEST123456987654321",
      "DE8937040044053201300", "XX82WEST12345698765432", "US64SVBKUS6S3300958879",
      "AX2112345600000785", "GB00WEST12345698765432", "GB99WEST12345698765432",
      "GB82WEST12345698765432!", "GB82.WEST.1234.5698.7654.32", "1234567890123456789012",
      "GBXXWEST12345698765432", "", "GB", "NL91ABNA0417164301",
    ])

  /// Checksum-correct (mod 97 == 1) strings rejected only for length, country or check digits
  /// outside 02...98.
  static let checksumOnlyLookAlikes = [
    "GB49WEST123456987654321", "GB08WEST12345698765", "NL06ABNA04171643001",
    "DE5137040044053201300", "US64SVBKUS6S3300958879", "AX2112345600000785",
    "GB01WEST12345600000035", "GB00WEST12345600000053", "GB99WEST12345600000017",
  ]

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  @Test(arguments: checksumOnlyLookAlikes)
  func rejectsStructureErrorsEvenWithGoodChecksum(_ iban: String) {
    #expect(IBANValidator.mod97(Array(iban.utf8)) == 1)
    #expect(IBANValidator().validate(bytes(iban)) == .invalid)
  }

  @Test func registryHasEightyNineCountries() {
    #expect(IBANRegistry.lengths.count == 89)
    #expect(
      Set(Self.registryExamples.map { String($0.prefix(2)) }) == Set(IBANRegistry.lengths.keys))
  }

  @Test(arguments: registryExamples)
  func everyExampleHasItsRegistryLength(_ iban: String) throws {
    let length = try #require(IBANRegistry.lengths[String(iban.prefix(2))])
    #expect(iban.utf8.count == length)
  }
}

@Suite("us_ssn")
struct USSSNValidatorTests {
  static let cases = VerdictCase.table(
    "us_ssn",
    invalid: [
      "000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "536-00-8726", "536-22-0000",
      "078-05-1120", "219-09-9999", "123-45-6789", "123456789", "111-11-1111", "999999999",
      "536-22 8726", "536 22-8726", "53-622-8726", "5362-28726", "536-228726", "536.22-8726",
      "536-22-872", "536-22-87261", "536-22-872a", "", "2024-03-05",
    ],
    // An SSN has no check digit: a well-formed number is possible, never proven.
    unknown: [
      "536-22-8726", "536 22 8726", "536228726", "001-01-0001", "665-99-9999", "899-12-3456",
      "123-45-6788", "078-05-1121", "536.22.8726",
    ])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}
