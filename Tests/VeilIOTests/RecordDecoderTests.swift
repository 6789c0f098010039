import Testing
import VeilCore

@testable import VeilIO

@Suite struct RecordDecoderTests {
  let decoder = RecordDecoder()
  let here = SourceLocation(file: "in.jsonl", line: 7)

  private func decode(_ line: String, with decoder: RecordDecoder? = nil) throws -> Record {
    try (decoder ?? self.decoder).decode(Array(line.utf8), at: here)
  }

  private func failure(_ line: String) -> RecordError? {
    do {
      _ = try decode(line)
      return nil
    } catch {
      return error as? RecordError
    }
  }

  @Test func openAIMessages() throws {
    let record = try decode(#"{"id":"c1","messages":[{"role":"user","content":"hi \"you\"\n"},{"role":"assistant","content":null},{"role":"assistant","content":"ok"}],"meta":{"text":"not scanned"}}"#)
    #expect(record.shape == .openAIMessages)
    #expect(record.id == "c1")
    #expect(record.units.map(\.string) == ["hi \"you\"\n", "ok"])
    #expect(record.units.map(\.messageIndex) == [0, 2])
    #expect(record.units.map(\.role) == ["user", "assistant"])
    #expect(record.unitID(0) == "c1:0")
    #expect(record.unitID(1) == "c1:2")
  }

  @Test func openAIContentParts() throws {
    let record = try decode(#"{"messages":[{"role":"user","content":[{"type":"text","text":"part one"},{"type":"image_url","image_url":{"url":"x"}}]}]}"#)
    #expect(record.units.map(\.string) == ["part one"])
    #expect(record.units.first?.path == "messages[0].content[0].text")
  }

  @Test func eachUnitNamesItsPath() throws {
    let messages = (0..<12).map { #"{"role":"user","content":"m\#($0)"}"# }.joined(separator: ",")
    let record = try decode(#"{"messages":["# + messages + "]}")
    #expect(record.units.map(\.path) == (0..<12).map { "messages[\($0)].content" })
    let custom = RecordDecoder(textFields: [try TextFieldPath("meta.notes[*].body")])
    let nested = try decode(#"{"meta":{"notes":[{"body":"a"},{"body":"b"}]}}"#, with: custom)
    #expect(nested.units.map(\.path) == ["meta.notes[0].body", "meta.notes[1].body"])
  }

  @Test func shareGPTWithNumericID() throws {
    let record = try decode(#"{"id": 17, "conversations": [{"from": "human", "value": "a"}, {"from": "gpt", "value": "b"}]}"#)
    #expect(record.shape == .shareGPT)
    #expect(record.id == "17")
    #expect(record.units.map(\.role) == ["human", "gpt"])
    #expect(record.unitID(1) == "17:1")
  }

  @Test func plainTextWithoutIDUsesLineIndex() throws {
    let record = try decode(#"{"text": "caf\u00e9 \ud83d\ude00", "lang": "en"}"#)
    #expect(record.shape == .text)
    #expect(record.id == "6")  // 0-based index of line 7
    #expect(record.units.map(\.string) == ["café 😀"])
    #expect(record.unitID(0) == "6")
  }

  @Test func configurableTextFields() throws {
    let custom = RecordDecoder(textFields: [try TextFieldPath("prompt"), try TextFieldPath("turns[*].body")])
    let record = try decode(#"{"prompt":"p","turns":[{"body":"b1"},{"body":"b2"}],"text":"ignored"}"#, with: custom)
    #expect(record.units.map(\.string) == ["p", "b1", "b2"])
  }

  /// Fields are matched a step at a time as the scan goes down and back up: a sibling's members, a deeper member
  /// with the same key, and a key that only starts like a field's must not match; many fields all match.
  @Test func textSubjectAndValueFieldsMatchOnlyTheirOwnPaths() throws {
    let custom = RecordDecoder(
      textFields: [try TextFieldPath("a.b[*].c"), try TextFieldPath("x")], subjectField: try TextFieldPath("meta.user"),
      valueFields: try ["meta.age", "meta.zip", "meta.flag", "meta.missing"].map(TextFieldPath.init))
    let record = try decode(
      #"{"a": {"b": [{"c": "one", "d": {"c": "no"}}, {"cc": "no"}, {"c": "two"}], "c": "no"}, "xx": "no", "#
        + #""meta": {"nested": {"age": 99, "user": "no"}, "age": 41, "user": "u-7", "zip": "12345", "flag": true}, "#
        + #""x": "three", "age": 5}"#, with: custom)
    #expect(record.units.map(\.string) == ["one", "two", "three"])
    #expect(record.units.map(\.path) == ["a.b[0].c", "a.b[2].c", "x"])
    #expect(record.subject == "u-7")
    #expect(record.values.map { $0?.text } == ["41", "12345", "true", nil])

    let many = RecordDecoder(textFields: [try TextFieldPath("text")], valueFields: try (0..<70).map { try TextFieldPath("m.f\($0)") })
    let fields = (0..<70).reversed().map { #""f\#($0)": \#($0 * 3)"# }.joined(separator: ", ")
    let wide = try decode(#"{"m": {"# + fields + #"}, "text": "t"}"#, with: many)
    #expect(wide.values.map { $0?.text } == (0..<70).map { String($0 * 3) })
  }

  @Test func badPathsAreRejected() {
    #expect(throws: TextFieldPath.ParseError.self) { try TextFieldPath("messages[0].content") }
    #expect(throws: TextFieldPath.ParseError.self) { try TextFieldPath("a..b") }
  }

  static let badLines: [(String, QuarantineKind, String)] = [
    (#"{"text": "no closing brace""#, .malformedJSON, "was expected"),
    (#"{"text": "unterminated}"#, .malformedJSON, "unterminated string"),
    (#"{"text": "a",}"#, .malformedJSON, "object key"),
    (#"{"text": "a"} trailing"#, .malformedJSON, "after the JSON value"),
    (#"[{"text": "a"}]"#, .notAnObject, "array"),
    (#""just a string""#, .notAnObject, "string"),
    (#"{"id": "x", "meta": {}}"#, .noTextField, "no text field"),
    (#"{"text": 42}"#, .notAString, "number"),
    (#"{"messages": [{"role": "user", "content": true}]}"#, .notAString, "messages[0].content"),
    (#"{"text": "\ud800 lone"}"#, .badEscape, "surrogate"),
    (#"{"text": "bad \x escape"}"#, .malformedJSON, "escape"),
    (#"{"text": 01}"#, .malformedJSON, "was expected"),
    (#"not json"#, .malformedJSON, "unexpected word, a JSON value was expected"),
    (#"{"text": "a", "flag": nope}"#, .malformedJSON, "at byte 22: unexpected word"),
    (#"{"text": {"body": "nested"}}"#, .notAString, "text field text is an object"),
  ]

  @Test(arguments: badLines)
  func badLinesFailClosed(line: String, kind: QuarantineKind, mention: String) throws {
    let error = try #require(failure(line))
    #expect(error.kind == kind)
    #expect(error.reason.contains(mention), "\(error.reason)")
    #expect(error.location == here)
  }

  @Test func invalidUTF8FailsClosed() throws {
    var bytes = Array(#"{"text": "ok "#.utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array(#""}"#.utf8)
    #expect(throws: RecordError.self) { try decoder.decode(bytes, at: here) }
    do {
      _ = try decoder.decode(bytes, at: here)
    } catch {
      #expect(error.kind == .invalidUTF8)
      #expect(error.reason == "invalid UTF-8 at byte 13")
    }
  }

  /// A record of more messages than the limit fails as the scan passes it, before any text is decoded; one at the
  /// limit decodes whole. Messages with a role and no text count too (they cost memory as well), but only in the
  /// arrays text fields run through: other arrays of objects with a "from" are no messages.
  @Test func aRecordOfMoreTextsThanTheLimitFailsClosed() throws {
    let limited = RecordDecoder(maxTexts: 3)
    func messages(_ count: Int, content: String = #""hi""#) -> String {
      #"{"messages":["# + Array(repeating: #"{"role":"user","content":\#(content)}"#, count: count).joined(separator: ",") + "]}"
    }
    #expect(try decode(messages(3), with: limited).units.count == 3)
    for line in [messages(4), messages(4, content: "null")] {
      do {
        _ = try limited.decode(Array(line.utf8), at: here)
        Issue.record("a record of four messages decoded with a limit of three")
      } catch {
        #expect(error.kind == .tooManyTexts)
        #expect(error.reason == "more than 3 messages or text fields in one record (limits.max_texts_per_record)")
      }
    }
    let edges = #"{"text":"hello","edges":[{"from":"a"},{"from":"b"},{"from":"c"},{"from":"d"}]}"#
    #expect(try decode(edges, with: limited).units.map(\.string) == ["hello"])
    #expect(RecordDecoder().maxTexts == TextLimit.defaultPerRecord)
  }

  @Test func deepNestingIsBounded() throws {
    let deep = "{\"text\":\"a\",\"x\":" + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}"
    let error = try #require(failure(deep))
    #expect(error.reason.contains("nesting deeper"))
  }

  @Test func encoderChangesOnlyReplacedLiterals() throws {
    let line = #"{"id":"r","messages":[{"role":"user","content":"mail a@b.co"},{"role":"user","content":"keep \u00e9"}],"z":[1,2]}"#
    let record = try decode(line)
    let out = RecordEncoder.encode(record, replacing: [Array("mail <E> \"q\"".utf8), nil])
    #expect(String(decoding: out, as: UTF8.self) == #"{"id":"r","messages":[{"role":"user","content":"mail <E> \"q\""},{"role":"user","content":"keep \u00e9"}],"z":[1,2]}"#)
    #expect(RecordEncoder.encode(record, replacing: [nil, nil]) == Array(line.utf8))
  }

  @Test func jsonStringRoundTrip() throws {
    let text = "tab\t quote\" slash\\ nl\n bell\u{07} é 😀"
    var encoded: [UInt8] = []
    JSONString.encode(text.utf8, into: &encoded)
    let body = encoded.dropFirst().dropLast()
    #expect(try JSONString.decode(body) == Array(text.utf8))
    #expect(String(decoding: encoded, as: UTF8.self) == #""tab\t quote\" slash\\ nl\n bell\u0007 é 😀""#)
    // Without contiguous storage, the same bytes; escapes at either end and a control character above 0x0F.
    var lazily: [UInt8] = []
    JSONString.encode(text.utf8.lazy.map { $0 }, into: &lazily)
    #expect(lazily == encoded)
    var edges: [UInt8] = []
    JSONString.encode(Array("\"x\u{1F}\\".utf8), into: &edges)
    #expect(String(decoding: edges, as: UTF8.self) == #""\"x\u001f\\""#)
  }
}

/// JSON string bodies: runs between escapes are copied whole, escapes decoded.
@Suite struct JSONStringTests {
  @Test(arguments: [
    (#"plain text, no escape"#, "plain text, no escape"),
    (#"a\nb\tc\r"#, "a\nb\tc\r"),
    (#"caf\u00e9 \ud83d\ude00!"#, "café 😀!"),
    (#"\\ \/ \" \b\f"#, "\\ / \" \u{08}\u{0C}"),
    (#"\u0041"#, "A"),
    (#"ünïcödé stays"#, "ünïcödé stays"),
    (#""#, ""),
  ])
  func decodes(body: String, expected: String) throws {
    let bytes = Array(body.utf8)
    #expect(try JSONString.decode(bytes[...]) == Array(expected.utf8))
    #expect(try JSONString.decode(bytes.lazy.map { $0 }) == Array(expected.utf8), "a collection without contiguous storage")
  }

  @Test(arguments: [#"\ud800"#, #"x\ud800\u0041"#, #"\udc00"#])
  func loneSurrogatesAreErrors(body: String) {
    #expect(throws: JSONString.DecodingError.self) { try JSONString.decode(Array(body.utf8)) }
  }
}
