/// The equivalence classes of one lattice node: generalized id tuples with their sizes.
///
/// Stored column-free and flat: class c's tuple is `ids[c * dimensions ..< (c + 1) * dimensions]`.
/// For l-diversity each class also keeps up to `sensitiveWidth` distinct sensitive ids
/// (`-1` = empty slot); the list saturates at that width because "at least L distinct values"
/// is all the search needs to know.
struct ClassTable: Sendable {
  /// The node's level per dimension.
  let levels: [Int]
  /// Number of dimensions (quasi-identifiers).
  let dimensions: Int
  /// Slots per class for distinct sensitive ids (0 when l-diversity is off).
  let sensitiveWidth: Int
  /// Flat id tuples, `count * dimensions`.
  var ids: [Int32] = []
  /// Class sizes (records per class).
  var sizes: [Int] = []
  /// Flat distinct-sensitive lists, `count * sensitiveWidth`.
  var sensitive: [Int32] = []

  /// Number of classes.
  var count: Int { sizes.count }

  /// Approximate heap bytes, for the cache budget.
  var byteCount: Int { ids.count * 4 + sizes.count * 8 + sensitive.count * 4 }

  init(levels: [Int], dimensions: Int, sensitiveWidth: Int) {
    self.levels = levels
    self.dimensions = dimensions
    self.sensitiveWidth = sensitiveWidth
  }

  /// The number of distinct sensitive ids recorded for class `index` (at most `sensitiveWidth`).
  func distinctSensitive(_ index: Int) -> Int {
    var n = 0
    let base = index * sensitiveWidth
    while n < sensitiveWidth && sensitive[base + n] >= 0 { n += 1 }
    return n
  }
}
