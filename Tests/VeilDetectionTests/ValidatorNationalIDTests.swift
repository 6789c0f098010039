import Testing
import VeilCore

@testable import VeilDetection

/// Country identifiers: published samples, generated values, one-character changes and look-alikes.
@Suite("National identifiers")
struct ValidatorNationalIDTests {
  static let verhoeff = VerdictCase.table(
    "verhoeff",
    valid: [
      "999941057058", "999971658847", "234567890124", "2345 6789 0124", "2345-6789-0124",
      "491837264503", "3675 9834 6211",
    ],
    invalid: [
      "999941057059", "999941057068", "234567890125", "243567890124", "123456789012",
      "012345678901", "123456789010", "023456789014", "23456789012", "2345678901245",
      "222222222222", "2363", "2345 6789 012A",
    ])

  static let ukNHS = VerdictCase.table(
    "uk_nhs",
    valid: ["9434765919", "943 476 5919", "943-476-5919", "4010232137", "1234567881"],
    invalid: [
      "9434765918", "9434765929", "9434765991", "943476591", "94347659190", "0000000000",
      "1234567890", "1234567891", "943 476 591X",
    ])

  static let iso7064 = VerdictCase.table(
    "iso7064_mod11_10",
    valid: [
      "33392005961", "36574261809", "36 574 261 809", "69435151530", "86095742719",
      "65929970489", "12345678903", "90876543212",
    ],
    invalid: [
      "33392005962", "36574261808", "12345678904", "21345678903", "11111111111", "5", "",
      "HR33392005961",
    ])

  static let icao9303 = VerdictCase.table(
    "icao9303",
    valid: [
      "L898902C36", "l898902c36", "L898902C3<6", "7408122", "1204159", "D231458907",
      "ZE184226B<<<<<1", "L898902C3674081221204159ZE184226B<<<<<10", "AB12345671", "X4<<<<<<<3",
    ],
    invalid: [
      "L898902C37", "L898902C46", "L898902D36", "7408123", "1204158", "L898902C3X", "L898902C3-6",
      "<<<<<<<<<0", "6", "", "L898902C3674081221204159ZE184226B<<<<<11",
    ])

  static let esNIF = VerdictCase.table(
    "es_nif",
    valid: [
      "12345678Z", "12345678-Z", "12345678 z", "87654321X", "X1234567L", "Y0000000Z",
      "Z7654321H", "Y1234567X", "00000023T", "00000024R", "00000025W",
    ],
    invalid: [
      "12345678A", "12345679Z", "1234567Z", "123456789Z", "X1234567M", "W1234567L", "123456789",
      "ABCDEFGHZ", "X12345678", "00000023R", "00000024T",
    ])

  static let esNIE = VerdictCase.table(
    "es_nie",
    valid: ["X1234567L", "Y1234567X", "Z7654321H", "x-1234567-l", "Y0000000Z"],
    invalid: ["12345678Z", "X1234567A", "X123456L", "Y1234567L", "A1234567L"])

  static let itFiscalCode = VerdictCase.table(
    "it_fiscal_code",
    valid: [
      "RSSMRA85T10A562S", "rssmra85t10a562s", "RSS MRA 85T10 A562S", "MRTMTT25D09F205Z",
      "RSSMRA85T10A56NH", "BNCLRA90A41H501F",
    ],
    invalid: [
      "RSSMRA85T10A562T", "RSSMRA85T10A563S", "RSSMRA85T10A562", "RSSMRA85T10A562SS",
      "RSSMRA85B30A562G", "RSSMRA85Z10A562B", "RSSMRA85T72A562C", "1SSMRA85T10A562S",
      "RSSMRA85T10A5A2S", "RSSMRA85T10-A562S",
    ])

  static let plPESEL = VerdictCase.table(
    "pl_pesel",
    valid: ["44051401359", "02070803628", "02270803624", "99123100010", "00222900016"],
    invalid: [
      "44051401358", "44051401369", "4405140135", "440514013590", "00000000000",
      "85022900017", "85130100017", "4405140135X",
    ])

  static let plNIP = VerdictCase.table(
    "pl_nip",
    valid: [
      "1234563218", "123-456-32-18", "123-45-63-218", "PL1234563218", "PL 123-456-32-18",
      "5260001246", "7770002903",
    ],
    invalid: [
      "1234563219", "1234563228", "123456321", "12345632181", "0000000000", "1234567890",
      "1234567891", "DE1234563218",
    ])

