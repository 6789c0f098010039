// swift-tools-version:6.0
import PackageDescription

// The pipeline, as targets (arrows point at the abstractions):
//
//   veil (exe) ─▶ VeilCLI ─▶ VeilEngine ─▶ VeilRules ─▶ VeilDetection ─▶ PCRE2 ─▶ CPCRE2
//                                     │           └──▶ VeilTransform        (C behind one wrapper)
//                                     └──▶ VeilIO ─▶ CZlib
//   everything ─▶ VeilCore (values and protocols; imports nothing)
let package = Package(
  name: "Veil",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "veil", targets: ["veil"]),
    .library(name: "VeilEngine", targets: ["VeilEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    // C libraries, each behind exactly one Swift wrapper.
    .systemLibrary(
      name: "CPCRE2", pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(name: "PCRE2", dependencies: ["CPCRE2"]),

    // The vocabulary shared by every stage.
    .target(name: "VeilCore"),

    // Stages.
    .target(name: "VeilIO", dependencies: ["VeilCore", "CZlib"]),
    .target(
      name: "VeilDetection",
      dependencies: ["VeilCore", "PCRE2", .product(name: "Crypto", package: "swift-crypto")]),
    .target(name: "VeilPrivacy"),
    .target(
      name: "VeilTransform",
      dependencies: ["VeilCore", .product(name: "Crypto", package: "swift-crypto")]),

    // Rules are data: the YAML reader and the shipped rule files (top-level rules/).
    .target(
      name: "VeilBuiltInRules", path: "rules",
      exclude: ["README.md"],
      resources: [.copy("recognizers"), .copy("dictionaries")]),
    .target(
      name: "VeilRules",
      dependencies: [
        "VeilCore", "VeilDetection", "VeilTransform", "VeilBuiltInRules",
        .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
      ]),

    // The API the CLI calls.
    .target(
      name: "VeilEngine",
      dependencies: [
        "VeilCore", "VeilIO", "VeilDetection", "VeilTransform", "VeilRules", "VeilPrivacy",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "VeilCLI",
      dependencies: [
        "VeilEngine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "veil", dependencies: ["VeilCLI"]),

    // Tests: one target per source target, and the folders they write to (removed when the tests end).
    .target(name: "VeilTestSupport", path: "Tests/VeilTestSupport"),
    .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
    .testTarget(name: "VeilIOTests", dependencies: ["VeilIO", "VeilCore", "VeilTestSupport"]),
    .testTarget(name: "VeilDetectionTests", dependencies: ["VeilDetection", "VeilCore"]),
    .testTarget(name: "VeilTransformTests", dependencies: ["VeilTransform", "VeilCore"]),
    .testTarget(name: "VeilRulesTests", dependencies: ["VeilRules", "VeilDetection", "VeilCore", "VeilTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "VeilEngineTests", dependencies: ["VeilEngine", "VeilIO", "VeilCore", "VeilTestSupport"]),
    .testTarget(name: "VeilCLITests", dependencies: ["VeilCLI", "veil", "VeilTestSupport"]),
    .testTarget(name: "VeilPrivacyTests", dependencies: ["VeilPrivacy", "VeilTestSupport"], exclude: ["Fixtures"]),
  ]
)
