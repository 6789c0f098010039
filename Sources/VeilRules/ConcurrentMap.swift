import Foundation

extension Array where Element: Sendable {
  /// `transform` of every element, run on all cores; the results in the elements' order.
  ///
  /// For start-up work that splits into independent pieces of unequal size (dictionary files, rules): each core
  /// takes the next piece when it is done with one.
  func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    let results = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in results[index] = transform(self[index]) }
    return results.values
  }
}

/// One slot per piece of work, each written once by the thread that did it.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  /// Every slot's value; all must have been written.
  var values: [Value] { lock.withLock { slots.map { $0! } } }
}
