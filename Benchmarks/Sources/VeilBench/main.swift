// A plain, repeatable throughput harness: generate (or reuse) a chat corpus, then time
// `scan` and `run` over it, reporting MB/s and peak resident memory.
import Foundation
import VeilEngine
import VeilRules
import VeilDetection
import VeilCore
import VeilIO
import PCRE2

struct Options {
  var sizeMB = 200
  var seed = 42
  var corpus: String?
  var repeats = 3
  var profile = false
  /// With `--profile`: time only this stage, six times (to compare builds, or under `perf record`).
  var stage: String?
  var jobs = Array(1...ProcessInfo.processInfo.activeProcessorCount)
  var modes = ["scan", "run"]
  /// Extra rule folders (`--rules`, repeatable), as `veil --rules` takes them.
  var rules: [String] = []
  /// Only these recognizers (`--recognizers a,b`), as `veil --recognizers` takes them.
  var recognizers: [String]?

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--size-mb": sizeMB = Int(iterator.next() ?? "") ?? sizeMB
      case "--seed": seed = Int(iterator.next() ?? "") ?? seed
      case "--corpus": corpus = iterator.next()
      case "--repeats": repeats = Int(iterator.next() ?? "") ?? repeats
      case "--profile": profile = true
      case "--stage": stage = iterator.next()
      case "--jobs": jobs = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
      case "--rules": rules.append(iterator.next() ?? "")
      case "--recognizers": recognizers = (iterator.next() ?? "").split(separator: ",").map(String.init)
      case "--only": modes = (iterator.next() ?? "").split(separator: ",").map(String.init)
      default:
        FileHandle.standardError.write(Data("usage: veil-bench [--size-mb N] [--seed S] [--corpus FILE] [--repeats R] [--jobs 1,2] [--only scan,run] [--rules DIR] [--recognizers a,b] [--profile [--stage decode|dictionaries|analyze]]\n".utf8))
        exit(2)
      }
    }
  }
}

let options = Options(CommandLine.arguments)
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The corpus path, generating it with the repository's deterministic generator when needed.
func corpusPath() throws -> String {
  if let corpus = options.corpus { return corpus }
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("veil-corpus-\(options.sizeMB)mb-seed\(options.seed).jsonl").path
  if FileManager.default.fileExists(atPath: path) { return path }
  FileHandle.standardError.write(Data("generating \(options.sizeMB) MB corpus at \(path)\n".utf8))
  let generator = Process()
  generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  generator.arguments = [
    "python3", packageRoot.appendingPathComponent("scripts/gen-chat-corpus.py").path,
    "--size-mb", "\(options.sizeMB)", "--seed", "\(options.seed)", "--out", path,
  ]
  try generator.run()
  generator.waitUntilExit()
  guard generator.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
  return path
}

/// Peak resident set size of this process, in MB.
func peakRSSMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let path = try corpusPath()
let bytes = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
let engine = try Engine(
  configuration: Configuration.load(packageRoot.appendingPathComponent("samples/veil.yaml")),
  extraRuleDirectories: options.rules.map { URL(fileURLWithPath: $0) },
  selection: options.recognizers.map { .only($0.map { RecognizerID(rawValue: $0) }) } ?? .defaults)
print("corpus: \(path) (\(String(format: "%.1f", bytes / 1e6)) MB), recognizers: \(engine.analyzer.recognizers.count)")

if options.profile {
  try profileStages(engine: engine, path: path)
  exit(0)
}

