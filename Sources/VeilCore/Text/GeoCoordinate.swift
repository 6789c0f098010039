/// A latitude and longitude read from text, in any of the forms people paste them in:
/// decimal degrees ("40.7128, -74.0060", "40.7128° N 74.0060° W", "N 40.7128 W 74.0060"),
/// degrees and decimal minutes ("40°42.767'N 74°0.36'W") and degrees, minutes and seconds
/// ("40°42'46\"N 74°00'21\"W", with ′ and ″ as marks too).
///
/// The validator of the coordinate recognizer and the operator that coarsens coordinates share
/// this reading, so what is found is exactly what can be generalized.
public struct GeoCoordinate: Sendable, Hashable {
  /// Degrees north (negative: south), −90…90.
  public var latitude: Double
  /// Degrees east (negative: west), −180…180.
  public var longitude: Double
  /// The fewest decimal places written in either number (0 for whole degrees, minutes or seconds).
  public var decimals: Int
  /// Whether the text marks itself as a coordinate: N/S/E/W, minutes of arc, or a "lat"/"lng" label
  /// (a degree sign alone does not: "angles of 30°, 60°").
  public var isMarked: Bool

  /// Creates a coordinate.
  public init(latitude: Double, longitude: Double, decimals: Int, isMarked: Bool) {
    self.latitude = latitude
    self.longitude = longitude
    self.decimals = decimals
    self.isMarked = isMarked
  }

  /// Reads a latitude followed by a longitude; nil when the text is not exactly one such pair or
  /// a value is out of range (|latitude| > 90, |longitude| > 180, minutes or seconds ≥ 60).
  public static func parse(_ text: String) -> GeoCoordinate? {
    var reader = Reader(Array(text.unicodeScalars))
    guard let first = reader.angle(), let second = reader.angle() else { return nil }
    reader.skipSeparators()
    guard reader.isAtEnd else { return nil }
    // A hemisphere letter says which number is which; without letters the latitude comes first.
    var (latitude, longitude) = (first, second)
    if first.axis == .longitude || second.axis == .latitude { (latitude, longitude) = (second, first) }
    guard latitude.axis != .longitude, longitude.axis != .latitude,
      abs(latitude.degrees) <= 90, abs(longitude.degrees) <= 180
    else { return nil }
    return GeoCoordinate(
      latitude: latitude.degrees, longitude: longitude.degrees,
      decimals: min(latitude.decimals, longitude.decimals),
      isMarked: latitude.isMarked || longitude.isMarked)
  }

  /// Reads one signed number of degrees standing alone ("-74.0060"), as a labelled field holds it
  /// ("lng": -74.0060); nil for anything else or beyond ±180.
  public static func parseDegrees(_ text: String) -> (degrees: Double, decimals: Int)? {
    var reader = Reader(Array(text.unicodeScalars))
    reader.skipBlanks()
    var negative = false
    if let scalar = reader.current, scalar == "-" || scalar == "+" || scalar == "−" {
      negative = scalar != "+"
      reader.index += 1
    }
    guard let number = reader.number() else { return nil }
    reader.skipBlanks()
    guard reader.isAtEnd, number.value <= 180 else { return nil }
    return (negative ? -number.value : number.value, number.decimals)
  }

  /// `degrees` rounded to `places` decimal places, written as `rounded(to:)` writes each half of a pair.
  public static func rounded(_ degrees: Double, to places: Int) -> String {
    format(degrees, places)
  }

  /// The coordinate rounded to `places` decimal places (1 ≈ 11 km, 2 ≈ 1.1 km), written
  /// "40.7, -74.0".
  public func rounded(to places: Int) -> String {
    "\(Self.format(latitude, places)), \(Self.format(longitude, places))"
  }

