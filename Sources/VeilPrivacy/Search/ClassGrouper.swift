/// Computes a node's classes by rolling up the classes of a finer node (never the records).
///
/// Every source class's tuple is mapped to the target levels with the precomputed per-level
/// id tables, then grouped. Tuples are packed into one integer key (mixed radix over the
/// target domain sizes) when that fits in 64 bits; small key spaces use a direct-address
/// array, larger ones an open-addressing hash table. When the key does not fit, a 64-bit
/// hash is used and tuples are compared on collision. Scratch buffers are reused.
final class ClassGrouper {
  let hierarchies: [EncodedHierarchy]
  private var dense = ScratchBuffer<Int32>()
  private var slotKeys = ScratchBuffer<Int>()
  private var slotClasses = ScratchBuffer<Int32>()

  init(hierarchies: [EncodedHierarchy]) {
    self.hierarchies = hierarchies
  }

  deinit {
    dense.release()
    slotKeys.release()
    slotClasses.release()
  }

  /// Groups `source` (whose levels are all ≤ `target`) into the classes of `target`.
  func rollUp(_ source: ClassTable, to target: [Int]) -> ClassTable {
    let q = source.dimensions
    let width = source.sensitiveWidth
    // Flattened per-dimension id maps; offset -1 means "same level, identity".
    var flatMap: [Int32] = []
    var offsets = [Int](repeating: -1, count: q)
    var strides = [Int](repeating: 0, count: q)
    var product = 1
    var exact = true
    for d in (0..<q).reversed() {
      let hierarchy = hierarchies[d]
      precondition(source.levels[d] <= target[d], "roll-up source must be finer than the target")
      if let map = hierarchy.map(from: source.levels[d], to: target[d]) {
        offsets[d] = flatMap.count
        flatMap.append(contentsOf: map)
      }
      strides[d] = product
      let (next, overflow) = product.multipliedReportingOverflow(by: max(hierarchy.domainSize(target[d]), 1))
      if overflow { exact = false } else { product = next }
    }
    let useDense = exact && product <= max(1 << 16, 4 * source.count)
    var out = ClassTable(levels: target, dimensions: q, sensitiveWidth: width)
    let expected = min(source.count, exact ? product : source.count)
    out.ids.reserveCapacity(expected * q)
    out.sizes.reserveCapacity(expected)
    out.sensitive.reserveCapacity(expected * width)
    var mask = 0
    let table: UnsafeMutablePointer<Int32>
    var keys = slotKeys.pointer
    if useDense {
      table = dense.reserve(product, fill: -1)
    } else {
      var capacity = 16
      while capacity < 2 * source.count { capacity <<= 1 }
      mask = capacity - 1
      table = slotClasses.reserve(capacity, fill: -1)
      keys = slotKeys.reserve(capacity, fill: 0)
      table.update(repeating: -1, count: capacity)
    }
    var denseKeys: [Int] = []
    if useDense { denseKeys.reserveCapacity(expected) }
    let tuple = UnsafeMutablePointer<Int32>.allocate(capacity: max(q, 1))
    defer { tuple.deallocate() }
    source.ids.withUnsafeBufferPointer { sourceIds in
      flatMap.withUnsafeBufferPointer { maps in
        offsets.withUnsafeBufferPointer { offsets in
          strides.withUnsafeBufferPointer { strides in
            for c in 0..<source.count {
              var key = 0
              var hash: UInt64 = 0xCBF2_9CE4_8422_2325
              let base = c * q
              for d in 0..<q {
                var id = sourceIds[base + d]
                let offset = offsets[d]
                if offset >= 0 { id = maps[offset + Int(id)] }
                tuple[d] = id
                if exact {
                  key &+= Int(id) &* strides[d]
                } else {
                  hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x0000_0100_0000_01B3
                }
              }
              if !exact { key = Int(bitPattern: UInt(hash)) }
              var found: Int32 = -1
              if useDense {
                found = table[key]
                if found < 0 {
                  table[key] = Int32(out.count)
                  denseKeys.append(key)
                }
              } else {
                var slot = Int(UInt(bitPattern: key &* -7_046_029_254_386_353_131) >> 20) & mask
                while true {
                  let candidate = table[slot]
                  if candidate < 0 {
                    table[slot] = Int32(out.count)
                    keys[slot] = key
                    break
                  }
                  if keys[slot] == key && (exact || Self.tupleEquals(out.ids, Int(candidate), tuple, q)) {
                    found = candidate
                    break
                  }
                  slot = (slot + 1) & mask
                }
              }
              if found < 0 {
                for d in 0..<q { out.ids.append(tuple[d]) }
                out.sizes.append(source.sizes[c])
                if width > 0 {
                  out.sensitive.append(contentsOf: source.sensitive[(c * width)..<((c + 1) * width)])
                }
              } else {
                let target = Int(found)
                out.sizes[target] += source.sizes[c]
                if width > 0 {
                  Self.mergeSensitive(from: source.sensitive, c * width, into: &out.sensitive, target * width, width)
                }
              }
            }
          }
        }
      }
    }
    if useDense {
      for key in denseKeys { table[key] = -1 }
    }
    return out
  }

  private static func tupleEquals(_ ids: [Int32], _ index: Int, _ tuple: UnsafeMutablePointer<Int32>, _ q: Int)
    -> Bool
  {
    let base = index * q
    for d in 0..<q where ids[base + d] != tuple[d] { return false }
    return true
  }

  /// Adds the ids of one saturating distinct list to another (up to `width` entries).
  private static func mergeSensitive(
    from source: [Int32], _ sourceBase: Int, into target: inout [Int32], _ targetBase: Int, _ width: Int
  ) {
    var filled = 0
    while filled < width && target[targetBase + filled] >= 0 { filled += 1 }
    if filled == width { return }
    for i in 0..<width {
      let value = source[sourceBase + i]
      if value < 0 { break }
      var present = false
      for j in 0..<filled where target[targetBase + j] == value {
        present = true
        break
      }
      if !present {
        target[targetBase + filled] = value
        filled += 1
        if filled == width { return }
      }
    }
  }
}

/// A growable, manually managed scratch buffer reused across roll-ups.
private struct ScratchBuffer<Element> {
  private(set) var pointer = UnsafeMutablePointer<Element>.allocate(capacity: 1)
  private(set) var capacity = 0

  /// Ensures room for `count` elements; a reallocated buffer is filled with `fill`.
  mutating func reserve(_ count: Int, fill: Element) -> UnsafeMutablePointer<Element> {
    if count > capacity {
      pointer.deallocate()
      pointer = UnsafeMutablePointer<Element>.allocate(capacity: count)
      pointer.initialize(repeating: fill, count: count)
      capacity = count
    }
    return pointer
  }

  /// Frees the memory.
  func release() { pointer.deallocate() }
}