// Each mode at each job count: best of `repeats`, in MB/s of input.
print("| mode | jobs | MB/s | MB/s per job | seconds (best of \(options.repeats)) |")
print("|---|---|---|---|---|")
for name in options.modes {
  for jobs in options.jobs {
    var best = Double.infinity
    for _ in 0..<options.repeats {
      let elapsed = try seconds {
        switch name {
        case "scan":
          var lines = 0
          try engine.scan([path], offsets: .codepoints, jobs: jobs, write: { _ in lines += 1 }, quarantine: { _ in })
        default:
          let out = FileManager.default.temporaryDirectory.appendingPathComponent("veil-bench-out")
          _ = try engine.run([path], into: RunOutput(directory: out, overwrite: true, jobs: jobs))
        }
      }
      best = min(best, elapsed)
    }
    let rate = bytes / 1e6 / best
    print(String(format: "| %@ | %d | %.1f | %.1f | %.2f |", name, jobs, rate, rate / Double(jobs), best))
  }
}
print("peak RSS: \(String(format: "%.0f", peakRSSMegabytes())) MB")

/// Per-stage and per-recognizer cost over the first 20 MB of the corpus, decoded once into memory.
func profileStages(engine: Engine, path: String) throws {
  var units: [TextUnit] = []
  var lines: [(SourceLocation, [UInt8])] = []
  var bytes = 0
  try InputReader().forEachLine(in: path) { framed in
    guard bytes < 20_000_000, case .line(let location, let line) = framed else { return }
    bytes += line.count + 1
    lines.append((location, line))
  }
  func decodeAll() throws -> [TextUnit] {
    try lines.flatMap { location, line in try engine.decoder.decode(line, at: location).units }
  }
  let decodeTime = try seconds { units = try decodeAll() }
  let megabytes = Double(bytes) / 1e6
  func report(_ name: String, _ elapsed: Double) {
    print(String(format: "%-32@ %8.1f MB/s %8.3f s", name as NSString, megabytes / elapsed, elapsed))
  }
  print("profile over \(String(format: "%.1f", megabytes)) MB, \(units.count) text units")
  report("decode JSON (text fields only)", decodeTime)
  var sink = 0
  report("tokenize", seconds { for unit in units { sink &+= TokenizedText(unit).tokens.count } })
  let tokenized = units.map(TokenizedText.init)
  let present = units.map { TextProfile(of: $0.utf8) }
  // All dictionaries as the analyzer runs them: one `DictionarySet`, one probe per token.
  let members = engine.analyzer.recognizers.compactMap { $0 as? DictionaryRecognizer }
  let dictionaries = DictionarySet(members)
  func tokenizeAndLookUp() {
    report("tokenize + \(members.count) dictionaries", seconds {
      var findings: [Finding] = []
      for unit in units {
        dictionaries.recognize(TokenizedText(unit), into: &findings)
        findings.removeAll(keepingCapacity: true)
      }
    })
  }
  // As a run does it: one batch per chunk of lines (about 3,000 texts of chat), recognizer by recognizer.
  func analyzeInBatches() {
    report("analyze (all), in batches", seconds {
      for start in stride(from: 0, to: units.count, by: 3_000) {
        for result in engine.analyzer.analyze(Array(units[start..<min(start + 3_000, units.count)])) {
          sink &+= (try? result.get())?.count ?? 0
        }
      }
    })
  }
  switch options.stage {
  case "dictionaries":
    for _ in 0..<6 {
      report("tokenize", seconds { for unit in units { sink &+= TokenizedText(unit).tokens.count } })
      tokenizeAndLookUp()
    }
    return
  case "analyze":
    for _ in 0..<6 { analyzeInBatches() }
    return
  case "decode":
    for _ in 0..<6 {
      report("decode JSON (text fields only)", try seconds { sink &+= try decodeAll().count })
    }
    return
  case nil:
    tokenizeAndLookUp()
  case let other?:
    FileHandle.standardError.write(Data("unknown stage \(other): decode, dictionaries or analyze\n".utf8))
    exit(2)
  }
  var rows: [(String, Double)] = []
  // The words the patterns need, found once for all texts, as a batch does.
  let patternRecognizers = engine.analyzer.recognizers.compactMap { $0 as? PatternRecognizer }
  let scanner = LiteralScanner(
    sets: patternRecognizers.flatMap(\.requiredLiterals), startsOf: patternRecognizers.flatMap(\.anchorLiterals))
  let texts = units.map(\.utf8)
  let presentBytes = present.map(\.bytes)
  var (literals, starts) = (LiteralPresence(wordsPerText: 1, bits: []), LiteralStarts?.none)
  report("find literal sets (\(scanner.sets.count))", seconds { (literals, starts) = scanner.scan(texts, present: presentBytes) })
  for recognizer in engine.analyzer.recognizers {
    var findings: [Finding] = []
    let elapsed = try seconds {
      if let tokens = recognizer as? any TokenRecognizer {
        for text in tokenized { findings.removeAll(keepingCapacity: true); tokens.recognize(text, into: &findings) }
      } else if let patterns = recognizer as? PatternRecognizer {
        // One batch of every text, behind the prefilter: the bytes and the literal sets each text holds.
        let checking = patterns.checkingLiterals(of: scanner)
        units.withUnsafeBufferPointer { units in
          present.withUnsafeBufferPointer { profiles in
            var batch = RecognitionBatch(texts: units, profiles: profiles, literals: literals, starts: starts)
            checking.recognize(&batch)
            sink &+= batch.findings.count
          }
        }
      } else {
        for (unit, bytes) in zip(units, present) {
          findings.removeAll(keepingCapacity: true)
          try recognizer.recognize(unit, present: bytes, into: &findings)
        }
      }
    }
    rows.append((recognizer.id.rawValue, elapsed))
  }
  // The patterns of the slowest pattern recognizers, each alone (matching only: no validation or context), behind
  // the prefilter as a batch has it: the text's bytes, and the literal sets it meets.
  let matchData = MatchData()

  for (name, _) in rows.sorted(by: { $0.1 > $1.1 }).prefix(20) {
    guard let recognizer = engine.analyzer.recognizers.first(where: { $0.id.rawValue == name }) as? PatternRecognizer,
      recognizer.patterns.count > 0
    else { continue }
    for named in recognizer.patterns {
      var (admitted, matched) = (0, 0)
      let elapsed = try seconds {
        (admitted, matched) = (0, 0)
        let slots = named.trigger.requiredLiterals.compactMap(scanner.slot(of:))
        // A pattern that starts with words is tried where they start, as in a batch.
        let anchorSlot = named.trigger.anchor.flatMap(scanner.startSlot(of:))
        var positions: [Int] = []
        for (index, (unit, bytes)) in zip(units, present).enumerated()
        where named.trigger.admits(length: unit.utf8.count, present: bytes)
          && slots.allSatisfy({ literals.contains(slot: $0, text: index) })
        {
          admitted += 1
          var found = false
          try unit.utf8.withUnsafeBufferPointer { buffer in
            if let anchored = named.anchored, let anchorSlot, let starts,
              !named.trigger.anchorNeedsASCIIText || bytes.bytes.isASCII,
              starts.positions(of: anchorSlot, in: index, into: &positions)
            {
              for start in positions where !found {
                found = try anchored.firstMatch(in: buffer, from: start, using: matchData) != nil
              }
            } else {
              try named.pattern.forEachMatch(in: buffer, using: matchData) { _ in found = true }
            }
          }
          if found { matched += 1 }
        }
      }
      sink &+= matched
      // A pattern that runs `after` others is timed everywhere here; in a run it runs only where they matched.
      let digits = (named.trigger.minimumDigits > 1 ? " (needs \(named.trigger.minimumDigits) digits)" : "")
        + (named.trigger.minimumRun > 12 ? " (needs a run of \(named.trigger.minimumRun))" : "")
        + (named.trigger.minimumCapitals > 1 ? " (needs \(named.trigger.minimumCapitals) capitals in a row)" : "")
        + (named.anchored == nil ? "" : named.trigger.anchor.map { " (tried where \(describe($0)) starts)" } ?? "")
      let marks = named.trigger.requiredSets.map { " (needs \(describe($0)))" }.joined() + digits
        + named.trigger.requiredPairs.map { " (needs \(describe(pairs: $0)))" }.joined()
        + named.trigger.requiredLiterals.map { " (needs \(describe($0)))" }.joined() + (named.after.isEmpty ? "" : " (in a run: only after \(named.after.joined(separator: ", ")))")
      let share = { (count: Int) in String(format: "%.1f%%", 100 * Double(count) / Double(max(1, units.count))) }
      rows.append(("  \(name)/\(named.name)" + marks + " [runs on \(share(admitted)), matches in \(share(matched))]", elapsed))
    }
  }
  for (name, elapsed) in rows.sorted(by: { $0.1 > $1.1 }) { report(name, elapsed) }
  report("sum of recognizers", rows.filter { !$0.0.hasPrefix(" ") }.reduce(0) { $0 + $1.1 })
  let tokenRecognizers = engine.analyzer.recognizers.compactMap { $0 as? any TokenRecognizer }
  let byteRecognizers = engine.analyzer.recognizers.filter { !($0 is any TokenRecognizer) }
  report("all recognizers, per unit", try seconds {
    var findings: [Finding] = []
    for unit in units {
      findings.removeAll(keepingCapacity: true)
      let present = TextProfile(of: unit.utf8)
      for recognizer in byteRecognizers { try recognizer.recognize(unit, present: present, into: &findings) }
      let text = TokenizedText(unit)
      for recognizer in tokenRecognizers { recognizer.recognize(text, into: &findings) }
    }
  })
  report("analyze (all), one text at a time", try seconds { for unit in units { sink &+= try engine.analyzer.analyze(unit).count } })
  analyzeInBatches()
  let analyzed = try units.map { try engine.analyzer.analyze($0) }
  let operators = try Engine(configuration: engine.configuration, key: PseudonymKey(bytes: Array(repeating: 1, count: 32)))
  report("operators (rewrite found values)", seconds {
    var scope = RecordScope(subject: "bench")
    for (unit, findings) in zip(units, analyzed) {
      var replaced: [String] = []
      sink &+= operators.transformer.rewriter.rewrite(unit.utf8, findings: findings, scope: &scope, replacements: &replaced)?.count ?? 0
    }
  })
  if sink == 42 { print("") }
}

