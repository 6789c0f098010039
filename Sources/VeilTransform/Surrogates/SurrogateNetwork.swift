extension Surrogates {
  /// An address from the documentation ranges: IPv4 → 192.0.2.x / 198.51.100.x / 203.0.113.x (RFC 5737, x in
  /// 1…254); IPv6 → 2001:db8::/32 (RFC 3849) with random groups; a CIDR suffix, brackets and a zone are kept.
  ///
  /// IPv6 keeps its written layout: an uncompressed address stays eight groups, a compressed one keeps its `::`
  /// (the first two groups become `2001:db8`, which may add a group before the `::`; leading groups after the `::`
  /// are dropped if the address would otherwise have eight), zero groups stay zero, other groups keep their width,
  /// an embedded IPv4 tail becomes a documentation IPv4 address, and the letters keep the original's case. Text
  /// that is not an address gets a same-shape fallback (hex digits stay hex digits when it has a colon).
  public static func ipAddress(_ original: String, _ random: inout SurrogateRandom) -> String {
    let bytes = SurrogateText.units(original)
    var end = bytes.count
    var suffix: ArraySlice<UInt8> = []
    if let slash = bytes.lastIndex(of: 0x2F), slash + 1 < bytes.count, bytes[(slash + 1)...].allSatisfy(ASCII.isDigit) {
      suffix = bytes[slash...]
      end = slash
    }
    var start = 0
    var bracketed = false
    if end - start >= 2, bytes[start] == 0x5B, bytes[end - 1] == 0x5D {
      bracketed = true
      start += 1
      end -= 1
    }
    let address = bytes[start..<end]
    var result: [UInt8]
    if address.contains(0x3A) {
      result = NetworkShapes.ipv6(address, &random) ?? NetworkShapes.hexShape(address, &random)
    } else if NetworkShapes.isIPv4(address) {
      result = NetworkShapes.ipv4(&random)
    } else {
      result = Array(address)
      shape(&result, result.indices, &random)
    }
    if bracketed { result = [0x5B] + result + [0x5D] }
    return SurrogateText.string(result + suffix)
  }

  /// A URL with its host replaced by a reserved one, scheme, port and shapes kept.
  ///
  /// Host: `www.` is kept if present, then one of `example.com`, `example.org`, `example.net`, `<word>.example` or
  /// `<word>.example.com` (20 words) from the stream; an IP host becomes a documentation address (`ipAddress`);
  /// `localhost` is kept. The port is kept as written (a port names a service, not a person). User info, path
  /// letters and digits become same-class characters with separators kept, except that the last segment's file
  /// extension (1–5 letters or digits after the final dot, as in `.html`) is kept. Query keys are kept and values
  /// get the same shape; the fragment gets the same shape. A percent-escape becomes the escape of a random letter.
  /// `mailto:` URLs get an `email` surrogate.
  public static func url(_ original: String, _ random: inout SurrogateRandom) -> String {
    let bytes = SurrogateText.units(original)
    var index = 0
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 8)
    if let schemeEnd = NetworkShapes.schemeEnd(bytes) {
      let scheme = bytes[..<schemeEnd]
      if scheme.map(ASCII.lowercased) == ASCII.bytes("mailto") {
        let address = SurrogateText.string(bytes[(schemeEnd + 1)...])
        return SurrogateText.string(scheme) + ":" + email(address, localPart: [], &random)
      }
      guard schemeEnd + 2 < bytes.count, bytes[schemeEnd + 1] == 0x2F, bytes[schemeEnd + 2] == 0x2F else {
        // A scheme without an authority (`urn:`, `tel:`): keep the scheme, shape the rest.
        return SurrogateText.string(scheme + NetworkShapes.shapeComponent(bytes[schemeEnd...], &random))
      }
      result += bytes[..<(schemeEnd + 3)]
      index = schemeEnd + 3
    }
    var authorityEnd = index
    while authorityEnd < bytes.count, ![0x2F, 0x3F, 0x23].contains(bytes[authorityEnd]) { authorityEnd += 1 }
    var authority = bytes[index..<authorityEnd]
    if let at = authority.lastIndex(of: 0x40) {
      result += NetworkShapes.shapeComponent(authority[..<at], &random) + [0x40]
      authority = authority[(at + 1)...]
    }
    result += NetworkShapes.hostAndPort(authority, &random)
    var pathEnd = authorityEnd
    while pathEnd < bytes.count, bytes[pathEnd] != 0x3F, bytes[pathEnd] != 0x23 { pathEnd += 1 }
    result += NetworkShapes.shapePath(bytes[authorityEnd..<pathEnd], &random)
    var rest = pathEnd
    if rest < bytes.count, bytes[rest] == 0x3F {
      var queryEnd = rest + 1
      while queryEnd < bytes.count, bytes[queryEnd] != 0x23 { queryEnd += 1 }
      result += [0x3F] + NetworkShapes.shapeQuery(bytes[(rest + 1)..<queryEnd], &random)
      rest = queryEnd
    }
    if rest < bytes.count {
      result += [0x23] + NetworkShapes.shapeComponent(bytes[(rest + 1)...], &random)
    }
    return SurrogateText.string(result)
  }

  /// A MAC address with the locally administered bit set (second hex digit 2, 6, A or E), same separators and case.
  ///
  /// The group bit stays clear (a unicast address). Letters are uppercase when the original has an uppercase hex
  /// letter, else lowercase. Text with other than 12 hex digits gets a same-shape hex fallback.
  public static func macAddress(_ original: String, _ random: inout SurrogateRandom) -> String {
    var bytes = SurrogateText.units(original)
    let slots = bytes.indices.filter { ASCII.hexValue(bytes[$0]) != nil }
    guard slots.count == 12 else { return SurrogateText.string(NetworkShapes.hexShape(bytes[...], &random)) }
    let uppercase = bytes.contains(where: ASCII.isUpperHex)
    for (position, slot) in slots.enumerated() {
      if position == 1 {
        let value: UInt8 = [0x2, 0x6, 0xA, 0xE][random.next(below: 4)]
        bytes[slot] = ASCII.hex(value, uppercase: uppercase)
      } else {
        bytes[slot] = random.hexDigit(uppercase: uppercase)
      }
    }
    return SurrogateText.string(bytes)
  }
}

