import VeilCore

/// Checks the structure or check digits of a candidate match.
public protocol Validator: Sendable {
  /// Stable snake_case name used in rule files, e.g. "luhn".
  var name: String { get }
  /// Judges the matched UTF-8 bytes (they may contain separators such as spaces, dashes, dots; strip what the algorithm ignores).
  func validate(_ candidate: ArraySlice<UInt8>) -> ValidatorVerdict
}

/// The registry of every built-in validator, addressable by its rule-file name.
public enum ValidatorCatalog {
  /// Every built-in validator, in a stable order.
  public static let all: [any Validator] = [
    LuhnValidator(),
    IBANValidator(),
    USSSNValidator(),
    IPv4Validator(),
    IPv6Validator(),
    IPValidator(),
    DateValidator(),
    PhoneValidator(),
    MACValidator(),
    VerhoeffValidator(),
    UKNHSValidator(),
    ISO7064Mod11_10Validator(),
    ICAO9303Validator(),
    ESNIFValidator(),
    ESNIEValidator(),
    ITFiscalCodeValidator(),
    PLPESELValidator(),
    PLNIPValidator(),
    PLREGONValidator(),
    FIPersonalIdentityCodeValidator(),
    SEPersonnummerValidator(),
    SGNRICValidator(),
    AUABNValidator(),
    AUACNValidator(),
    AUTFNValidator(),
    AUMedicareValidator(),
    CASINValidator(),
    KRRRNValidator(),
    TRTCKNValidator(),
    THTNINValidator(),
    ZAIDValidator(),
    NGNINValidator(),
    INPANValidator(),
    INGSTINValidator(),
    USABARoutingValidator(),
    USNPIValidator(),
    USITINValidator(),
    UKNINOValidator(),
    BitcoinAddressValidator(),
    EthereumAddressValidator(),
    JWTValidator(),
    HighEntropyValidator(),
    VINValidator(),
    GeoCoordinatesValidator(),
    IMEIValidator(),
  ]

  private static let byName: [String: any Validator] = {
    var table: [String: any Validator] = [:]
    for validator in all {
      table[validator.name] = validator
    }
    return table
  }()

  /// Returns the validator registered under `name`, or nil when there is none.
  public static func named(_ name: String) -> (any Validator)? {
    byName[name]
  }
}
