import Foundation

/// Runs `veil kanon`: counts the quasi-identifiers of `input`, finds the optimal
/// generalization, writes the anonymized table to `output` (when given) and reports.
///
/// The input is read twice (counting, then rewriting), so only counts are held in memory.
/// The output keeps the header, the column order and the delimiter; released rows get their
/// quasi-identifiers generalized, suppressed rows get every quasi-identifier `*` (or are
/// dropped with `dropSuppressed`).
public func runKAnonymity(input: URL, output: URL?, options: KAnonymityOptions) throws -> KAnonymityReport {
  try options.validate()
  let reader = try CSVReader(contentsOf: input, delimiter: options.delimiter)
  let layout = try TableLayout(reader: reader, options: options)
  let counter = try countRecords(reader: reader, layout: layout)
  let hierarchies = try buildHierarchies(counter: counter, options: options)
  let problem = try GeneralizationProblem(counter: counter, hierarchies: hierarchies)
  let result = try problem.search(model: options.model)
  let plan = ReleasePlan(problem: problem, levels: result.best.levels, model: options.model)
  var written: Int?
  if let output {
    written = try writeOutput(reader: reader, layout: layout, plan: plan, to: output, options: options)
  }
  return makeReport(problem: problem, result: result, plan: plan, options: options, outputRows: written)
}

/// Column positions of the quasi-identifiers and the sensitive attribute in the header.
struct TableLayout {
  let header: [String]
  let qiColumns: [Int]
  let sensitiveColumn: Int?

  init(reader: CSVReader, options: KAnonymityOptions) throws {
    var iterator = reader.makeIterator()
    guard let header = try iterator.nextRecord()?.fields else {
      throw KAnonymityError.malformedCSV(path: reader.source, line: 1, message: "the file is empty (no header)")
    }
    func column(_ name: String) throws -> Int {
      guard let index = header.firstIndex(of: name) else {
        throw KAnonymityError.missingColumn(path: reader.source, column: name)
      }
      return index
    }
    self.header = header
    qiColumns = try options.quasiIdentifiers.map { try column($0.name) }
    sensitiveColumn = try options.sensitive.map(column)
  }
}

private func checkWidth(_ record: CSVRecord, layout: TableLayout, source: String) throws {
  guard record.fields.count == layout.header.count else {
    throw KAnonymityError.malformedCSV(
      path: source, line: record.line,
      message: "expected \(layout.header.count) fields like the header, found \(record.fields.count)")
  }
}

private func countRecords(reader: CSVReader, layout: TableLayout) throws -> ClassCounter {
  var counter = ClassCounter(
    columns: layout.qiColumns.map { layout.header[$0] }, tracksSensitive: layout.sensitiveColumn != nil)
  var iterator = reader.makeIterator()
  _ = try iterator.nextRecord()
  while let record = try iterator.nextRecord() {
    try checkWidth(record, layout: layout, source: reader.source)
    let values = layout.qiColumns.map { record.fields[$0] }
    counter.add(values, sensitive: layout.sensitiveColumn.map { record.fields[$0] }, line: record.line)
  }
  return counter
}

private func buildHierarchies(counter: ClassCounter, options: KAnonymityOptions) throws -> [Hierarchy] {
  try options.quasiIdentifiers.enumerated().map { index, qi in
    let dictionary = counter.dictionaries[index]
    do {
      return try qi.hierarchy.build(values: dictionary.values, hierarchyDelimiter: options.hierarchyDelimiter)
    } catch KAnonymityError.invalidValue(_, _, let value, let reason) {
      let line = dictionary.id(of: value).map { dictionary.firstLines[Int($0)] }
      throw KAnonymityError.invalidValue(column: qi.name, line: line, value: value, reason: reason)
    }
  }
}

private func writeOutput(
  reader: CSVReader, layout: TableLayout, plan: ReleasePlan, to url: URL, options: KAnonymityOptions
) throws -> Int {
  var iterator = reader.makeIterator()
  _ = try iterator.nextRecord()
  let writer = try CSVWriter(url: url, delimiter: options.delimiter, crlf: iterator.sawCRLF)
  try writer.write(layout.header)
  var rows = 0
  while let record = try iterator.nextRecord() {
    try checkWidth(record, layout: layout, source: reader.source)
    var fields = record.fields
    if let generalized = plan.generalize(layout.qiColumns.map { fields[$0] }) {
      for (position, column) in layout.qiColumns.enumerated() { fields[column] = generalized[position] }
    } else {
      if options.dropSuppressed { continue }
      for column in layout.qiColumns { fields[column] = "*" }
    }
    try writer.write(fields)
    rows += 1
  }
  try writer.close()
  return rows
}

private func makeReport(
  problem: GeneralizationProblem, result: SearchResult, plan: ReleasePlan, options: KAnonymityOptions,
  outputRows: Int?
) -> KAnonymityReport {
  let best = result.best
  let names = problem.columns
  let released = plan.releasedSizes.reduce(0, +)
  let minClass = plan.releasedSizes.first ?? 0
  return KAnonymityReport(
    k: options.k, requiredL: options.lDiversity, suppressionLimit: options.suppressionLimit,
    metric: options.metric, records: problem.records, quasiIdentifiers: names,
    levels: Dictionary(uniqueKeysWithValues: zip(names, best.levels)),
    heights: Dictionary(uniqueKeysWithValues: zip(names, problem.heights)),
    suppressed: plan.suppressed, classes: plan.releasedSizes.count, minClassSize: minClass,
    maxRisk: minClass > 0 ? 1 / Double(minClass) : 0,
    avgClassSize: plan.releasedSizes.isEmpty ? 0 : Double(released) / Double(plan.releasedSizes.count),
    dm: best.discernibility, precisionLoss: best.precisionLoss, lDiversity: plan.lDiversity,
    classSizeHistogram: ClassSizeBucket.histogram(plan.releasedSizes),
    searchMs: result.seconds * 1000, nodesChecked: result.nodesChecked, latticeSize: result.latticeSize,
    outputRows: outputRows)
}
