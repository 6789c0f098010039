import Foundation
import Testing
import VeilCore
import VeilTransform

@testable import VeilRules

@Suite struct ConfigurationTests {
  let base = URL(fileURLWithPath: "/tmp")

  @Test func parsesEverySection() throws {
    let config = try Configuration.parse("""
      version: 1
      input:
        text_fields: [prompt, "turns[*].text"]
      detection:
        threshold: 0.4
        thresholds: {DATE_TIME: 0.8}
        strategy: prefer_highest_score
        rules: [my-rules]
        disable: [date_time]
      operators:
        default: redact
        EMAIL_ADDRESS: {type: tag, numbered: true}
        CREDIT_CARD: {type: mask, char: "#", keep_last: 4}
      limits:
        max_quarantine: 3
        max_texts_per_record: 500
        max_findings_per_record: 1000
      """, file: "veil.yaml", baseDirectory: base)
    #expect(config.textFields == ["prompt", "turns[*].text"])
    #expect(config.threshold == 0.4)
    #expect(config.thresholds[.dateTime] == 0.8)
    #expect(config.strategy == .preferHighestScore)
    #expect(config.ruleDirectories == [base.appendingPathComponent("my-rules")])
    #expect(config.disable == ["date_time"])
    #expect(config.defaultOperator == .redact)
    #expect(config.operators[.emailAddress] == .tag(numbered: true))
    #expect(config.operators[.creditCard] == .mask(character: "#", keepLast: 4))
    #expect(config.maxQuarantine == 3)
    #expect(config.policy.maxFindingsPerRecord == 1000)
    #expect(config.maxTextsPerRecord == 500)
  }

  @Test func theSampleConfigLoads() throws {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("samples/veil.yaml")
    let config = try Configuration.load(sample)
    #expect(config.operators[.usSSN] == .redact)
  }

  @Test func mistakesAreAllReportedWithLines() throws {
    do {
      _ = try Configuration.parse("""
        version: 1
        detection:
          treshold: 0.5
          strategy: whatever
        operators:
          EMAIL_ADDRESS: scramble
          PHONE_NUMBER: {type: mask, char: "ab"}
        """, file: "veil.yaml", baseDirectory: base)
      Issue.record("a broken configuration must not load")
    } catch {
      let text = error.diagnostics.map(\.description)
      #expect(text.count == 4, "\(text)")
      #expect(text.contains { $0.hasPrefix("veil.yaml:3:") && $0.contains("did you mean 'threshold'") })
      #expect(text.contains { $0.hasPrefix("veil.yaml:4:") && $0.contains("unknown strategy 'whatever'") })
      #expect(text.contains { $0.hasPrefix("veil.yaml:6:") && $0.contains("unknown operator 'scramble'") })
      #expect(text.contains { $0.hasPrefix("veil.yaml:7:") && $0.contains("exactly one character") })
    }
  }
}
