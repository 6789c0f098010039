/// The paths a decoder reads from a record — its text fields, the subject field, the value fields — matched
/// against the scanner's path one step at a time.
///
/// The scanner visits a container before its members, so when a value is visited the paths that matched its
/// container are already known: the value's last step is compared with those paths alone, not every path with
/// the whole of the value's path.
struct WatchedPaths: Sendable {
  /// What a path is read for.
  enum Purpose: Sendable, Equatable {
    case text
    case subject
    /// The value field at this index.
    case value(Int)
  }

  /// One step of a watched path: an object key (its bytes in `keyBytes`) or any array element (`nil`).
  private typealias Step = Range<Int>?

  private let purposes: [Purpose]
  /// Path `p`'s steps are `steps[firstStep[p] ..< firstStep[p + 1]]`.
  private let firstStep: [Int]
  private let steps: [Step]
  private let keyBytes: [UInt8]

  init(text: [TextFieldPath], subject: TextFieldPath?, values: [TextFieldPath]) {
    let paths = text.map { ($0, Purpose.text) } + (subject.map { [($0, .subject)] } ?? [])
      + values.enumerated().map { ($0.element, .value($0.offset)) }
    var keyBytes: [UInt8] = []
    var steps: [Step] = []
    var firstStep = [0]
    for (path, _) in paths {
      for component in path.components {
        switch component {
        case .key(let key):
          steps.append(keyBytes.count..<(keyBytes.count + key.count))
          keyBytes += key
        case .anyElement:
          steps.append(nil)
        }
      }
      firstStep.append(steps.count)
    }
    (self.purposes, self.firstStep, self.steps, self.keyBytes) = (paths.map(\.1), firstStep, steps, keyBytes)
  }

  /// What path `index` is read for.
  func purpose(_ index: Int32) -> Purpose { purposes[Int(index)] }

  /// The number of steps of path `index`.
  func length(_ index: Int32) -> Int { firstStep[Int(index) + 1] - firstStep[Int(index)] }

  /// Whether step `depth` (0-based) of path `index` is the scanner's `step` of `line`.
  fileprivate func step(_ depth: Int, of index: Int32, is step: JSONScanner.Step, in line: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let position = firstStep[Int(index)] + depth
    guard position < firstStep[Int(index) + 1] else { return false }
    switch (steps[position], step) {
    case (nil, .index): return true
    case (let key?, .key(let name)):
      return key.count == name.count && keyBytes[key].elementsEqual(UnsafeBufferPointer(rebasing: line[name]))
    default: return false
    }
  }

  /// Where one record's scan is: the watched paths that match each level of the current path.
  struct Cursor {
    private let paths: WatchedPaths
    /// Path indices, level after level: level `d` holds `matching[levelStart[d] ..< levelStart[d + 1]]`, the paths
    /// whose first `d` steps are the current path's; level 0 holds every path.
    private(set) var matching: [Int32]
    private var levelStart: [Int]

    init(_ paths: WatchedPaths) {
      self.paths = paths
      matching = (0..<Int32(paths.purposes.count)).map { $0 }
      levelStart = [0, matching.count]
    }

    /// Moves to the value at `path`, visited right after its container, and returns where in `matching` the paths
    /// that match it so far are (those with `path.count` steps end at it; longer ones go on inside it).
    mutating func visit(_ path: [JSONScanner.Step], in line: UnsafeBufferPointer<UInt8>) -> Range<Int> {
      let depth = path.count
      guard depth > 0, depth < levelStart.count else { return 0..<0 }
      // Drop the levels of the previous sibling's members, then match this value against its container's paths.
      matching.removeSubrange(levelStart[depth]...)
      levelStart.removeSubrange((depth + 1)...)
      for position in levelStart[depth - 1]..<levelStart[depth]
      where paths.step(depth - 1, of: matching[position], is: path[depth - 1], in: line) {
        matching.append(matching[position])
      }
      levelStart.append(matching.count)
      return levelStart[depth]..<levelStart[depth + 1]
    }
  }
}
