/// Streams records into counts of distinct quasi-identifier tuples (counts, not records, in memory).
///
/// Each quasi-identifier column has its own `ValueDictionary`; a record becomes the tuple of
/// its leaf ids (plus the sensitive value's id when a sensitive column is tracked) and only the
/// tuple's count is kept. The counts are a plain dictionary keyed by the id tuple so the table
/// can later be spilled to a store such as SQLite (one row per tuple: ids…, count). Shards
/// counted separately combine with `merge(_:)`, which re-maps the other shard's ids.
public struct ClassCounter: Sendable {
  /// The quasi-identifier column names, in tuple order.
  public let columns: [String]
  /// Whether a sensitive value is counted with each tuple (needed for l-diversity).
  public let tracksSensitive: Bool
  /// One dictionary per quasi-identifier column.
  public private(set) var dictionaries: [ValueDictionary]
  /// The dictionary of sensitive values (empty unless `tracksSensitive`).
  public private(set) var sensitiveDictionary = ValueDictionary()
  /// The number of records added (sum of counts).
  public private(set) var records = 0
  /// Counts keyed by the id tuple: one id per column, then the sensitive id when tracked.
  public private(set) var counts: [[Int32]: Int] = [:]

  /// Creates an empty counter for `columns`.
  public init(columns: [String], tracksSensitive: Bool = false) {
    self.columns = columns
    self.tracksSensitive = tracksSensitive
    dictionaries = Array(repeating: ValueDictionary(), count: columns.count)
  }

  /// The number of distinct keys (tuples, or tuple + sensitive pairs).
  public var distinctKeys: Int { counts.count }

  /// Adds `count` records whose quasi-identifier values are `values` (one per column).
  ///
  /// `line` is remembered for values seen for the first time so later errors can point at it.
  public mutating func add(_ values: [String], sensitive: String? = nil, line: Int = 0, count: Int = 1) {
    precondition(values.count == columns.count, "expected \(columns.count) quasi-identifier values")
    var key = [Int32]()
    key.reserveCapacity(columns.count + 1)
    for (column, value) in values.enumerated() {
      key.append(dictionaries[column].intern(value, line: line))
    }
    if tracksSensitive {
      key.append(sensitiveDictionary.intern(sensitive ?? "", line: line))
    }
    counts[key, default: 0] += count
    records += count
  }

  /// Adds every count of `other` (same columns) to this counter, re-mapping its ids.
  public mutating func merge(_ other: ClassCounter) {
    precondition(other.columns == columns && other.tracksSensitive == tracksSensitive)
    let remaps: [[Int32]] = (0..<columns.count).map { column in
      let source = other.dictionaries[column]
      return source.values.indices.map { id in
        dictionaries[column].intern(source.values[id], line: source.firstLines[id])
      }
    }
    let sensitiveRemap = other.sensitiveDictionary.values.indices.map { id in
      sensitiveDictionary.intern(
        other.sensitiveDictionary.values[id], line: other.sensitiveDictionary.firstLines[id])
    }
    for (otherKey, count) in other.counts {
      var key = otherKey
      for column in 0..<columns.count {
        key[column] = remaps[column][Int(otherKey[column])]
      }
      if tracksSensitive {
        key[columns.count] = sensitiveRemap[Int(otherKey[columns.count])]
      }
      counts[key, default: 0] += count
    }
    records += other.records
  }
}
