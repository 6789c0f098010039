import Foundation
import Testing
import VeilCore

@testable import VeilTransform

private func finding(_ entity: EntityType) -> Finding {
  Finding(entity: entity, range: 0..<1, score: 1, explanation: Explanation(recognizer: "test", pattern: "p", baseScore: 1))
}

let testKey: PseudonymKey = {
  // 32 bytes: a fixed test key, never a real one.
  (try? PseudonymKey(bytes: Array(0..<32))) ?? PseudonymKey.random()
}()

@Suite struct KeyTests {
  @Test func keysAreReadFromHexOrBase64AndShownOnlyAsAnID() throws {
    let hex = String(repeating: "ab", count: 32)
    let fromHex = try PseudonymKey(text: hex + "\n", source: "test")
    let fromBase64 = try PseudonymKey(text: Data(repeating: 0xAB, count: 32).base64EncodedString(), source: "test")
    #expect(fromHex.id == fromBase64.id)
    #expect(fromHex.id.hasPrefix("k1-") && fromHex.id.count == 15)
    #expect(!fromHex.description.contains("abab"))
    #expect(try PseudonymKey(bytes: Array(repeating: 1, count: 32)).id != fromHex.id)
  }

  @Test func badKeysAreRefusedWithAReason() {
    #expect(throws: KeyError.tooShort(16)) { try PseudonymKey(text: String(repeating: "ab", count: 16), source: "k") }
    #expect(throws: KeyError.empty("k")) { try PseudonymKey(text: "  \n", source: "k") }
    #expect(throws: KeyError.self) { try PseudonymKey(text: "not a key!", source: "k") }
    #expect(throws: KeyError.self) { try PseudonymKey.load(file: "/nonexistent/key") }
  }

  @Test func environmentVariablesNameTheKey() throws {
    let key = try PseudonymKey.fromEnvironment(["VEIL_KEY": String(repeating: "cd", count: 32)])
    #expect(key != nil)
    #expect(try PseudonymKey.fromEnvironment([:]) == nil)
  }
}

@Suite struct HashOperatorTests {
  @Test func keyedTruncatedAndNormalized() {
    var scope = RecordScope()
    let hash = HashOperator(key: testKey)
    let a = hash.replacement(for: "Jane.Doe@Example.com", of: finding(.emailAddress), in: &scope)
    let b = hash.replacement(for: "jane.doe@example.com", of: finding(.emailAddress), in: &scope)
    #expect(a == b)
    #expect(a.count == 16 && a.allSatisfy(\.isHexDigit))
    let other = HashOperator(key: PseudonymKey.random())
    #expect(other.replacement(for: "jane.doe@example.com", of: finding(.emailAddress), in: &scope) != a)
    let base32 = HashOperator(key: testKey, bits: 128, encoding: .base32)
    #expect(base32.replacement(for: "x", of: finding(.url), in: &scope).count == 26)
    #expect(HashOperator(key: testKey, bits: 8).bits == 64)
  }
}

@Suite struct GeneralizeTests {
  static let dates: [(String, String, String)] = [
    ("2024-03-15", "2024-03", "2024"),
    ("2024-03-15T10:42:00Z", "2024-03", "2024"),
    ("15/03/2024", "03/2024", "2024"),
    ("March 15, 2024", "March 2024", "2024"),
    ("15 Mar 2024", "Mar 2024", "2024"),
    ("Jan 3rd", "Jan", "<DATE_TIME>"),
  ]

  @Test(arguments: dates)
  func datesToMonthAndYear(original: String, month: String, year: String) {
    var scope = RecordScope()
    #expect(GeneralizeOperator(level: .month).replacement(for: original, of: finding(.dateTime), in: &scope) == month)
    #expect(GeneralizeOperator(level: .year).replacement(for: original, of: finding(.dateTime), in: &scope) == year)
  }

