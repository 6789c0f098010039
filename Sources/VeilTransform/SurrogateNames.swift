import VeilCore

/// Names to draw person surrogates from, by gender where the dictionaries say.
public struct SurrogateNames: Sendable {
  /// Given names by gender (`m`, `f`, `u`), in dictionary order.
  public var givenNames: [String: [String]]
  /// Family names, in dictionary order.
  public var surnames: [String]
  /// Lowercased given name → gender, for keeping the original's gender.
  public var genderOf: [String: String]

  /// Creates name lists.
  public init(givenNames: [String: [String]] = [:], surnames: [String] = [], genderOf: [String: String] = [:]) {
    self.givenNames = givenNames
    self.surnames = surnames
    self.genderOf = genderOf
  }

  /// Fallback lists used when no dictionaries are loaded (tests, minimal installs).
  public static let builtInFallback = SurrogateNames(
    givenNames: [
      "f": ["Alice", "Beatriz", "Chiara", "Dana", "Elena", "Fatima", "Grace", "Hana", "Ingrid", "Julia"],
      "m": ["Adam", "Bruno", "Carlos", "David", "Emil", "Farid", "Gustav", "Hugo", "Ivan", "Jonas"],
      "u": ["Alex", "Jordan", "Kim", "Robin", "Sam"],
    ],
    surnames: ["Andersen", "Baker", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito", "Jensen"])
}