/// Helpers for the network-shaped generators, on ASCII bytes.
enum NetworkShapes {
  /// The RFC 5737 documentation networks.
  static let ipv4Blocks = [ASCII.bytes("192.0.2."), ASCII.bytes("198.51.100."), ASCII.bytes("203.0.113.")]

  /// Words for `<word>.example` hosts.
  static let hostWords = [
    "alder", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "indigo", "juniper",
    "kestrel", "lumen", "maple", "north", "orchid", "pebble", "quartz", "raven", "summit", "willow",
  ]

  /// A random documentation IPv4 address.
  static func ipv4(_ random: inout SurrogateRandom) -> [UInt8] {
    random.element(of: ipv4Blocks) + Array(String(1 + random.next(below: 254)).utf8)
  }

  /// Whether the bytes are four dot-separated decimal numbers of one to three digits.
  static func isIPv4(_ text: ArraySlice<UInt8>) -> Bool {
    var parts = 0
    var length = 0
    for byte in text {
      if ASCII.isDigit(byte) {
        length += 1
        if length > 3 { return false }
      } else if byte == 0x2E, length > 0 {
        parts += 1
        length = 0
      } else {
        return false
      }
    }
    return parts == 3 && length > 0
  }

  /// An IPv6 surrogate in 2001:db8::/32 keeping the written layout, or nil when the bytes are not IPv6.
  static func ipv6(_ text: ArraySlice<UInt8>, _ random: inout SurrogateRandom) -> [UInt8]? {
    var body = text
    var zone: ArraySlice<UInt8> = []
    if let percent = body.firstIndex(of: 0x25) {
      zone = body[percent...]
      body = body[..<percent]
    }
    let uppercase = body.contains(where: ASCII.isUpperHex)
    var head = body
    var tail: ArraySlice<UInt8>?
    var index = body.startIndex
    while index + 1 < body.endIndex {
      if body[index] == 0x3A, body[index + 1] == 0x3A {
        head = body[..<index]
        tail = body[(index + 2)...]
        break
      }
      index += 1
    }
    guard let headGroups = groups(head) else { return nil }
    let prefix = uppercase ? ASCII.bytes("2001:DB8") : ASCII.bytes("2001:db8")
    var result = prefix
    for group in headGroups.dropFirst(2) { result += [0x3A] + replace(group, uppercase: uppercase, &random) }
    guard let tail else {
      return width(headGroups) == 8 && !headGroups.isEmpty ? result + zone : nil
    }
    guard let tailGroups = groups(tail), !headGroups.contains(where: { $0.contains(0x2E) }),
      width(headGroups) + width(tailGroups) <= 7
    else { return nil }
    // `2001:db8` may lengthen a short head; drop leading tail groups so that `::` still stands for a zero group.
    let headWidth = max(2, headGroups.count)
    var kept = tailGroups[...]
    while headWidth + width(Array(kept)) > 7, !kept.isEmpty { kept = kept.dropFirst() }
    result += [0x3A, 0x3A]
    for (offset, group) in kept.enumerated() {
      if offset > 0 { result.append(0x3A) }
      result += replace(group, uppercase: uppercase, &random)
    }
    return result + zone
  }