  @Test func placesBandsAndCodes() {
    var places = LocationHierarchy()
    places.add("Lyon", region: "Auvergne-Rhône-Alpes", country: "France")
    var scope = RecordScope()
    #expect(GeneralizeOperator(level: .region, places: places).replacement(for: "Lyon", of: finding(.location), in: &scope) == "Auvergne-Rhône-Alpes")
    #expect(GeneralizeOperator(level: .country, places: places).replacement(for: "lyon", of: finding(.location), in: &scope) == "France")
    #expect(GeneralizeOperator(level: .country, places: places).replacement(for: "Atlantis", of: finding(.location), in: &scope) == "<LOCATION>")
    #expect(GeneralizeOperator(level: .band(10)).replacement(for: "34", of: finding("AGE"), in: &scope) == "30-39")
    #expect(GeneralizeOperator(level: .band(10)).replacement(for: "thirty", of: finding("AGE"), in: &scope) == "<AGE>")
    #expect(GeneralizeOperator(level: .truncate(3)).replacement(for: "94107", of: finding("ZIP"), in: &scope) == "941**")
    let grid = GeneralizeOperator(level: .grid(1))
    #expect(grid.replacement(for: "40.7128, -74.0060", of: finding("GPS_COORDINATES"), in: &scope) == "40.7, -74.0")
    #expect(grid.replacement(for: "40°42'46\"N 74°00'21\"W", of: finding("GPS_COORDINATES"), in: &scope) == "40.7, -74.0")
    #expect(GeneralizeOperator(level: .grid(2)).replacement(for: "-33.86785, 151.20732", of: finding("GPS_COORDINATES"), in: &scope) == "-33.87, 151.21")
    #expect(GeneralizeOperator(level: .grid(0)).replacement(for: "N 0.4, W 0.3", of: finding("GPS_COORDINATES"), in: &scope) == "0, 0")
    #expect(grid.replacement(for: "-122.4194", of: finding("GPS_COORDINATES"), in: &scope) == "-122.4")
    #expect(grid.replacement(for: "somewhere near the lake", of: finding("GPS_COORDINATES"), in: &scope) == "<GPS_COORDINATES>")
  }
}

@Suite struct ShiftDateTests {
  @Test func oneSubjectKeepsIntervalsAndFormats() {
    let shift = ShiftDateOperator(key: testKey, maxDays: 30)
    var scope = RecordScope(subject: "user-42")
    let offset = shift.offset(for: "user-42")
    #expect(offset != 0 && abs(offset) <= 30)
    let first = shift.replacement(for: "2024-03-15", of: finding(.dateTime), in: &scope)
    let second = shift.replacement(for: "2024-03-20", of: finding(.dateTime), in: &scope)
    let a = DateValue.parse(first)
    let b = DateValue.parse(second)
    #expect(a != nil && b != nil)
    if let a, let b, let ya = a.year, let yb = b.year, let da = a.day, let db = b.day {
      let interval = DateValue.ordinal(year: yb, month: b.month, day: db) - DateValue.ordinal(year: ya, month: a.month, day: da)
      #expect(interval == 5 || ya != yb)
    }
    let written = shift.replacement(for: "March 15, 2024", of: finding(.dateTime), in: &scope)
    #expect(DateValue.parse(written)?.formatted() == written)
    #expect(written != "March 15, 2024")
    #expect(shift.replacement(for: "Tuesday", of: finding(.dateTime), in: &scope) == "<DATE_TIME>")
  }

  @Test func shiftingCrossesMonthsAndYears() throws {
    let date = try #require(DateValue.parse("2023-12-30"))
    #expect(date.shifted(by: 3).formatted() == "2024-01-02")
    #expect(date.shifted(by: -365).formatted() == "2022-12-30")
    let leap = try #require(DateValue.parse("28.02.2024"))
    #expect(leap.shifted(by: 1).formatted() == "29.02.2024")
  }

  @Test func subjectsGetDifferentOffsets() {
    let shift = ShiftDateOperator(key: testKey, maxDays: 365)
    let offsets = Set((0..<50).map { shift.offset(for: "user-\($0)") })
    #expect(offsets.count > 40)
  }
}
