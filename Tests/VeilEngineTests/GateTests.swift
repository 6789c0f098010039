import Foundation
import Testing
import VeilCore
import VeilIO
import VeilRules

@testable import VeilEngine

@Suite struct GateTests {
  /// Veil's own output of the samples with the samples' configuration.
  private func clearedSamples(shardSize: Int = RunOutput.defaultShardSize, compress: Bool = false) throws -> URL {
    let out = try temporaryDirectory().appendingPathComponent("cleared")
    let engine = try Engine(configuration: try Configuration.load(URL(fileURLWithPath: sample("veil.yaml"))))
    _ = try engine.run(sampleInputs, into: RunOutput(directory: out, compress: compress, shardSize: shardSize))
    return out
  }

  private func firstShard(_ out: URL) -> URL { out.appendingPathComponent("data/part-00000-of-00001.jsonl") }

  private func append(_ line: String, to url: URL) throws {
    let handle = try FileHandle(forWritingTo: url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data((line + "\n").utf8))
    try handle.close()
  }

  @Test func veilsOwnOutputOfTheSamplesIsCleared() throws {
    let result = Gate().check(try clearedSamples().path)
    #expect(result.verdict == .cleared, "\(result.rendered(as: .text))")
    #expect(result.verdict.exitStatus == 0)
    #expect(result.records == 36)
    #expect(result.findings.isEmpty && result.problems.isEmpty)
    #expect(result.passed == ["integrity": true, "residual-pii": true, "quarantine": true])
  }

