import VeilCore
import VeilDetection

/// Runs a recognizer's examples: its rule file is its test suite.
public enum RuleExamples {
  /// Text put before each example on a second run, to catch byte/character offset bugs.
  public static let multibytePrefix = "😀 über 请联系 "

  /// One example that did not behave as written.
  public struct Failure: Sendable, Hashable, CustomStringConvertible {
    /// The recognizer.
    public var recognizer: RecognizerID
    /// The rule file.
    public var file: String
    /// The example's line.
    public var line: Int
    /// Expected versus found.
    public var message: String
    /// `file:line: recognizer: message`.
    public var description: String { "\(file):\(line): \(recognizer): \(message)" }
  }

  /// Checks every example of `entry`, each as written and again after a multibyte prefix.
  ///
  /// - Parameters:
  ///   - entry: The compiled recognizer with its spec.
  ///   - policy: The thresholds a finding must reach to count as found.
  /// - Returns: The failures; empty when every example passes.
  public static func check(_ entry: CatalogEntry, policy: DetectionPolicy = DetectionPolicy()) -> [Failure] {
    let analyzer = Analyzer(recognizers: [entry.recognizer], policy: policy)
    var failures: [Failure] = []
    func fail(_ example: RecognizerSpec.Example, _ message: String) {
      failures.append(Failure(recognizer: entry.spec.id, file: entry.spec.file, line: example.line, message: message))
    }
    for example in entry.spec.matchExamples + entry.spec.noMatchExamples {
      let expectMatch = entry.spec.matchExamples.contains(example)
      guard let marked = MarkedText(example.text) else {
        fail(example, "unbalanced ⏩/⏪ markers")
        continue
      }
      for prefix in ["", multibytePrefix] {
        let text = prefix + marked.text
        let shift = prefix.utf8.count
        let expected = expectMatch ? marked.spans.map { ($0.lowerBound + shift)..<($0.upperBound + shift) } : []
        let found: [Range<Int>]
        do {
          found = try analyzer.analyze(TextUnit(text)).map(\.range)
        } catch {
          fail(example, "detection failed: \(error)")
          break
        }
        if found != expected {
          let bytes = Array(text.utf8)
          func show(_ ranges: [Range<Int>]) -> String {
            ranges.isEmpty ? "nothing" : ranges.map { "\"\(String(decoding: bytes[$0], as: UTF8.self))\"" }.joined(separator: ", ")
          }
          let run = prefix.isEmpty ? "" : " (with multibyte prefix)"
          fail(example, "expected \(show(expected)), found \(show(found))\(run) in \"\(text)\"")
          break
        }
      }
    }
    return failures
  }
}
