import Yams

/// A YAML node with its location, and typed accessors that log problems instead of stopping at the first.
struct YAMLNode {
  let node: Node
  let file: String
  let keyPath: String
  let log: DiagnosticLog

  var line: Int { node.mark?.line ?? 0 }

  /// Parses `text`; syntax errors are logged with their line.
  static func parse(_ text: String, file: String, log: DiagnosticLog) -> YAMLNode? {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        log.add(RuleDiagnostic(file: file, line: 0, keyPath: "", message: "the file is empty"))
        return nil
      }
      return YAMLNode(node: node, file: file, keyPath: "", log: log)
    } catch let error as YamlError {
      log.add(RuleDiagnostic(file: file, line: Self.line(of: error), keyPath: "", message: "invalid YAML: \(Self.summary(of: error))"))
    } catch {
      log.add(RuleDiagnostic(file: file, line: 0, keyPath: "", message: "invalid YAML: \(error)"))
    }
    return nil
  }

  func problem(_ message: String) {
    log.add(RuleDiagnostic(file: file, line: line, keyPath: keyPath, message: message))
  }

  private func child(_ node: Node, _ component: String) -> YAMLNode {
    let path = component.hasPrefix("[") || keyPath.isEmpty ? keyPath + component : keyPath + "." + component
    return YAMLNode(node: node, file: file, keyPath: path, log: log)
  }

  /// The members of a mapping; unknown keys are logged (with a suggestion when one is close).
  func members(allowed: [String]) -> [String: YAMLNode]? {
    guard case .mapping(let mapping) = node else {
      problem("expected a mapping (key: value)")
      return nil
    }
    var result: [String: YAMLNode] = [:]
    for (key, value) in mapping {
      guard let name = key.string else {
        child(key, "?").problem("keys must be strings")
        continue
      }
      let member = child(value, name)
      if !allowed.isEmpty && !allowed.contains(name) {
        let hint = closestSpelling(to: name, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
        YAMLNode(node: key, file: file, keyPath: member.keyPath, log: log)
          .problem("unknown key '\(name)'\(hint); allowed: \(allowed.joined(separator: ", "))")
        continue
      }
      result[name] = member
    }
    return result
  }

  /// The members of a mapping whose keys are free-form (e.g. entity types).
  func entries() -> [(String, YAMLNode)]? {
    guard case .mapping(let mapping) = node else {
      problem("expected a mapping (key: value)")
      return nil
    }
    return mapping.compactMap { key, value in key.string.map { ($0, child(value, $0)) } }
  }

  /// The elements of a sequence.
  func elements() -> [YAMLNode]? {
    guard case .sequence(let sequence) = node else {
      problem("expected a list")
      return nil
    }
    return sequence.enumerated().map { child($1, "[\($0)]") }
  }

  var isScalar: Bool {
    if case .scalar = node { return true }
    return false
  }

  func string() -> String? {
    guard case .scalar(let scalar) = node else {
      problem("expected a string")
      return nil
    }
    return scalar.string
  }

  func double(in range: ClosedRange<Double>) -> Double? {
    guard let value = node.float ?? node.int.map(Double.init) else {
      problem("expected a number")
      return nil
    }
    guard range.contains(value) else {
      problem("\(value) is outside \(range.lowerBound)…\(range.upperBound)")
      return nil
    }
    return value
  }

  func int(in range: ClosedRange<Int>) -> Int? {
    guard let value = node.int else {
      problem("expected a whole number")
      return nil
    }
    guard range.contains(value) else {
      problem("\(value) is outside \(range.lowerBound)…\(range.upperBound)")
      return nil
    }
    return value
  }

  func bool() -> Bool? {
    guard let value = node.bool else {
      problem("expected true or false")
      return nil
    }
    return value
  }

  /// A list of strings; a single string is accepted as a list of one.
  func strings() -> [String]? {
    if case .scalar(let scalar) = node { return [scalar.string] }
    return elements()?.compactMap { $0.string() }
  }

  private static func line(of error: YamlError) -> Int {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
    default: return 0
    }
  }

  private static func summary(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      return "\(problem) at column \(mark.column)"
    default:
      return "\(error)"
    }
  }
}

/// The name among `candidates` that `name` is a misspelling of (at most two edits away), for "did you mean" hints.
func closestSpelling(to name: String, among candidates: some Sequence<String>) -> String? {
  candidates.lazy.map { ($0, editDistance($0, name)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
}

/// Levenshtein distance, for "did you mean" hints on misspelt keys.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}