  private static func format(_ value: Double, _ places: Int) -> String {
    let scale = (0..<max(0, places)).reduce(1.0) { product, _ in product * 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard places > 0 else { return "\(sign)\(whole)" }
    let digits = String(fraction)
    return "\(sign)\(whole).\(String(repeating: "0", count: places - digits.count))\(digits)"
  }

  private enum Axis { case latitude, longitude, either }

  private struct Angle {
    var degrees: Double
    var decimals: Int
    var isMarked: Bool
    var axis: Axis
  }

  /// A cursor over the scalars of the text.
  private struct Reader {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var isAtEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar? { isAtEnd ? nil : scalars[index] }

    mutating func skipBlanks() {
      while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\u{A0}" { index += 1 }
    }

    mutating func skipSeparators() {
      while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "," || scalar == ";"
        || scalar == "(" || scalar == ")" || scalar == "/" || scalar == "\"" || scalar == "'"
      {
        index += 1
      }
    }

    /// An axis label: "lat", "latitude", "lon", "lng", "long", "longitude", then an optional ":" or "=".
    mutating func label() -> Axis? {
      for (word, axis) in Self.labels {
        let end = index + word.count
        guard end <= scalars.count else { continue }
        let matches = zip(scalars[index..<end], word.unicodeScalars).allSatisfy { scalar, expected in
          scalar.properties.lowercaseMapping == String(expected)
        }
        guard matches, end == scalars.count || !scalars[end].properties.isAlphabetic else { continue }
        index = end
        if let scalar = current, scalar == "\"" || scalar == "'" { index += 1 }
        skipBlanks()
        if let scalar = current, scalar == ":" || scalar == "=" { index += 1 }
        return axis
      }
      return nil
    }

    /// Longest first, so "latitude" is not read as "lat".
    static let labels: [(String, Axis)] = [
      ("longitude", .longitude), ("latitude", .latitude), ("long", .longitude), ("lat", .latitude),
      ("lng", .longitude), ("lon", .longitude),
    ]

    /// A hemisphere letter standing alone (not the first letter of a word).
    mutating func hemisphere() -> (axis: Axis, negative: Bool)? {
      guard let scalar = current else { return nil }
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if let next, next.properties.isAlphabetic { return nil }
      let result: (Axis, Bool)? =
        switch scalar {
        case "N", "n": (.latitude, false)
        case "S", "s": (.latitude, true)
        case "E", "e": (.longitude, false)
        case "W", "w": (.longitude, true)  // not "O": west in Spanish and French, east (Ost) in German
        default: nil
        }
      if result != nil { index += 1 }
      return result
    }

    /// A number: up to three digits with an optional fraction ("." and digits), and the count of
    /// its fraction digits.
    mutating func number() -> (value: Double, decimals: Int)? {
      let start = index
      var written = ""
      while let scalar = current, Self.digit(scalar) != nil {
        written.unicodeScalars.append(scalar)
        index += 1
      }
      guard (1...3).contains(written.count) else {
        index = start
        return nil
      }
      var decimals = 0
      if current == ".",
        index + 1 < scalars.count, Self.digit(scalars[index + 1]) != nil
      {
        index += 1
        written += "."
        while let scalar = current, Self.digit(scalar) != nil {
          written.unicodeScalars.append(scalar)
          decimals += 1
          index += 1
        }
        guard decimals <= 12 else { return nil }
      }
      guard let value = Double(written) else { return nil }
      return (value, decimals)
    }

    static func digit(_ scalar: Unicode.Scalar) -> Int? {
      scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    static func isDegreeMark(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "°" || scalar == "º" || scalar == "˚"
    }

    static func isMinuteMark(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "'" || scalar == "′" || scalar == "’"
    }

    static func isSecondMark(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\"" || scalar == "″" || scalar == "”"
    }

    /// Minutes or seconds: a number under 60 and its mark (a second mark may also be two apostrophes, '');
    /// nil, with the cursor where it was, when none follows.
    mutating func subdivision(markedBy isMark: (Unicode.Scalar) -> Bool) -> (value: Double, decimals: Int)? {
      let start = index
      if let part = number(), part.value < 60 {
        skipBlanks()
        if let scalar = current, isMark(scalar) {
          index += 1
          return part
        }
        if isMark("\""), current == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
          index += 2
          return part
        }
      }
      index = start
      return nil
    }

    /// One angle: an optional leading hemisphere or sign, degrees with optional minutes and seconds,
    /// an optional trailing hemisphere.
    mutating func angle() -> Angle? {
      skipSeparators()
      var axis = Axis.either
      var negative = false
      var marked = false
      var hasHemisphere = false
      if let labelled = label() {
        (axis, marked) = (labelled, true)
        skipSeparators()
      } else if let (leading, isNegative) = hemisphere() {
        (axis, negative, marked, hasHemisphere) = (leading, isNegative, true, true)
        skipBlanks()
      }
      if let scalar = current, scalar == "-" || scalar == "+" || scalar == "−" {
        guard !hasHemisphere else { return nil }
        negative = scalar != "+"
        index += 1
      }
      guard let degrees = number() else { return nil }
      var value = degrees.value
      var decimals = degrees.decimals
      skipBlanks()
      if let scalar = current, Self.isDegreeMark(scalar) {
        index += 1
        skipBlanks()
        // Minutes after whole degrees, seconds after whole minutes.
        var previous = degrees
        for (divisor, isMark) in [(60.0, Self.isMinuteMark), (3600.0, Self.isSecondMark)] {
          guard previous.decimals == 0, let part = subdivision(markedBy: isMark) else { break }
          value += part.value / divisor
          decimals = part.decimals
          marked = true
          previous = part
          skipBlanks()
        }
      }
      skipBlanks()
      if axis == .either, let (trailing, isNegative) = hemisphere() {
        guard !negative else { return nil }
        (axis, negative, marked) = (trailing, isNegative, true)
      }
      return Angle(degrees: negative ? -value : value, decimals: decimals, isMarked: marked, axis: axis)
    }
  }
}
