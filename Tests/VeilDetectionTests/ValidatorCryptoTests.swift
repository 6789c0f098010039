import Testing
import VeilCore

@testable import VeilDetection

/// Lower-case hexadecimal of `bytes`.
private func hex(_ bytes: [UInt8]) -> String {
  let digits = Array("0123456789abcdef".utf8)
  var text: [UInt8] = []
  for byte in bytes {
    text.append(digits[Int(byte >> 4)])
    text.append(digits[Int(byte & 0x0F)])
  }
  return String(decoding: text, as: UTF8.self)
}

@Suite("Hash primitives")
struct ValidatorHashTests {
  @Test func keccak256KnownAnswers() {
    #expect(
      hex(Keccak256.hash([UInt8]()))
        == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    #expect(
      hex(Keccak256.hash(Array("abc".utf8)))
        == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
  }

  @Test func keccak256HandlesMultiBlockInput() {
    let long = [UInt8](repeating: 0x61, count: 300)
    #expect(Keccak256.hash(long).count == 32)
    #expect(Keccak256.hash(long) != Keccak256.hash(Array(long.dropLast())))
  }
}

@Suite("Crypto and secrets")
struct ValidatorCryptoTests {
  static let bitcoin = VerdictCase.table(
    "bitcoin_address",
    valid: [
      "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
      "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
      "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
      "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
      "BC1SW50QGDZ25J", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
      "bc1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvses5wp4dt",
      "bc1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvses7epu4h",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ],
    invalid: [
      "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN",
      "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz", "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a",
      "2A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
      "bc1qw508d6qejxtdg4c5r3zarvary0c5xw7kv8f3t4", "bC1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
      "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
      "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
      "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "bc1gmk9yu", "bc1", "",
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ])

  static let ethereum = VerdictCase.table(
    "ethereum_address",
    valid: [
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
      "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ],
    invalid: [
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", "1x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "",
    ],
    unknown: [
      "0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
      "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
      "0x0000000000000000000000000000000000000000",
    ])

  static let jwt = VerdictCase.table(
    "jwt",
    valid: [
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
      "eyAiYWxnIjogIkVTMjU2IiB9.e30.c2ln",
    ],
    invalid: [
      "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.c2ln", "WyJhbGciXQ.eyJzdWIiOiJ4In0.c2ln",
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0", "eyJhbGciOiJub25lIn0..c2ln",
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln.extra", "eyJhbGciOiJub25lIn0=.eyJzdWIiOiJ4In0.c2ln",
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2l+", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0xx.c2ln",
      "a.b.c", "1.2.3", "www.example.com", "",
    ])

  static let highEntropy = VerdictCase.table(
    "high_entropy",
    invalid: [
      "password123", "aaaaaaaaaaaa1", "abcdefghijklmnopqrstuvwxyz", "12345678901234567890",
      "Hello World 2024", "", "ab12ab12ab12ab12ab12",
    ],
    unknown: [
      "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "0123456789abcdef",
      "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    ])

  static let cases = bitcoin + ethereum + jwt + highEntropy

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  @Test func entropyOfUniformSixteenSymbolsIsFourBits() {
    let entropy = HighEntropyValidator.shannonEntropy(bytes("0123456789abcdef"))
    #expect(abs(entropy - 4.0) < 1e-9)
    #expect(HighEntropyValidator.shannonEntropy(bytes("aaaa")) == 0)
    #expect(abs(HighEntropyValidator.log2(10) - 3.321928094887362) < 1e-12)
  }

  @Test func base58DecodesLeadingZeros() throws {
    let decoded = try #require(Base58Check.decode(bytes("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")))
    #expect(decoded.count == 25)
    #expect(decoded.first == 0)
    #expect(Base58Check.decode(bytes("0OIl")) == nil)
  }
}
