import Foundation
import Testing
import VeilCore

@testable import VeilEngine

@Suite struct VaultTests {
  let key = try! PseudonymKey(bytes: Array(repeating: 3, count: 32))
  let vaultKey = try! PseudonymKey(bytes: Array(repeating: 5, count: 32))

  private func finding(_ entity: EntityType) -> Finding {
    Finding(entity: entity, range: 0..<1, score: 1, explanation: Explanation(recognizer: "test", pattern: "p", baseScore: 1))
  }

  /// 100,000 distinct values of a type: with the vault, 100,000 distinct surrogates.
  static let generators: [(EntityType, @Sendable (Int) -> String)] = [
    (.phoneNumber, { "(415) \(200 + $0 / 10_000)-\(String(format: "%04d", $0 % 10_000))" }),
    (.emailAddress, { "user\($0)@corp.example" }),
    (.person, { "Name\(String($0, radix: 26)) Family\($0 % 977)" }),
  ]

  @Test(arguments: generators.indices)
  func injectiveOverOneHundredThousandValues(index: Int) throws {
    let (entity, value) = Self.generators[index]
    let folder = try temporaryDirectory()
    let vault = try PseudonymVault(path: folder.appendingPathComponent("vault.sqlite").path, key: vaultKey)
    // Name lists the size of a small dictionary, so that candidates are rarely exhausted.
    let names = SurrogateNames(
      givenNames: ["u": (0..<3000).map { "Given\($0)" }], surnames: (0..<3000).map { "Family\($0)" })
    let withVault = PseudonymOperator(key: key, names: names, vault: vault)
    let without = PseudonymOperator(key: key, names: names)
    var scope = RecordScope()
    var seen = Set<String>()
    var plain = Set<String>()
    let count = 100_000
    for n in 0..<count {
      let original = value(n)
      seen.insert(withVault.replacement(for: original, of: finding(entity), in: &scope))
      plain.insert(without.replacement(for: original, of: finding(entity), in: &scope))
    }
    #expect(seen.count == count, "\(count - seen.count) collisions with the vault")
    #expect(try vault.count() == count)
    // The same original keeps its surrogate.
    #expect(withVault.replacement(for: value(42), of: finding(entity), in: &scope)
      == withVault.replacement(for: value(42), of: finding(entity), in: &scope))
    // Without the vault the collision rate is measured (and printed for the README).
    let rate = Double(count - plain.count) / Double(count)
    print("collision rate without vault, \(entity): \(rate * 100)%")
    #expect(rate < 1)
  }

  @Test func lookupReversesASurrogateWithTheVaultKey() throws {
    let folder = try temporaryDirectory()
    let path = folder.appendingPathComponent("vault.sqlite").path
    let vault = try PseudonymVault(path: path, key: vaultKey)
    var scope = RecordScope()
    let surrogate = PseudonymOperator(key: key, names: .builtInFallback, vault: vault)
      .replacement(for: "jane.doe@example.com", of: finding(.emailAddress), in: &scope)
    let found = try vault.lookup(surrogate: surrogate, type: nil)
    #expect(found.map(\.original) == ["jane.doe@example.com"])
    // The original is never stored in clear.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.range(of: Data("jane.doe@example.com".utf8)) == nil)
  }

  @Test func anotherVaultKeyOrACorruptFileIsRefusedAndLeftAlone() throws {
    let folder = try temporaryDirectory()
    let path = folder.appendingPathComponent("vault.sqlite").path
    _ = try PseudonymVault(path: path, key: vaultKey)
    #expect(throws: VaultError.self) { try PseudonymVault(path: path, key: key) }
    let corrupt = folder.appendingPathComponent("corrupt.sqlite").path
    let garbage = Data(repeating: 0x42, count: 8192)
    try garbage.write(to: URL(fileURLWithPath: corrupt))
    #expect(throws: VaultError.self) { try PseudonymVault(path: corrupt, key: vaultKey) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: corrupt)) == garbage)
  }
}
