import Foundation

/// The formats `veil gate` writes its result in.
public enum GateFormat: String, Sendable, CaseIterable {
  /// For people.
  case text
  /// GitHub Actions workflow commands (`::error file=…,line=…::…`), one per problem and finding.
  case github
  /// JUnit XML: one test case per check (and per data file for residual PII).
  case junit
  /// SARIF 2.1.0, for code-scanning dashboards.
  case sarif
  /// The result as JSON.
  case json
}

extension GateResult {
  /// The result in `format`. Values are masked in every format.
  public func rendered(as format: GateFormat) -> String {
    switch format {
    case .text: textReport
    case .github: githubReport
    case .junit: junitReport
    case .sarif: sarifReport
    case .json: jsonReport
    }
  }

  /// `DIR/file` as the user would type it.
  func displayPath(_ file: String?) -> String {
    guard let file else { return directory }
    return directory.hasSuffix("/") ? directory + file : directory + "/" + file
  }

  private var verdictWord: String {
    switch verdict {
    case .cleared: "CLEARED"
    case .notCleared: "NOT CLEARED"
    case .undecided: "COULD NOT DECIDE"
    }
  }

  /// One line per finding, without the folder.
  func findingMessage(_ finding: GateFinding) -> String {
    "\(finding.entity) found by recognizer '\(finding.recognizer)' (score \(finding.score)) in \(finding.field): \(finding.masked)"
  }

  private func location(_ file: String?, _ line: Int?) -> String {
    guard file != nil else { return displayPath(nil) }
    return displayPath(file) + (line.map { ":\($0)" } ?? "")
  }

  // MARK: text

  private var textReport: String {
    var lines = ["veil gate \(directory): \(verdictWord)"]
    for check in GateCheckName.allCases where check != .setup {
      let state: String
      switch passed[check.rawValue] {
      case true?: state = "ok"
      case false?: state = "FAILED"
      case nil: state = check == .kAnonymity ? "not configured" : "not checked"
      }
      lines.append("  \(check.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(state)\(passed[check.rawValue] == nil ? "" : detail(check))")
    }
    for problem in problems {
      let prefix = problem.file == nil ? "veil gate: " : "\(location(problem.file, problem.line)): "
      lines.append(prefix + (problem.decisive ? "" : "cannot decide: ") + problem.message)
    }
    for finding in findings {
      lines.append("\(location(finding.file, finding.line)): \(findingMessage(finding))")
    }
    if findingsTotal > findings.count { lines.append("veil gate: \(findingsTotal - findings.count) more findings not shown") }
    return lines.joined(separator: "\n") + "\n"
  }

  private func detail(_ check: GateCheckName) -> String {
    switch check {
    case .integrity: return " (\(files) data file(s), \(records) records)"
    case .residualPII:
      let excusedText = excused.isEmpty ? "" : "; not leaks: " + excused.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
      return " (\(findingsTotal) finding(s) in \(textUnits) text units\(excusedText))"
    case .kAnonymity:
      guard let kAnonymity else { return "" }
      var text = " (k = \(kAnonymity.k): smallest class \(kAnonymity.minClassSize), \(kAnonymity.classes) classes, \(kAnonymity.suppressed) suppressed"
      if let l = kAnonymity.l { text += "; l = \(l): fewest distinct \(kAnonymity.minDistinctSensitive ?? 0)" }
      return text + ")"
    case .quarantine: return " (\(quarantined) quarantined, limit \(quarantineLimit))"
    case .setup: return ""
    }
  }

  // MARK: github

  private var githubReport: String {
    var lines: [String] = []
    for problem in problems {
      var properties: [String] = []
      if let file = problem.file { properties.append("file=" + Self.githubProperty(displayPath(file))) }
      if let line = problem.line { properties.append("line=\(line)") }
      properties.append("title=" + Self.githubProperty("veil gate: \(problem.check.rawValue) (\(problem.rule))"))
      lines.append("::error \(properties.joined(separator: ","))::\(Self.githubData(problem.message))")
    }
    for finding in findings {
      let properties = [
        "file=" + Self.githubProperty(displayPath(finding.file)), "line=\(finding.line)",
        "title=" + Self.githubProperty("veil gate: residual \(finding.entity)"),
      ]
      lines.append("::error \(properties.joined(separator: ","))::\(Self.githubData(findingMessage(finding)))")
    }
    let summary = "veil gate \(directory): \(verdictWord) (\(problems.count) problem(s), \(findingsTotal) finding(s), \(records) records)"
    lines.append(verdict == .cleared ? "::notice title=veil gate::\(Self.githubData(summary))" : summary)
    return lines.joined(separator: "\n") + "\n"
  }

