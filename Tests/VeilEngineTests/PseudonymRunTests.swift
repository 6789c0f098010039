import Foundation
import Testing
import VeilCore
import VeilDetection
import VeilIO
import VeilRules

@testable import VeilEngine

@Suite struct PseudonymRunTests {
  let key = try! PseudonymKey(bytes: Array(repeating: 7, count: 32))

  private func run(key: PseudonymKey) throws -> (Data, String) {
    var configuration = Configuration()
    configuration.defaultOperator = .pseudonym(keepDomainShape: false)
    let out = try temporaryDirectory()
    _ = try Engine(configuration: configuration, key: key).run(sampleInputs, into: RunOutput(directory: out))
    let data = try Data(contentsOf: out.appendingPathComponent("data/part-00000-of-00001.jsonl"))
    return (data, String(decoding: data, as: UTF8.self))
  }

  @Test func sameKeySameBytesOtherKeyOtherSurrogatesNoOriginalSurvives() throws {
    let (first, text) = try run(key: key)
    let (second, _) = try run(key: key)
    let (other, _) = try run(key: try PseudonymKey(bytes: Array(repeating: 9, count: 32)))
    #expect(first == second)
    #expect(first != other)
    let lines = text.split(separator: "\n").map(String.init)
    let decoder = RecordDecoder()
    let decoded = try lines.enumerated().flatMap { index, line in
      try decoder.decode(Array(line.utf8), at: SourceLocation(file: "x", line: index + 1)).units.map(\.string)
    }.joined(separator: "\n")
    // A sample IP already in a documentation range (198.51.100.7) can reappear as another
    // IP's surrogate: those ranges hold only 762 addresses. Every other value must be gone.
    let reserved = ["192.0.2.", "198.51.100.", "203.0.113."]
    for planted in try SampleLabels.load().pii where !reserved.contains(where: planted.value.hasPrefix) {
      #expect(!decoded.contains(planted.value), "\(planted.entity ?? "?") \(planted.value) survived")
    }
  }

  @Test func surrogatesAreRecognizedAgainAsTheirOwnType() throws {
    let engine = try Engine(configuration: { var c = Configuration(); c.defaultOperator = .pseudonym(keepDomainShape: false); return c }(), key: key)
    let analyzer = engine.analyzer
    let samples: [(EntityType, String)] = [
      (.emailAddress, "write to jane.doe@example.com today"),
      (.creditCard, "card 4111 1111 1111 1111 please"),
      (.ibanCode, "IBAN DE89 3704 0044 0532 0130 00 now"),
      (.ipAddress, "from 203.0.113.42 today"),
      (.phoneNumber, "call (415) 555-0142 now"),
      (.url, "see https://shop.example.com/orders/12345 for it"),
      (.macAddress, "device 00:1A:2B:3C:4D:5E joined"),
    ]
    for (entity, text) in samples {
      let record = try engine.decoder.decode(Array(#"{"text":"\#(text)"}"#.utf8), at: SourceLocation(file: "x", line: 1))
      let rewritten = try engine.rewrite(record)
      let surrogate = try #require(rewritten.surrogates.first?.first, "\(entity) was not replaced in \(text)")
      let again = try analyzer.analyze(TextUnit("value: " + surrogate + " end"))
      #expect(again.contains { $0.entity == entity }, "\(entity) surrogate '\(surrogate)' is not recognized as \(entity)")
    }
  }

  @Test func pseudonymsNeedAKey() {
    var configuration = Configuration()
    configuration.operators[.person] = .pseudonym(keepDomainShape: false)
    #expect(throws: EngineSetupError.self) { try Engine(configuration: configuration) }
  }
}

@Suite struct EmailDomainShapeTests {
  @Test func keepsTheDomainShapeWhenConfigured() throws {
    let key = try PseudonymKey(bytes: Array(repeating: 1, count: 32))
    let configuration = try Configuration.parse("""
      version: 1
      operators:
        EMAIL_ADDRESS: {type: pseudonym, keep_domain_shape: true}
      """, file: "veil.yaml", baseDirectory: URL(fileURLWithPath: "/tmp"))
    let engine = try Engine(configuration: configuration, key: key)
    let record = try engine.decoder.decode(Array(#"{"text":"mail ops@corp-mail.example.co.uk now"}"#.utf8), at: SourceLocation(file: "x", line: 1))
    let surrogate = try #require(try engine.rewrite(record).surrogates.first?.first)
    let domain = try #require(surrogate.split(separator: "@").last)
    #expect(domain.hasSuffix(".uk"))
    #expect(domain.split(separator: ".").map(\.count) == [9, 7, 2, 2])
    #expect(domain != "corp-mail.example.co.uk")
    #expect(domain.contains("-"))
  }
}
