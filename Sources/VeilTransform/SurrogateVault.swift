/// Makes pseudonyms injective: records each original → surrogate mapping and refuses a
/// surrogate that already stands for another original of the same type.
///
/// The pseudonym operator proposes candidates in a deterministic order; the vault keeps the
/// first that is free (or the one already recorded for this original).
public protocol SurrogateVault: Sendable {
  /// The surrogate for `original` of `type`: the recorded one, else the first free candidate.
  ///
  /// - Parameters:
  ///   - type: The entity type name.
  ///   - normalized: The normalized original (the mapping key).
  ///   - original: The original as written (stored encrypted, for audits).
  ///   - candidate: Produces the n-th candidate surrogate (0, 1, 2, …).
  /// - Throws: When the vault cannot be read or written; the record then fails closed.
  func surrogate(type: String, normalized: String, original: String, candidate: (Int) -> String) throws -> String
}
