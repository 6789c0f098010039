// swift-tools-version:6.0
import PackageDescription

// Benchmarks for Veil, kept in their own package so that the library carries no
// benchmark dependency. Run from this folder:
//   swift run -c release veil-bench --size-mb 200
//   swift run -c release kanon-bench ../../shared/kanon-data/adult
let package = Package(
  name: "VeilBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Veil", path: "..")],
  targets: [
    .executableTarget(
      name: "veil-bench",
      dependencies: [.product(name: "VeilEngine", package: "Veil")],
      path: "Sources/VeilBench"),
    .executableTarget(
      name: "kanon-bench",
      dependencies: [.product(name: "VeilEngine", package: "Veil")],
      path: "Sources/KanonBench"),
  ]
)