/// A byte set as a reader of the profile wants it: "a digit", "@", "one of 62 bytes".
func describe(_ set: RequiredLiterals.LiteralSet) -> String {
  let words = set.literals.map { literal in
    (literal.boundedBefore ? "|" : "") + String(decoding: literal.bytes, as: UTF8.self) + (literal.boundedAfter ? "|" : "")
  }
  return words.count <= 4 ? words.joined(separator: " or ") : "one of \(words.count) words: \(words.prefix(3).joined(separator: ", "))…"
}

func describe(_ set: ByteSet) -> String {
  if set == RequiredBytes.digits { return "a digit" }
  guard set.count <= 6 else { return "one of \(set.count) bytes" }
  let bytes = (0...255).map(UInt8.init).filter(set.contains)
  return bytes.map { $0 < 0x80 && $0 > 0x20 ? String(UnicodeScalar($0)) : String(format: "0x%02X", $0) }.joined(separator: " or ")
}

/// A choice of pairs of byte classes as a reader of the profile wants it: "A-Z then 0-9", "0-9 then . or -".
func describe(pairs mask: UInt64) -> String {
  var text: [String] = []
  for first in 0..<UInt8(8) {
    let seconds = (0..<UInt8(8)).filter { mask & ByteClasses.bit(first, $0) != 0 }
    guard !seconds.isEmpty else { continue }
    text.append("\(ByteClasses.names[Int(first)]) then " + seconds.map { ByteClasses.names[Int($0)] }.joined(separator: " or "))
  }
  return text.joined(separator: ", or ")
}