  static func githubData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
  }

  static func githubProperty(_ text: String) -> String {
    githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }

  // MARK: junit

  private var junitReport: String {
    struct Case {
      var classname: String
      var name: String
      var failures: [String] = []
      var errors: [String] = []
      var skipped: String?
    }
    var cases: [Case] = []
    func lines(_ check: GateCheckName, file: String? = nil) -> (failures: [String], errors: [String]) {
      let matching = problems.filter { $0.check == check && (file == nil || $0.file == file) }
      let text = { (problem: GateProblem) in "\(location(problem.file, problem.line)): \(problem.message)" }
      return (matching.filter(\.decisive).map(text), matching.filter { !$0.decisive }.map(text))
    }
    let setup = lines(.setup)
    if !setup.errors.isEmpty || !setup.failures.isEmpty {
      cases.append(Case(classname: "veil.gate.setup", name: "setup", failures: setup.failures, errors: setup.errors))
    }
    for check in [GateCheckName.integrity, .quarantine, .kAnonymity] {
      let found = lines(check)
      var testCase = Case(classname: "veil.gate.\(check.rawValue)", name: check.rawValue, failures: found.failures, errors: found.errors)
      if passed[check.rawValue] == nil && found.failures.isEmpty && found.errors.isEmpty {
        testCase.skipped = check == .kAnonymity ? "k-anonymity is not configured" : "not checked"
      }
      cases.append(testCase)
    }
    if passed[GateCheckName.residualPII.rawValue] == nil {
      cases.append(Case(classname: "veil.gate.residual-pii", name: "residual-pii", skipped: "not checked"))
    } else {
      cases.append(Case(
        classname: "veil.gate.residual-pii", name: "residual-pii",
        failures: findings.map { "\(location($0.file, $0.line)): \(findingMessage($0))" }))
    }
    let failures = cases.filter { !$0.failures.isEmpty }.count
    let errors = cases.filter { $0.errors.isEmpty == false && $0.failures.isEmpty }.count
    let skipped = cases.filter { $0.skipped != nil }.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"veil gate\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
    xml += "  <testsuite name=\"\(escape("veil gate " + directory))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
    for testCase in cases {
      xml += "    <testcase classname=\"\(escape(testCase.classname))\" name=\"\(escape(testCase.name))\""
      if testCase.failures.isEmpty && testCase.errors.isEmpty && testCase.skipped == nil {
        xml += "/>\n"
        continue
      }
      xml += ">\n"
      if let skipped = testCase.skipped { xml += "      <skipped message=\"\(escape(skipped))\"/>\n" }
      if !testCase.failures.isEmpty {
        let message = "\(testCase.failures.count) problem(s): " + (testCase.failures.first ?? "")
        xml += "      <failure message=\"\(escape(message))\" type=\"\(escape(testCase.name))\">\(escape(testCase.failures.joined(separator: "\n")))</failure>\n"
      } else if !testCase.errors.isEmpty {
        xml += "      <error message=\"\(escape(testCase.errors.first ?? ""))\" type=\"could-not-decide\">\(escape(testCase.errors.joined(separator: "\n")))</error>\n"
      }
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  // MARK: sarif

  private var sarifReport: String {
    var rules: [String: String] = [:]
    var results: [[String: Any]] = []
    func result(ruleID: String, message: String, file: String?, line: Int?, level: String, properties: [String: Any]) -> [String: Any] {
      let location: [String: Any] = [
        "physicalLocation": [
          "artifactLocation": ["uri": Self.uri(displayPath(file ?? "manifest.json"))],
          "region": ["startLine": max(1, line ?? 1)],
        ]
      ]
      return ["ruleId": ruleID, "level": level, "message": ["text": message], "locations": [location], "properties": properties]
    }
    for problem in problems {
      let id = "\(problem.check.rawValue)/\(problem.rule)"
      rules[id] = "veil gate \(problem.check.rawValue) check: \(problem.rule.replacingOccurrences(of: "-", with: " "))"
      results.append(result(
        ruleID: id, message: problem.message, file: problem.file, line: problem.line, level: problem.decisive ? "error" : "warning",
        properties: ["decisive": problem.decisive]))
    }
    for finding in findings {
      let id = "residual-pii/\(finding.entity)"
      rules[id] = "Residual personal data of type \(finding.entity) in released text"
      results.append(result(
        ruleID: id, message: findingMessage(finding), file: finding.file, line: finding.line, level: "error",
        properties: ["entity": finding.entity, "recognizer": finding.recognizer, "score": finding.score, "field": finding.field, "masked": finding.masked]))
    }
    let driver: [String: Any] = [
      "name": "veil", "semanticVersion": veilVersion, "version": veilVersion,
      "rules": rules.sorted { $0.key < $1.key }.map { ["id": $0.key, "shortDescription": ["text": $0.value]] },
    ]
    let run: [String: Any] = [
      "tool": ["driver": driver],
      "results": results,
      "invocations": [["executionSuccessful": verdict != .undecided, "exitCode": Int(verdict.exitStatus)]],
      "properties": ["verdict": verdict.rawValue, "records": records],
    ]
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run],
    ]
    let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A relative URI reference for a path (spaces and other unsafe characters percent-encoded).
  static func uri(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: ":")
    let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }

  // MARK: json

  private var jsonReport: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = (try? encoder.encode(self)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
