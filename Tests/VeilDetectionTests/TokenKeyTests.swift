import Testing
import VeilCore

@testable import VeilDetection

@Suite struct TokenKeyTests {
  @Test(arguments: ["Paris", "PARIS", "paris", "O'Brien", "Jean-Luc", "Ørsted", "ÉCOLE", "İstanbul", "東京", "123", "Straße"])
  func aTokensKeyIsTheKeyOfItsTextLowercased(word: String) throws {
    let tokens = Tokenizer.tokenize(Array(word.utf8))
    let token = try #require(tokens.first)
    #expect(tokens.count == 1)
    #expect(token.key == TokenKey(word))
    #expect(token.key == TokenKey(word.lowercased()))
    #expect(TokenizedText(TextUnit(word)).keys[0] == word.lowercased())
  }

  @Test func differentWordsHaveDifferentKeys() {
    let words = ["may", "mai", "May.", "mary", "marry", "a", "b", "ab", "ba", "", " "]
    #expect(Set(words.map { TokenKey($0) }).count == words.count)
    #expect(TokenKey("ab") != TokenKey("ba"))
  }

  @Test func aWordHasOneKeyHoweverItIsGiven() {
    for word in ["Paris", "Saint-Étienne", "a word longer than fifteen bytes", "東京"] {
      let bytes = Array(word.utf8)
      #expect(TokenKey(word) == TokenKey(utf8: bytes))
      #expect(TokenKey(word[...]) == TokenKey(utf8: bytes))
      #expect(TokenKey(word + "!".dropLast()) == TokenKey(utf8: bytes.lazy.map { $0 }))
    }
  }

  @Test func aPhraseKeyChainsItsWordsInOrder() {
    let newYork = TokenKey(phrase: ["new", "york"])
    #expect(newYork == TokenKey("New").followed(by: TokenKey("YORK")))
    #expect(newYork != TokenKey(phrase: ["york", "new"]))
    #expect(newYork != TokenKey("new york"))
  }

  @Test func aTableFindsEveryKeyItHoldsAndNoOther() {
    var table = TokenTable<Int>()
    for number in 0..<20_000 { table.update(TokenKey("w\(number)")) { $0 = number } }
    #expect(table.count == 20_000)
    var found = 0
    var strays = 0
    for number in 0..<20_000 where table[TokenKey("w\(number)")] == number { found += 1 }
    for number in 20_000..<40_000 where table[TokenKey("w\(number)")] != nil { strays += 1 }
    #expect(found == 20_000)
    #expect(strays == 0)
    table.update(TokenKey("w7")) { $0 = ($0 ?? 0) + 100 }
    #expect(table[TokenKey("w7")] == 107)
    table.update(TokenKey("absent")) { _ in }
    #expect(table.count == 20_000)
  }

  @Test func aSetMatchesWordsInAnyCase() {
    let set: TokenSet = ["March", "may"]
    #expect(set.contains("MAY") && set.contains("march"))
    #expect(!set.contains("mayor"))
    #expect(set.contains(Tokenizer.tokenize(Array("MARCH".utf8))[0].key))
    #expect(set.count == 2)
  }

  /// A phrase's hashtag key runs its letters together, in ASCII and beyond, and a digit or other mark rules it out.
  @Test(arguments: [
    ("New York", "newyork"), ("St. Louis", "stlouis"), ("Winston-Salem", "winstonsalem"), ("O'Fallon", "ofallon"),
    ("São Paulo", "sãopaulo"), ("Hôtel-de-Ville", "hôteldeville"), ("Côte d’Ivoire", "côtedivoire"),
    ("7 Eleven", nil), ("AT&T Park", nil), ("Tel Aviv (Yafo)", nil), ("' -", nil),
  ] as [(String, String?)])
  func aPhrasesHashtagKeyRunsItsLettersTogether(phrase: String, letters: String?) {
    #expect(Gazetteer.hashtagKey(of: phrase) == letters.map { TokenKey($0) })
  }
}
