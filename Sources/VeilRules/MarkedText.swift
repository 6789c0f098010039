/// Text with `⏩` … `⏪` markers around expected spans, as used in rule examples.
public struct MarkedText: Sendable, Hashable {
  /// The text without markers.
  public let text: String
  /// The marked spans, as UTF-8 byte ranges into `text`.
  public let spans: [Range<Int>]

  /// Strips the markers from `marked`.
  ///
  /// - Returns: `nil` when markers are unbalanced or nested.
  public init?(_ marked: String) {
    var output: [UInt8] = []
    var spans: [Range<Int>] = []
    var open: Int?
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⏩":
        guard open == nil else { return nil }
        open = output.count
      case "⏪":
        guard let start = open else { return nil }
        spans.append(start..<output.count)
        open = nil
      default:
        output.append(contentsOf: String(scalar).utf8)
      }
    }
    guard open == nil else { return nil }
    self.text = String(decoding: output, as: UTF8.self)
    self.spans = spans
  }
}
