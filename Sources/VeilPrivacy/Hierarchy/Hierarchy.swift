import Foundation

/// A validated generalization hierarchy: each leaf value's value at levels 0 (itself) … height.
///
/// Invariants checked by `init(rows:source:lines:)`: at least one row; every row has the same
/// number of levels; leaves are unique; the last level holds a single value (usually `*`);
/// and each value at level l has exactly one parent at level l + 1 (so generalizing a
/// generalization is well defined and the lattice is monotone).
public struct Hierarchy: Sendable, Equatable {
  /// Where the hierarchy came from (a file path or a generator description), for messages.
  public let source: String
  /// The number of generalization steps above the leaves (levels are 0...height).
  public let height: Int
  /// `rows[i][level]` is leaf i generalized to `level`; `rows[i][0]` is the leaf itself.
  public let rows: [[String]]
  private let rowOfLeaf: [String: Int]

  /// Validates `rows` and builds the hierarchy; `lines[i]` is the source line of row i for errors.
  public init(rows: [[String]], source: String, lines: [Int]? = nil) throws {
    func lineOf(_ index: Int) -> Int { lines?[index] ?? index + 1 }
    guard let first = rows.first else {
      throw KAnonymityError.invalidHierarchy(source: source, line: nil, message: "no rows")
    }
    let width = first.count
    guard width >= 1 else {
      throw KAnonymityError.invalidHierarchy(source: source, line: lineOf(0), message: "empty row")
    }
    var rowOfLeaf: [String: Int] = [:]
    rowOfLeaf.reserveCapacity(rows.count)
    // parents[level][value] = (parent at level + 1, row index that defined it)
    var parents = [[String: (parent: String, row: Int)]](repeating: [:], count: max(width - 1, 0))
    for (index, row) in rows.enumerated() {
      guard row.count == width else {
        throw KAnonymityError.invalidHierarchy(
          source: source, line: lineOf(index),
          message: "row has \(row.count) levels but the first row has \(width)")
      }
      if let previous = rowOfLeaf[row[0]] {
        throw KAnonymityError.invalidHierarchy(
          source: source, line: lineOf(index),
          message: "duplicate leaf '\(row[0])' (first defined on line \(lineOf(previous)))")
      }
      rowOfLeaf[row[0]] = index
      if row[width - 1] != first[width - 1] {
        throw KAnonymityError.invalidHierarchy(
          source: source, line: lineOf(index),
          message: "top level is '\(row[width - 1])' but the first row's is '\(first[width - 1])'; "
            + "the last level must be a single value such as '*'")
      }
      for level in 0..<(width - 1) {
        let value = row[level], parent = row[level + 1]
        if let known = parents[level][value] {
          if known.parent != parent {
            throw KAnonymityError.invalidHierarchy(
              source: source, line: lineOf(index),
              message: "'\(value)' at level \(level) generalizes to '\(parent)' here but to "
                + "'\(known.parent)' on line \(lineOf(known.row)); each value needs one parent")
          }
        } else {
          parents[level][value] = (parent, index)
        }
      }
    }
    self.source = source
    self.height = width - 1
    self.rows = rows
    self.rowOfLeaf = rowOfLeaf
  }

  /// The leaf values in row order.
  public var leaves: [String] { rows.map { $0[0] } }

  /// The levels of `leaf` (index 0 is the leaf), or nil when the leaf is not in the hierarchy.
  public func row(for leaf: String) -> [String]? {
    rowOfLeaf[leaf].map { rows[$0] }
  }

  /// `value` generalized to `level`, or nil when the value is unknown or the level is out of range.
  public func generalize(_ value: String, to level: Int) -> String? {
    guard level >= 0, level <= height, let index = rowOfLeaf[value] else { return nil }
    return rows[index][level]
  }

  /// Equality compares source and rows.
  public static func == (lhs: Hierarchy, rhs: Hierarchy) -> Bool {
    lhs.source == rhs.source && lhs.rows == rhs.rows
  }
}
