import Foundation

/// The rule files shipped with Veil (this folder, copied into the build as resources).
public enum BuiltInRules {
  /// The folder holding the built-in recognizer files.
  public static var recognizersDirectory: URL? {
    Bundle.module.url(forResource: "recognizers", withExtension: nil)
  }

  /// The folder holding the built-in dictionaries.
  public static var dictionariesDirectory: URL? {
    Bundle.module.url(forResource: "dictionaries", withExtension: nil)
  }
}