  /// A recognizer that fires inside one of Veil's own tags ("in <DATE_TIME>": Date is a town) finds no leak.
  @Test func findingsInsideVeilsTagsAreExcused() throws {
    let out = try clearedSamples()
    try append(#"{"text":"we met in <DATE_TIME> at noon"}"#, to: firstShard(out))
    let result = Gate().check(out.path)
    #expect((result.excused["tag"] ?? 0) > 0, "the scan should have met a finding inside a tag")
    #expect(result.findings.isEmpty, "\(result.findings)")
  }

  @Test func oneChangedByteIsNotCleared() throws {
    let out = try clearedSamples()
    var data = try Data(contentsOf: firstShard(out))
    let index = try #require(data.firstRange(of: Data("Refund".utf8))?.lowerBound)
    data[index] = UInt8(ascii: "r")
    try data.write(to: firstShard(out))
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    #expect(result.verdict.exitStatus == 1)
    #expect(result.problems.map(\.rule) == ["hash-mismatch"])
    #expect(result.problems.first?.file == "data/part-00000-of-00001.jsonl")
  }

  @Test func anAppendedRecordWithAnEmailAddressIsNotClearedAndTheValueIsMasked() throws {
    let out = try clearedSamples()
    try append(#"{"text": "Please write to maria.gonzalez@gmail.com about it."}"#, to: firstShard(out))
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1)
    #expect(finding.entity == "EMAIL_ADDRESS" && finding.recognizer == "email" && finding.line == 37 && finding.field == "text")
    #expect(finding.file == "data/part-00000-of-00001.jsonl")
    #expect(finding.masked == "*****.********@*****.***")
    #expect(Set(result.problems.map(\.rule)) == ["size-mismatch", "count-mismatch"])
    for format in GateFormat.allCases {
      #expect(!result.rendered(as: format).contains("gonzalez"), "\(format) shows the value")
    }
  }

  @Test func brokenRecordsAreReportedWithTheirLinesAndTheRestIsStillScanned() throws {
    let out = try clearedSamples()
    try append("this is not JSON", to: firstShard(out))
    let handle = try FileHandle(forWritingTo: firstShard(out))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D, 0x0A]))  // {"t":"<FF>"}
    try handle.close()
    try append(#"{"text": "Please write to maria.gonzalez@gmail.com about it."}"#, to: firstShard(out))
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    let records = result.problems.filter { $0.rule.hasSuffix("-record") }.map { "\($0.rule):\($0.line ?? 0)" }
    #expect(records == ["unscannable-record:37", "malformed-record:38"], "\(result.problems)")
    #expect(result.findings.map(\.line) == [39])
    #expect(result.records == 37)
  }

  @Test func surrogatesInReservedRangesAreNotLeaksButRealValuesAre() throws {
    // The integrity check fails for any appended line; the residual scan is what this test is about.
    let out = try clearedSamples()
    try append(
      #"{"text": "Mail j.doe@example.org or ops@mail.example.com, call (415) 555-0142, server 203.0.113.9, card 4111 1111 1111 1111, see https://www.example.net/a?b=1"}"#,
      to: firstShard(out))
    let reserved = Gate().check(out.path)
    #expect(reserved.findings.isEmpty, "\(reserved.findings)")
    #expect((reserved.excused["reserved"] ?? 0) >= 5)
    try append(#"{"text": "Call me at (415) 867-5309 or visit 8.8.4.4"}"#, to: firstShard(out))
    let real = Gate().check(out.path)
    #expect(Set(real.findings.map(\.entity)) == ["PHONE_NUMBER", "IP_ADDRESS"])
  }

  @Test func reservedValuesAreOnlyThoseNoOneCanOwn() {
    #expect(ReservedValues.contains("a.b@example.com", as: .emailAddress))
    #expect(ReservedValues.contains("x@sub.example.net", as: .emailAddress))
    #expect(ReservedValues.contains("x@host.test", as: .emailAddress))
    #expect(!ReservedValues.contains("x@example.co", as: .emailAddress))
    #expect(!ReservedValues.contains("x@notexample.com", as: .emailAddress))
    #expect(ReservedValues.contains("+1 (212) 555-0199", as: .phoneNumber))
    #expect(ReservedValues.contains("07700 900123", as: .phoneNumber))
    #expect(ReservedValues.contains("+44 20 7946 0123", as: .phoneNumber))
    #expect(!ReservedValues.contains("(212) 555-0200", as: .phoneNumber))
    #expect(!ReservedValues.contains("+44 20 7946 1123", as: .phoneNumber))
    #expect(ReservedValues.contains("198.51.100.254", as: .ipAddress))
    #expect(ReservedValues.contains("2001:DB8::1/64", as: .ipAddress))
    #expect(!ReservedValues.contains("198.51.101.1", as: .ipAddress))
    #expect(!ReservedValues.contains("2001:db9::1", as: .ipAddress))
    #expect(ReservedValues.contains("4111-1111-1111-1111", as: .creditCard))
    #expect(!ReservedValues.contains("4111-1111-1111-1112", as: .creditCard))
    #expect(!ReservedValues.contains("4539 1488 0343 6467", as: .creditCard))
    #expect(ReservedValues.contains("https://user@docs.example.com:8443/x", as: .url))
    #expect(ReservedValues.contains("http://[2001:db8::5]/", as: .url))
    #expect(!ReservedValues.contains("https://example.com.evil.org/", as: .url))
    #expect(!ReservedValues.contains("Jane Doe", as: .person))
  }

  @Test func onlyTagsOfKnownTypesExcuseWhatIsInsideThem() {
    let text = Array("at <DATE_TIME> from <PHONE_NUMBER_12>, not <JOHN_SMITH> or <PERSON".utf8)
    let spans = Gate.tagSpans(text, names: ["DATE_TIME", "PHONE_NUMBER", "PERSON"])
    #expect(spans.map { String(decoding: text[$0], as: UTF8.self) } == ["<DATE_TIME>", "<PHONE_NUMBER_12>"])
  }

  @Test func aMissingManifestIsNotCleared() throws {
    let out = try clearedSamples()
    try FileManager.default.removeItem(at: out.appendingPathComponent("manifest.json"))
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    #expect(result.problems.map(\.rule) == ["missing-manifest"])
  }

  @Test func aMalformedManifestSaysWhatIsWrong() throws {
    let out = try clearedSamples()
    let url = out.appendingPathComponent("manifest.json")
    var text = try String(contentsOf: url, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"veil_version\"", with: "\"veil_versio\"")
    try Data(text.utf8).write(to: url)
    let missingKey = Gate().check(out.path)
    #expect(missingKey.verdict == .notCleared)
    #expect(missingKey.problems.first?.message.contains("no 'veil_version'") == true, "\(missingKey.problems)")
    try Data("{\"format\": ".utf8).write(to: url)
    #expect(Gate().check(out.path).problems.first?.message.contains("not JSON") == true)
    try Data(text.replacingOccurrences(of: "\"veil_versio\"", with: "\"veil_version\"")
      .replacingOccurrences(of: "veil-manifest/1", with: "veil-manifest/9").utf8).write(to: url)
    let newer = Gate().check(out.path)
    #expect(newer.verdict == .undecided, "a manifest from a newer Veil cannot be judged")
  }

  @Test func aDeletedShardIsNotCleared() throws {
    let out = try clearedSamples(shardSize: 6000)
    let manifest = try DatasetManifest.decode(Data(contentsOf: out.appendingPathComponent("manifest.json")))
    #expect(manifest.data.count > 2)
    try FileManager.default.removeItem(at: out.appendingPathComponent(manifest.data[1].path))
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    #expect(result.problems.map(\.rule) == ["missing-file"])
    #expect(result.problems.first?.file == manifest.data[1].path)
  }

  @Test func anUnlistedOrLeftOverFileInDataIsNotCleared() throws {
    let out = try clearedSamples()
    try FileManager.default.copyItem(at: firstShard(out), to: out.appendingPathComponent("data/part-00001-of-00001.jsonl"))
    try Data().write(to: out.appendingPathComponent("data/.part-00002.jsonl.pending"))
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    #expect(result.problems.filter { $0.rule == "unlisted-file" }.compactMap(\.file).sorted() == [
      "data/.part-00002.jsonl.pending", "data/part-00001-of-00001.jsonl",
    ])
  }

  @Test func aTruncatedCompressedShardIsNotCleared() throws {
    let out = try clearedSamples(compress: true)
    let shard = out.appendingPathComponent("data/part-00000-of-00001.jsonl.gz")
    let data = try Data(contentsOf: shard)
    try data.prefix(data.count / 2).write(to: shard)
    let result = Gate().check(out.path)
    #expect(result.verdict == .notCleared)
    #expect(Set(result.problems.map(\.rule)).isSuperset(of: ["size-mismatch", "truncated-file"]), "\(result.problems)")
  }

  @Test func aFolderThatIsNotThereOrNotAFolderCannotBeDecided() throws {
    let folder = try temporaryDirectory()
    #expect(Gate().check(folder.appendingPathComponent("absent").path).verdict == .undecided)
    let file = folder.appendingPathComponent("file")
    try Data("x".utf8).write(to: file)
    #expect(Gate().check(file.path).verdict == .undecided)
    #expect(Gate().check(folder.path).verdict == .notCleared, "an empty folder has no manifest")
  }

  @Test(.enabled(if: getuid() != 0, "root reads every folder")) func anUnreadableFolderCannotBeDecided() throws {
    let out = try clearedSamples()
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: out.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out.path) }
    #expect(Gate().check(out.path).verdict == .undecided)
  }

  @Test func theQuarantineLimitIsTheRunsUnlessThePolicySaysOtherwise() throws {
    let out = try temporaryDirectory().appendingPathComponent("bad")
    _ = try Engine().run([sample("bad/bad-input.jsonl")], into: RunOutput(directory: out), maxQuarantine: 100)
    let lenient = Gate().check(out.path)
    #expect(lenient.verdict == .cleared, "\(lenient.rendered(as: .text))")
    var policy = GatePolicy()
    policy.maxQuarantine = 0
    let strict = Gate(policy: policy).check(out.path)
    #expect(strict.verdict == .notCleared)
    #expect(strict.problems.map(\.rule) == ["quarantine-over-limit"])
  }

  @Test func kAndLAreCheckedFromTheDataItself() throws {
    let folder = try temporaryDirectory()
    let out = folder.appendingPathComponent("out")
    _ = try Engine(configuration: try kAnonymityConfiguration(folder)).run(
      [try kAnonymityInput(in: folder).path], into: RunOutput(directory: out))
    let result = Gate().check(out.path)
    #expect(result.verdict == .cleared, "\(result.rendered(as: .text))")
    let measured = try #require(result.kAnonymity)
    #expect(measured.k == 5 && measured.minClassSize >= 5 && measured.records == 60)

    var stricter = GatePolicy()
    stricter.k = 61
    let tooFew = Gate(policy: stricter).check(out.path)
    #expect(tooFew.verdict == .notCleared)
    #expect(tooFew.problems.allSatisfy { $0.rule == "class-below-k" } && !tooFew.problems.isEmpty)
    stricter.k = nil
    stricter.l = 5
    let uniform = Gate(policy: stricter).check(out.path)
    #expect(uniform.problems.contains { $0.rule == "class-below-l" }, "only 4 plans exist")

    // A record edited into a class of its own (manifest fixed up to match) is caught from the data.
    let shard = out.appendingPathComponent("data/part-00000-of-00001.jsonl")
    var lines = try lines(of: shard)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    var meta = try #require(object["meta"] as? [String: Any])
    meta["country"] = "Atlantis"
    var edited = object
    edited["meta"] = meta
    lines[0] = String(decoding: try JSONSerialization.data(withJSONObject: edited, options: [.sortedKeys]), as: UTF8.self)
    let data = Data((lines.joined(separator: "\n") + "\n").utf8)
    try data.write(to: shard)
    try refreshManifest(out, file: "data/part-00000-of-00001.jsonl", data: data)
    // The record is alone in its new class, and the class it left may have dropped below k too.
    let edited1 = Gate().check(out.path)
    #expect(edited1.verdict == .notCleared)
    #expect(!edited1.problems.isEmpty && edited1.problems.allSatisfy { $0.rule == "class-below-k" }, "\(edited1.problems)")
    #expect(edited1.problems.contains { $0.line == 1 && $0.message.contains("shared by 1 record(s)") })
  }

  /// Rewrites the manifest's entry for `file` to match `data` (what a careless re-publisher would do).
  private func refreshManifest(_ out: URL, file: String, data: Data) throws {
    var manifest = try DatasetManifest.decode(Data(contentsOf: out.appendingPathComponent("manifest.json")))
    for index in manifest.data.indices where manifest.data[index].path == file {
      manifest.data[index].sha256 = StreamDigest.hex(data)
      manifest.data[index].bytes = data.count
    }
    try manifest.jsonData().write(to: out.appendingPathComponent("manifest.json"))
  }

  @Test func aStricterPolicyCanAllowTypesAndNeedsQuasiIdentifiersForK() throws {
    let out = try clearedSamples()
    let line = #"{"text": "Please write to maria.gonzalez@gmail.com about it."}"#
    try append(line, to: firstShard(out))
    let data = try Data(contentsOf: firstShard(out))
    var manifest = try DatasetManifest.decode(Data(contentsOf: out.appendingPathComponent("manifest.json")))
    manifest.data[0].sha256 = StreamDigest.hex(data)
    manifest.data[0].bytes = data.count
    manifest.data[0].records = 37
    manifest.records.written = 37
    try manifest.jsonData().write(to: out.appendingPathComponent("manifest.json"))
    #expect(Gate().check(out.path).findings.map(\.entity) == ["EMAIL_ADDRESS"])
    var policy = GatePolicy()
    policy.allow = [.emailAddress]
    let allowed = Gate(policy: policy).check(out.path)
    #expect(allowed.verdict == .cleared, "\(allowed.rendered(as: .text))")
    #expect(allowed.excused["allowed"] == 1)
    policy.k = 2
    let noFields = Gate(policy: policy).check(out.path)
    #expect(noFields.verdict == .undecided)
    #expect(noFields.problems.map(\.rule) == ["no-quasi-identifiers"])
  }

  @Test func policyFilesAreReadStrictly() throws {
    let policy = try GatePolicy.parse("""
      version: 1
      min_score: 0.3
      thresholds: {PERSON: 0.4}
      recognizers: [email, phone]
      allow: [PERSON]
      k: 10
      l: 2
      max_quarantine: 3
      """, file: "gate.yaml", baseDirectory: URL(fileURLWithPath: "/tmp"))
    #expect(policy.minScore == 0.3 && policy.thresholds[.person] == 0.4 && policy.recognizers == .only(["email", "phone"]))
    #expect(policy.allow == [.person] && policy.k == 10 && policy.l == 2 && policy.maxQuarantine == 3)
    #expect(try GatePolicy.parse("version: 1\nrecognizers: all\n", file: "g", baseDirectory: URL(fileURLWithPath: "/")).recognizers == .all)
    do {
      _ = try GatePolicy.parse("version: 1\nmin_scor: 0.3\nk: zero\nrecognizers: some\n", file: "gate.yaml", baseDirectory: URL(fileURLWithPath: "/tmp"))
      Issue.record("a policy with errors was accepted")
    } catch {
      let text = error.description
      #expect(text.contains("gate.yaml:2: min_scor: unknown key 'min_scor' (did you mean 'min_score'?)"), "\(text)")
      #expect(text.contains("gate.yaml:3: k: expected a whole number"), "\(text)")
      #expect(text.contains("gate.yaml:4: recognizers: expected run, default, all or a list"), "\(text)")
    }
  }

  @Test func aStricterScanFindsWhatTheRunsSettingsDoNot() throws {
    var policy = GatePolicy()
    policy.recognizers = .all
    policy.minScore = 0.3
    let result = Gate(policy: policy).check(try clearedSamples().path)
    #expect(result.verdict == .notCleared)
    #expect(!result.findings.isEmpty)
    #expect(result.findings.allSatisfy { $0.masked.allSatisfy { !$0.isLetter && !$0.isNumber } })
  }
}
