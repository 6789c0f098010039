import Foundation
import VeilCore
import VeilIO

/// The parallel part of a run: reader ▶ chunks of lines ▶ N workers ▶ ordered sink.
///
/// One thread reads and frames lines into chunks; `jobs` workers decode and process
/// whole chunks; the calling thread receives every result in input order. Because the
/// sink sees records in exactly the order a single thread would, everything it does
/// (writing, counting, numbering) is the same for any number of jobs, so the output
/// is byte-identical. Memory stays flat: at most `2 × jobs + 2` chunks exist at once,
/// whatever the size of the input.
struct RecordPipeline<Output: Sendable>: Sendable {
  /// What became of one line.
  enum Event: Sendable {
    /// The line was decoded and processed.
    case output(Output)
    /// The line failed closed.
    case quarantined(QuarantineEntry)
  }

  /// A run of lines from one input, numbered in reading order.
  struct Chunk: Sendable {
    var sequence: Int
    var input: Int
    var lines: [FramedLine] = []
    var bytes = 0
    /// Set on the last chunk of an input: the input is done (possibly with this error).
    var endOfInput = false
    var inputError: QuarantineEntry?
    /// On the last chunk: the SHA-256 of the input as stored, of exactly the bytes read (`nil` if it could not be opened).
    var inputSHA256: String?
  }

  /// A chunk after processing.
  struct Processed: Sendable {
    var chunk: Chunk
    var events: [Event]
  }

  /// Lines per chunk.
  var linesPerChunk = 512
  /// Bytes per chunk (a chunk closes at whichever limit comes first).
  var bytesPerChunk = 1 << 20
  /// Worker threads; 1 runs everything on the calling thread.
  var jobs: Int
  /// Frames lines.
  var reader: InputReader
  /// Turns a line into a record.
  var decoder: RecordDecoder
  /// The work on one chunk's decoded records, run on the workers: one result per record, in
  /// order. It gets the whole chunk so that detection can run recognizer by recognizer over it.
  var work: @Sendable ([Record]) -> [Result<Output, any Error>]

  /// Reads `inputs` and hands each chunk's results to `sink`, in input order.
  ///
  /// - Throws: Whatever `sink` throws (the workers are stopped first).
  func run(_ inputs: [String], sink: (Processed) throws -> Void) throws {
    if jobs <= 1 {
      try read(inputs) { chunk in try sink(process(chunk)) }
      return
    }
    try runInParallel(inputs, sink: sink)
  }

  /// Frames every input into chunks, in order.
  private func read(_ inputs: [String], emit: (Chunk) throws -> Void) throws {
    var sequence = 0
    for (index, input) in inputs.enumerated() {
      var chunk = Chunk(sequence: sequence, input: index)
      var digest = StreamDigest()
      var opened = false
      func flush() throws {
        try emit(chunk)
        sequence += 1
        chunk = Chunk(sequence: sequence, input: index)
      }
      do {
        try reader.forEachLine(in: input, stored: { opened = true; digest.update($0) }) { framed in
          chunk.lines.append(framed)
          if case .line(_, let bytes) = framed { chunk.bytes += bytes.count + 1 }
          if chunk.lines.count >= linesPerChunk || chunk.bytes >= bytesPerChunk { try flush() }
        }
      } catch let error as InputError {
        let kind: QuarantineKind =
          error.reason.hasPrefix("truncated") || error.reason.hasPrefix("corrupt") ? .truncatedInput : .unreadableInput
        chunk.inputError = QuarantineEntry(source: input, line: 0, kind: kind, reason: error.reason)
      }
      chunk.endOfInput = true
      if opened || chunk.inputError == nil { chunk.inputSHA256 = digest.finalize() }
      try flush()
    }
  }

  /// Decodes and processes every line of `chunk`; a `RecordError` quarantines its line only.
  private func process(_ chunk: Chunk) -> Processed {
    var events: [Event?] = Array(repeating: nil, count: chunk.lines.count)
    var records: [Record] = []
    var slots: [Int] = []
    for (slot, framed) in chunk.lines.enumerated() {
      switch framed {
      case .failed(let location, let kind, let reason):
        events[slot] = .quarantined(QuarantineEntry(source: location.file, line: location.line, kind: kind, reason: reason))
      case .line(let location, let bytes):
        do {
          records.append(try decoder.decode(bytes, at: location))
          slots.append(slot)
        } catch {
          events[slot] = Self.quarantined(error, at: location)
        }
      }
    }
    let results = work(records)
    for (position, slot) in slots.enumerated() {
      let location = records[position].location
      // Every decoded line gets an event: a record the work gave no result for fails closed.
      guard position < results.count else {
        events[slot] = .quarantined(QuarantineEntry(
          source: location.file, line: location.line, kind: .detectionLimit, reason: "no result for the record"))
        continue
      }
      switch results[position] {
      case .success(let output): events[slot] = .output(output)
      case .failure(let error): events[slot] = Self.quarantined(error, at: location)
      }
    }
    return Processed(chunk: chunk, events: events.map { $0! })
  }

