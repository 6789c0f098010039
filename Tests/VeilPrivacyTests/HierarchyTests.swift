import Foundation
import Testing

@testable import VeilPrivacy

@Suite struct HierarchyTests {
  @Test func loadsARXHierarchyFile() throws {
    let hierarchy = try Hierarchy.load(contentsOf: Fixtures.url("arx-test2/test2_hierarchy_Disease.csv"))
    #expect(hierarchy.height == 3)
    #expect(hierarchy.rows.count == 6)
    #expect(hierarchy.generalize("flu", to: 1) == "respiratory infection")
    #expect(hierarchy.generalize("gastritis", to: 2) == "digestive system disease")
    #expect(hierarchy.generalize("flu", to: 3) == "respiratory&digestive disease")
    #expect(hierarchy.generalize("flu", to: 4) == nil)
    #expect(hierarchy.generalize("measles", to: 1) == nil)
  }

  @Test func loadsAdultHierarchiesWithDetectedSemicolon() throws {
    let age = try Hierarchy.load(contentsOf: Fixtures.url("adult/adult_hierarchy_age.csv"))
    #expect(age.height == 4)
    #expect(age.row(for: "39") == ["39", "35-39", "30-39", "20-39", "*"])
  }

  @Test func parsesCommaSeparatedAndQuotedHierarchies() throws {
    let text = "a,\"x,y\",*\nb,\"x,y\",*\nc,z,*\n"
    let detected = try Hierarchy.parse(text)
    #expect(detected.generalize("a", to: 1) == "x,y")
    let explicit = try Hierarchy.parse("a;1;*\nb;1;*\n", delimiter: UInt8(ascii: ";"))
    #expect(explicit.height == 2)
  }

  @Test func raggedRowIsAnErrorWithItsLine() {
    #expect(throws: KAnonymityError.invalidHierarchy(
      source: "h.csv", line: 2, message: "row has 2 levels but the first row has 3")) {
      try Hierarchy.parse("a;x;*\nb;*\n", source: "h.csv")
    }
  }

  @Test func duplicateLeafIsAnErrorWithItsLine() {
    #expect(throws: KAnonymityError.invalidHierarchy(
      source: "h.csv", line: 3, message: "duplicate leaf 'a' (first defined on line 1)")) {
      try Hierarchy.parse("a;x;*\nb;x;*\na;y;*\n", source: "h.csv")
    }
  }

  @Test func topLevelMustBeASingleValue() throws {
    let error = #expect(throws: KAnonymityError.self) {
      try Hierarchy.parse("a;x;*\nb;y;ALL\n", source: "h.csv")
    }
    guard case .invalidHierarchy(_, let line, let message)? = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(line == 2)
    #expect(message.contains("single value"))
  }

  @Test func valueWithTwoParentsIsInconsistent() throws {
    let error = #expect(throws: KAnonymityError.self) {
      try Hierarchy.parse("a;x;p;*\nb;x;q;*\n", source: "h.csv")
    }
    guard case .invalidHierarchy(_, let line, let message)? = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(line == 2)
    #expect(message.contains("'x' at level 1"))
  }

  @Test func blankTrailingLinesAreIgnored() throws {
    let hierarchy = try Hierarchy.parse("a;*\r\nb;*\r\n\r\n\n")
    #expect(hierarchy.rows.count == 2)
  }

  @Test func intervalHierarchyBands() throws {
    let hierarchy = try Hierarchy.interval(widths: [5, 10, 20], values: ["30", "34", "37", "-3", "12.5"])
    #expect(hierarchy.height == 4)
    #expect(hierarchy.row(for: "30") == ["30", "[30-35[", "[30-40[", "[20-40[", "*"])
    #expect(hierarchy.row(for: "34") == ["34", "[30-35[", "[30-40[", "[20-40[", "*"])
    #expect(hierarchy.row(for: "37") == ["37", "[35-40[", "[30-40[", "[20-40[", "*"])
    #expect(hierarchy.row(for: "-3") == ["-3", "[-5-0[", "[-10-0[", "[-20-0[", "*"])
    #expect(hierarchy.row(for: "12.5") == ["12.5", "[10-15[", "[10-20[", "[0-20[", "*"])
  }

  @Test func intervalHierarchyRejectsBadInput() {
    #expect(throws: KAnonymityError.invalidValue(
      column: nil, line: nil, value: "abc", reason: "is not a number (hierarchy interval:5)")) {
      try Hierarchy.interval(widths: [5], values: ["1", "abc"])
    }
    #expect(throws: KAnonymityError.self) { try Hierarchy.interval(widths: [5, 12], values: ["1"]) }
    #expect(throws: KAnonymityError.self) { try Hierarchy.interval(widths: [10, 5], values: ["1"]) }
  }

  @Test func dateHierarchyForDatesAndTimestamps() throws {
    let dates = try Hierarchy.date(values: ["2024-03-05", "2023-12-31", "2024-02-29"])
    #expect(dates.height == 3)
    #expect(dates.row(for: "2024-03-05") == ["2024-03-05", "2024-03", "2024", "*"])
    let stamps = try Hierarchy.date(values: ["2024-03-05T10:11:12Z", "2024-03-05 23:00", "2024-03-06"])
    #expect(stamps.height == 4)
    #expect(stamps.row(for: "2024-03-05T10:11:12Z") == ["2024-03-05T10:11:12Z", "2024-03-05", "2024-03", "2024", "*"])
    #expect(stamps.row(for: "2024-03-06") == ["2024-03-06", "2024-03-06", "2024-03", "2024", "*"])
    #expect(throws: KAnonymityError.self) { try Hierarchy.date(values: ["2023-02-29"]) }
    #expect(throws: KAnonymityError.self) { try Hierarchy.date(values: ["05/03/2024"]) }
  }

  @Test func maskHierarchyMatchesARXZipCodes() throws {
    let mask = try Hierarchy.mask(values: ["81667", "81675", "123"])
    let arx = try Hierarchy.load(contentsOf: Fixtures.url("arx-test/test_hierarchy_zipcode.csv"))
    #expect(mask.height == 5)
    #expect(mask.row(for: "81667") == arx.row(for: "81667"))
    #expect(mask.row(for: "81675") == ["81675", "8167*", "816**", "81***", "8****", "*"])
    #expect(mask.row(for: "123") == ["123", "12*", "1**", "***", "***", "*"])
  }

  @Test func specificationParsing() throws {
    #expect(try QuasiIdentifier.parse("age=interval:5,10,20")
      == QuasiIdentifier(name: "age", hierarchy: .interval([5, 10, 20])))
    #expect(try QuasiIdentifier.parse("birth=date") == QuasiIdentifier(name: "birth", hierarchy: .date))
    #expect(try QuasiIdentifier.parse("zip=mask:") == QuasiIdentifier(name: "zip", hierarchy: .mask))
    #expect(try QuasiIdentifier.parse("edu=h/edu.csv") == QuasiIdentifier(name: "edu", hierarchy: .file(path: "h/edu.csv")))
    #expect(HierarchySpec.interval([5, 10]).description == "interval:5,10")
    #expect(throws: KAnonymityError.self) { try QuasiIdentifier.parse("age") }
    #expect(throws: KAnonymityError.self) { try QuasiIdentifier.parse("=mask") }
    #expect(throws: KAnonymityError.self) { try QuasiIdentifier.parse("age=interval:5,x") }
  }
}
