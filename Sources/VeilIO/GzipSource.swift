internal import CZlib

/// Inflates a gzip stream (one or more members) read from another source.
///
/// A stream that ends before its last member's trailer is reported as truncated,
/// so that a cut-off download never passes for a complete input.
final class GzipSource: ByteSource {
  private let upstream: any ByteSource
  private let name: String
  private var stream = z_stream()
  private var input: [UInt8] = []
  private var inputOffset = 0
  private var upstreamDone = false
  private var memberOpen = false
  private var finished = false

  init(upstream: any ByteSource, name: String, firstChunk: [UInt8]) throws(InputError) {
    self.upstream = upstream
    self.name = name
    input = firstChunk
    let status = czlib_inflate_init2(&stream, 15 + 16)
    guard status == Z_OK else { throw InputError(file: name, reason: "cannot start gzip decoder (zlib \(status))") }
  }

  deinit {
    inflateEnd(&stream)
  }

  func read(into buffer: inout [UInt8], capacity: Int) throws(InputError) {
    buffer.removeAll(keepingCapacity: true)
    guard !finished else { return }
    var output = [UInt8](repeating: 0, count: capacity)
    var produced = 0
    while produced == 0 {
      if inputOffset == input.count {
        if upstreamDone {
          finished = true
          if memberOpen { throw InputError(file: name, reason: "truncated gzip stream (ends inside a member)") }
          return
        }
        try upstream.read(into: &input, capacity: 1 << 16)
        inputOffset = 0
        if input.isEmpty {
          upstreamDone = true
          continue
        }
      }
      let (status, consumed, written) = input.withUnsafeMutableBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target in
          stream.next_in = source.baseAddress.map { $0 + inputOffset }
          stream.avail_in = UInt32(source.count - inputOffset)
          stream.next_out = target.baseAddress
          stream.avail_out = UInt32(target.count)
          let status = inflate(&stream, Z_NO_FLUSH)
          return (
            status, source.count - inputOffset - Int(stream.avail_in), target.count - Int(stream.avail_out)
          )
        }
      }
      inputOffset += consumed
      produced = written
      memberOpen = true
      switch status {
      case Z_OK, Z_BUF_ERROR:
        if status == Z_BUF_ERROR && consumed == 0 && written == 0 && inputOffset < input.count {
          throw InputError(file: name, reason: "corrupt gzip stream")
        }
      case Z_STREAM_END:
        memberOpen = false
        // Another member may follow (concatenated gzip files are valid gzip).
        inflateReset(&stream)
        if inputOffset == input.count && upstreamDone { finished = true }
      default:
        let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
        throw InputError(file: name, reason: "corrupt gzip stream: \(detail)")
      }
    }
    buffer = Array(output[0..<produced])
  }
}
