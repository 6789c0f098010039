/// How many text fields (messages) one record may hold (`limits.max_texts_per_record`); a record with more is
/// quarantined as it is decoded (`too_many_texts`).
public enum TextLimit {
  /// The default: far beyond a conversation, while a record at the limit of tiny messages takes tens of megabytes
  /// (each text costs a few hundred bytes besides its own: a 35 MB line of a million "hi" took 516 MB).
  public static let defaultPerRecord = 100_000
}
