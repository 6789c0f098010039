import Testing
import VeilCore
import VeilTransform

@testable import VeilRules

/// The built-in lexicons that keyed and generalizing operators read.
@Suite struct LexiconTests {
  @Test func citiesGeneralizeToNamedRegionsNotCodes() throws {
    let places = try OperatorContext.load(key: nil, needsLexicons: true).places
    #expect(places.lookup("San Francisco")?.region == "California")
    #expect(places.lookup("Munich")?.region == "Bavaria")
    #expect(places.lookup("Osaka")?.region == "Osaka")
    #expect(places.lookup("Pune")?.region == "Maharashtra")
    #expect(places.lookup("Pune")?.country == "India")
    // No region is a bare admin code such as "08" or "CA".
    for city in ["Lyon", "Leeds", "Kraków", "São Paulo", "Toronto", "Sydney"] {
      let region = try #require(places.lookup(city)?.region, "\(city) has no region")
      #expect(region.count > 3 && !region.allSatisfy(\.isNumber), "\(city) → \(region)")
    }
  }
}
