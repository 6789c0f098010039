import Testing

@testable import VeilIO

/// Strict UTF-8 validation agrees with the standard library's, wherever the bad byte falls relative to the
/// eight-byte ASCII steps.
@Suite struct UTF8ValidationTests {
  private func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
  }

  @Test(arguments: [
    ([0xC0, 0x80], 0),  // overlong NUL
    ([0xE0, 0x80, 0x80], 0),  // overlong
    ([0xED, 0xA0, 0x80], 0),  // a UTF-16 surrogate
    ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
    ([0xC3], 0),  // cut short
    ([0x80], 0),  // a lone continuation byte
    ([0xFF], 0),
  ])
  func rejectsEachKindOfBadSequenceAtEveryOffset(bad: [UInt8], at offset: Int) {
    for prefix in 0..<20 {
      let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + bad + Array("tail text".utf8)
      #expect(firstInvalid(bytes) == prefix + offset, "after \(prefix) ASCII bytes")
    }
  }

  @Test func acceptsValidTextOfEveryWidth() {
    for text in ["", "a", "exactly8", "Grüße, 東京 🚀 done", String(repeating: "é", count: 33), String(repeating: "abc🚀", count: 9)] {
      #expect(firstInvalid(Array(text.utf8)) == nil, "\(text)")
    }
  }

  /// Random bytes, mostly ASCII runs with UTF-8 sequences and stray bytes between them: valid exactly when the
  /// standard library says so, and the text before the reported offset is valid.
  @Test func agreesWithTheStandardLibraryOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      Array("hello world ".utf8), Array("é".utf8), Array("東".utf8), Array("🚀".utf8), [0x80], [0xC3], [0xED, 0xA0, 0x80],
      [0xF0, 0x9F], [0xFF], Array("12345678".utf8),
    ]
    for _ in 0..<3_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }
      let standard = String(validating: bytes, as: UTF8.self)
      let offset = firstInvalid(bytes)
      #expect((offset == nil) == (standard != nil), "\(bytes)")
      if let offset {
        #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)")
      }
    }
  }
}
