import Foundation
import VeilTestSupport

/// The repository's top folder (tests read the committed samples from there).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// A committed sample file.
func sample(_ name: String) -> String { repositoryRoot.appendingPathComponent("samples/\(name)").path }

/// The three sample conversation files, one per record shape.
let sampleInputs = ["support-chats.jsonl", "sales-sharegpt.jsonl", "notes.jsonl"].map(sample)

/// A fresh temporary folder.
func temporaryDirectory() throws -> URL { try TemporaryFolders.make("engine") }

/// A folder `rules` in `folder` holding one rule file, `name`, with `yaml` in it.
func ruleFolder(in folder: URL, _ name: String, _ yaml: String) throws -> URL {
  let rules = folder.appendingPathComponent("rules")
  try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
  try Data(yaml.utf8).write(to: rules.appendingPathComponent(name))
  return rules
}

/// The lines of a text file.
func lines(of url: URL) throws -> [String] {
  try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
}

/// What `samples/labels.json` says was planted in the samples.
struct SampleLabels: Decodable {
  struct Value: Decodable {
    var file: String
    var value: String
    var entity: String?
    var kind: String?
  }
  var pii: [Value]
  var lookalikes: [Value]

  static func load() throws -> SampleLabels {
    try JSONDecoder().decode(SampleLabels.self, from: Data(contentsOf: URL(fileURLWithPath: sample("labels.json"))))
  }
}
