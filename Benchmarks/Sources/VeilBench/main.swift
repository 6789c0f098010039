// A plain, repeatable throughput harness: generate (or reuse) a chat corpus, then time
// `scan` and `run` over it, reporting MB/s and peak resident memory.
import Foundation
import VeilEngine
import VeilRules

struct Options {
  var sizeMB = 200
  var seed = 42
  var corpus: String?
  var repeats = 3

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--size-mb": sizeMB = Int(iterator.next() ?? "") ?? sizeMB
      case "--seed": seed = Int(iterator.next() ?? "") ?? seed
      case "--corpus": corpus = iterator.next()
      case "--repeats": repeats = Int(iterator.next() ?? "") ?? repeats
      default:
        FileHandle.standardError.write(Data("usage: veil-bench [--size-mb N] [--seed S] [--corpus FILE] [--repeats R]\n".utf8))
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
let engine = try Engine(configuration: Configuration.load(packageRoot.appendingPathComponent("samples/veil.yaml")))
print("corpus: \(path) (\(String(format: "%.1f", bytes / 1e6)) MB), recognizers: \(engine.analyzer.recognizers.count), 1 job")

var results: [(String, Double)] = []
for name in ["scan", "run"] {
  var best = Double.infinity
  for _ in 0..<options.repeats {
    let elapsed = try seconds {
      switch name {
      case "scan":
        var lines = 0
        try engine.scan([path], offsets: .codepoints, write: { _ in lines += 1 }, quarantine: { _ in })
      default:
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("veil-bench-out")
        _ = try engine.run([path], into: RunOutput(directory: out, overwrite: true))
      }
    }
    best = min(best, elapsed)
  }
  results.append((name, bytes / 1e6 / best))
  print("\(name): \(String(format: "%.1f", bytes / 1e6 / best)) MB/s (best of \(options.repeats), \(String(format: "%.2f", best)) s)")
}
print("peak RSS: \(String(format: "%.0f", peakRSSMegabytes())) MB")