  static let plREGON = VerdictCase.table(
    "pl_regon",
    valid: ["123456785", "012345675", "12345678512347", "1234-5678-5"],
    invalid: ["123456786", "12345678512348", "12345678", "1234567851234", "000000000"])

  static let fiHETU = VerdictCase.table(
    "fi_personal_identity_code",
    valid: [
      "131052-308T", "131052-308t", "010594Y9021", "010594Y9032", "020502E902X", "010101A123N",
      "290200A124A", "150845+456E",
    ],
    invalid: [
      "131052-308U", "131052-309T", "131052*308T", "131052308T", "290201A123J", "131052-001W",
      "131052-000V", "321052-308T", "131352-308T", "131052-30AT",
    ])

  static let sePersonnummer = VerdictCase.table(
    "se_personnummer",
    valid: [
      "811218-9876", "811218+9876", "8112189876", "19811218-9876", "198112189876",
      "000229-1235", "20000229-1235", "701063-2383",
    ],
    invalid: [
      "811218-9875", "811218-9886", "811232-9878", "19000229-1235", "811218-98765", "81-1218-9876",
      "8112-18-9876", "0000000000", "811218/9876", "81121898",
    ])

  static let sgNRIC = VerdictCase.table(
    "sg_nric",
    valid: [
      "S1234567D", "s1234567d", "S8076606H", "S1728872E", "G4549883U", "G4552218R",
      "S2111122H", "M1234567K", "M3960741N", "T0123456G", "F9876543M", "G1234567X", "M9876543X",
    ],
    invalid: [
      "S1179607H", "M1234567N", "S1234567E", "T1234567D", "X1234567D", "S123456D", "S12345678D",
      "A1234567D", "S1234567", "S12345A7D",
    ])

  static let auABN = VerdictCase.table(
    "au_abn",
    valid: ["51 824 753 556", "51824753556", "53 004 085 616", "33 102 417 032"],
    invalid: [
      "51 824 753 557", "52 824 753 556", "5182475355", "518247535560", "01824753556",
      "11111111111",
    ])

  static let auACN = VerdictCase.table(
    "au_acn",
    valid: [
      "000 000 019", "000 250 000", "000 500 005", "000 750 005", "001 000 004", "001 250 004",
      "001 500 009", "001 749 999", "001 999 999", "002 249 998", "002 499 998", "002 749 993",
      "002 999 993", "003 249 992", "003 499 992", "003 749 988", "003 999 988", "004 249 987",
      "004 499 987", "004 749 982", "004 999 982", "005 249 981", "005 499 981", "005 749 986",
      "005 999 977", "010 249 966", "010 499 966", "010 749 961", "004 085 616", "004085616",
    ],
    invalid: ["000 000 018", "004 085 617", "004 085 626", "00408561", "0040856160", "000000000"])

  static let auTFN = VerdictCase.table(
    "au_tfn",
    valid: ["123 456 782", "123456782", "876 543 210", "459 599 230", "565 051 603", "34567899"],
    invalid: ["123 456 781", "123 456 783", "213 456 782", "1234567", "1234567890", "111111111"])

  static let auMedicare = VerdictCase.table(
    "au_medicare",
    valid: ["2123456701", "2123 45670 1", "2123 45670 1 1", "2950123021", "3123456712"],
    invalid: [
      "2123456711", "2123456801", "1123456701", "7123456701", "1123456791", "7123456751",
      "2123 45670 1 0", "212345670",
      "212345670123",
    ])

  static let caSIN = VerdictCase.table(
    "ca_sin",
    valid: ["130 692 544", "130692544", "130-692-544", "123 456 782", "987 654 324"],
    invalid: [
      "046 454 286", "812 345 676", "130 692 545", "130 692 554", "12345678", "1234567823",
      "999999999",
    ])

  static let krRRN = VerdictCase.table(
    "kr_rrn",
    valid: [
      "900101-1234568", "9001011234568", "851231-2654323", "000229-4123457", "210315-3123454",
    ],
    invalid: [
      "900101-1234567", "900101-1234578", "901301-1234568", "900230-1234568", "010229-3123456",
      "200930-3123456", "900101-123456", "900101-12345689",
    ],
    unknown: ["210315-3123455", "201001-3123456"])

  static let trTCKN = VerdictCase.table(
    "tr_tckn",
    valid: ["10000000146", "12345678950"],
    invalid: [
      "10000000147", "10000000145", "10000000156", "02345678950", "1234567895", "123456789501",
    ])

