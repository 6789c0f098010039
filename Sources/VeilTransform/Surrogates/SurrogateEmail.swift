extension Surrogates {
  /// An email at a reserved domain (example.com / example.org / example.net), local part built from the given name
  /// parts if any (e.g. `terry.dean`, `t.dean42`), else random letters; a `+tag` keeps its shape.
  ///
  /// With name parts (folded to ASCII: `José` → `jose`), the original's separator (`.`, `_`, `-`, or none) is used
  /// and one of three styles is drawn: `first.last`, `f.last`, `first.l` (a single name is used alone); as many
  /// random digits as the original local part ends with (up to four) follow. Without usable name parts, the local
  /// part gets `sameShape` in lowercase (eight random letters if it was empty). The domain is drawn uniformly from the
  /// three reserved ones. An original whose letters are all uppercase gives an uppercase surrogate.
  public static func email(_ original: String, localPart: [String], _ random: inout SurrogateRandom) -> String {
    let bytes = SurrogateText.units(original)
    let local = bytes[..<(bytes.lastIndex(of: 0x40) ?? bytes.endIndex)]
    var base = local
    var tag: ArraySlice<UInt8> = []
    var tagged = false
    if let plus = local.firstIndex(of: 0x2B) {
      base = local[..<plus]
      tag = local[(plus + 1)...]
      tagged = true
    }
    let names = localPart.map(SurrogateText.asciiFold).filter { !$0.isEmpty }
    var newBase: [UInt8]
    if names.isEmpty {
      newBase = base.map { ASCII.lowercased(Surrogates.shapeByte($0, &random)) }
      if newBase.isEmpty { newBase = (0..<8).map { _ in random.letter(uppercase: false) } }
    } else {
      let separator: [UInt8] = [0x2E, 0x5F, 0x2D].first { base.contains($0) }.map { [$0] } ?? []
      let first = Array(names[0].utf8)
      newBase = first
      if names.count > 1, let lastName = names.last {
        let last = Array(lastName.utf8)
        switch random.next(below: 3) {
        case 0: newBase = first + separator + last
        case 1: newBase = first.prefix(1) + separator + last
        default: newBase = first + separator + last.prefix(1)
        }
      }
      let trailingDigits = base.reversed().prefix(while: ASCII.isDigit).count
      if trailingDigits < base.count {
        for _ in 0..<min(4, trailingDigits) { newBase.append(random.digit()) }
      }
    }
    if tagged, !tag.isEmpty {
      newBase += [0x2B] + tag.map { ASCII.lowercased(Surrogates.shapeByte($0, &random)) }
    }
    let domain = random.element(of: ["example.com", "example.org", "example.net"])
    var result = newBase + [0x40] + Array(domain.utf8)
    if ASCII.isAllUpper(bytes) { result = result.map(ASCII.uppercased) }
    return SurrogateText.string(result)
  }
}
