internal import CZlib

/// Compresses bytes into a gzip member, deterministically (no timestamp, no file name).
final class GzipCompressor {
  private var stream = z_stream()

  init(level: Int32 = 6) throws(OutputError) {
    // zlib writes a gzip header with mtime 0 and no name unless told otherwise, so the
    // same input always compresses to the same bytes.
    let status = czlib_deflate_init2(&stream, level, 15 + 16)
    guard status == Z_OK else { throw OutputError(path: "", reason: "cannot start gzip encoder (zlib \(status))") }
  }

  deinit {
    deflateEnd(&stream)
  }

  /// Compresses `input`, appending output to `output`; `finish` ends the member.
  func compress(_ input: [UInt8], finish: Bool, into output: inout [UInt8]) {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = input
    input.withUnsafeMutableBufferPointer { source in
      stream.next_in = source.baseAddress
      stream.avail_in = UInt32(source.count)
      repeat {
        let written = chunk.withUnsafeMutableBufferPointer { target -> Int in
          stream.next_out = target.baseAddress
          stream.avail_out = UInt32(target.count)
          deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
          return target.count - Int(stream.avail_out)
        }
        output.append(contentsOf: chunk[0..<written])
      } while stream.avail_out == 0 || (finish && stream.avail_in > 0)
    }
  }
}
