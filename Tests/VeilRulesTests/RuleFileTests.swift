import Foundation
import Testing
import VeilTestSupport
import VeilCore

@testable import VeilRules

func writeRules(_ text: String, name: String = "custom.yaml") throws -> URL {
  let folder = try TemporaryFolders.make("rules")
  try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  return folder
}

@Suite struct RuleFileTests {
  @Test func brokenFileReportsEveryProblemWithLineAndKeyPath() throws {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: order_number
          entity: ORDER_ID
          patterns:
            - name: ord
              regex: 'ORD-(\\d+'
              score: 0.5
          validator: no_such_check
        - id: Bad-Id
          entity: X
          patterns:
            - regex: 'x'
              scroe: 0.4
        - id: ok_rule
          entity: OK
          patterns:
            - regex: 'y'
              score: 1.5
      """)
    do {
      _ = try RuleCatalog.loadOnly([folder])
      Issue.record("a broken rule file must not load")
    } catch {
      let messages = error.diagnostics.map(\.description)
      #expect(error.diagnostics.count == 6, "\(messages)")
      #expect(messages.contains { $0.contains("custom.yaml:13:") && $0.contains("missing 'score'") })
      #expect(messages.contains { $0.contains("custom.yaml:7:") && $0.contains("patterns[0].regex") && $0.contains("offset") })
      #expect(messages.contains { $0.contains("custom.yaml:9:") && $0.contains("unknown validator 'no_such_check'") })
      #expect(messages.contains { $0.contains("'Bad-Id' is not snake_case") })
      #expect(messages.contains { $0.contains("custom.yaml:14:") && $0.contains("unknown key 'scroe' (did you mean 'score'?)") })
      #expect(messages.contains { $0.contains("custom.yaml:19:") && $0.contains("1.5 is outside 0.0…1.0") })
    }
  }

  @Test func invalidYAMLNamesTheLine() throws {
    let folder = try writeRules("version: 1\nrecognizers:\n  - id: a\n   entity: [unclosed\n")
    #expect {
      try RuleCatalog.loadOnly([folder])
    } throws: { error in
      guard let error = error as? RuleLoadError, let first = error.diagnostics.first else { return false }
      return first.line > 0 && first.message.hasPrefix("invalid YAML")
    }
  }

  @Test func usersRulesAddAndOverride() throws {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: email
          entity: EMAIL_ADDRESS
          description: Only corporate addresses.
          patterns:
            - name: corp
              regex: '[a-z]+@corp\\.example'
              score: 0.9
          examples:
            match: ['to ⏩ann@corp.example⏪']
            no_match: ['to ann@other.example']
        - id: order_number
          entity: ORDER_ID
          enabled: false
          patterns:
            - regex: 'ORD-\\d{4}'
              score: 0.8
          examples:
            match: ['see ⏩ORD-1234⏪']
            no_match: ['see ORD-12']
      """)
    let catalog = try RuleCatalog.load(directories: [folder])
    #expect(catalog.entry("email")?.spec.description == "Only corporate addresses.")
    #expect(catalog.entry("order_number")?.spec.enabled == false)
    #expect(try catalog.selection().contains { $0.id == "order_number" } == false)
    #expect(try catalog.selection(enabled: ["order_number"]).contains { $0.id == "order_number" })
    for entry in catalog.entries where ["email", "order_number"].contains(entry.spec.id) {
      #expect(RuleExamples.check(entry).isEmpty)
    }
  }

  @Test func brokenExampleFailsWithFileLineExpectedAndFound() throws {
    let folder = try writeRules("""
      version: 1
      recognizers:
        - id: ticket
          entity: TICKET
          patterns:
            - regex: 'T-\\d+'
              score: 0.9
          examples:
            match:
              - 'open ⏩T-12⏪ and T-13'
            no_match:
              - 'closed T-14'
      """)
    let catalog = try RuleCatalog.loadOnly([folder])
    let failures = RuleExamples.check(try #require(catalog.entry("ticket")))
    #expect(failures.count == 2)
    #expect(failures.map(\.line) == [10, 12])
    #expect(failures[0].message.contains("expected \"T-12\", found \"T-12\", \"T-13\""))
    #expect(failures[1].message.contains("expected nothing, found \"T-14\""))
  }

  @Test func markedText() throws {
    let marked = try #require(MarkedText("a ⏩é1⏪ b ⏩2⏪"))
    #expect(marked.text == "a é1 b 2")
    #expect(marked.spans == [2..<5, 8..<9])
    #expect(MarkedText("⏩ unclosed") == nil)
    #expect(MarkedText("⏪ backwards ⏩") == nil)
  }
}
