import Testing
import VeilCore

@testable import VeilDetection

@Suite("ipv4")
struct IPv4ValidatorTests {
  static let valid = [
    "0.0.0.0", "10.0.0.1", "127.0.0.1", "192.168.1.254", "255.255.255.255", "8.8.8.8",
    "100.64.0.10", " 172.16.0.1 ",
  ]
  static let invalid = [
    "256.1.1.1", "1.2.3.256", "01.2.3.4", "1.2.3.04", "1.02.3.4", "00.0.0.0", "1.2.3", "1.2.3.4.5",
    "1..2.3", ".1.2.3", "1.2.3.", "1.2.3.4/24", "1.2.3.4:80", "a.b.c.d", "1 .2.3.4", "1234.1.1.1",
    "", "2024.03.05", "12:30:45", "999.999.999.999", "1.2.3.-4",
  ]
  static let cases = VerdictCase.table("ipv4", valid: valid, invalid: invalid)

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}

@Suite("ipv6")
struct IPv6ValidatorTests {
  static let valid = [
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8:85a3::8a2e:370:7334", "::1", "::",
    "fe80::", "fe80::1ff:fe23:4567:890a", "2001:DB8::1", "1:2:3:4:5:6:7:8", "1::8",
    "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::ffff:192.168.1.1", "::192.168.1.1",
    "64:ff9b::192.0.2.33", "1:2:3:4:5:6:192.168.0.1", "1::5:6:192.168.0.1",
  ]
  static let invalid = [
    "12:30:45", "10:15:42.123", "00:1A:2B:3C:4D:5E", "00-1A-2B-3C-4D-5E", "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7:8:9", "1::2::3", ":::", "1:::2", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
    "12345::1", "g::1", "2001:db8::1/64", "fe80::1%eth0", "::ffff:192.168.1.256",
    "::ffff:192.168.01.1", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4", "", ":", "1:2:3:4:5:6:7:8::",
    "::1.2.3.4:5",
  ]
  static let cases = VerdictCase.table("ipv6", valid: valid, invalid: invalid)

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}

@Suite("ip")
struct IPValidatorTests {
  static let cases = VerdictCase.table(
    "ip",
    valid: ["10.0.0.1", "255.255.255.255", "::1", "2001:db8::1", "::ffff:10.0.0.1"],
    invalid: ["256.0.0.1", "12:30:45", "00:1A:2B:3C:4D:5E", "1.2.3", "hello", ""])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}

@Suite("mac")
struct MACValidatorTests {
  static let cases = VerdictCase.table(
    "mac",
    valid: [
      "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "aa:bb:cc:dd:ee:ff", "00:00:00:00:00:00",
      "FF:FF:FF:FF:FF:FF", "001a.2b3c.4d5e", "FFFF.FFFF.FFFF", " 01:23:45:67:89:ab ",
    ],
    invalid: [
      "00:1A:2B-3C:4D:5E", "00-1A:2B:3C:4D:5E", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5E:6F",
      "00:1A:2B:3C:4D:5G", "001a.2b3c-4d5e", "001a:2b3c:4d5e", "0:1A:2B:3C:4D:5E",
      "00.1A.2B.3C.4D.5E",
      "12:30:45", "2001:db8::1", "", "001A2B3C4D5Z",
    ],
    unknown: ["001A2B3C4D5E", "001a2b3c4d5e"])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}

@Suite("phone")
struct PhoneValidatorTests {
  static let cases = VerdictCase.table(
    "phone",
    invalid: [
      "123456", "12-34-56", "1234567890123456", "+1 234 567 890 123 456", "000-000-0000",
      "(555) 555-5555", "+44 20 7946 0958 extension", "555-CALL-NOW", "555 123 4567 ext. 1234567",
      "(555 123-4567", "555) 123-4567", "((555)) 123-4567", "555+1234567", "192.168.100.200",
      "2024-03-05", "05.03.2024", "", "ext. 123", "x1234", "555-123-4567 abc 12",
      "555-123-4567 room 12",
    ],
    unknown: [
      "555-123-4567", "(555) 123-4567", "+1 (555) 123-4567", "+44 20 7946 0958", "020 7946 0958",
      "+49 30 901820", "555.123.4567", "5551234", "555-1234", "+1-555-123-4567 ext. 123",
      "555-123-4567 x123", "555-123-4567 ext 42", "555-123-4567 #12", "555-123-4567 X 7",
      "+33 1 23 45 67 89", "123456789012345", "030/1234567",
    ])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  @Test func neverReturnsValid() {
    for testCase in Self.cases {
      #expect(PhoneValidator().validate(bytes(testCase.input)) != .valid)
    }
  }
}
