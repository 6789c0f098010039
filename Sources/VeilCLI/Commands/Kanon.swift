import ArgumentParser
import Foundation
import VeilEngine

extension Veil {
  /// `veil kanon`: k-anonymize the quasi-identifiers of a CSV table.
  struct Kanon: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make a CSV table k-anonymous in its quasi-identifiers, with the optimal full-domain generalization.",
      discussion: """
        Each --qi names a column and its hierarchy: an ARX hierarchy CSV (one row per value, \\
        column i = level i, top '*'), interval:W1,W2,... (bands of these widths per level), date \\
        (day, month, year, *) or mask (one more trailing character masked per level). \\
        Classes smaller than k are suppressed (their QIs become '*', or the rows are dropped \\
        with --drop-suppressed) as long as at most --suppression-limit of the rows are.

        Example (UCI Adult): veil kanon adult.csv --delimiter ';' --k 5 \\
        --qi age=adult_hierarchy_age.csv --qi sex=adult_hierarchy_sex.csv --out adult-5.csv
        """)

    @Argument(help: ArgumentHelp("The CSV table (with a header row).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The field delimiter: one character, or 'tab'.", valueName: "char"))
    var delimiter: String = ","

    @Option(name: .customLong("qi"), help: ArgumentHelp("A quasi-identifier: NAME=HIERARCHY.csv, NAME=interval:5,10,20, NAME=date or NAME=mask (repeatable).", valueName: "spec"))
    var quasiIdentifiers: [String] = []

    @Option(help: ArgumentHelp("A sensitive column, for l-diversity.", valueName: "name"))
    var sensitive: String?

    @Option(help: ArgumentHelp("The smallest class size allowed.", valueName: "k"))
    var k: Int = 5

    @Option(help: ArgumentHelp("The largest share of rows that may be suppressed (0.05 = 5%).", valueName: "fraction"))
    var suppressionLimit: Double = 0

    @Option(help: ArgumentHelp("What to minimize: dm (discernibility) or precision (ARX precision loss).", valueName: "metric"))
    var metric: String = "dm"

    @Option(help: ArgumentHelp("Require at least L distinct sensitive values per class.", valueName: "l"))
    var lDiversity: Int?

    @Flag(help: "Drop suppressed rows instead of writing them with '*' quasi-identifiers.")
    var dropSuppressed = false

    @Option(help: ArgumentHelp("Write the anonymized table here.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("Write the JSON report here (default: standard output).", valueName: "file"))
    var report: String?

    func validate() throws {
      if quasiIdentifiers.isEmpty { throw ValidationError("name at least one --qi NAME=HIERARCHY") }
      if k < 1 { throw ValidationError("--k must be at least 1") }
      if !(0...1).contains(suppressionLimit) { throw ValidationError("--suppression-limit must be between 0 and 1") }
      if !["dm", "precision"].contains(metric) { throw ValidationError("--metric must be dm or precision") }
      if delimiter != "tab" && delimiter.utf8.count != 1 { throw ValidationError("--delimiter must be one character or 'tab'") }
    }

    func run() throws {
      let result = try reportingErrors {
        let options = KAnonymityOptions(
          k: k, suppressionLimit: suppressionLimit, metric: metric == "dm" ? .discernibility : .precision,
          lDiversity: lDiversity, sensitive: sensitive,
          delimiter: delimiter == "tab" ? UInt8(ascii: "\t") : delimiter.utf8.first ?? UInt8(ascii: ","),
          dropSuppressed: dropSuppressed, quasiIdentifiers: try quasiIdentifiers.map(QuasiIdentifier.parse))
        return try runKAnonymity(input: URL(fileURLWithPath: file), output: out.map { URL(fileURLWithPath: $0) }, options: options)
      }
      let json = try reportingErrors { try result.jsonData(pretty: true) }
      if let report {
        try reportingErrors { try json.write(to: URL(fileURLWithPath: report)) }
        let levels = result.levels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        printError(
          "veil: k=\(k) with levels \(levels): \(result.suppressed) of \(result.records) rows suppressed, "
            + "\(result.classes) classes, smallest \(result.minClassSize), search \(String(format: "%.1f", result.searchMs)) ms")
      } else {
        print(String(decoding: json, as: UTF8.self))
      }
    }
  }
}
