import Testing
import VeilCore

@testable import VeilDetection

@Suite("imei")
struct IMEIValidatorTests {
  // Luhn over the first 14 digits worked out by hand: 35209900176148|1, 49015420323751|8.
  static let cases = VerdictCase.table(
    "imei",
    valid: ["35-209900-176148-1", "35 209900 176148 1", "49-015420-323751-8"],
    invalid: [
      "352099001761482", "35-209900-176148-2", "111111111111111", "35209900176148", "3520990017614811",
      "35-209900-176148-X", "",
    ],
    unknown: ["352099001761481", "490154203237518", "352099 001761481"])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}

@Suite("geo_coordinates")
struct GeoCoordinatesValidatorTests {
  // A lone number comes only from the lat/lng patterns, whose labels mark it.
  static let cases = VerdictCase.table(
    "geo_coordinates",
    valid: [
      "48.8584° N, 2.2945° E", "N 47.6205 W 122.3493", "40°42'46\"N 74°00'21\"W", "35°41.3'N 139°41.5'E",
      "33° 52′ 10″ S, 151° 12′ 30″ E", "37.7749, \"lng\": -122.4194", "-33.8688, longitude=151.2093",
      "74.0060° W, 40.7128° N", "40.7128", "-122.4194",
    ],
    invalid: [
      "0.8123, 0.7645", "12.5, 13.75", "30°, 60°", "91.0000, 10.0000", "45.1234, 181.5000",
      "40°61'00\"N 74°00'21\"W", "48.8584° N, 2.2945° N", "48.8584° E, 2.2945° E", "N -40.71, W 74.00",
      "40.7", "181.0000", "40.7128, -74.0060, 12.5", "40d42m46s N 74d0m21s W", "",
    ],
    unknown: ["40.7128, -74.0060", "51.507, -0.128", "-33.86785 151.20732", "40.71°, -74.00°"])

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }
}

@Suite struct GeoCoordinateTests {
  @Test func degreesMinutesAndSecondsAreAddedUp() throws {
    let spot = try #require(GeoCoordinate.parse("40°42'46\"N 74°00'21\"W"))
    #expect(abs(spot.latitude - (40 + 42.0 / 60 + 46.0 / 3600)) < 1e-9)
    #expect(abs(spot.longitude + (0 + 21.0 / 3600 + 74)) < 1e-9)
    #expect(spot.isMarked)
    #expect(spot.decimals == 0)
  }

  @Test func hemisphereLettersPutTheNumbersInTheirPlace() throws {
    let spot = try #require(GeoCoordinate.parse("74.0060° W, 40.7128° N"))
    #expect(spot.latitude == 40.7128)
    #expect(spot.longitude == -74.006)
    let south = try #require(GeoCoordinate.parse("S 33.8688 E 151.2093"))
    #expect(south.latitude == -33.8688)
    #expect(south.longitude == 151.2093)
  }

  @Test func bareNumbersAreLatitudeThenLongitudeAndUnmarked() throws {
    let spot = try #require(GeoCoordinate.parse("51.5033, -0.1196"))
    #expect(spot.latitude == 51.5033)
    #expect(spot.longitude == -0.1196)
    #expect(!spot.isMarked)
    #expect(spot.decimals == 4)
    // A degree sign alone does not mark a pair: "angles of 30°, 60°".
    #expect(GeoCoordinate.parse("30.25°, 60.75°")?.isMarked == false)
  }

  @Test func roundingWritesTheGridCell() {
    let spot = GeoCoordinate(latitude: -0.04, longitude: 179.96, decimals: 4, isMarked: false)
    #expect(spot.rounded(to: 1) == "0.0, 180.0")
    #expect(spot.rounded(to: 2) == "-0.04, 179.96")
    #expect(spot.rounded(to: 0) == "0, 180")
  }
}