  /// The colon-separated groups of an IPv6 half (hex groups of 1–4 digits, a dotted IPv4 last), or nil.
  private static func groups(_ part: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
    if part.isEmpty { return [] }
    let pieces = part.split(separator: 0x3A, omittingEmptySubsequences: false)
    for (offset, piece) in pieces.enumerated() {
      if offset == pieces.count - 1, piece.contains(0x2E) {
        guard isIPv4(piece) else { return nil }
        continue
      }
      guard (1...4).contains(piece.count), piece.allSatisfy({ ASCII.hexValue($0) != nil }) else { return nil }
    }
    return pieces
  }

  /// The number of 16-bit groups written (an IPv4 tail counts two).
  private static func width(_ pieces: [ArraySlice<UInt8>]) -> Int {
    pieces.reduce(0) { $0 + ($1.contains(0x2E) ? 2 : 1) }
  }

  /// A random group of the same width (first digit 1-f when several), zero groups kept, IPv4 tails replaced.
  private static func replace(_ piece: ArraySlice<UInt8>, uppercase: Bool, _ random: inout SurrogateRandom)
    -> [UInt8]
  {
    if piece.contains(0x2E) { return ipv4(&random) }
    if piece.allSatisfy({ $0 == 0x30 }) { return Array(piece) }
    if piece.count == 1 { return [random.hexDigit(uppercase: uppercase)] }
    var group = [ASCII.hex(UInt8(1 + random.next(below: 15)), uppercase: uppercase)]
    for _ in 1..<piece.count { group.append(random.hexDigit(uppercase: uppercase)) }
    return group
  }

  /// Hex digits replaced by random hex digits of the same case; other bytes as in `sameShape`.
  static func hexShape(_ text: ArraySlice<UInt8>, _ random: inout SurrogateRandom) -> [UInt8] {
    text.map { byte in
      ASCII.hexValue(byte) != nil
        ? random.hexDigit(uppercase: ASCII.isUpper(byte)) : Surrogates.shapeByte(byte, &random)
    }
  }

  /// The index of the `:` ending a URL scheme (`[A-Za-z][A-Za-z0-9+.-]*:`), or nil.
  static func schemeEnd(_ bytes: [UInt8]) -> Int? {
    guard let first = bytes.first, ASCII.isLetter(first) else { return nil }
    var index = 1
    while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || [0x2B, 0x2D, 0x2E].contains(bytes[index]) {
      index += 1
    }
    guard index < bytes.count, bytes[index] == 0x3A else { return nil }
    // "host:8080/…" has digits after the colon: a port, not a scheme.
    if index + 1 < bytes.count, ASCII.isDigit(bytes[index + 1]) { return nil }
    return index
  }

