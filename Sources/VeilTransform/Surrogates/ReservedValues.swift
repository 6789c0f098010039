import VeilCore

/// Values that cannot be anyone's personal data because they come from ranges reserved for
/// documentation and fiction: the ranges Veil's own pseudonyms are drawn from.
///
/// `veil gate` re-scans released text; a finding whose text is reserved is Veil's own surrogate
/// (or a textbook example), not a leak. The rule is deliberately narrow: only ranges that no real
/// person can own count, so a real value that slipped through is never excused.
/// - Emails: a domain `example.com`, `example.org`, `example.net` (or a subdomain of one), or a
///   top-level domain `.example`, `.test`, `.invalid`, `.localhost` (RFC 2606).
/// - URLs: a host of the same kind, or a documentation IP address.
/// - IP addresses: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737), 2001:db8::/32 (RFC 3849).
/// - Phone numbers: NANP 555-0100…0199; Ofcom drama ranges (UK); ACMA fiction numbers (AU); ARCEP
///   fiction roots (FR): the ranges of `Surrogates.phone`.
/// - Card numbers: Luhn-valid numbers under the public test BINs of `Surrogates.creditCard`.
///
/// Pseudonyms that look real by design (names, same-shape domains, shifted dates) are not
/// reserved: nothing in the text tells them from real values.
public enum ReservedValues {
  /// Whether `text`, found as `entity`, lies in a reserved range.
  public static func contains(_ text: String, as entity: EntityType) -> Bool {
    switch entity {
    case .emailAddress: return isReservedEmail(text)
    case .url: return isReservedURL(text)
    case .ipAddress: return isDocumentationAddress(text)
    case .phoneNumber: return isFictionalPhone(text)
    case .creditCard: return isTestCard(text)
    default: return false
    }
  }

  /// Whether `host` is a reserved domain name (RFC 2606).
  public static func isReservedHost(_ host: String) -> Bool {
    let host = host.lowercased().trimmingSuffix(".")
    for domain in ["example.com", "example.org", "example.net"] where host == domain || host.hasSuffix("." + domain) {
      return true
    }
    guard let tld = host.split(separator: ".").last else { return false }
    return ["example", "test", "invalid", "localhost"].contains(String(tld))
  }

  static func isReservedEmail(_ text: String) -> Bool {
    guard let at = text.lastIndex(of: "@") else { return false }
    return isReservedHost(String(text[text.index(after: at)...]))
  }

  static func isReservedURL(_ text: String) -> Bool {
    var rest = Substring(text)
    if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://") { rest = rest[rest.index(colon, offsetBy: 3)...] }
    if let end = rest.firstIndex(where: { "/?#".contains($0) }) { rest = rest[..<end] }
    if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
      return isDocumentationAddress(String(rest[rest.index(after: rest.startIndex)..<close]))
    }
    if let colon = rest.lastIndex(of: ":") { rest = rest[..<colon] }
    return isReservedHost(String(rest)) || isDocumentationAddress(String(rest))
  }

  /// Whether `text` is an address in a documentation range (a CIDR suffix, brackets and a zone allowed).
  public static func isDocumentationAddress(_ text: String) -> Bool {
    var address = text.trimming("[]")
    if let cut = address.firstIndex(where: { $0 == "/" || $0 == "%" }) { address = String(address[..<cut]) }
    if address.contains(":") {
      let groups = address.lowercased().split(separator: ":", omittingEmptySubsequences: false)
      return groups.count >= 3 && groups[0] == "2001" && groups[1] == "db8"
    }
    let octets = address.split(separator: ".").compactMap { UInt8($0) }
    guard octets.count == 4 else { return false }
    return octets.starts(with: [192, 0, 2]) || octets.starts(with: [198, 51, 100]) || octets.starts(with: [203, 0, 113])
  }

  /// Whether the number lies in a range reserved for fiction (NANP, UK, AU, FR).
  public static func isFictionalPhone(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let main = bytes[..<PhonePlan.extensionStart(bytes)]
    var digits = main.filter(ASCII.isDigit).map { $0 - 0x30 }
    if digits.starts(with: [0, 0]) { digits.removeFirst(2) }
    var candidates = [digits]
    for code in [[1], [4, 4], [6, 1], [3, 3]] as [[UInt8]] where digits.starts(with: code) {
      candidates.append(Array(digits.dropFirst(code.count)))
    }
    for candidate in candidates where candidate.first == 0 { candidates.append(Array(candidate.dropFirst())) }
    return candidates.contains(where: isFictionalNationalNumber)
  }

  private static func isFictionalNationalNumber(_ nsn: [UInt8]) -> Bool {
    if nsn.count == 10, nsn[3..<8].elementsEqual([5, 5, 5, 0, 1]) { return true }  // NANP 555-01XX
    if nsn.count == 7, nsn.starts(with: [5, 5, 5, 0, 1]) { return true }
    if nsn.count == 10 {
      let uk: [[UInt8]] = [
        [7, 7, 0, 0, 9, 0, 0], [2, 8, 9, 0, 1, 8, 0], [2, 9, 2, 0, 1, 8, 0], [2, 0, 7, 9, 4, 6, 0], [3, 0, 6, 9, 9, 9, 0],
        [8, 0, 8, 1, 5, 7, 0], [9, 0, 9, 8, 7, 9, 0],
      ] + PhonePlan.ukGeographic
      if uk.contains(where: { nsn.starts(with: $0) }) { return true }
      if PhonePlan.auFreecall.contains(nsn) || PhonePlan.auLocalRate.contains(nsn) { return true }
    }
    if nsn.count == 9 {
      if PhonePlan.auMobiles.contains(nsn) { return true }
      if [2, 3, 7, 8].contains(nsn[0]), nsn[1..<5].elementsEqual([5, 5, 5, 0]) || nsn[1..<5].elementsEqual([7, 0, 1, 0]) {
        return true
      }
      if let root = PhonePlan.frenchRoots[nsn[0]], nsn[1..<5].elementsEqual(root) { return true }
    }
    return false
  }

  /// The public test BINs that card surrogates start with.
  static let testBINs: [[UInt8]] = [
    [3, 7, 8, 2, 8, 2], [4, 1, 1, 1, 1, 1], [5, 5, 5, 5, 5, 5], [2, 2, 2, 3, 0, 0], [6, 0, 1, 1, 1, 1], [3, 5, 3, 0, 1, 1],
    [3, 0, 5, 6, 9, 3], [6, 3, 0, 4, 0, 0], [6, 2, 0, 0, 0, 0],
  ]

  /// Whether the number is Luhn-valid and starts with a public test BIN.
  public static func isTestCard(_ text: String) -> Bool {
    let digits = text.utf8.filter(ASCII.isDigit).map { $0 - 0x30 }
    guard digits.count >= 12, testBINs.contains(where: { digits.starts(with: $0) }) else { return false }
    return Luhn.checkDigit(for: Array(digits.dropLast())) == digits.last
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }

  fileprivate func trimming(_ set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
