import Foundation

/// The gate's decision.
public enum GateVerdict: String, Codable, Sendable {
  /// Every check passed: the folder may be published.
  case cleared
  /// A check failed: the dataset must not be published as it is.
  case notCleared = "not_cleared"
  /// The gate could not decide (usage, unreadable folder or policy, unknown manifest format).
  case undecided

  /// The exit status: 0 cleared, 1 not cleared, 2 could not decide.
  public var exitStatus: Int32 {
    switch self {
    case .cleared: 0
    case .notCleared: 1
    case .undecided: 2
    }
  }
}

/// One of the gate's checks.
public enum GateCheckName: String, Codable, Sendable, CaseIterable {
  /// The manifest and the files agree (presence, sizes, SHA-256, record counts, nothing unlisted).
  case integrity
  /// A fresh scan of every text field finds nothing above the policy's thresholds.
  case residualPII = "residual-pii"
  /// k (and l) hold on the released quasi-identifiers.
  case kAnonymity = "k-anonymity"
  /// The quarantine is within its limit.
  case quarantine
  /// The gate's own set-up: folder, policy, recognizers.
  case setup
}

/// A check that failed, or could not be made. Never contains a value from the data.
public struct GateProblem: Codable, Sendable, Hashable {
  /// The check it belongs to.
  public var check: GateCheckName
  /// A stable identifier, e.g. `hash-mismatch`, `missing-manifest`.
  public var rule: String
  /// The file, relative to the dataset folder, if one is concerned.
  public var file: String?
  /// The 1-based line, if one is concerned.
  public var line: Int?
  /// What is wrong, in words.
  public var message: String
  /// `false` when it means "could not decide" rather than "not cleared".
  public var decisive: Bool

  /// Creates a problem.
  public init(check: GateCheckName, rule: String, file: String? = nil, line: Int? = nil, message: String, decisive: Bool = true) {
    self.check = check
    self.rule = rule
    self.file = file
    self.line = line
    self.message = message
    self.decisive = decisive
  }
}

/// Personal data found in released text. The value is masked: letters and digits become `*`.
public struct GateFinding: Codable, Sendable, Hashable {
  /// The data file, relative to the dataset folder.
  public var file: String
  /// The 1-based line (record) in the file, after decompression.
  public var line: Int
  /// The text field, e.g. `messages[2].content`.
  public var field: String
  /// The entity type.
  public var entity: String
  /// The recognizer that found it.
  public var recognizer: String
  /// Its score.
  public var score: Double
  /// The value with every letter and digit masked.
  public var masked: String
}

/// What the gate measured on the quasi-identifiers, from the data.
public struct GateKAnonymity: Codable, Sendable {
  /// The k required.
  public var k: Int
  /// The distinct l required, if any.
  public var l: Int?
  /// Records checked.
  public var records: Int
  /// Released classes.
  public var classes: Int
  /// The smallest released class (0 when none).
  public var minClassSize: Int
  /// The fewest distinct sensitive values in a class, when l is checked.
  public var minDistinctSensitive: Int?
  /// Records whose quasi-identifiers are all `*` (suppressed).
  public var suppressed: Int
  /// Released classes by size.
  public var classSizeHistogram: [ClassSizeBucket]
}

/// Everything `veil gate` found.
public struct GateResult: Codable, Sendable {
  /// The folder as given.
  public var directory: String
  /// The decision.
  public var verdict: GateVerdict = .undecided
  /// The checks that ran and whether each passed.
  public var passed: [String: Bool] = [:]
  /// Failed or undecidable checks.
  public var problems: [GateProblem] = []
  /// Residual personal data (the first `GateResult.findingLimit`).
  public var findings: [GateFinding] = []
  /// All residual findings, including those beyond the limit.
  public var findingsTotal = 0
  /// The most findings kept and shown; the rest are counted.
  public static let findingLimit = 10_000
  /// Findings not counted as leaks, per reason (`tag`, `reserved`, `allowed`).
  public var excused: [String: Int] = [:]
  /// Data files checked.
  public var files = 0
  /// Records scanned.
  public var records = 0
  /// Text units scanned.
  public var textUnits = 0
  /// The quarantine: records and limit.
  public var quarantined = 0
  /// The quarantine limit applied.
  public var quarantineLimit = 0
  /// k-anonymity measured from the data, when checked.
  public var kAnonymity: GateKAnonymity?

  /// Creates an empty result for `directory`.
  public init(directory: String) { self.directory = directory }

  /// Sets the verdict from the problems: any decisive one → not cleared; else any other → undecided; else cleared.
  mutating func decide() {
    if findingsTotal > 0 || problems.contains(where: \.decisive) {
      verdict = .notCleared
    } else if !problems.isEmpty {
      verdict = .undecided
    } else {
      verdict = .cleared
    }
    for check in GateCheckName.allCases where check != .setup {
      let failed = problems.contains { $0.check == check } || (check == .residualPII && findingsTotal > 0)
      if passed[check.rawValue] != nil || failed { passed[check.rawValue] = !failed }
    }
  }
}
