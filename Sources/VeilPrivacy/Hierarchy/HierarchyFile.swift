import Foundation

extension Hierarchy {
  /// Loads an ARX hierarchy CSV: no header, one row per leaf, column i = level i.
  ///
  /// With `delimiter` nil the separator is detected from the first line: `;` when it
  /// contains one, otherwise `,` when it contains one, otherwise `;`.
  public static func load(contentsOf url: URL, delimiter: UInt8? = nil) throws -> Hierarchy {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw KAnonymityError.io(path: url.path, message: error.localizedDescription)
    }
    return try parse(data: data, delimiter: delimiter, source: url.path)
  }

  /// Parses ARX hierarchy CSV bytes (see `load(contentsOf:delimiter:)`).
  public static func parse(data: Data, delimiter: UInt8? = nil, source: String) throws -> Hierarchy {
    let separator = delimiter ?? detectDelimiter(data)
    let reader = CSVReader(data: data, delimiter: separator, source: source)
    let records = try reader.allRecords()
    // A trailing all-empty record (a lone delimiter line) is not a row.
    let kept = records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    return try Hierarchy(rows: kept.map(\.fields), source: source, lines: kept.map(\.line))
  }

  /// Parses ARX hierarchy CSV text (see `load(contentsOf:delimiter:)`).
  public static func parse(_ text: String, delimiter: UInt8? = nil, source: String = "<hierarchy>")
    throws -> Hierarchy
  {
    try parse(data: Data(text.utf8), delimiter: delimiter, source: source)
  }

  static func detectDelimiter(_ data: Data) -> UInt8 {
    let semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")
    var sawComma = false
    for byte in data {
      if byte == 10 { break }
      if byte == semicolon { return semicolon }
      if byte == comma { sawComma = true }
    }
    return sawComma ? comma : semicolon
  }
}
