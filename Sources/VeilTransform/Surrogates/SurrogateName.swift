/// One token of a person's name, as the recognizer split it.
public enum NamePart: Sendable, Hashable {
  /// A given name (`Terry`); hyphenated given names (`Jean-Luc`) may come as one token.
  case given(String)
  /// A family name (`Dean`, `O'Brien`); hyphenated surnames may come as one token.
  case family(String)
  /// An initial (`T` of `T. Dean`); the dot, if any, belongs to the following `other` part.
  case initial(Character)
  /// Anything kept as written: spaces, hyphens, dots, commas, titles such as `Dr.`.
  case other(String)
}

extension Surrogates {
  /// A name of the same shape: given names from `firstNames`, family names from `surnames`, each drawn from its
  /// own stream so that a name maps the same way alone or in a full name.
  ///
  /// `random` returns the stream for a part; the caller seeds it from that part alone (the given-name stream from
  /// "terry" only, the surname stream from "dean" only), so `Terry Dean`, `Terry` and `Dean` map coherently.
  /// Each token keeps its case style (Title, UPPER, lower); a hyphenated token gets one name per piece, drawn in
  /// order from the same stream. A drawn name equal to the original piece (ignoring case) is drawn again, so a
  /// name never maps to itself when the list has another. An initial becomes the first letter of a given name
  /// drawn from the initial's own stream, in the original's case. `other` parts are kept. With an empty list, pieces
  /// get `sameShape`.
  public static func personName(
    parts: [NamePart], firstNames: [String], surnames: [String], random: (NamePart) -> SurrogateRandom
  ) -> String {
    var result = ""
    for part in parts {
      switch part {
      case .given(let token):
        var stream = random(part)
        result += NameShapes.replace(token, from: firstNames, &stream)
      case .family(let token):
        var stream = random(part)
        result += NameShapes.replace(token, from: surnames, &stream)
      case .initial(let letter):
        var stream = random(part)
        let name = firstNames.isEmpty ? "" : NameShapes.pick(from: firstNames, avoiding: "", &stream)
        let initial = name.first ?? Character(Unicode.Scalar(stream.letter(uppercase: true)))
        result += letter.isLowercase ? initial.lowercased() : initial.uppercased()
      case .other(let text):
        result += text
      }
    }
    return result
  }
}

/// Helpers for `Surrogates.personName`.
enum NameShapes {
  /// A surrogate for one name token: one list name per hyphen-separated piece, in the piece's case style.
  static func replace(_ token: String, from names: [String], _ random: inout SurrogateRandom) -> String {
    let pieces = token.split(separator: "-", omittingEmptySubsequences: false)
    var result: [String] = []
    for piece in pieces {
      if piece.isEmpty {
        result.append("")
      } else if names.isEmpty {
        result.append(Surrogates.sameShape(String(piece), &random))
      } else {
        let name = pick(from: names, avoiding: String(piece), &random)
        result.append(SurrogateText.apply(SurrogateText.caseStyle(of: piece), to: name))
      }
    }
    return result.joined(separator: "-")
  }

  /// A name from a non-empty list, uniform over the names that differ from `avoiding` (ignoring case).
  ///
  /// Draws are repeated while they equal the original (rejection keeps the choice uniform over the others); after
  /// 64 equal draws, or when every name equals it, the list is scanned.
  static func pick(from names: [String], avoiding original: String, _ random: inout SurrogateRandom) -> String {
    let avoided = original.lowercased()
    var name = random.element(of: names)
    guard !avoided.isEmpty else { return name }
    var tries = 0
    while name.lowercased() == avoided {
      tries += 1
      if tries == 64 { return names.first { $0.lowercased() != avoided } ?? name }
      name = random.element(of: names)
    }
    return name
  }
}
