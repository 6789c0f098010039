import Testing
import VeilCore

@testable import VeilDetection

/// The codes on an address's lines after its street, found by the analyzer once findings are settled.
@Suite struct AddressBlocksTests {
  let street = try! recognizer("street", "ADDRESS", #"\d+ [A-Z][a-z]+ (?:Street|Road)"#, score: 0.9)
  let town = try! recognizer("town", .location, #"\b(?:Springfield|Artilleros|Uruguay)\b"#, score: 0.6)

  func found(_ text: String) throws -> [String] {
    let unit = TextUnit(text)
    return try Analyzer(recognizers: [street, town]).analyze(unit).map { finding in
      "\(finding.entity.rawValue):\(String(decoding: unit.utf8[finding.range], as: UTF8.self))"
    }
  }

  @Test func codesAmongTheTownAndCountryLinesAreTheAddresss() throws {
    #expect(
      try found("Send it to 6750 Main Street\nArtilleros\n, CO\n Uruguay 64677")
        == ["ADDRESS:6750 Main Street", "LOCATION:Artilleros", "ADDRESS:CO", "LOCATION:Uruguay", "ADDRESS:64677"])
    #expect(
      try found("5 Oak Road, Springfield, IL 62704-1234 please")
        == ["ADDRESS:5 Oak Road", "LOCATION:Springfield", "ADDRESS:IL", "ADDRESS:62704-1234"])
    #expect(try found("10 Downing Street\nSW1A 2AA") == ["ADDRESS:10 Downing Street", "ADDRESS:SW1A 2AA"])
    #expect(try found("10 Queen Street, K1A 0B1") == ["ADDRESS:10 Queen Street", "ADDRESS:K1A 0B1"])
    #expect(try found("12 Keizer Road, 1015 CJ") == ["ADDRESS:12 Keizer Road", "ADDRESS:1015 CJ"])
  }

  @Test func theAddressEndsAtAnythingElse() throws {
    // A sentence's end, a blank line, a word, a code before a word, a number of another length.
    #expect(try found("I live at 12 Oak Road. NO parking, 12345 spaces.") == ["ADDRESS:12 Oak Road"])
    #expect(try found("5 Main Street\n\n12345 is my order") == ["ADDRESS:5 Main Street"])
    #expect(try found("5 Main Street, near 12345") == ["ADDRESS:5 Main Street"])
    #expect(try found("12 Oak Road, IT department") == ["ADDRESS:12 Oak Road"])
    #expect(try found("12 Oak Road, 123 times") == ["ADDRESS:12 Oak Road"])
    #expect(try found("12 Oak Road, 2019-2023") == ["ADDRESS:12 Oak Road"])
    #expect(try found("12 Oak Road, Springfield\nCEO") == ["ADDRESS:12 Oak Road", "LOCATION:Springfield"])
    #expect(try found("12 Oak Road\n4821 is the gate code") == ["ADDRESS:12 Oak Road"])
    // Codes alone, with no address before them, are nothing.
    #expect(try found("Springfield, IL 62704") == ["LOCATION:Springfield"])
  }
}