  static let thTNIN = VerdictCase.table(
    "th_tnin",
    valid: ["1101700230708", "1-1017-00230-70-8", "3100400123456"],
    invalid: ["1101700230709", "1101700230718", "110170023070", "1111111111111"])

  static let zaID = VerdictCase.table(
    "za_id",
    valid: ["8001015009087", "800101 5009 087", "9202204720083", "0002295000083"],
    invalid: [
      "8001015009088", "8001015009384", "8013015009082", "800101500908", "0000000000000",
    ])

  static let ngNIN = VerdictCase.table(
    "ng_nin",
    invalid: ["1234567890", "123456789012", "11111111111", "1234567890A"],
    unknown: ["12345678901", "123 456 789 01", "70123456789"])

  static let inPAN = VerdictCase.table(
    "in_pan",
    valid: ["ABCPE1234F", "AAACB1234C", "abcpe1234f", "BBBHA0000Z", "ZZZGZ9999Z"],
    invalid: [
      "ABCDE1234F", "ABCPE12345", "ABCP1234F", "1BCPE1234F", "ABCPE1234", "ABCPEA234F",
      "ABCPE 1234F", "ABCXE1234F",
    ])

  static let inGSTIN = VerdictCase.table(
    "in_gstin",
    valid: [
      "27AAPFU0939F1ZV", "27aapfu0939f1zv", "29AAGCB7383J1Z4", "07AAGFF2194N1Z1",
      "29ABCDE1234F1ZW",
    ],
    invalid: [
      "27AAPFU0939F1ZW", "27AAPFU0939F1ZV1", "27AAPFU0939F1Z", "40AAPFU0939F1ZV",
      "27AAPFU0939F0ZV", "27AAPF10939F1ZV", "28AAPFU0939F1ZV",
    ])

  static let usABA = VerdictCase.table(
    "us_aba_routing",
    valid: [
      "011000015", "021000021", "026009593", "121000358", "111000025", "122105155",
      "322271627", "071000013", "261073326",
    ],
    invalid: [
      "011000016", "021000022", "131000018", "501000017", "000000000", "02100002", "0210000211",
    ])

  static let usNPI = VerdictCase.table(
    "us_npi",
    valid: ["1234567893", "1245678903", "2999999990"],
    invalid: ["1234567890", "1234567894", "3234567893", "123456789", "12345678930"])

  static let usITIN = VerdictCase.table(
    "us_itin",
    valid: [
      "912-70-1234", "912701234", "912 88 1234", "900-50-1234", "999-94-1234", "912-92-1234",
      "912-65-0001",
    ],
    invalid: [
      "912-93-1234", "912-49-1234", "912-66-1234", "912-69-1234", "912-89-1234", "812-70-1234",
      "999-99-9999", "912-70 1234", "912-70-123", "536-22-8726",
    ])

  static let ukNINO = VerdictCase.table(
    "uk_nino",
    valid: ["AB123456C", "AB 12 34 56 C", "ab123456c", "JG103759A", "OA123456D", "CE123456B"],
    invalid: [
      "QQ123456C", "DA123456A", "FA123456A", "AD123456A", "AO123456A", "BG123456A", "GB123456A",
      "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A", "AB123456E", "AB12345C",
      "A1123456C", "AB1234567C",
    ],
    unknown: ["AB123456", "AB 12 34 56"])

  static let cases =
    verhoeff + ukNHS + iso7064 + icao9303 + esNIF + esNIE + itFiscalCode + plPESEL + plNIP
    + plREGON + fiHETU + sePersonnummer + sgNRIC + auABN + auACN + auTFN + auMedicare + caSIN
    + krRRN + trTCKN + thTNIN + zaID + ngNIN + inPAN + inGSTIN + usABA + usNPI + usITIN + ukNINO

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  @Test func verhoeffMatchesPublishedExample() {
    #expect(Verhoeff.checkDigit(for: [2, 3, 6]) == 3)
    #expect(Verhoeff.isValid([2, 3, 6, 3]))
    #expect(!Verhoeff.isValid([2, 3, 6, 4]))
    #expect(!Verhoeff.isValid([2, 6, 3, 3]))
  }

  @Test func icaoCheckDigitOfSpecimenFields() {
    let documentNumber = "L898902C3".utf8.map { ByteClass.base36Value($0) ?? 0 }
    #expect(ICAO9303Validator.checkDigit(documentNumber) == 6)
    #expect(ICAO9303Validator.checkDigit([7, 4, 0, 8, 1, 2]) == 2)
  }
}
