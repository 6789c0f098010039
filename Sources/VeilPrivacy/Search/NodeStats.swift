/// The privacy-model outcome of one lattice node: what is suppressed and the metric inputs.
struct NodeStats: Sendable {
  /// Records in suppressed classes (size < k, or fewer than L distinct sensitive values).
  var suppressed = 0
  /// All classes before suppression.
  var classes = 0
  /// Classes released.
  var releasedClasses = 0
  /// Σ|E|² over released classes.
  var releasedSquares = 0
  /// Σ|E|² over all classes (the discernibility the node would have without suppression).
  var allSquares = 0
  /// Size of the smallest released class (0 when none is released).
  var minReleasedSize = 0

  /// Classifies the classes of `table` for k and optional distinct l-diversity.
  init(table: ClassTable, k: Int, l: Int?) {
    classes = table.count
    var minSize = Int.max
    for index in 0..<table.count {
      let size = table.sizes[index]
      allSquares += size * size
      var released = size >= k
      if released, let l, table.distinctSensitive(index) < l { released = false }
      if released {
        releasedClasses += 1
        releasedSquares += size * size
        minSize = min(minSize, size)
      } else {
        suppressed += size
      }
    }
    minReleasedSize = releasedClasses > 0 ? minSize : 0
  }
}