  /// The surrogate host and the kept port of a URL authority (user info removed).
  static func hostAndPort(_ authority: ArraySlice<UInt8>, _ random: inout SurrogateRandom) -> [UInt8] {
    guard !authority.isEmpty else { return [] }
    var host = authority
    var port: ArraySlice<UInt8> = []
    if host.first == 0x5B, let close = host.firstIndex(of: 0x5D) {
      let literal = host[(host.startIndex + 1)..<close]
      let replaced = ipv6(literal, &random) ?? hexShape(literal, &random)
      return [0x5B] + replaced + host[close...]
    }
    if let colon = host.lastIndex(of: 0x3A), host[(colon + 1)...].allSatisfy(ASCII.isDigit) {
      port = host[colon...]
      host = host[..<colon]
    }
    if isIPv4(host) { return ipv4(&random) + port }
    if host.isEmpty || host.map(ASCII.lowercased) == ASCII.bytes("localhost") { return Array(host) + port }
    let www = host.count > 4 && host.prefix(4).map(ASCII.lowercased) == ASCII.bytes("www.") ? Array(host.prefix(4)) : []
    let choice = random.next(below: 3 + 2 * hostWords.count)
    var base: String
    switch choice {
    case 0: base = "example.com"
    case 1: base = "example.org"
    case 2: base = "example.net"
    case 3..<(3 + hostWords.count): base = hostWords[choice - 3] + ".example"
    default: base = hostWords[choice - 3 - hostWords.count] + ".example.com"
    }
    if ASCII.isAllUpper(host) { base = base.uppercased() }
    return www + Array(base.utf8) + port
  }

  /// A path with letters and digits replaced, separators and the last segment's file extension kept.
  static func shapePath(_ path: ArraySlice<UInt8>, _ random: inout SurrogateRandom) -> [UInt8] {
    var keepFrom = path.endIndex
    if let slash = path.lastIndex(of: 0x2F), let dot = path.lastIndex(of: 0x2E), dot > slash + 1 {
      let suffix = path[(dot + 1)...]
      if (1...5).contains(suffix.count), suffix.allSatisfy(ASCII.isAlphanumeric) { keepFrom = dot }
    }
    return shapeComponent(path[..<keepFrom], &random) + path[keepFrom...]
  }

  /// A query with keys kept and values shaped.
  static func shapeQuery(_ query: ArraySlice<UInt8>, _ random: inout SurrogateRandom) -> [UInt8] {
    var result: [UInt8] = []
    var start = query.startIndex
    while start <= query.endIndex {
      var end = start
      while end < query.endIndex, query[end] != 0x26, query[end] != 0x3B { end += 1 }
      let pair = query[start..<end]
      if let equals = pair.firstIndex(of: 0x3D) {
        result += pair[...equals] + shapeComponent(pair[(equals + 1)...], &random)
      } else {
        result += shapeComponent(pair, &random)
      }
      if end < query.endIndex { result.append(query[end]) }
      start = end + 1
    }
    return result
  }

  /// Same shape for a URL component, a percent-escape becoming the escape of a random lowercase letter.
  static func shapeComponent(_ text: ArraySlice<UInt8>, _ random: inout SurrogateRandom) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      if byte == 0x25, index + 2 < text.endIndex, ASCII.hexValue(text[index + 1]) != nil,
        ASCII.hexValue(text[index + 2]) != nil
      {
        // Uppercase unless the escape was written with lowercase letters.
        let uppercase = !(ASCII.isLower(text[index + 1]) || ASCII.isLower(text[index + 2]))
        let letter = UInt8(0x61 + random.next(below: 26))
        result += [0x25, ASCII.hex(letter >> 4, uppercase: uppercase), ASCII.hex(letter & 0xF, uppercase: uppercase)]
        index += 3
      } else {
        result.append(Surrogates.shapeByte(byte, &random))
        index += 1
      }
    }
    return result
  }
}
