/// One step of a streaming pipeline that turns each `Input` into zero or more `Output`s.
///
/// Stages compose with `then(_:)` only when the types line up (`A.Output == B.Input`),
/// so a mismatch is a compile error, not a run-time crash.
public protocol Stage<Input, Output> {
  /// What the stage consumes.
  associatedtype Input
  /// What the stage produces.
  associatedtype Output
  /// Processes one input, emitting any outputs it yields.
  ///
  /// A thrown error fails this input only: the driver sends it to quarantine and goes on.
  mutating func process(_ input: Input, emit: (Output) throws -> Void) throws
  /// Flushes buffered state at end of input. The default emits nothing.
  mutating func finish(emit: (Output) throws -> Void) throws
}

extension Stage {
  /// Emits nothing.
  public mutating func finish(emit: (Output) throws -> Void) throws {}

  /// This stage followed by `next`.
  public func then<Next: Stage>(_ next: Next) -> Chain<Self, Next> where Next.Input == Output {
    Chain(first: self, second: next)
  }
}

/// Two stages run one after the other.
public struct Chain<First: Stage, Second: Stage>: Stage where First.Output == Second.Input {
  /// The first stage.
  public var first: First
  /// The second stage.
  public var second: Second

  /// Feeds `input` through both stages.
  public mutating func process(_ input: First.Input, emit: (Second.Output) throws -> Void) throws {
    try first.process(input) { middle in try second.process(middle, emit: emit) }
  }

  /// Finishes the first stage (feeding what it flushes to the second), then the second.
  public mutating func finish(emit: (Second.Output) throws -> Void) throws {
    try first.finish { middle in try second.process(middle, emit: emit) }
    try second.finish(emit: emit)
  }
}

/// A stage that maps each input to exactly one output.
public struct MapStage<Input, Output>: Stage {
  private let transform: (Input) throws -> Output
  /// Creates a stage from a function.
  public init(_ transform: @escaping (Input) throws -> Output) { self.transform = transform }
  /// Emits `transform(input)`.
  public mutating func process(_ input: Input, emit: (Output) throws -> Void) throws {
    try emit(transform(input))
  }
}
