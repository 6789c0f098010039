/// Dictionary-encodes the distinct strings of one column to dense `Int32` ids in first-seen order.
public struct ValueDictionary: Sendable, Equatable {
  /// The distinct values; `values[id]` is the string for `id`.
  public private(set) var values: [String] = []
  /// The 1-based input line where each value was first seen (0 when unknown).
  public private(set) var firstLines: [Int] = []
  private var ids: [String: Int32] = [:]

  /// Creates an empty dictionary.
  public init() {}

  /// The number of distinct values.
  public var count: Int { values.count }

  /// The id of `value`, or nil when it was never interned.
  public func id(of value: String) -> Int32? { ids[value] }

  /// Returns the id of `value`, adding it (seen first on `line`) when new.
  public mutating func intern(_ value: String, line: Int = 0) -> Int32 {
    if let id = ids[value] { return id }
    let id = Int32(values.count)
    ids[value] = id
    values.append(value)
    firstLines.append(line)
    return id
  }
}
