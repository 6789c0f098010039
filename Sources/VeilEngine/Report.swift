import VeilCore

/// What a run did, in counts: no raw text, no values, ever.
public struct RunReport: Codable, Sendable {
  /// Counts for one input file.
  public struct Input: Codable, Sendable {
    /// The path as given.
    public var path: String
    /// Bytes read (after decompression).
    public var bytes: Int
    /// Records read.
    public var records: Int
    /// Records quarantined.
    public var quarantined: Int
    /// The SHA-256 of the input as stored, hashed while it was read (`nil` when it could not be read).
    public var sha256: String? = nil
  }

  /// Record counts.
  public struct Records: Codable, Sendable {
    /// Lines read as records (blank lines are not counted).
    public var read = 0
    /// Records written to the output.
    public var written = 0
    /// Records that failed closed.
    public var quarantined = 0
  }

  /// Finding counts.
  public struct Findings: Codable, Sendable {
    /// All findings replaced.
    public var total = 0
    /// Per entity type.
    public var byEntity: [String: Int] = [:]
    /// Per recognizer id.
    public var byRecognizer: [String: Int] = [:]
  }

  /// Timings of the run.
  public struct Timings: Codable, Sendable {
    /// Wall-clock seconds.
    public var seconds: Double
    /// Input megabytes (10^6 bytes) per second.
    public var megabytesPerSecond: Double
  }

  /// Veil's version.
  public var veilVersion: String
  /// The id of the pseudonymization key, if one was used (never the key).
  public var keyID: String?
  /// Per input.
  public var inputs: [Input] = []
  /// Record counts.
  public var records = Records()
  /// Text units searched.
  public var textUnits = 0
  /// Findings replaced.
  public var findings = Findings()
  /// The operator applied to each entity type that was found.
  public var operators: [String: String] = [:]
  /// Quarantined records per category.
  public var quarantineByKind: [String: Int] = [:]
  /// The quarantine limit in force.
  public var maxQuarantine: Int
  /// Timings.
  public var timings = Timings(seconds: 0, megabytesPerSecond: 0)
  /// What k-anonymity did, when configured.
  public var kAnonymity: KAnonymitySummary?
  /// Records dropped because their k-anonymity class was suppressed (with `drop_suppressed`).
  public var droppedBySuppression = 0
}
