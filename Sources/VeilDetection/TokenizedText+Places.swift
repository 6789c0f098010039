/// Lists and addresses in a tokenized text: where a run of names or places goes on, and the place after a comma.
extension TokenizedText {
  /// Words and marks that join the members of a list ("Eklund, Michael and Hodge"), in the languages Veil reads.
  static let listJoiners: TokenSet = [",", "and", "&", "or", "und", "y", "et", "e", "en", "og", "och", "i"]

  /// The last token of the capitalized place that starts right after a comma after token `end`, on its line, when no
  /// list goes on after it (`placeEnd` says where a place starting at a token ends, `nil` when none does): "Texas" of
  /// "Austin, Texas"; not "Paul" of "Mary, Paul and Peter".
  func placeAfterComma(after end: Int, placeEnd: (Int) -> Int?) -> Int? {
    let (comma, start) = (end + 1, end + 2)
    guard start < tokens.count, tokens[comma].isMark(in: unit.utf8, ","), !tokens[comma].lineBreakBefore,
      !tokens[start].lineBreakBefore, DictionaryRecognizer.isCapitalized(tokens[start]), let last = placeEnd(start),
      !continuesList(after: last, placeEnd: placeEnd)
    else { return nil }
    return last
  }

  /// Whether a list goes on after token `end` on its line: a joiner ("and", "y", "&"), a comma before a capitalized
  /// word that is no next place of an address, or places of an address that a joiner ends ("Mary, Paul and Peter",
  /// "Tyler, Georgia, Carolina and Brooke"; "Jackson, Mississippi, 39201", "Irvine, California, USA" and "Santiago,
  /// Chile." end theirs).
  func continuesList(after end: Int, placeEnd: (Int) -> Int?) -> Bool {
    var end = end
    while true {
      let next = end + 1
      guard next < tokens.count, !tokens[next].lineBreakBefore else { return false }
      guard tokens[next].isMark(in: unit.utf8, ",") else { return Self.listJoiners.contains(tokens[next].key) }
      guard next + 1 < tokens.count, !tokens[next + 1].lineBreakBefore, tokens[next + 1].kind == .word,
        DictionaryRecognizer.isCapitalized(tokens[next + 1])
      else { return false }
      guard let last = placeEnd(next + 1) else { return true }
      end = last
    }
  }
}
