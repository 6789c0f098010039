import VeilCore

/// A latitude and longitude pair (`GeoCoordinate`): in range, and precise enough to place a person.
///
/// A pair marked as a coordinate (hemisphere letters, minutes of arc) stands on its own, and so
/// does one number of two decimal places or more, which only the lat/lng patterns hand over. Two bare numbers are only a candidate (a context word such as GPS, location or map
/// decides): code, metrics and price lists are full of pairs of decimals in range. Fewer than two
/// decimal places (about 1 km) do not place anyone; pairs both under 1 are left alone (scores,
/// probabilities, vector components far more often than a spot in the Gulf of Guinea).
public struct GeoCoordinatesValidator: Validator {
  /// The rule-file name.
  public let name = "geo_coordinates"

  /// Creates the validator.
  public init() {}

  /// Valid for a marked pair in range or a lone labelled value; unknown for a bare pair of numbers
  /// with two or more decimals; invalid otherwise.
  public func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict {
    let text = String(decoding: candidate, as: UTF8.self)
    // One value of a labelled pair ("lat": 40.7128, "lng": -74.0060): the labels, which the pattern read, mark it.
    if let single = GeoCoordinate.parseDegrees(text) { return single.decimals >= 2 ? .valid : .invalid }
    guard let coordinate = GeoCoordinate.parse(text) else { return .invalid }
    if coordinate.isMarked { return .valid }
    guard abs(coordinate.latitude) >= 1 || abs(coordinate.longitude) >= 1, coordinate.decimals >= 2 else { return .invalid }
    return .unknown
  }
}