  /// The quarantine entry for a line that failed.
  private static func quarantined(_ error: any Error, at location: SourceLocation) -> Event {
    guard let error = error as? RecordError else {
      // Work only throws RecordError by contract; anything else still fails closed.
      return .quarantined(QuarantineEntry(source: location.file, line: location.line, kind: .detectionLimit, reason: "\(error)"))
    }
    return .quarantined(QuarantineEntry(source: location.file, line: location.line, kind: error.kind, reason: error.reason))
  }

  private func runInParallel(_ inputs: [String], sink: (Processed) throws -> Void) throws {
    let state = PipelineState<Chunk, Processed>(capacity: 2 * jobs + 2)
    let threads = DispatchGroup()
    func spawn(_ body: @escaping @Sendable () -> Void) {
      threads.enter()
      let thread = Thread {
        body()
        threads.leave()
      }
      thread.stackSize = 16 << 20
      thread.start()
    }
    spawn {
      do {
        try read(inputs) { chunk in
          guard state.submit(chunk) else { throw CancellationError() }
        }
        state.finishSubmitting()
      } catch {
        state.fail(error)
      }
    }
    for _ in 0..<jobs {
      spawn {
        while let chunk = state.nextWork() {
          state.complete(process(chunk), sequence: chunk.sequence)
        }
      }
    }
    defer {
      state.cancel()
      threads.wait()
    }
    var sequence = 0
    while let processed = try state.result(sequence) {
      try sink(processed)
      state.release()
      sequence += 1
    }
  }
}

/// The shared state of a parallel pipeline, guarded by one condition variable.
///
/// `capacity` bounds the chunks that are read but not yet consumed by the sink, which
/// keeps memory flat even when one chunk is slow and the others run ahead.
private final class PipelineState<Work: Sendable, Result: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let capacity: Int
  private var inFlight = 0
  private var queue: [Work] = []
  private var queueHead = 0
  private var results: [Int: Result] = [:]
  private var submitted = 0
  private var doneSubmitting = false
  private var cancelled = false
  private var failure: (any Error)?

  init(capacity: Int) { self.capacity = capacity }

  private func locked<T>(_ body: () -> T) -> T {
    condition.lock()
    defer { condition.unlock() }
    return body()
  }

  /// Queues work, waiting while `capacity` chunks are in flight; `false` once cancelled.
  func submit(_ work: Work) -> Bool {
    locked {
      while inFlight >= capacity && !cancelled { condition.wait() }
      guard !cancelled else { return false }
      inFlight += 1
      submitted += 1
      queue.append(work)
      condition.broadcast()
      return true
    }
  }

  func finishSubmitting() {
    locked {
      doneSubmitting = true
      condition.broadcast()
    }
  }

  /// The next chunk to process, or `nil` when there is no more (or the run was cancelled).
  func nextWork() -> Work? {
    locked {
      while queueHead == queue.count && !doneSubmitting && !cancelled { condition.wait() }
      guard !cancelled, queueHead < queue.count else { return nil }
      let work = queue[queueHead]
      queueHead += 1
      if queueHead > 64 && queueHead * 2 > queue.count {
        queue.removeFirst(queueHead)
        queueHead = 0
      }
      return work
    }
  }

  func complete(_ result: Result, sequence: Int) {
    locked {
      results[sequence] = result
      condition.broadcast()
    }
  }

  /// The result with number `sequence`, waiting for it; `nil` after the last one.
  func result(_ sequence: Int) throws -> Result? {
    condition.lock()
    defer { condition.unlock() }
    while results[sequence] == nil && failure == nil && !(doneSubmitting && sequence >= submitted) {
      condition.wait()
    }
    if let failure { throw failure }
    return results.removeValue(forKey: sequence)
  }

  /// The sink is done with one chunk: the reader may read another.
  func release() {
    locked {
      inFlight -= 1
      condition.broadcast()
    }
  }

  func fail(_ error: any Error) {
    locked {
      if failure == nil && !(error is CancellationError) { failure = error }
      doneSubmitting = true
      condition.broadcast()
    }
  }

  func cancel() {
    locked {
      cancelled = true
      condition.broadcast()
    }
  }
}
