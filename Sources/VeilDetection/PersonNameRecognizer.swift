import VeilCore

/// Finds people's names by combining evidence, not by dictionary lookup alone.
///
/// Evidence for: a first-name hit, a surname hit, adjacent capitalized name tokens
/// ("Terry Dean"), initials ("J. Dean"), a title before ("Dr", "Mr."), a cue phrase
/// before ("my name is", "ask for", "regards,"). Evidence against: a word that is also
/// an ordinary word ("Will", "May", "Mark"), a capitalized word that only starts a
/// sentence, all-caps noise, an organization suffix after ("Dean Ltd"), a handle ("@dean").
/// Every finding lists the evidence that fired.
public struct PersonNameRecognizer: TokenRecognizer {
  /// The lexicons the recognizer draws on.
  public struct Lexicons: Sendable {
    /// Given names.
    public var firstNames: Gazetteer
    /// Family names.
    public var surnames: Gazetteer
    /// Honorifics (`Mr`, `Dr`, `Sra`).
    public var titles: Gazetteer
    /// Phrases that precede a name, as token keys (`["my", "name", "is"]`).
    public var cues: [[String]] { didSet { cuesByLastWord = Self.index(cues) } }
    /// The cues grouped by the key of their last word, longest first, so a lookup checks only the cues that can end here.
    private(set) var cuesByLastWord = TokenTable<[Cue]>()
    /// Ordinary words that are also names.
    public var commonWords: TokenSet
    /// The ordinary words that English capitalizes wherever they stand and that are no one's name there: languages,
    /// demonyms, faiths, holidays, star signs, weekdays and months ("German", "Christian", "Easter"). Their capital
    /// says nothing of a name.
    public var alwaysCapitalizedWords: TokenSet
    /// Ordinary words of other languages than English that are also names ("buena", "julio", "zona"): ordinary only
    /// in running text of another language.
    public var otherLanguageCommonWords: TokenSet
    /// Organization legal-form suffixes (`Inc`, `GmbH`).
    public var organizationSuffixes: Gazetteer
    /// Function words (`can`, `in`, `just`) that are never names on their own.
    public var stopwords: TokenSet
    /// Place names (cities): a lone one after a preposition of place is left to the place recognizers ("from Boston").
    public var places: Gazetteer
    /// Country names (`countries.txt`: name, code, usual English name): a country's English name alone is the
    /// country even before a verb people use ("Canada says"), unless it is a frequent given name too ("Georgia said").
    public var countries: Gazetteer
    /// First-level regions (`regions.txt`): a run that is a region's whole name of several words is that region ("North
    /// Carolina"), and a town or region before a comma and a region or country is a place ("Austin, Texas").
    public var regions: Gazetteer
    /// Frequent German nouns (`german-nouns.txt`: noun, frequencies, `name` when it is a name as well): German
    /// capitalizes them wherever they stand, so after a German article one that is no name is that noun ("eine Reise").
    public var germanNouns: Gazetteer
    /// English words, brands and chat spellings included (`english-words.txt`: word, Zipf frequency): a capitalized
    /// word no name list holds is a name on evidence only when it is none of them ("Dear Xiaoming,", not "Dear
    /// Landlord,").
    public var englishWords: Gazetteer

    /// Creates lexicons.
    public init(
      firstNames: Gazetteer, surnames: Gazetteer, titles: Gazetteer = Gazetteer(), cues: [[String]] = [],
      commonWords: TokenSet = [], alwaysCapitalizedWords: TokenSet = [], otherLanguageCommonWords: TokenSet = [],
      organizationSuffixes: Gazetteer = Gazetteer(), stopwords: TokenSet = [], places: Gazetteer = Gazetteer(),
      countries: Gazetteer = Gazetteer(), regions: Gazetteer = Gazetteer(), germanNouns: Gazetteer = Gazetteer(),
      englishWords: Gazetteer = Gazetteer()
    ) {
      self.stopwords = stopwords
      self.places = places
      self.countries = countries
      self.regions = regions
      self.germanNouns = germanNouns
      self.englishWords = englishWords
      self.cuesByLastWord = Self.index(cues)
      self.firstNames = firstNames
      self.surnames = surnames
      self.titles = titles
      self.cues = cues
      self.commonWords = commonWords
      self.alwaysCapitalizedWords = alwaysCapitalizedWords
      self.otherLanguageCommonWords = otherLanguageCommonWords
      self.organizationSuffixes = organizationSuffixes
    }

    /// Why a word of `common-words.txt` is ordinary (its last column) when English capitalizes it wherever it stands.
    public static let alwaysCapitalizedReasons: Set<String> = [
      "language", "demonym", "religion", "holiday", "zodiac", "weekday", "month",
    ]

    /// The entries of a common-words list whose reason is one of `alwaysCapitalizedReasons`.
    public static func alwaysCapitalized(in list: Gazetteer?) -> TokenSet {
      TokenSet(keys: (list?.entries ?? []).lazy.filter { alwaysCapitalizedReasons.contains($0.attributes.last ?? "") }
        .map { TokenKey($0.text) })
    }

    /// A cue phrase: its words and their lookup keys.
    struct Cue: Sendable {
      var words: [String]
      var keys: [TokenKey]
    }

    static func index(_ cues: [[String]]) -> TokenTable<[Cue]> {
      var byLast = TokenTable<[Cue]>()
      for cue in cues.sorted(by: { $0.count > $1.count }) {
        guard let last = cue.last else { continue }
        let entry = Cue(words: cue, keys: cue.map { TokenKey($0) })
        byLast.update(TokenKey(last)) { $0 = ($0 ?? []) + [entry] }
      }
      return byLast
    }
  }

  /// The recognizer's identifier.
  public var id: RecognizerID { store.id }
  /// The entity type reported (`PERSON`).
  public var entity: EntityType { store.entity }
  /// The lexicons.
  public var lexicons: Lexicons { store.lexicons }

  /// What the rule holds (its id, entity type and lexicons), behind one reference: the scorer's closures capture
  /// `self`, and copying a struct of a dozen tables and two strings would retain and release every one of them each
  /// time.
  private let store: Store

  private final class Store: Sendable {
    let id: RecognizerID
    let entity: EntityType
    let lexicons: Lexicons
    /// The entries of `lexicons.countries` that are a country's usual English name (its third column), worked out
    /// once: "Canada", "Hong Kong"; not "Kuba" or "EE.UU.".
    let englishCountryEntries: Set<Int>
    /// `lexicons.englishWords` as a set, and the frequent ones among them (Zipf >= `frequentWordZipf`: "estate",
    /// "sync", not "agi"), which a name in Title Case is seldom made of.
    let englishWords: TokenSet
    let frequentEnglishWords: TokenSet

    init(id: RecognizerID, entity: EntityType, lexicons: Lexicons) {
      self.id = id
      self.entity = entity
      self.lexicons = lexicons
      englishCountryEntries = Set(lexicons.countries.entries.indices.filter { index in
        let entry = lexicons.countries.entries[index]
        return entry.attributes.count >= 2 && entry.attributes[1].lowercased() == entry.text.lowercased()
      })
      englishWords = TokenSet(entriesOf: [lexicons.englishWords])
      frequentEnglishWords = TokenSet(keys: lexicons.englishWords.entries.lazy.filter { entry in
        entry.attributes.first.flatMap(Double.init).map { $0 >= PersonNameRecognizer.frequentWordZipf } ?? false
      }.map { TokenKey($0.text) })
    }
  }

  /// The entity types it reports: people, and firms named for their partners (`findPartnerFirms`).
  public var entities: Set<EntityType> { [entity, .organization] }

  /// Creates the recognizer.
  public init(id: RecognizerID = "person_names", entity: EntityType = .person, lexicons: Lexicons) {
    store = Store(id: id, entity: entity, lexicons: lexicons)
  }

  private static let di = TokenKey("di")
  private static let von = TokenKey("von")
  private static let dear = TokenKey("dear")
  private static let y = TokenKey("y")
  static let particles: TokenSet = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "el", "dos", "das", "ter"]

  /// Closed-class English words (prepositions, articles, pronouns, conjunctions, greetings) that are
  /// capitalized in titles and at sentence starts but are never part of a name ("Back To Canada", "In Estonia").
  static let functionWords: TokenSet = [
    "the", "to", "of", "and", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "over", "under", "about",
    "after", "before", "me", "my", "your", "our", "their", "his", "its", "we", "you", "they", "it", "is", "are", "was",
    "were", "be", "been", "this", "that", "these", "those", "not", "no", "or", "but", "if", "so", "as", "than", "then",
    "when", "where", "what", "who", "why", "how", "hi", "hello", "hey", "thanks", "please", "yes", "also", "just",
    "thank", "goodbye",
    "unlike", "like", "via", "during", "since", "until", "while", "although", "because", "there", "here",
    // Spanish, Portuguese, French, German, Italian prepositions and conjunctions ("Durante el ingreso", "Ante la sospecha").
    "ante", "durante", "tras", "según", "desde", "hasta", "para", "por", "con", "sin", "sobre", "entre", "hacia", "pero",
    "como", "cuando", "donde", "porque", "com", "depois", "antes", "sem", "dans", "pour", "avec", "sans", "sous", "chez",
    "pendant", "depuis", "mais", "selon", "mit", "für", "nach", "bei", "seit", "während", "über", "unter", "gegen", "ohne",
    "aber", "weil", "dopo", "prima", "senza", "presso",
    // "I" in German, Dutch and the Scandinavian languages ("Ich bin Anna": "bin" is also a particle of names).
    "ich", "ik", "jag", "jeg",
    // Pronoun contractions, one token each: "Hi, I'm Can Williams" starts the name after them.
    "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we're", "we’re", "you're", "you’re", "they're",
    "they’re", "it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "here’s", "let's", "let’s",
    "what's", "what’s", "he's", "he’s", "she's", "she’s", "who's", "who’s",
  ]

  /// Cues that name whoever follows ("my name is", "everyone calls me"): after them even a lowercase word that no
  /// list knows is a name ("my name is borna"), unless it is an ordinary word ("my name is not important").
  /// Not "call me": "you can call me anytime".
  static let namingCues = TokenSet(ownNamePhrases + ["name is", "name's", "name :"])

  /// The naming cues that give a person's own name ("my name is", "her maiden name is"), not a thing's ("the file
  /// name is Report"): after them a capitalized ordinary word is the name ("my name is Will").
  static let ownNameCues = TokenSet(ownNamePhrases)

  /// Whether the capitalized given name at `name`, after `cue`, is how the writer introduces themself: "this is",
  /// "it's" or "I'm" before it, and after it where they are from or what they are ("Hi, this is Grace from billing",
  /// "it's Will here", "I'm Dev, the on-call engineer"), so that a name that is an ordinary word counts too. Not a
  /// word of the calendar or a language ("it's May here", "I'm English, the...").
  private func introducesSelf(_ text: TokenizedText, cue: String, name: Int) -> Bool {
    let tokens = text.tokens
    guard Self.selfIntroductionCues.contains(cue), tokens[name].shape == .capitalized,
      name + 1 < tokens.count, !tokens[name + 1].lineBreakBefore,
      !DictionaryRecognizer.calendarWords.contains(tokens[name].key),
      !store.lexicons.alwaysCapitalizedWords.contains(tokens[name].key), !Self.seasons.contains(tokens[name].key),
      // "this is Paris from above", but "this is Chelsea from accounts".
      !(isPlaceName(tokens[name].key) && !isFrequentGivenName(text, name, maximumRank: 1000))
    else { return false }
    let next = tokens[name + 1].key
    if next == Marks.comma {
      return name + 2 < tokens.count && Self.rolesAfterIntroducedName.contains(tokens[name + 2].key)
    }
    return next == Self.from || next == Self.here
  }

  /// Whether token `index` is a place's name that Turkish puts in the locative or the ablative after its apostrophe
  /// ("Ahmet Yılmaz İstanbul'da yaşıyor": in Istanbul), which ends the name before it.
  private func isPlaceInTurkishCase(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.possessiveLength >= 3 else { return false }
    let bytes = text.unit.utf8[token.range]
    // The ending's letters after the apostrophe: d or t, a vowel, and perhaps n or "ki".
    let ending = bytes.suffix(Int(token.possessiveLength)).drop { $0 == 0x27 || $0 >= 0x80 }
    guard let first = ending.first, first == UInt8(ascii: "d") || first == UInt8(ascii: "t"),
      ending.count >= 2, ending.dropFirst().first == UInt8(ascii: "a") || ending.dropFirst().first == UInt8(ascii: "e")
    else { return false }
    return isPlaceName(nameKey(text, index))
  }

  /// The types of a field or a parameter in code, which a "name:" label is followed by as often as by a name
  /// ("def get_user(name: str)", "name: string;").
  static let typeNames: TokenSet = [
    "str", "string", "int", "integer", "float", "double", "bool", "boolean", "char", "varchar", "text", "bytes",
    "object", "any", "none", "null", "undefined", "optional", "list", "dict", "array", "number", "uuid", "date",
    "datetime", "timestamp", "enum", "struct", "void", "nil", "required",
  ]

  /// Seasons, which are given names too ("It is Summer here").
  static let seasons: TokenSet = ["spring", "summer", "autumn", "fall", "winter"]

  /// Cues after which a writer gives their own name ("this is Grace from billing").
  static let selfIntroductionCues: TokenSet = ["this is", "it's", "it is", "i'm", "i am"]

  /// Words that open what the writer is, after their name and a comma ("I'm Dev, the on-call engineer", "I'm Hope,
  /// your agent for today", "this is Grace, from billing").
  static let rolesAfterIntroducedName: TokenSet = ["the", "a", "an", "your", "from", "here"]

  static let from = TokenKey("from")
  static let here = TokenKey("here")

  /// Whether the words after token `end` go on a sentence about the relative just named: the text's or the line's
  /// end, a mark, or one of `wordsAfterRelativeName` ("my wife Grace was there", "my son Will, who").
  private func continuesAboutRelative(_ text: TokenizedText, after end: Int) -> Bool {
    let next = end + 1
    guard next < text.tokens.count, !text.tokens[next].lineBreakBefore else { return true }
    if text.tokens[next].kind == .punctuation || text.tokens[end].possessiveLength != 0 { return true }
    return Self.wordsAfterRelativeName.contains(text.tokens[next].key)
  }

  /// Verbs and joiners that go on a sentence about someone just named after "my wife" or "his son".
  static let wordsAfterRelativeName: TokenSet = [
    "is", "was", "has", "had", "will", "would", "can", "could", "should", "must", "might", "does", "did", "isn't",
    "wasn't", "doesn't", "didn't", "says", "said", "and", "or", "who", "called", "calls", "wants", "wanted", "needs",
    "needed", "thinks", "thought", "just", "also", "still", "never", "always", "works", "worked", "lives", "lived",
    "loves", "loved", "likes", "liked", "got", "gets", "asked", "asks", "told", "tells", "went", "goes", "came",
    "comes", "made", "makes", "tried", "tries", "used", "uses", "bought", "paid", "left", "sent", "took", "gave",
  ]

  /// The English possessives that open a cue of someone's relative or role ("my landlord", "our intern").
  static let englishPossessives = TokenSet(englishPossessiveWords)
  private static let englishPossessiveWords = ["my", "his", "her", "their", "our"]

  /// "my son", "her husband", "their daughter": an English possessive and a relative, which the name of that relative
  /// follows ("my wife Grace").
  static let englishRelativeCues = TokenSet(
    englishPossessiveWords.flatMap { possessive in
      [
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "dad", "mom", "mum", "cousin",
        "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "boyfriend", "girlfriend", "fiancé", "fiancée",
        "ex",
      ].map { possessive + " " + $0 }
    })

  private static let ownNamePhrases = [
    "my name is", "my name's", "calls me", "people call me", "everyone calls me", "they call me", "first name is",
    "last name is", "surname is", "full name is", "maiden name is", "my maiden name is", "ich heiße", "mein name ist",
    "me llamo", "mi nombre es", "je m'appelle", "mon nom est", "mi chiamo", "meu nome é", "me chamo", "il mio nome è",
    "mijn naam is", "ik heet", "jag heter", "jeg hedder", "jeg heter", "nazywam się", "mam na imię", "jmenuji se",
    "mă numesc", "numele meu este", "benim adım", "nama saya", "tên tôi là", "tôi tên là", "меня зовут",
    "мене звати", "моё имя", "мое имя", "με λένε", "ονομάζομαι", "اسمي", "שמי", "קוראים לי", "मेरा नाम",
  ]

  /// Words that open a request or a question right after a name and a comma ("Kuba, can I...").
  static let requestOpeners: TokenSet = [
    "can", "could", "would", "will", "please", "i", "you", "we", "do", "did", "are", "have", "thanks", "thank", "let",
    "what", "where", "when", "how", "why",
  ]

  /// Verbs aimed at someone with "at" ("shouted at Gary", "smiled at Tiffany"): the word after "at" is a person
  /// there, not a place.
  static let verbsAtSomeone: TokenSet = [
    "shouted", "shouts", "shout", "yelled", "yells", "yell", "screamed", "screams", "smiled", "smiles", "laughed",
    "laughs", "waved", "waves", "stared", "stares", "glared", "glares", "winked", "winks", "nodded", "nods",
    "snapped", "snaps", "grinned", "grins", "frowned", "frowns", "barked", "growled", "swore", "pointed", "looked",
    "looks", "mad", "angry", "furious",
  ]

  /// Head nouns of places, streets and organizations: a capitalized run that ends in one ("Kansas City",
  /// "Harrison High School", "Elisabeth Parks Trail", "Davis Orchestra") names a place or a body, not a person.
  /// Words that are also common surnames (Hill, Park, Lane, Hall, Rivers) are left out.
  static let nonPersonHeads = TokenSet(nonPersonHeadWords)
  /// Head nouns of places and bodies in other languages, where they come first ("Servicio Castellano-Leonés de
  /// Salud", "Centro Médico Deportivo"): a run that starts with one is no person, and one inside a run starts the
  /// next phrase ("Dr. Jorge Planelles Gómez Servicio de Urología"). Words that are also surnames (Calle, Plaza,
  /// Parque) are left out.
  static let otherLanguageHeads = TokenSet(otherLanguageHeadWords)
  private static let otherLanguageHeadWords = [
    "hôpital", "ospedale", "krankenhaus", "klinik", "klinikum", "clínica", "clinica", "clinique", "centro", "zentrum",
    "colegio", "instituto", "institut", "universidad", "universidade", "università", "universität", "université",
    "fundación", "fundação", "fondation", "stiftung", "servicio", "sección", "unidad", "departamento", "consultorio",
    "ayuntamiento", "ministerio", "juzgado", "audiencia", "residencia", "escuela", "escola", "école", "schule",
    "avenida", "avda", "straße", "strasse", "estadio", "teatro", "théâtre", "museo", "musée", "aeropuerto", "aéroport",
    "estación", "bahnhof", "iglesia", "église", "kirche", "igreja", "chiesa",
  ]
  private static let nonPersonHeadWords = [
    "city", "town", "county", "village", "island", "islands", "street", "st", "avenue", "ave", "road", "rd", "boulevard",
    "blvd", "drive", "trail", "bypass", "cliffs", "coves", "cove", "pass", "forges", "flat", "flats", "loop", "crescent",
    "terrace", "plaza", "square", "extension", "extensions", "junction", "crossing", "heights", "estates", "gardens",
    "springs", "falls", "shores", "harbor", "harbour", "creek", "canyon", "mountains", "mountain", "valley", "viaduct",
    "highway", "freeway", "expressway", "parkway", "turnpike", "motorway", "alley", "mews", "river", "beach", "airport",
    "university", "college", "school", "academy", "hospital", "clinic", "hotel", "church", "cathedral", "station",
    "bridge", "stadium", "arena", "center", "centre", "museum", "library", "mall", "market", "palace", "castle", "tower",
    "temple", "restaurant", "cafe", "pub", "club", "company", "corporation", "group", "bank", "airlines", "airways",
    "foundation", "institute", "association", "society", "council", "ministry", "department", "agency", "committee",
    "party", "police", "army", "navy", "records", "studios", "entertainment", "media", "news", "magazine", "network",
    "systems", "technologies", "solutions", "services", "partners", "consulting", "capital", "holdings", "industries",
    "labs", "games", "team", "orchestra", "band", "republic", "kingdom", "province", "region", "district", "investments",
    "research", "insurance", "pharmaceuticals", "software", "motors", "energy", "foods", "international", "global",
    "court", "tribunal", "municipality", "prefecture", "administration", "authority", "parliament", "government",
    "commission", "directorate", "registry", "office", "telecom", "telecoms", "telecommunications", "communications",
    "wireless", "mobile", "networks", "logistics", "analytics", "digital", "robotics", "ventures", "brands", "retail",
    "pharma", "healthcare", "biotech", "electronics", "freight", "payments", "financial", "bancorp", "realty",
    "properties", "chemicals", "utilities", "semiconductor", "semiconductors", "aerospace", "automotive", "hospitality",
    "act", "borough", "jurisdiction", "solicitors", "chambers", "corporal", "sergeant", "elementary", "kindergarten",
    "preschool", "nursery", "daycare", "section", "chamber", "division", "board", "prosecutor", "treaty",
    "convention", "fund", "inspectorate", "assembly", "senate", "bureau", "secretariat", "federation", "union",
  ]

  /// Words before a person's name that make the name a namesake: the heads of places and bodies, in English and
  /// in the languages of `functionWords`, and the saints of street and hospital names.
  static let namesakeHeads = TokenSet(nonPersonHeadWords + otherLanguageHeadWords + [
    "san", "santa", "santo", "são", "saint", "sainte", "sankt", "calle", "paseo", "praça", "rua", "rue", "via", "viale",
    "piazza", "platz", "esquina", "barrio", "fiscal", "médico", "medico", "village", "parque", "parc", "park", "puente",
    "pont", "brücke", "gare",
  ])

  /// Facilities and streets named after people, whose head comes before the name: "Hospital Regional Carlos Haya",
  /// "Hospital Militar Dr. Carlos Arvelo", "Avda. José Angel Lamas", "C/ Doctor Esquerdo". (Bodies such as
  /// "Servicio" or "Unidad" are left out: a doctor's name often follows them.)
  static let namesakeFacilities: TokenSet = [
    "hospital", "hôpital", "ospedale", "krankenhaus", "clínica", "clinica", "clinique", "policlínica", "sanatorio",
    "centro", "fundación", "fundação", "fondation", "instituto", "colegio", "escuela", "escola", "école", "universidad",
    "universidade", "università", "residencia", "complejo", "ambulatorio", "estadio", "aeropuerto", "aeroporto", "museo",
    "biblioteca", "teatro", "parque", "calle", "c", "avda", "avenida", "av", "paseo", "pso", "pº", "plaza", "pza", "praça",
    "rua", "rue", "via", "viale", "piazza", "piazzale", "corso", "largo", "carretera", "ctra", "camino", "ronda",
    "travesía", "travessa", "glorieta", "alameda", "pasaje", "callejón", "jirón", "jalan", "ulica", "ul", "strada",
    "vicolo", "avenue", "boulevard", "bulevar", "prolongación",
  ]

  /// Whether token `index` is a word in lower case on the same line, after a space.
  private func startsLowercaseWord(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index < text.tokens.count else { return false }
    let token = text.tokens[index]
    return token.kind == .word && token.shape == .lower && token.spaceBefore && !token.lineBreakBefore
  }

  /// Whether token `index` is a capitalized word on the line of the token before it.
  private func startsCapitalizedWord(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index < text.tokens.count else { return false }
    let token = text.tokens[index]
    return token.kind == .word && token.shape == .capitalized && !token.lineBreakBefore
  }

  /// Whether the words from token `index` on name a facility after its head: two capitalized words, or one and a
  /// particle ("Hospital San Carlos", "Hospital Ramón y Cajal", "Complejo Hospitalario de Navarra"); one capitalized
  /// word alone after "Hospital" or "Escola" is more often a surname ("Dr. Luis Hospital Martínez").
  private func opensFacilityName(_ text: TokenizedText, _ index: Int) -> Bool {
    guard startsCapitalizedWord(text, index), index + 1 < text.tokens.count else { return false }
    let next = text.tokens[index + 1]
    guard next.kind == .word, next.spaceBefore, !next.lineBreakBefore else { return false }
    return next.shape == .capitalized || Self.particles.contains(next.key) || next.key == Self.y
  }

  /// Adjectives of facility names in Spanish ("Hospital Militar", "Hospital Clínico Universitario").
  static let facilityAdjectives: TokenSet = [
    "militar", "general", "universitario", "universitaria", "clínico", "clinico", "regional", "provincial", "central",
    "infantil", "comarcal", "nacional", "municipal", "materno",
  ]

  /// The facilities of `namesakeFacilities` that are no street and no surname: inside a run, with words after
  /// them, they start the facility's name ("Ana Ruiz Hospital San Carlos").
  static let facilityHeads: TokenSet = [
    "hospital", "hôpital", "ospedale", "krankenhaus", "clínica", "clinica", "clinique", "policlínica", "sanatorio",
    "fundación", "fundação", "fondation", "instituto", "colegio", "escuela", "escola", "école", "universidad",
    "universidade", "università", "complejo", "complexo", "ambulatorio",
  ]

  /// Whether token `start` comes right after a saint ("St", "St.", "Saint", "San", "São"...), capitalized, that no
  /// capitalized word comes before on its line.
  private func followsSaint(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    guard start > 0, tokens[start].spaceBefore, !tokens[start].lineBreakBefore else { return false }
    var saint = start - 1
    if tokens[saint].key == Marks.period, saint > 0 { saint -= 1 }
    guard tokens[saint].shape == .capitalized, Self.saints.contains(tokens[saint].key) else { return false }
    return saint == 0 || tokens[saint].lineBreakBefore || !(tokens[saint - 1].kind == .word && tokens[saint - 1].shape != .lower)
  }

  /// The words for a saint before a name, in English, French, Italian, Spanish, Portuguese, German and Dutch ("San
  /// Zeno", "São Paulo", "Sankt Gallen", "Sint Maarten" name a town or a church).
  private static let saints: TokenSet = [
    "st", "saint", "ste", "sainte", "san", "santa", "santo", "são", "sankt", "sint",
  ]

  /// Whether the capitalized words, particles, titles and abbreviation periods right before token `start` on its
  /// line (six tokens at most) hold the head of a facility or a street named after someone: the run is that
  /// namesake, not a person.
  private func followsNamesakeFacility(_ text: TokenizedText, _ start: Int) -> Bool {
    var index = start
    var steps = 0
    // "Hospital Clínico San Carlos Dra. Ana Ruiz": a title after the facility's own name starts a person; in "Hospital
    // Militar Dr. Carlos Arvelo" only an adjective stands between the head and the title.
    var passedTitle = false
    var namedSinceTitle = false
    while index > 0, steps < 6, !text.tokens[index].lineBreakBefore {
      let before = text.tokens[index - 1]
      let key = before.key
      if Self.namesakeFacilities.contains(key) { return !namedSinceTitle }
      if store.lexicons.titles.contains(key) {
        passedTitle = true
      } else if passedTitle, before.shape == .capitalized, !Self.facilityAdjectives.contains(key) {
        namedSinceTitle = true
      }
      let chained = before.shape == .capitalized || before.shape == .upper || Self.particles.contains(key)
        || store.lexicons.titles.contains(key) || key == Marks.period || key == Marks.slash
      guard chained else { return false }
      // A period ends the chain unless it ends an abbreviation ("Dr.", "Avda."), glued to the word before it.
      if key == Marks.period, !(index >= 2 && !before.spaceBefore && text.tokens[index - 2].kind == .word) { return false }
      index -= 1
      steps += 1
    }
    return false
  }

  /// How a case's name joins its parties ("Smith v. Jones", "Roe vs. Wade").
  static let versus: TokenSet = ["v", "vs"]
  static let the = TokenKey("the")
  static let and = TokenKey("and")
  static let others = TokenKey("others")
  /// The kinds of storm a name follows ("Hurricane Earl").
  static let storms: TokenSet = ["hurricane", "typhoon", "cyclone"]

  /// Verbs whose subject is nearly always a person ("Valida spent a year", "Leon shouted", "Anna is from"):
  /// right after a capitalized run they are evidence that it is a name.
  static let personVerbs: TokenSet = [
    "said", "says", "told", "tells", "asked", "asks", "replied", "replies", "answered", "wrote", "writes", "explained",
    "explains", "shouted", "yelled", "whispered", "smiled", "laughed", "cried", "lives", "lived", "spent", "began",
    "died", "married", "graduated", "studied", "thinks", "believes", "wants", "feels", "knows", "decided", "agreed",
    "apologized", "apologised", "complained", "mentioned", "confirmed", "emailed", "texted", "phoned", "promised",
    "insisted", "admitted", "recalled", "remembered", "joined", "retired", "resigned", "sings", "sang", "knew",
    "thought", "kissed", "hugged", "cheated", "sighed", "nodded", "shrugged", "grinned", "wore", "confessed",
    "divorced", "sobbed", "frowned", "winked", "blushed", "giggled", "murmured", "muttered", "exclaimed", "gasped",
    "stammered", "stated", "testified",
  ]

  /// Modals, auxiliaries and adverbs that may stand between a name and its verb, one or two of them ("Niskanen should
  /// have said", "Priya has also told", "Okafor never married").
  static let auxiliariesBeforeVerb: TokenSet = [
    "will", "would", "should", "could", "might", "must", "did", "does", "has", "had", "have", "never", "also", "just",
    "then", "later", "finally", "once", "reportedly", "already", "always", "allegedly",
  ]

  /// The person verbs' forms after a modal or an auxiliary that are not their past tense ("will say", "did tell", "has
  /// written").
  static let personVerbBaseForms: TokenSet = [
    "say", "tell", "ask", "reply", "answer", "write", "written", "explain", "marry", "think", "believe", "want", "feel",
    "know", "known", "decide", "agree", "apologize", "apologise", "complain", "mention", "confirm", "promise", "insist",
    "admit", "remember", "retire", "resign", "sing", "sung", "kiss", "hug", "confess", "divorce", "graduate",
    "testify",
  ]

  /// Verbs that keep a place's name a person's when they follow it ("Santa Cruz llamó", "North Carolina called me"),
  /// besides `personVerbs`; no evidence on their own ("a customer from Boston called").
  static let verbsAfterPlaceNamedPeople: TokenSet = ["called", "llamó", "dijo", "ligou", "disse", "please"]

  /// Two-word phrases after a name that mark it as a person ("Dzhambek is from", "Tom was born").
  static let personPhrasesAfter: [(String, String)] = [
    ("is", "from"), ("was", "born"), ("grew", "up"), ("is", "my"), ("was", "my"), ("had", "given"), ("is", "very"),
  ]

  /// What only a person (or a pet) is, after "is" or "was": "Themba is obsessed", "Tebogo is cute", "Ana was pregnant".
  static let statesOfPeople: TokenSet = [
    "obsessed", "pregnant", "married", "engaged", "divorced", "crying", "sleeping", "asleep", "drunk", "jealous",
    "slaying", "cute", "single", "hungry", "grounded", "adopted",
  ]

  /// Pronouns of a person that a verb takes after a name ("Pyrion continues his streak", "Mia hurt herself").
  static let personalPronounsAfterVerb: TokenSet = ["his", "her", "himself", "herself"]

  /// Weekdays and the months that are no given names. April, May, June and August are names too ("Anna May Wong").
  static let datesAfterNames: TokenSet = [
    "january", "february", "march", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
  ]

  /// Days named from today, which end a name as a weekday does ("Austin Tonite", "Madden Tomorrow").
  static let daysFromNow: TokenSet = ["today", "tonight", "tonite", "tomorrow", "tmrw", "yesterday", "2nite", "2night"]

  /// The people a headline names by their town ("Brighton schoolboy", "Idalia man"), as the place recognizers' `after:`
  /// context lists them in `rules/recognizers/names.yaml` (`&people_named_by_their_town`). Not "family" nor "fans": "the Jackson family", "Liverpool
  /// fans" name a family and a team.
  static let peopleNamedByTheirTown: TokenSet = [
    "man", "woman", "men", "women", "teen", "teens", "teenager", "teenagers", "boy", "girl", "schoolboy", "schoolgirl",
    "mother", "father", "mum", "dad", "mom", "police", "cops", "officer", "officers", "student", "pensioner", "driver",
    "resident", "residents", "native", "kidnapper", "killer", "suspect", "toddler", "grandmother", "grandfather",
  ]

  /// Times of day after a weekday ("Monday morning").
  private static let timesOfDay: TokenSet = ["morning", "afternoon", "evening", "night", "noon"]

  /// Whether token `index` is a weekday or month that opens a date: before a number ("Hola Mexico December 24") or a
  /// time of day ("call Ana Lima Monday morning"). Elsewhere they may be surnames ("Fredric March", "Emeka Monday
  /// Okafor", "Peter Sunday").
  private func opensDate(_ text: TokenizedText, _ index: Int) -> Bool {
    guard Self.datesAfterNames.contains(text.tokens[index].key), index + 1 < text.tokens.count else { return false }
    let next = text.tokens[index + 1]
    let startsWithDigit = text.unit.utf8[next.range.lowerBound] &- 0x30 < 10
    return next.kind == .number || startsWithDigit || Self.timesOfDay.contains(next.key)
  }

  /// Greetings and salutations before a name: a given name after one, alone before a comma, is that name even when it
  /// is an ordinary word too ("Hi Mark,").
  static let greetingCues: TokenSet = [
    "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "happy birthday", "happy bday",
    "bye", "goodbye", "hallo", "bonjour", "hola", "ciao", "olá", "hej", "hejsan", "hallå", "hei", "tack", "takk",
    "guten tag", "guten morgen", "guten abend", "liebe", "lieber", "sehr geehrte", "sehr geehrter", "hoi",
    "goedemorgen", "goedemiddag", "cześć", "witam", "dzień dobry", "szanowny", "szanowna", "merhaba", "selam", "sayın",
    "buenos días", "buenas tardes", "estimado", "estimada", "querido", "querida", "salut", "cher", "chère", "bonsoir",
    "coucou", "buongiorno", "buonasera", "bom dia", "boa tarde", "prezado", "prezada", "oi", "thanks", "thank you",
    "danke", "gracias", "merci", "grazie", "obrigado", "obrigada", "bedankt", "dziękuję", "dzięki", "teşekkürler",
    "cheers", "happy new year", "merry christmas", "happy holidays", "happy anniversary", "congrats", "congratulations",
    "well done", "good job", "great job", "nice job", "good night", "goodnight", "good luck", "welcome back",
    // A video's maker, praised in its comments ("Great video Shan!").
    "great video", "nice video", "awesome video",
  ]

  /// Words people are greeted by that are no names there, though name lists hold some of them ("Hi Honey!", "Hey
  /// Buddy,", "Happy birthday Mum!"): endearments, kin and forms of address. Alone after a cue they name no one.
  static let formsOfAddress: TokenSet = [
    "honey", "hon", "buddy", "bud", "man", "friend", "friends", "love", "boss", "mate", "baby", "babe", "bae", "doc",
    "queen", "king", "sunshine", "sweetie", "sweetheart", "darling", "dude", "bro", "sis", "son", "mom", "mum",
    "mommy", "mummy", "mama", "dad", "daddy", "papa", "grandma", "grandpa", "granny", "nana", "uncle", "aunt",
    "auntie", "bestie", "cutie", "angel", "princess", "gorgeous", "beautiful", "handsome", "champ", "chief", "coach",
    "captain", "girl", "girls", "boy", "boys", "kid", "kids", "guys", "everyone", "everybody", "all", "folks", "team",
    "world", "sir", "madam", "ma'am", "stranger", "neighbor", "neighbour", "fam", "twin", "sister", "brother",
    // Other languages' "Ladies and Gentlemen", "Dear customer", "Dear colleagues".
    "damen", "herren", "kunde", "kundin", "kollegen", "kolleginnen", "mesdames", "messieurs", "señores", "señoras",
    "cliente", "clienti", "signore", "signori", "klant", "klanten", "collega", "collega's", "państwo", "klient",
    "państwu", "abi", "abla", "hocam", "canım", "kardeşim", "amor", "querido", "querida", "mille", "kindly", "legend",
    "legends", "again", "kunden", "kundinnen", "schön", "sehr", "vielmals", "beaucoup", "bien", "mil", "muito",
    "muchas", "mucho",
  ]

  /// Greetings, thanks and salutations, of English and other languages, that are also names somewhere ("Bye",
  /// "Bonjour", "Beste", "Lieber" are surnames): at a run's start, but after a title or a naming cue, they are the
  /// greeting, and the name starts after them ("Bonjour Mme Dupont", "Beste mevrouw de Vries", "Bye Bye Capwin");
  /// after a title, a naming cue or a given name they may be the name ("Dr. Beste", "my name is Merci", "Charles
  /// Lieber"). English "Dear" is one of them: "Dear Anna," is Anna, and "Dear Landlord," no one. (Not "Selam", a
  /// name as often: "my colleague Selam Bekele".)
  static let salutations: TokenSet = [
    "bye", "cheers", "bonjour", "salut", "chère", "hola", "buenos", "buenas", "estimado", "estimada", "querido",
    "querida", "hallo", "liebe", "lieber", "geehrte", "geehrter", "ciao", "buongiorno", "egregio", "olá", "beste",
    "merci", "danke", "gracias", "grazie", "obrigado", "obrigada", "dear", "tack", "sayın", "cher", "hej", "hejsan",
    "hallå", "takk", "cześć", "witam", "szanowny", "szanowna", "szanowni", "merhaba", "guten",
    "bonsoir", "coucou", "buonasera", "oi", "teşekkürler", "dzięki", "feliz", "joyeux", "joyeuses", "frohe", "frohes",
  ]

  /// Whether the capitalized salutation at `start` is a given name in use: not in a greeting's place, but inside a
  /// sentence ("I love Cher", "my colleague Hoi Tran", "call Feliz Ramirez, he knows") unless a capitalized word that
  /// is no name word, an ordinary word or a place follows it ("una Feliz Navidad", "um Feliz Natal"); or opening one with a name word after it and no comma
  /// after them ("Feliz Ramirez called", "Cher Lloyd released") or with no word after it ("Cher, can you send it?").
  /// Letter salutations ("Sayın", "Dear", "Querida") never are.
  private func isNamedSalutation(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    let first = tokens[start]
    guard !Self.formalSalutations.contains(first.key), isGivenName(text, start) else { return false }
    let next = start + 1
    let nextIsWord = next < tokens.count && tokens[next].kind == .word && !tokens[next].lineBreakBefore
    let capitalizedNext = startsCapitalizedWord(text, next)
    // A capitalized word after it that is a name word, and no ordinary word or place.
    let nameAfter = capitalizedNext && isNameWord(text, next) && !isCommon(text, next)
      && !store.lexicons.places.contains(tokens[next].key)
    let greetingPlace = first.startsSentence || first.lineBreakBefore || start == 0
    guard greetingPlace else { return !capitalizedNext || nameAfter }
    guard nextIsWord else { return true }
    return nameAfter && !(next + 1 < tokens.count && tokens[next + 1].isMark(in: text.unit.utf8, ",!"))
  }

  /// Salutations of letters, which open no name before another ("Sayın Ahmet Yılmaz", "Querida Ana López"), though
  /// name lists hold some of them.
  static let formalSalutations: TokenSet = [
    "sayın", "dear", "estimado", "estimada", "querido", "querida", "liebe", "lieber", "szanowny", "szanowna", "chère",
    "caro", "cara", "gentile", "prezado", "prezada", "beste",
  ]

  /// The English ones among `salutations`, after which a name no list knows is still one ("Bye Capwin!").
  static let englishSalutations: TokenSet = ["bye", "cheers"]

  /// English verbs of getting in touch with someone, whose object is a person ("ask rahul", "tell priya"). Not "met",
  /// which is Dutch "with" ("met roos en tulpen").
  static let contactVerbs: TokenSet = [
    "ask", "asked", "tell", "told", "call", "called", "text", "texted", "message", "messaged", "ping", "pinged", "email",
    "emailed", "meet", "thank", "cc", "invite", "invited", "visit", "visited", "hug", "miss", "missed",
  ]

  /// English prepositions that Title Case capitalizes inside a phrase, besides `functionWords`.
  static let titleCasePrepositions: TokenSet = [
    "around", "across", "against", "through", "between", "without", "within", "near", "vs", "versus", "toward",
    "towards", "upon", "among", "beyond", "behind", "inside", "outside",
  ]

  /// How English demonyms and languages end ("Malaysian", "Korean", "Japanese", "Danish").
  static let demonymEndings: [[UInt8]] = ["an", "ese", "ish"].map { Array($0.utf8) }

  /// Verbs whose object is a person, of getting in touch, meeting or affection ("call Nosipho", "met Themba"); not
  /// "with" or "visit", which take tools and places as often.
  static let verbsOfSomeone: TokenSet = [
    "ask", "asked", "tell", "told", "call", "called", "text", "texted", "message", "messaged", "ping", "pinged", "email",
    "emailed", "meet", "met", "thank", "thanked", "invite", "invited", "hug", "hugged", "kissed", "marry",
    "married", "dating",
  ]

  /// Words in lower case that people follow more than things do ("with Rose", "help Rob"), besides `contactVerbs`.
  static let peopleTakingWords: TokenSet = [
    "with", "help", "helped", "helping", "saw", "met", "married", "dating", "hugged", "kissed", "thanked", "marry",
  ]

  /// Cues of speech ("said Sam"), which put no person before a country's name.
  static let speechCues: Set<String> = ["said", "says"]

  /// English articles and possessives, which make the noun after them a role or a thing ("the dean's", "my nana's").
  static let determiners: TokenSet = ["the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that"]

  /// Articles, small numerals and "en" of other languages, which some name lists hold ("El", "Tres") but which
  /// open no name when a sentence starts with them ("El dolor aumenta", "Tres meses después", "En febrero"). Inside
  /// a name they may be particles ("de la Garcia", "dos Santos"), so they only stop a run from starting; "Le" and
  /// "Lo" are left out as surnames.
  static let articlesAndNumerals: TokenSet = [
    "el", "la", "los", "las", "un", "una", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    "diez", "en", "il", "gli", "les", "der", "die", "das", "ein", "eine", "os", "um", "uma", "deux", "trois",
  ]

  /// Nouns that make a name an eponym: "síndrome de Down", "técnica de Brooke", "Fuhrman grade", "Murphy's sign".
  static let eponymHeads: TokenSet = [
    "syndrome", "disease", "sign", "maneuver", "manoeuvre", "technique", "grade", "score", "scale", "classification",
    "criteria", "procedure", "reflex", "incision", "stain", "staining", "lymphoma", "operation", "test",
    "síndrome", "sindrome", "enfermedad", "signo", "maniobra", "técnica", "tecnica", "grado", "escala", "clasificación",
    "clasificacion", "criterios", "hiato", "incisión", "reflejo", "tinción", "tincion", "prueba", "operación",
    "operacion", "linfoma", "maladie", "signe", "technique", "malattia", "segno", "doença", "sinal", "krankheit",
    // Anatomy and lesions named after people: "Wilms tumor", "tumor de Wilms", "quiste de Skene", "asa de Bricker".
    "tumor", "tumour", "cyst", "duct", "gland", "ligament", "capsule", "quiste", "asa", "conducto", "glándula",
    "glandula", "ligamento", "cápsula", "capsula", "linfomas", "lymphomas", "tumores", "tumors",
    // A sign's reading after its name: "Murphy negativo", "Blumberg positivo", "Babinski bilateral".
    "positivo", "positiva", "negativo", "negativa", "bilateral", "positif", "négatif",
  ]

  /// Nouns that, capitalized after a name and "the", make it the name of a plan, a law or a prize ("the Marshall
  /// Plan", "the Truman Doctrine", "the Pythagoras Theorem").
  static let thingsNamedAfterSomeone: TokenSet = [
    "plan", "doctrine", "theorem", "principle", "conjecture", "hypothesis", "paradox", "equation", "law", "act",
    "effect", "prize", "award", "medal", "trophy", "lecture", "fellowship", "scholarship",
  ]

  /// Events that a place's name opens ("Chelsea Flower Show", "Boston Marathon", "Glastonbury Festival").
  static let events: TokenSet = [
    "show", "festival", "fest", "marathon", "parade", "expo", "fair", "carnival", "derby", "regatta", "games",
    "championship", "championships", "tournament", "open", "classic", "cup", "conference", "summit", "pride",
  ]

  /// Words right before a name that make it an eponym: "drenajes tipo Penrose", "derivación tipo Bricker".
  static let eponymMarkers: TokenSet = ["tipo", "type", "typ"]

  /// The words that join an eponym's noun to its name ("síndrome de Down", "maladie de Paget"); not English "of" ("the grade of Mary").
  /// "linfoma no Hodgkin" and "lymphoma non Hodgkin" name the disease the same way.
  static let eponymJoiners: TokenSet = ["de", "del", "di", "du", "des", "da", "do", "von", "no", "non"]

  /// Whether the run `start...end` is the name in an eponym, or the rest of one: after an eponym noun and
  /// its joiner (with up to two capitalized words between: "tinción de Calquín Costa"), or right before an
  /// eponym noun.
  private func isEponym(_ text: TokenizedText, start: Int, end: Int) -> Bool {
    let tokens = text.tokens
    var first = start
    while first > 0, start - first < 2, tokens[first - 1].kind == .word, tokens[first - 1].shape == .capitalized,
      !tokens[first].lineBreakBefore
    {
      first -= 1
    }
    // The capitalized words before may be the eponym's own ("tinción de Calquín Costa") or its noun ("Linfoma No Hodgkin").
    func followsHeadAndJoiner(_ opening: Int) -> Bool {
      opening >= 2 && Self.eponymJoiners.contains(tokens[opening - 1].key)
        && Self.eponymHeads.contains(tokens[opening - 2].key) && !tokens[opening - 1].lineBreakBefore
        && !tokens[opening].lineBreakBefore
    }
    if followsHeadAndJoiner(first) || (start != first && followsHeadAndJoiner(start)) { return true }
    if first >= 1, Self.eponymMarkers.contains(tokens[first - 1].key), tokens[first - 1].shape == .lower,
      !tokens[first].lineBreakBefore
    {
      return true
    }
    return end + 1 < tokens.count && !tokens[end + 1].lineBreakBefore && tokens[end + 1].kind == .word
      && Self.eponymHeads.contains(tokens[end + 1].key)
  }

  /// Whether token `index` follows a lowercase noun that is no relative (or a number) and "de"/"del"/"di"/"du" on
  /// its line: the shape of an eponym ("signo de Murphy"), of a place ("la ciudad de Vigo") and of a possessor ("la
  /// madre de Paula", left out through `relativeNouns`).
  private func followsNounAndDe(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index >= 2, Self.possessiveJoiners.contains(text.tokens[index - 1].key), !text.tokens[index - 1].lineBreakBefore,
      !text.tokens[index].lineBreakBefore
    else { return false }
    let noun = text.tokens[index - 2]
    return noun.kind == .number || (noun.kind == .word && noun.shape == .lower && !Self.relativeNouns.contains(noun.key))
  }

  /// "de", "del", "di", "du": the Romance "of" that joins a noun to its possessor.
  static let possessiveJoiners: TokenSet = ["de", "del", "di", "du"]

  /// Relatives, partners, friends and homes in Spanish, Portuguese, French and Italian: "de" after them names a
  /// person ("la madre de Paula", "la casa de Juan").
  static let relativeNouns: TokenSet = [
    "madre", "padre", "padres", "hijo", "hija", "hijos", "hijas", "hermano", "hermana", "hermanos", "hermanas",
    "abuelo", "abuela", "abuelos", "abuelas", "nieto", "nieta", "nietos", "tío", "tía", "tíos", "primo", "prima",
    "primos", "sobrino", "sobrina", "esposo", "esposa", "marido", "mujer", "novio", "novia", "pareja", "amigo",
    "amiga", "amigos", "amigas", "compañero", "compañera", "cuñado", "cuñada", "suegro", "suegra", "familia",
    "familiares", "paterna", "paterno", "materna", "materno", "casa", "parte", "nombre", "cumpleaños", "boda",
    "mãe", "pai", "pais", "filho", "filha", "irmão", "irmã", "avô", "avó", "namorado", "namorada", "família", "mère",
    "père", "parents", "fils", "fille", "frère", "sœur", "grand-mère", "grand-père", "femme", "mari", "ami", "amie", "famille", "maison", "figlio", "figlia", "fratello", "sorella", "nonno", "nonna",
    "moglie", "famiglia", "nome", "nom",
  ]

  /// "I am" in the other languages of the cue list whose ordinary words the lists lack (Spanish and German ones are
  /// in `otherLanguageCommonWords`): an adjective follows it as often as a name.
  static let otherLanguageCopulas: TokenSet = ["je suis", "sono", "eu sou", "sou", "ik ben", "jag är", "jestem"]

  /// Italian's and Portuguese's "from" before a town ("di Torino", "da Bahia").
  static let originJoiners: TokenSet = ["di", "da"]

  /// Prepositions that put a lone capitalized word in a place ("in Florence", "near Jackson").
  static let placePrepositions: TokenSet = [
    "in", "near", "at", "around", "outside", "across", "from", "left", "via", "into", "visiting", "visited",
  ]

  /// Labels of contact details and identifiers, which open no name and end a run of capitalized words ("Ana Ruiz Tel.: ...",
  /// "Roberto Gallego Correo electrónico: ...").
  static let contactLabels: TokenSet = [
    "e-mail", "email", "mail", "tel", "teléfono", "telefono", "telf", "tfno", "fax", "phone", "mobile", "móvil", "movil",
    "correo", "web", "telefon", "téléphone", "telefone",
    // Labels of identifiers on a form ("Carmen Blanco-Rivera  NºCol: 36 36 79436", "NHC: 2569870").
    "nºcol", "nºcolegiado", "colegiado", "nhc", "nass", "cipa", "nss", "dni", "nif", "nie", "mrn",
  ]

  /// Words that join the members of a list ("Kónya, Becker and Vasquez").
  static let listJoiners = TokenizedText.listJoiners

  /// Surname endings of several languages (Slavic -ov/-ova/-ski/-ić, Nordic -sson/-sen/-dóttir, Greek -poulos,
  /// Romanian -escu, Georgian -shvili/-dze, Ukrainian -enko/-chuk, Armenian -yan, Turkish -oğlu): a capitalized
  /// word of at least six letters with one of them is a surname even when no list has it.
  static let surnameEndings: [String] = [
    "ov", "ova", "ev", "eva", "ovich", "evich", "ovna", "evna", "ski", "ska", "sky", "skaya", "skiy", "wicz", "vić", "vič",
    "ić", "ič", "sson", "ssen", "dóttir", "dottir", "poulos", "poulou", "escu", "shvili", "dze", "enko", "chuk", "yan",
    "oğlu", "oglu", "ovský", "ová", "ovski", "ovska",
  ]

  /// `surnameEndings` by key, looked up for each of their lengths in bytes (`surnameEndingLengths`).
  static let surnameEndingKeys = TokenSet(surnameEndings)
  static let surnameEndingLengths = Set(surnameEndings.map(\.utf8.count)).sorted()
  /// The last two bytes of each of `surnameEndings` (lowercased), one bit each of 65,536: most words end otherwise,
  /// and are then answered without hashing a suffix.
  static let surnameEndingTails: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1_024)
    for ending in surnameEndings {
      let bytes = Array(ending.lowercased().utf8)
      let tail = Int(bytes[bytes.count - 2]) << 8 | Int(bytes[bytes.count - 1])
      bits[tail >> 6] |= 1 << UInt64(tail & 63)
    }
    return bits
  }()

  /// A run of name-like words, scored, before the threshold.
  private struct Candidate {
    var start: Int
    var end: Int
    var finding: Finding
    /// Whether every word is a known name word (or an initial) and none is an ordinary word.
    var allNameWords: Bool
    /// Whether it is capitalized words that are not ordinary words (an unknown name may be one).
    var plausible: Bool
    /// Whether it is a lone surname that German text's capitals left below the threshold (see `rescueGermanSurnames`).
    var loweredInGerman = false
    /// Whether it is also a place's name, and scores 0.5 at most (a list lifts it no higher).
    var placeReading = false
  }

  /// Appends a finding for each name found.
  public func recognize(_ text: TokenizedText, into findings: inout [Finding]) {
    var candidates: [Candidate] = []
    var facts = TextFacts()
    var index = 0
    while index < text.tokens.count {
      if mayOpenName(text, index), let candidate = evaluateRun(in: text, from: index, facts: &facts) {
        candidates.append(candidate)
        index = candidate.finding.score >= 0.3 ? candidate.end + 1 : index + 1
      } else {
        index += 1
      }
    }
    findDeclinedPolishNames(&candidates, in: text)
    liftLists(&candidates, in: text)
    repeatNames(&candidates, in: text)
    rescueGermanSurnames(&candidates, in: text)
    widenOverUnlistedGivenNames(&candidates, in: text)
    findPartnerFirms(&candidates, in: text, language: &facts.language, into: &findings)
    for candidate in candidates where candidate.finding.score >= 0.3 { findings.append(candidate.finding) }
    findLowercaseLists(in: text, into: &findings)
  }

  /// "Crystal Minh ... What is your membership level Crystal?": a word of a full name found in the text (two words
  /// or more, each a given name or a surname, scoring 0.6 or better) names the same person wherever else it stands
  /// capitalized in the text, even where it alone would read as an ordinary word.
  private func repeatNames(_ candidates: inout [Candidate], in text: TokenizedText) {
    let tokens = text.tokens
    var nameWords: [TokenKey: String] = [:]
    for candidate in candidates where candidate.finding.score >= 0.6 && candidate.end > candidate.start {
      let words = (candidate.start...candidate.end).filter {
        tokens[$0].kind == .word && tokens[$0].shape == .capitalized && nameLength(text, $0) > 1
      }
      guard words.count >= 2, words.allSatisfy({ isNameWord(text, $0) }) else { continue }
      let name = String(decoding: text.unit.utf8[candidate.finding.range], as: UTF8.self)
      for index in words { nameWords[nameKey(text, index)] = name }
    }
    guard !nameWords.isEmpty else { return }
    var named = [Bool](repeating: false, count: tokens.count)
    for candidate in candidates where candidate.finding.score >= 0.5 {
      for index in candidate.start...candidate.end { named[index] = true }
    }
    for index in tokens.indices where !named[index] && tokens[index].kind == .word && tokens[index].shape == .capitalized {
      guard let name = nameWords[nameKey(text, index)], !isCode(text, index) else { continue }
      let explanation = Explanation(
        recognizer: id, pattern: "name evidence", baseScore: 0.6, notes: ["a word of the name '\(name)' found in this text"])
      candidates.append(
        Candidate(
          start: index, end: index,
          finding: Finding(
            entity: entity, range: tokens[index].range.lowerBound..<(tokens[index].range.lowerBound + nameLength(text, index)),
            score: 0.6, explanation: explanation),
          allNameWords: false, plausible: false))
    }
  }

  /// "Herr Kowalski hat angerufen. Ich habe mit Kowalski gesprochen": a lone surname that German text's capitals left
  /// below the threshold is a name again where the text names it with more evidence (a title, a given name, a cue).
  private func rescueGermanSurnames(_ candidates: inout [Candidate], in text: TokenizedText) {
    guard candidates.contains(where: { $0.loweredInGerman && $0.finding.score < 0.5 }) else { return }
    var named: Set<TokenKey> = []
    for candidate in candidates where candidate.finding.score >= 0.6 {
      for index in candidate.start...candidate.end where text.tokens[index].kind == .word { named.insert(nameKey(text, index)) }
    }
    for index in candidates.indices where candidates[index].loweredInGerman && candidates[index].finding.score < 0.5 {
      guard named.contains(nameKey(text, candidates[index].start)) else { continue }
      candidates[index].finding.score = 0.5
      candidates[index].finding.explanation.baseScore = 0.5
      candidates[index].finding.explanation.notes.append("named with more evidence elsewhere in this text")
    }
  }

  /// An apostrophe, a hyphen, or the lead byte of a typographic apostrophe or dash.
  private static let joiningBytes: Set<UInt8> = [UInt8(ascii: "'"), UInt8(ascii: "-"), 0xE2]

  /// "Olumide Adeyemi called about the invoice": a sentence's first word that no list holds and that is shaped like a
  /// name (`isUnlistedNameShape`, no apostrophe or hyphen: not "C'mon", "Ex-footballer"), right before a name that
  /// opens with a surname that is neither a given name nor a place's name ("Joyriding Sydney teens", "Codebreaker Alan
  /// Turing"), or that is the name's one word ("Wasim Akram took": a surname that is a given name too), is that name's
  /// given name. No run opens at such a word without a verb only people do
  /// (`opensUnlistedName`), and a run that did would score less than the surname alone; so the name found is widened
  /// over it, which leaves no given name in the clear beside its surname.
  private func widenOverUnlistedGivenNames(_ candidates: inout [Candidate], in text: TokenizedText) {
    let tokens = text.tokens
    for index in candidates.indices where candidates[index].finding.score >= 0.5 {
      let start = candidates[index].start
      let before = start - 1
      guard before >= 0, tokens[before].kind == .word, tokens[before].startsSentence, tokens[start].spaceBefore,
        !tokens[start].lineBreakBefore, isSurname(text, start),
        !isGivenName(text, start) || candidates[index].end == start,
        !isPlaceName(tokens[start].key), isUnlistedNameShape(text, before),
        !text.unit.utf8[tokens[before].range].contains(where: { Self.joiningBytes.contains($0) }),
        !isCode(text, before), !Self.salutations.contains(tokens[before].key), cueBefore(text, start) == nil,
        !candidates.contains(where: { $0.start <= before && before <= $0.end })
      else { continue }
      candidates[index].start = before
      candidates[index].finding.range = tokens[before].range.lowerBound..<candidates[index].finding.range.upperBound
      candidates[index].finding.explanation.notes.append(
        "a given name no list holds, at a sentence's start before the surname")
    }
  }

  /// "rozmawiałem z Tomkiem", "do Piotra", "dla Anny", "Daj to Tomkowi": a given name in one of Polish's cases, which
  /// no list holds in that form. A capitalized word that is no sentence's first, no ordinary or English word and no
  /// place is such a name when one of its base forms (`polishBaseForms`) is a listed given name that is no ordinary word, after a Polish
  /// preposition or with an ending only Polish gives names (-owi, -kiem, -ą, -ę).
  private func findDeclinedPolishNames(_ candidates: inout [Candidate], in text: TokenizedText) {
    let tokens = text.tokens
    // Every case form that `polishBaseForms` reads ends in a, e, i, m, u, y or the last byte of ą or ę: most words are
    // let go on their last byte, in one plain pass.
    let utf8 = text.unit.utf8
    let words = tokens.withUnsafeBufferPointer { buffer in
      buffer.indices.dropFirst().filter { index in
        let token = buffer[index]
        guard token.shape == .capitalized, token.kind == .word, !token.startsSentence, token.range.count >= 4 else {
          return false
        }
        switch utf8[token.range.upperBound - 1] {
        case 0x61, 0x65, 0x69, 0x6D, 0x75, 0x79, 0x85, 0x99: return true
        default: return false
        }
      }
    }
    var found: [Candidate] = []
    var next = 0
    for index in words {
      let token = tokens[index]
      let bytes = utf8[token.range]
      let afterPreposition = tokens[index - 1].shape == .lower && Self.polishPrepositions.contains(tokens[index - 1].key)
      guard afterPreposition
        || Self.polishNameEndings.contains(where: { bytes.count > $0.count + 2 && bytes.reversed().starts(with: $0.reversed()) })
      else { continue }
      while next < candidates.count, candidates[next].end < index { next += 1 }
      // A run already read here stands, unless it is this word alone and scored below a name ("z Anną", whose capital
      // after a preposition was weak evidence).
      let covering = next < candidates.count && candidates[next].start <= index ? next : nil
      if let covering, candidates[covering].finding.score >= 0.5 || candidates[covering].start != candidates[covering].end {
        continue
      }
      let key = token.key
      guard !isOrdinary(key), !isPlaceName(key), !store.englishWords.contains(key),
        let base = Self.polishBaseForms(of: String(decoding: bytes, as: UTF8.self).lowercased()).first(where: {
          store.lexicons.firstNames.contains(TokenKey($0)) && !isOrdinary(TokenKey($0))
        })
      else { continue }
      let note = "the given name '\(base)' in a Polish case" + (afterPreposition ? ", after '\(text.keys[index - 1])'" : "")
      if let covering {
        candidates[covering].finding.score = 0.5
        candidates[covering].finding.explanation.baseScore = 0.5
        candidates[covering].finding.explanation.notes.append(note)
        continue
      }
      let explanation = Explanation(recognizer: id, pattern: "name evidence", baseScore: 0.5, notes: [note])
      found.append(
        Candidate(
          start: index, end: index, finding: Finding(entity: entity, range: token.range, score: 0.5, explanation: explanation),
          allNameWords: true, plausible: true))
    }
    guard !found.isEmpty else { return }
    candidates.append(contentsOf: found)
    candidates.sort { $0.start < $1.start }
  }

  /// Prepositions that govern a case other than the nominative in Polish ("z Tomkiem", "do Piotra", "dla Anny").
  static let polishPrepositions: TokenSet = [
    "z", "ze", "do", "dla", "od", "u", "o", "przez", "przy", "dzięki", "bez", "obok", "według", "wobec", "ku", "oraz",
  ]

  /// Endings that only Polish declension gives a name: the dative -owi, the instrumental -kiem/-giem, -ą and -ę.
  static let polishNameEndings: [[UInt8]] = ["owi", "kiem", "giem", "ą", "ę"].map { Array($0.utf8) }

  /// The nominatives a lowercase word may be a Polish case of, most likely first: "tomkiem" → tomk, tomek; "piotra" →
  /// piotr; "anną" → anna; "kasi" → kasa, kasia; "agnieszce" → agnieszka; "magdzie" → magda. A stem that ends in k or ł
  /// after a consonant gets its fleeting e back ("tomk" → "tomek", "pawł" → "paweł").
  static func polishBaseForms(of word: String) -> [String] {
    guard let (_, dropped, feminine) = polishCaseEndings.first(where: { word.hasSuffix($0.ending) }) else { return [] }
    let stem = word.dropLast(dropped)
    if let feminine {
      return stem.count >= 2 ? feminine.map { String(stem) + $0 } : []
    }
    guard stem.count >= 3 else { return [] }
    let characters = Array(stem)
    guard let last = characters.last, last == "k" || last == "ł", !"aeiouyąęó".contains(characters[characters.count - 2])
    else { return [String(stem)] }
    return [String(stem), String(characters.dropLast()) + "e" + String(last)]
  }

  /// Polish case endings of given names, the first that a word ends in applying: how many letters to drop, and the
  /// feminine nominative's endings to put back (nil for a masculine stem, which stands as it is). "kiem" drops only
  /// "iem": the k is the stem's ("Tomkiem" → "tomk").
  static let polishCaseEndings: [(ending: String, dropped: Int, feminine: [String]?)] = [
    ("kiem", 3, nil), ("giem", 3, nil), ("em", 2, nil), ("owi", 3, nil), ("ą", 1, ["a"]), ("ę", 1, ["a"]),
    ("dzie", 4, ["da"]), ("rze", 3, ["ra"]), ("dze", 3, ["ga"]), ("ce", 2, ["ka"]), ("ie", 2, ["a"]), ("y", 1, ["a"]),
    ("i", 1, ["a", "ia"]), ("a", 1, nil), ("u", 1, nil),
  ]

  /// Firms named for their partners, reported as ORGANIZATION: three surnames joined as "A, B and C" ("Davis,
  /// Reynolds and Williamson", "hubbard, fox and gillespie"), and two surnames joined by a hyphen
  /// ("Garcia-Roberson", in English text). People named by their surnames alone are written so too; a list of them is known by a
  /// plural verb after it or a plural noun of people before it ("Smith, Jones and Brown were arrested", "founders:
  /// Morrison, Rogers and Torres"), and one person's double surname by a given name or title before it, which the
  /// name's run has already taken in. The members' readings as names give way to the firm.
  private func findPartnerFirms(
    _ candidates: inout [Candidate], in text: TokenizedText, language: inout LanguageCounts?, into findings: inout [Finding]
  ) {
    let tokens = text.tokens
    // Lists are looked for at each "and", pairs at each hyphenated word: most texts have few of either.
    let and = Self.and
    let anchors = tokens.withUnsafeBufferPointer { buffer in
      buffer.indices.filter { buffer[$0].hyphenated || buffer[$0].key == and }
    }
    var listEnd = -1
    for index in anchors where index > listEnd {
      if tokens[index].hyphenated {
        guard !candidates.contains(where: { $0.finding.score >= 0.3 && $0.start <= index && index <= $0.end }),
          isHyphenedSurnamePair(text, index, language: &language)
        else { continue }
        let range = tokens[index].range.lowerBound..<(tokens[index].range.lowerBound + nameLength(text, index))
        let explanation = Explanation(
          recognizer: id, pattern: "partner firm", baseScore: 0.55,
          notes: ["two surnames joined by a hyphen, with no given name or title before them"])
        findings.append(Finding(entity: .organization, range: range, score: 0.55, explanation: explanation))
      } else if index >= 3, let last = partnerList(in: text, at: index - 3) {
        let first = index - 3
        let range = tokens[first].range.lowerBound..<(tokens[last].range.lowerBound + nameLength(text, last))
        let explanation = Explanation(
          recognizer: id, pattern: "partner firm", baseScore: 0.6, notes: ["three surnames joined as a firm's partners are"])
        findings.append(Finding(entity: .organization, range: range, score: 0.6, explanation: explanation))
        for position in candidates.indices where candidates[position].start >= first && candidates[position].end <= last {
          candidates[position].finding.score = 0
        }
        listEnd = last
      }
    }
  }

  /// The last of the three members of "A, B and C" from token `start`, when each is one surname in the same case and the list
  /// is a firm's name rather than people's (see `findPartnerFirms`); at most one member is an ordinary word, a
  /// frequent given name or a place ("Paris, London and Berlin" are none).
  private func partnerList(in text: TokenizedText, at start: Int) -> Int? {
    let tokens = text.tokens
    guard start + 4 < tokens.count, tokens[start].kind == .word, tokens[start + 1].key == Marks.comma,
      tokens[start + 3].key == Self.and
    else { return nil }
    let members = [start, start + 2, start + 4]
    let shape = tokens[start].shape
    guard shape == .capitalized || shape == .lower else { return nil }
    for position in (start + 1)...(start + 4) where tokens[position].lineBreakBefore { return nil }
    for member in members {
      guard tokens[member].kind == .word, tokens[member].shape == shape, nameLength(text, member) > 1,
        member == start || tokens[member].spaceBefore,
        store.lexicons.surnames.contains(nameKey(text, member)),
        !Self.functionWords.contains(nameKey(text, member)), !store.lexicons.stopwords.contains(nameKey(text, member))
      else { return nil }
    }
    // Only the last may carry a possessive ("Owens, Duran and Oneal's"), and a longer list is people's.
    guard tokens[start].possessiveLength == 0, tokens[start + 2].possessiveLength == 0 else { return nil }
    if start > 0, !tokens[start].lineBreakBefore {
      let before = tokens[start - 1]
      if before.key == Marks.comma || Self.listJoiners.contains(before.key) { return nil }
      if before.kind == .word, before.shape == .capitalized, !Self.functionWords.contains(before.key),
        !Self.articlesAndNumerals.contains(before.key)
      {
        return nil
      }
      if before.isMark(in: text.unit.utf8, ":"), start >= 2, Self.peopleListHeads.contains(tokens[start - 2].key) { return nil }
    }
    let after = members[2] + 1
    if after < tokens.count, !tokens[after].lineBreakBefore, tokens[members[2]].possessiveLength == 0 {
      if Self.pluralVerbsOfPeople.contains(tokens[after].key) || Self.listJoiners.contains(tokens[after].key) { return nil }
      // "Smith, Jones and Mary Brown": the last member opens a full name.
      if tokens[after].kind == .word, tokens[after].shape == .capitalized, isGivenName(text, members[2]), isSurname(text, after) {
        return nil
      }
    }
    // A member reads as a given name when its given name's rank is better than its surname's ("Mary", not "Davis").
    func readsAsGivenName(_ member: Int) -> Bool {
      guard let given = givenNameRank(nameKey(text, member)), given <= 1000 else { return false }
      return given < (surnameRank(nameKey(text, member)) ?? Int.max)
    }
    func readsAsPlace(_ member: Int) -> Bool {
      shape == .lower ? isPlaceName(nameKey(text, member)) && !isFrequentSurname(text, member, maximumRank: 500)
        : isBigPlaceNotFrequentName(text, member)
    }
    let ordinary = members.filter { isCommon(text, $0) }.count
    let given = members.filter(readsAsGivenName).count
    let places = members.filter(readsAsPlace).count
    guard ordinary <= 1, given <= 1, places <= 1 else { return nil }
    return members[2]
  }

  /// Whether token `index` is two surnames joined by a hyphen, each capitalized (or both in lower case), neither a
  /// function word nor both ordinary words, the whole no place ("Winston-Salem") and no given name, and the second
  /// half no given name more frequent than it is a surname ("Jean-Luc", "Mary-Kate"); with no given name or title
  /// before it, which would make it one person's double surname.
  private func isHyphenedSurnamePair(_ text: TokenizedText, _ index: Int, language: inout LanguageCounts?) -> Bool {
    let token = text.tokens[index]
    guard token.kind == .word, token.shape == .capitalized || token.shape == .lower else { return false }
    let bytes = nameBytes(text, index)
    guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) else { return false }
    let first = bytes[bytes.startIndex..<hyphen]
    let second = bytes[(hyphen + 1)...]
    guard first.count >= 2, second.count >= 2, !second.contains(UInt8(ascii: "-")),
      !first.contains(UInt8(ascii: "'")), !second.contains(UInt8(ascii: "'"))
    else { return false }
    // Each half a capital and then lower case ("Weber-Santana"; not "MO-Kansas"), or both in lower case.
    func isShaped(_ half: ArraySlice<UInt8>) -> Bool {
      let head = half[half.startIndex]
      let next = half[half.startIndex + 1]
      let nextIsLower = (0x61...0x7A).contains(next) || next >= 0x80
      return (token.shape == .lower ? (0x61...0x7A).contains(head) : (0x41...0x5A).contains(head)) && nextIsLower
    }
    guard isShaped(first), isShaped(second) else { return false }
    let keys = [TokenKey(utf8: first), TokenKey(utf8: second)]
    let lexicons = store.lexicons
    guard keys.allSatisfy({ lexicons.surnames.contains($0) && !Self.functionWords.contains($0) && !lexicons.stopwords.contains($0) }),
      !keys.allSatisfy({ isPlaceName($0) && (surnameRank($0) ?? Int.max) > 1000 }), !keys.allSatisfy({ isOrdinary($0) }),
      !(token.shape == .lower
        && keys.contains(where: { isOrdinary($0) || lexicons.otherLanguageCommonWords.contains($0) })),
      !isPlaceName(nameKey(text, index)), !lexicons.firstNames.contains(nameKey(text, index))
    else { return false }
    if let given = givenNameRank(keys[1]), given <= 300, given < (surnameRank(keys[1]) ?? Int.max) { return false }
    let tokens = text.tokens
    if index > 0, !token.lineBreakBefore {
      let before = tokens[index - 1]
      // "Mary Smith-Jones", "Dr. García-López": one person's double surname. "virus de Epstein-Barr", "tipo
      // Swan-Ganz": an eponym.
      if before.kind == .word, before.shape == .capitalized, isGivenName(text, index - 1) { return false }
      if Self.eponymJoiners.contains(before.key) || Self.eponymMarkers.contains(before.key) { return false }
    }
    // "the Kaplan-Meier estimator", "Epstein-Barr virus", "Mann-Whitney test": a lowercase noun after the pair
    // makes it an eponym; a verb ("Mayo-Walters invested", "Garcia-Roberson is") does not.
    let after = index + 1
    if token.possessiveLength == 0, after < tokens.count, !tokens[after].lineBreakBefore, tokens[after].kind == .word,
      tokens[after].shape == .lower, !lexicons.stopwords.contains(tokens[after].key),
      !Self.personVerbs.contains(tokens[after].key), !text.unit.utf8[tokens[after].range].suffix(2).elementsEqual("ed".utf8)
    {
      return false
    }
    // In Spanish or German clinical text such pairs are eponyms ("Por Swan-Ganz se mide", "proteinuria (Bence-Jones)").
    return titleBefore(text, index) == nil && !languageCounts(of: text, cache: &language).isOtherLanguage
  }

  /// Lists of given names written in lower case ("silvana, adam, christopher and caleb"): three or more single
  /// lowercase words joined by commas and "and", at least three of them known given names that are no ordinary
  /// words and more of them not place names than place names ("paris, london and berlin" is no list of people).
  private func findLowercaseLists(in text: TokenizedText, into findings: inout [Finding]) {
    let tokens = text.tokens
    var index = 0
    while index + 1 < tokens.count {
      guard tokens[index].kind == .word, tokens[index].shape == .lower, Self.listJoiners.contains(text.tokens[index + 1].key)
      else {
        index += 1
        continue
      }
      // Grow the list: word (joiner joiner?) word ...
      var members = [index]
      var next = index + 1
      while next < tokens.count, !tokens[next].lineBreakBefore {
        var gap = next
        var joiners = 0
        while gap < tokens.count, joiners < 2, Self.listJoiners.contains(text.tokens[gap].key), !tokens[gap].lineBreakBefore {
          gap += 1
          joiners += 1
        }
        guard joiners > 0, gap < tokens.count, tokens[gap].kind == .word, tokens[gap].shape == .lower,
          tokens[gap].spaceBefore, !tokens[gap].lineBreakBefore, !Self.listJoiners.contains(text.tokens[gap].key)
        else { break }
        members.append(gap)
        next = gap + 1
      }
      index = members[members.count - 1] + 1
      // A member is one word: a word glued to the next one ("adam-smith") ends the list there.
      guard members.count >= 3 else { continue }
      var known = 0
      var places = 0
      var plausible = true
      for member in members {
        if isCommon(text, member) || Self.functionWords.contains(text.tokens[member].key) || tokens[member].range.count < 2
          || isCode(text, member)
        {
          plausible = false
          break
        }
        if isFrequentGivenName(text, member) { known += 1 }
        if store.lexicons.places.contains(text.tokens[member].key) { places += 1 }
      }
      guard plausible, known >= 3, known >= members.count - 1, places * 2 < members.count else { continue }
      for member in members {
        let explanation = Explanation(
          recognizer: id, pattern: "name evidence", baseScore: 0.5,
          notes: ["one of \(members.count) lowercase given names in a list"])
        findings.append(Finding(entity: entity, range: tokens[member].range, score: 0.5, explanation: explanation))
      }
    }
  }

  /// Whether a quotation closes right before token `index`: a closing quotation mark, perhaps after a comma ('"It
  /// works," says', "'Done', said").
  private func closesQuotation(_ text: TokenizedText, before index: Int) -> Bool {
    var position = index - 1
    if position >= 0, text.tokens[position].key == Marks.comma { position -= 1 }
    return position >= 0 && text.tokens[position].kind == .punctuation && Self.closingQuotes.contains(text.tokens[position].key)
  }

  /// Marks that close a quotation.
  static let closingQuotes: TokenSet = ["\"", "”", "’", "'", "»"]

  /// Names in a coordinated list ("Eklund, Michael and Hodge"; "Marrero and Murphy were"): when every member is a
  /// known name word and at least two members are, each member counts as a name even if alone it would not.
  private func liftLists(_ candidates: inout [Candidate], in text: TokenizedText) {
    guard candidates.count >= 2 else { return }
    var groupStart = 0
    while groupStart < candidates.count {
      var groupEnd = groupStart
      while groupEnd + 1 < candidates.count, joined(candidates[groupEnd], candidates[groupEnd + 1], in: text) {
        groupEnd += 1
      }
      // Indices, not a slice: a slice of `candidates` held across the writes below would copy the whole array at
      // each group (quadratic in a text of many capitalized words).
      let members = groupStart...groupEnd
      // Every member a known name, or at least two known names and the rest capitalized words that are no
      // ordinary words ("Hleb, Sheila, Donna and Sherry").
      let known = members.filter { candidates[$0].allNameWords }.count
      if members.count >= 2, let reason = peopleListReason(candidates, members, in: text) {
        // Named among people, a member outranks a dictionary's reading of it as a place or a company ("Park and Mann
        // were", "founders: Morrison, Rogers and Torres") when some other member is no place; a list of places only
        // ("London and Paris were both great") keeps their place readings.
        let placeLike = members.map {
          candidates[$0].start == candidates[$0].end && isPlaceName(text.tokens[candidates[$0].start].key)
        }
        for (offset, position) in members.enumerated() {
          let amongPeople = placeLike.indices.contains { $0 != offset && !placeLike[$0] }
          let floor = amongPeople ? 0.65 : 0.5
          guard candidates[position].finding.score < floor else { continue }
          candidates[position].finding.score = floor
          candidates[position].finding.explanation.baseScore = floor
          candidates[position].finding.explanation.notes.append(reason)
        }
      } else if members.count >= 2,
        known == members.count || (known >= 2 && members.allSatisfy { candidates[$0].plausible })
      {
        // In a list of three or more that is mostly not place names ("Mary, Ariana, Isabel, Teresa"), the members
        // that are also places are people too, and outrank the place reading.
        // Only given names are raised that far ("Lilly, Dista, Madrid" is a maker and its city).
        let starts = members.map { candidates[$0].start }
        let people = starts.filter {
          isGivenName(text, $0) && !isCommon(text, $0) && !store.lexicons.places.contains(text.tokens[$0].key)
        }.count
        let places = starts.filter { store.lexicons.places.contains(text.tokens[$0].key) }.count
        for position in members {
          let given = isGivenName(text, candidates[position].start) && !isCommon(text, candidates[position].start)
          let floor = members.count >= 3 && people >= 3 && places * 2 < members.count && given
            && !candidates[position].placeReading ? 0.65 : 0.5
          guard candidates[position].finding.score < floor else { continue }
          candidates[position].finding.score = floor
          candidates[position].finding.explanation.baseScore = floor
          candidates[position].finding.explanation.notes.append("one of \(members.count) names in a list")
        }
      } else if members.count == 2,
        ((candidates[groupStart].end + 1)..<candidates[groupEnd].start).contains(where: { !text.tokens[$0].isMark(in: text.unit.utf8, ",") })
      {
        // "Will and Kate's honeymoon", "Ray and Janay Rice", "Ripley and Bishop": joined by a conjunction (not a comma
        // alone: "Nursing Staff, Ward 4B") to a name found on its own, a frequent given name or surname that is also an
        // ordinary word is a name too. So is a word no list holds before a surname, joined to a full name ("Abebe
        // Bikila and Tigist Haile"): the lists miss many given names of Africa and Asia.
        for (position, other) in [(groupStart, groupEnd), (groupEnd, groupStart)] {
          let start = candidates[position].start
          guard candidates[other].finding.score >= 0.5,
            candidates[other].allNameWords || candidates[other].end > candidates[other].start,
            candidates[position].finding.score < 0.5, text.tokens[start].shape == .capitalized,
            !candidates[position].placeReading
          else { continue }
          let word = candidates[position].end == start
            && !DictionaryRecognizer.calendarWords.contains(text.tokens[start].key)
            && (isFrequentGivenName(text, start, maximumRank: 1000)
              || isFrequentSurname(text, start, maximumRank: 2000))
          let unlistedGivenName = candidates[position].end == start + 1
            && candidates[other].end > candidates[other].start && text.tokens[start + 1].shape == .capitalized
            && isUnlistedNameShape(text, start) && isSurname(text, start + 1) && !isCommon(text, start + 1)
          guard word || unlistedGivenName else { continue }
          candidates[position].finding.score = 0.5
          candidates[position].finding.explanation.baseScore = 0.5
          candidates[position].finding.explanation.notes.append("joined to a name")
        }
      }
      groupStart = groupEnd + 1
    }
  }

  /// Plural nouns of people that head a list after a colon ("Our founders: Šušulić, Bowman and White", "Attendees:
  /// Kowalski, Brown").
  static let peopleListHeads: TokenSet = [
    "founders", "cofounders", "attendees", "participants", "speakers", "authors", "guests", "panelists", "panellists",
    "organizers", "organisers", "hosts", "judges", "invitees", "present", "absent", "apologies", "cast", "starring",
    "interviewees", "reviewers", "assignees", "witnesses", "signatories", "presenters", "instructors", "members",
    "attending", "cc",
  ]

  /// Verbs in the plural that two people joined by "and" are the subject of ("Torpy and Salinas were", "Lamovec and
  /// Morales had").
  static let pluralVerbsOfPeople: TokenSet = [
    "were", "had", "both", "went", "met", "married", "said", "say", "lived", "live", "became", "founded",
    "grew", "decided", "agreed",
  ]

  /// Why every member of a list of two or more names people though alone they may not read as names, or nil: a
  /// plural noun of people and a colon before the list ("founders: Šušulić, Bowman and White"), or a plural verb of
  /// people after a list whose last two members are joined by "and" ("Torpy and Salinas were", "Smith, Jones and
  /// Brown were"). Each member is one capitalized word, a listed given name or surname or a word that no list holds
  /// (no English word, no place), and one of them is no ordinary word ("Members: Gold, Silver and Bronze" lists
  /// none); before the verb, all members but one are listed names ("Muslija and Brown were"; not "Python and Rust
  /// were", whose Python is an English word).
  private func peopleListReason(_ candidates: [Candidate], _ members: ClosedRange<Int>, in text: TokenizedText) -> String? {
    let tokens = text.tokens
    let words = members.map { candidates[$0].start }
    guard
      members.allSatisfy({ candidates[$0].start == candidates[$0].end && !candidates[$0].placeReading }),
      words.allSatisfy({ tokens[$0].shape == .capitalized && tokens[$0].range.count > 1 }),
      words.allSatisfy({ isNameWord(text, $0) || isUnknownWord(text, $0) }),
      words.contains(where: { !isCommon(text, $0) })
    else { return nil }
    let first = words[0]
    if first >= 2, tokens[first - 1].isMark(in: text.unit.utf8, ":"), !tokens[first - 1].lineBreakBefore,
      Self.peopleListHeads.contains(tokens[first - 2].key)
    {
      return "one of \(words.count) names listed after '\(text.keys[first - 2]):'"
    }
    let after = candidates[members.upperBound].end + 1
    guard let last = words.last, after < tokens.count, !tokens[after].lineBreakBefore,
      Self.pluralVerbsOfPeople.contains(tokens[after].key), tokens[last - 1].key == Self.and,
      words.filter({ isNameWord(text, $0) }).count >= words.count - 1
    else { return nil }
    return "one of \(words.count) names before '\(text.keys[after])'"
  }

  /// Whether only list joiners (a comma, "and", ", and") lie between two runs on one line. Dutch "en" is Spanish and
  /// French "in" too: it joins names when one of them is a given name ("Ruud en Marco"), but not after an ordinary
  /// Spanish word ("Vivo en Fernando de la Mora"), nor before a place that is no frequent given name ("Vivo en
  /// Sevilla"), a street or a place by its head ("Vivo en Calle Mayor").
  private func joined(_ first: Candidate, _ second: Candidate, in text: TokenizedText) -> Bool {
    guard second.start > first.end + 1, second.start - first.end <= 3 else { return false }
    let gap = (first.end + 1)..<second.start
    for position in gap {
      if text.tokens[position].lineBreakBefore || !Self.listJoiners.contains(text.tokens[position].key) { return false }
    }
    if text.tokens[second.start - 1].key == Self.dutchAnd,
      Self.namesakeHeads.contains(text.tokens[second.start].key)
        || (isListedPlace(text, second.start) && !isFrequentGivenName(text, second.start, maximumRank: 1000))
        || (!isGivenName(text, second.start) && !isGivenName(text, first.start))
        || store.lexicons.otherLanguageCommonWords.contains(text.tokens[first.start].key)
    {
      return false
    }
    return !text.tokens[second.start].lineBreakBefore
  }

  private static let dutchAnd = TokenKey("en")

  /// Whether token `index` starts a listed town, region or country.
  private func isListedPlace(_ text: TokenizedText, _ index: Int) -> Bool {
    let lexicons = store.lexicons
    return lexicons.places.longestMatch(in: text, from: index) != nil
      || lexicons.regions.longestMatch(in: text, from: index) != nil
      || lexicons.countries.longestMatch(in: text, from: index) != nil
  }

  private func isNameWord(_ text: TokenizedText, _ index: Int) -> Bool {
    isGivenName(text, index) || isSurname(text, index)
  }

  /// The token's bytes without a possessive `'s` or `’s` ("Meza's" → "Meza").
  private func nameBytes(_ text: TokenizedText, _ index: Int) -> ArraySlice<UInt8> {
    let start = text.tokens[index].range.lowerBound
    return text.unit.utf8[start..<(start + nameLength(text, index))]
  }

  /// The length of the token without a possessive `'s` or `’s`.
  private func nameLength(_ text: TokenizedText, _ index: Int) -> Int { text.lengthWithoutPossessive(index) }

  /// The lookup key of the token without a possessive `'s` ("Meza's" → "meza").
  private func nameKey(_ text: TokenizedText, _ index: Int) -> TokenKey {
    text.possessiveStemKey(index) ?? text.tokens[index].key
  }

  /// Whether tokens `start...end` are a country's usual English name ("Canada", "Hong Kong"; not "Kuba").
  private func isEnglishCountryName(_ text: TokenizedText, from start: Int, to end: Int) -> Bool {
    guard let match = store.lexicons.countries.longestMatch(in: text, from: start), match.end == end else { return false }
    return store.englishCountryEntries.contains(match.entry)
  }

  /// Whether tokens `start...end` are an entry of `gazetteer`, whole.
  private func wholeMatch(of gazetteer: Gazetteer, in text: TokenizedText, from start: Int, to end: Int) -> Bool {
    guard let match = gazetteer.longestMatch(in: text, from: start) else { return false }
    return match.end == end && !match.possessive
  }

  /// The last token of a capitalized region or country after a comma right after token `end` on its line, when it is
  /// no frequent given name and goes on no list ("Austin, Texas"; not "Austin, Georgia" nor "Mary, Paul and Peter",
  /// lists of people as much); `nil` otherwise.
  private func regionOrCountryAfterComma(_ text: TokenizedText, after end: Int) -> Int? {
    let start = end + 2
    guard let last = text.placeAfterComma(after: end, placeEnd: { regionOrCountryEnd(text, $0) }),
      last > start || !isFrequentGivenName(text, start, maximumRank: 200)
    else { return nil }
    return last
  }

  /// The last token of the listed region or country (not a possessive: "Georgia's flight") that starts at token
  /// `index`, if one does.
  private func regionOrCountryEnd(_ text: TokenizedText, _ index: Int) -> Int? {
    let lexicons = store.lexicons
    guard let match = lexicons.regions.longestMatch(in: text, from: index) ?? lexicons.countries.longestMatch(in: text, from: index),
      !match.possessive
    else { return nil }
    return match.end
  }

  /// Whether token `start` starts a region or country that a comma and a city of 500,000 people or more come right
  /// before, and no list goes on after it ("Paris, France": France is no one addressed; not "Jackson, Georgia").
  private func isRegionAfterBigCity(_ text: TokenizedText, _ start: Int) -> Bool {
    let end = start - 2
    guard end >= 0, text.tokens[start - 1].isMark(in: text.unit.utf8, ","), !text.tokens[start].lineBreakBefore,
      let regionEnd = regionOrCountryEnd(text, start),
      !text.continuesList(after: regionEnd, placeEnd: { regionOrCountryEnd(text, $0) })
    else { return false }
    for first in stride(from: end, through: max(0, end - 2), by: -1) where DictionaryRecognizer.isCapitalized(text.tokens[first]) {
      guard let match = store.lexicons.places.longestMatch(in: text, from: first), match.end == end,
        let population = Self.population(of: store.lexicons.places.entries[match.entry])
      else { continue }
      return population >= 500_000
    }
    return false
  }

  /// The population of an entry of `cities.txt` (its fourth column).
  private static func population(of place: Gazetteer.Entry) -> Int? {
    place.attributes.count >= 3 ? Int(place.attributes[2]) : nil
  }

  /// The population of the city whose primary name tokens `start...end` are, as written, when it is 500,000 or more,
  /// or 300,000 or more when a lowercase connector joins its words ("Rio de Janeiro", "Mar del Plata", "Santiago de
  /// Cuba"); `nil` for smaller towns ("Morgan Hill", "Lauro de Freitas") and for another city's alternate name or a
  /// spelling without its diacritics ("Lourenço Marques", "Thanh Hoa").
  private func bigCityPopulation(_ text: TokenizedText, from start: Int, to end: Int) -> Int? {
    guard let match = store.lexicons.places.longestMatch(in: text, from: start), match.end == end, !match.possessive
    else { return nil }
    let place = store.lexicons.places.entries[match.entry]
    guard place.attributes.count >= 4, let population = Self.population(of: place),
      text.unit.utf8[text.tokens[start].range.lowerBound..<text.tokens[end].range.upperBound].elementsEqual(
        place.attributes[3].utf8)
    else { return nil }
    let connected = (start...end).contains { text.tokens[$0].shape == .lower }
    return population >= (connected ? 300_000 : 500_000) ? population : nil
  }

  private func isGivenName(_ text: TokenizedText, _ index: Int) -> Bool {
    if store.lexicons.firstNames.contains(nameKey(text, index)) { return true }
    // "Siobhán", listed as "Siobhan": the bare spelling, unless that is an ordinary word ("Déjà" → "deja").
    guard let folded = foldedKey(text, index) else { return false }
    return store.lexicons.firstNames.contains(folded) && !isOrdinary(folded)
  }

  /// The lookup key of a capitalized word with Latin diacritics written without them ("Siobhán" → "siobhan", "Aydın"
  /// → "aydin"), for the names that the lists hold in one spelling only. `nil` for a word in lower case ("niña",
  /// "está"), one shorter than four bytes, and one with letters beyond Latin-1 and Latin Extended-A. At a sentence's
  /// start, accented words are mostly ordinary ones whose bare spelling is a name ("Olá!", "Niña de 9 años"): there
  /// the word needs a surname or an honorific after it ("Ayşe Yılmaz", "Ayşe Hanım").
  private func foldedKey(_ text: TokenizedText, _ index: Int) -> TokenKey? {
    let token = text.tokens[index]
    guard token.shape != .lower else { return nil }
    if token.startsSentence {
      guard !Self.accentedFunctionWords.contains(token.key) else { return nil }
      let next = index + 1
      guard startsCapitalizedWord(text, next), text.tokens[next].spaceBefore,
        isSurname(text, next) || Self.honorificsAfterName.contains(text.tokens[next].key)
      else { return nil }
    }
    let bytes = nameBytes(text, index)
    // U+00C0...U+017F are the two-byte sequences C3 80 ... C5 BF; any other lead byte gives up before allocating.
    var accented = false
    for byte in bytes where byte >= 0xC0 {
      guard (0xC3...0xC5).contains(byte) else { return nil }
      accented = true
    }
    guard accented, bytes.count >= 4 else { return nil }
    var folded: [UInt8] = []
    folded.reserveCapacity(bytes.count)
    var position = bytes.startIndex
    while position < bytes.endIndex {
      let byte = bytes[position]
      if byte < 0x80 {
        folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        position += 1
        continue
      }
      guard byte >= 0xC3, position + 1 < bytes.endIndex, (0x80...0xBF).contains(bytes[position + 1]) else { return nil }
      let base = Self.latinBaseLetters[(Int(byte & 0x1F) << 6 | Int(bytes[position + 1] & 0x3F)) - 0xC0]
      guard base != UInt8(ascii: "_") else { return nil }
      folded.append(base | 0x20)
      position += 2
    }
    return TokenKey(lowercased: folded)
  }

  /// Function words and interjections of other languages with letters beyond ASCII whose bare spelling is a name
  /// somewhere ("Très Bien", "Não Silva": "Tres", "Nao"): they open no name at a sentence's start.
  private static let accentedFunctionWords: TokenSet = [
    "não", "très", "já", "é", "está", "até", "você", "também", "só", "será", "où", "là", "déjà", "même", "après",
    "été", "más", "qué", "cómo", "dónde", "también", "así", "sí", "aún", "después", "según", "über", "für", "würde",
    "natürlich", "olá", "ça", "voilà", "però", "più", "già", "perché", "così", "città", "någon", "några", "också",
    "även", "się", "że", "już", "çok", "şimdi", "için", "günaydın", "papá", "mamá", "señor", "señora",
  ]

  /// The base letter of each of U+00C0...U+017F (Latin-1 Supplement and Latin Extended-A) from its canonical
  /// decomposition, and Turkish dotless ı as "i", as it is written without its letters beyond ASCII; `_` where there
  /// is none (Æ, Ð, Ø, ß, Ł, ...) or the code point is no letter.
  private static let latinBaseLetters = Array(
    ("AAAAAA_CEEEEIIII_NOOOOO__UUUUY__aaaaaa_ceeeeiiii_nooooo__uuuuy_y"
      + "AaAaAaCcCcCcCcDd__EeEeEeEeEeGgGgGgGgHh__IiIiIiIiIi__JjKk_LlLlLl_"
      + "___NnNnNn___OoOoOo__RrRrRrSsSsSsSsTtTt__UuUuUuUuUuUuWwYyYZzZzZz_").utf8)

  private func isSurname(_ text: TokenizedText, _ index: Int) -> Bool {
    store.lexicons.surnames.contains(nameKey(text, index)) || hasSurnameEnding(text, index)
  }

  /// A capitalized word of six letters or more with a typical surname ending, not an ordinary word.
  private func hasSurnameEnding(_ text: TokenizedText, _ index: Int) -> Bool {
    guard text.tokens[index].shape == .capitalized, nameLength(text, index) >= 6 else { return false }
    let bytes = nameBytes(text, index)
    func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    let tail = Int(lowered(bytes[bytes.endIndex - 2])) << 8 | Int(lowered(bytes[bytes.endIndex - 1]))
    guard Self.surnameEndingTails[tail >> 6] & (1 << UInt64(tail & 63)) != 0,
      Self.surnameEndingLengths.contains(where: { length in
        length < bytes.count
          && Self.surnameEndingKeys.contains(TokenKey(lowercased: bytes.suffix(length).lazy.map(lowered)))
      }),
      !isCommon(text, index)
    else { return false }
    return true
  }

  /// Whether token `index` is a word of a script without letter case (its first letter is neither upper nor lower case).
  private func isUncased(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.kind == .word, token.shape == .lower, let byte = text.unit.utf8[token.range].first, byte >= 0x80 else {
      return false
    }
    let (scalar, _) = Tokenizer.decode(text.unit.utf8, at: token.range.lowerBound)
    return !scalar.properties.isLowercase && !scalar.properties.isUppercase && scalar.properties.isAlphabetic
  }

  /// Whether token `index` is a word with the Arabic article ("العلي", al-Ali) right after a given name in the run
  /// (`previous`): the family name that Arabic writes after the given name, which name lists rarely hold with the article.
  private func isArabicFamilyName(_ text: TokenizedText, _ index: Int, after previous: Int?) -> Bool {
    guard let previous, previous == index - 1, isGivenName(text, previous) else { return false }
    let bytes = text.unit.utf8[text.tokens[index].range]
    return bytes.count > 6 && bytes.starts(with: Self.arabicArticle)
  }

  /// "ال" in UTF-8.
  private static let arabicArticle: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]

  /// Whether tokens `start` and `start + 1` on one line are a given name and a surname in capitals, of three letters
  /// or more each and neither an ordinary word ("KRISTEN BELL" is not: "bell" is one).
  private func isCapitalsNamePair(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    guard start + 1 < tokens.count, tokens[start].range.count >= 3, isGivenName(text, start), !isCommon(text, start)
    else { return false }
    let next = tokens[start + 1]
    return next.kind == .word && next.shape == .upper && next.spaceBefore && !next.lineBreakBefore
      && next.range.count >= 3 && isSurname(text, start + 1) && !isCommon(text, start + 1)
  }

  /// A single capital letter without a period between two name words ("Ryan P Costa").
  private func isBareInitial(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.kind == .word, isOneLetter(text, index), token.shape == .capitalized, text.tokens[index].key != Marks.i,
      index + 1 < text.tokens.count
    else { return false }
    let next = text.tokens[index + 1]
    return next.kind == .word && next.shape == .capitalized && next.spaceBefore && !next.lineBreakBefore
      && next.range.count > 1
  }

  /// Whether token `index` is an organization's legal form as written: a capital letter, and for the
  /// ambiguous ones (`AS`, `SE`, `Co`) exactly the dictionary's spelling ("Laila Hansen as a ..." is a name).
  private func isOrganizationSuffix(_ text: TokenizedText, _ index: Int) -> Bool {
    guard text.tokens[index].shape != .lower, let entry = store.lexicons.organizationSuffixes.entry(for: text.tokens[index].key) else {
      return false
    }
    if entry.attributes.count >= 2, entry.attributes[1] == "yes" {
      return text.unit.utf8[text.tokens[index].range].elementsEqual(entry.text.utf8)
    }
    return true
  }

  /// Whether a listed place of several words that starts with a capital on one of the three
  /// tokens before `start` takes in token `start` ("Las Vegas", "San Jose", "Rio de Janeiro").
  private func startsInsidePlace(_ text: TokenizedText, _ start: Int) -> Bool {
    for first in max(0, start - 3)..<start where DictionaryRecognizer.isCapitalized(text.tokens[first]) {
      if let match = store.lexicons.places.longestMatch(in: text, from: first), match.end >= start { return true }
    }
    return false
  }

  /// Whether token `index` is a single capital letter followed by a period (an initial).
  private func isInitial(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    return token.kind == .word && isOneLetter(text, index) && token.shape == .capitalized && index + 1 < text.tokens.count
      && text.tokens[index + 1].key == Marks.period && !text.tokens[index + 1].spaceBefore
  }

  /// Auxiliaries that are surnames too ("Will", "Should"): after a given name in capitals they go on the sentence, not
  /// the name ("JOHN WILL CALL"); so do month and weekday names (`DictionaryRecognizer.calendarWords`: "INDIA MAY BE
  /// BLAMED").
  static let auxiliaries: TokenSet = [
    "will", "may", "can", "shall", "must", "might", "could", "would", "should", "did", "does", "has", "had", "was",
    "were", "are", "is", "be", "been",
  ]

  /// Whether the word in capitals at `index` goes on a name that a text that shouts opened ("CALL JOHN BAKER NOW"):
  /// a name word of three letters or more that is no ordinary word (two letters for a surname after a given name or
  /// an initial: "ANNA LI"), or a frequent surname (rank 1,000 or better) right after a given name, even when it is
  /// an ordinary word too ("BAKER", "WHITE"), but no auxiliary, month or weekday ("INDIA MAY BE BLAMED"). Not "NOW", "CA",
  /// "FOLLOW".
  private func continuesShoutedName(_ text: TokenizedText, _ index: Int, after previous: Int?) -> Bool {
    // "ANNA LI", "TOM NG": a surname of two letters only right after a given name or an initial.
    guard text.tokens[index].range.count > 2
      || (previous.map { isGivenName(text, $0) || isInitial(text, $0) } == true && isSurname(text, index) && !isCommon(text, index))
    else { return false }
    // "THE CHRISTIAN CHURCH": a head noun joins the run, which it then makes a body's name, as in title case.
    if Self.nonPersonHeads.contains(nameKey(text, index)) { return true }
    guard isNameWord(text, index) else { return false }
    if !isCommon(text, index) { return true }
    let key = nameKey(text, index)
    guard let previous, isGivenName(text, previous), !Self.auxiliaries.contains(key),
      !DictionaryRecognizer.calendarWords.contains(key)
    else { return false }
    return isFrequentSurname(text, index, maximumRank: 1000)
  }

  /// Whether token `index` is one character: "J", and "Ç", "Ö", "Ł" (two bytes) as in "Mr Ç. Yüksel".
  private func isOneLetter(_ text: TokenizedText, _ index: Int) -> Bool {
    let range = text.tokens[index].range
    return range.count == Tokenizer.sequenceLength(text.unit.utf8[range.lowerBound])
  }

  /// What the rules weigh about a whole text, found once per text and only when first asked: asking for each
  /// candidate would make a long text quadratic.
  private struct TextFacts {
    /// The counts of the text's lowercase words by language.
    var language: LanguageCounts?
    /// The tokens that open a line as a known given name and a colon ("Nicole:"), at most two of them.
    var namedSpeakers: [Int]?
    /// Whether the text is written in capitals throughout ("PLEASE JUSTIN FOLLOW ME").
    var shouting: Bool?
  }

  /// Whether the text shouts: of its words of two characters or more, at least two and three in four are in
  /// capitals. Its capitals then say nothing about names, so a name word in capitals counts as a capitalized one
  /// would. Handles, hashtags, links' pieces and words with digits ("x5481") do not count either way.
  private func isShouting(_ text: TokenizedText, cache: inout Bool?) -> Bool {
    if let cache { return cache }
    var (upper, other) = (0, 0)
    for (index, token) in text.tokens.enumerated() where token.kind == .word && token.range.count > 1 {
      if index > 0, !token.spaceBefore, Marks.gluedBefore.contains(text.tokens[index - 1].key) { continue }
      if text.unit.utf8[token.range].contains(where: { $0 &- 0x30 < 10 }) { continue }
      switch token.shape {
      case .upper: upper += 1
      case .lower, .capitalized: other += 1
      default: break
      }
    }
    let shouting = upper >= 2 && upper >= 3 * other
    cache = shouting
    return shouting
  }

  /// Whether token `index`, a word in capitals, is one of the 1,000 most frequent given names (four letters or more,
  /// no English word) after an English word in capitals on its line, at the end of its clause: shouted in a text that
  /// otherwise does not shout ("PLEASE JUSTIN !", "SWIM CHARLIE , SWIM"; not "AWS EMMA"). Acronyms that are given
  /// names are mostly short or words ("MAX", "AMBER").
  private func isShoutedGivenName(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    guard tokens[index].range.count >= 4, isFrequentGivenName(text, index, maximumRank: 1000),
      !store.englishWords.contains(tokens[index].key)
    else { return false }
    // A word shouted, not an acronym: an English word in capitals ("PLEASE", "TALK"; not "AWS").
    func isCapitalsWord(_ other: Int) -> Bool {
      tokens[other].kind == .word && tokens[other].shape == .upper && tokens[other].range.count > 1
        && (store.englishWords.contains(tokens[other].key) || store.lexicons.stopwords.contains(tokens[other].key))
    }
    // The name closes the shouted words: its clause ends after it ("PLEASE JUSTIN !", "TALK KIRK"); a word after it
    // makes a phrase of the two ("MATT FINISH paint", "NEW KYLIE lipstick", "ALEXA PLAY").
    let closes = index + 1 == tokens.count || tokens[index + 1].lineBreakBefore
      || tokens[index + 1].kind == .punctuation
    guard closes, index > 0, !tokens[index].lineBreakBefore else { return false }
    if isCapitalsWord(index - 1) { return true }
    // Or at the end of a sentence in lower case, unless a place has the name too ("Thanks for everything MIKE", "Love
    // you forever, TAYLOR"; not "We love you, PARIS!", "Well played, CHELSEA").
    let before = tokens[index - 1]
    let afterWords = (before.kind == .word && before.shape == .lower)
      || (before.isMark(in: text.unit.utf8, ",") && index > 1 && tokens[index - 2].kind == .word)
    return afterWords && !isListedPlace(text, index)
  }

  /// Whether token `start` can open a name at all, by the cheapest tests: most tokens are punctuation or lowercase
  /// words, and in lower case only a name word, a word of a script without case, or a word after a cue phrase can.
  /// (A lowercase word glued to a '#' is no hashtag name either: those are capitalized.) Checked before
  /// `evaluateRun`, whose candidate is a large value to hand back for nothing.
  private func mayOpenName(_ text: TokenizedText, _ start: Int) -> Bool {
    let first = text.tokens[start]
    guard first.kind == .word else { return false }
    guard first.shape == .lower else { return !opensRunOfLetters(text, start) }
    // A lower-case hashtag may spell a name ("#dianeabbott"): `hashtagName` reads it.
    if start > 0, !first.spaceBefore, text.tokens[start - 1].key == .hashMark { return first.range.count >= 6 }
    // Every lowercase rule of `evaluateRun` takes no ordinary word ("the", "will"): the small tables of those answer
    // for most lowercase words before the large name tables are probed. Then a surname opens a name only after a
    // title ("mr smith"); every other rule needs a given name, a cue phrase or a script without case. Most
    // lowercase surnames are words ("young", "hill"), so this spares the evaluation of nearly all of them.
    // (An ordinary word of another language only may still follow a cue: "my name is linda".)
    let key = nameKey(text, start)
    if isOrdinary(key) { return false }
    if store.lexicons.otherLanguageCommonWords.contains(key) {
      return start > 0 && store.lexicons.cuesByLastWord.contains(text.tokens[start - 1].key)
    }
    return isGivenName(text, start) || isUncased(text, start)
      || (start > 0 && store.lexicons.cuesByLastWord.contains(text.tokens[start - 1].key))
      || (isSurname(text, start) && titleBefore(text, start) != nil)
  }

  /// Whether token `start`, which opens a sentence, is a given name the lists miss: a word of three letters or more
  /// that is no English word, ordinary word of another language, town, country or code, before a surname that is no
  /// ordinary word and a verb only people do ("Enner Valencia said"; not "Yesterday Smith said", "Hola Garcia"). A
  /// region's name may be one ("Moravia Novak replied"), which `isUnknownWord` would refuse.
  private func opensUnlistedName(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    let key = tokens[start].key
    return start + 2 < tokens.count && tokens[start].range.count >= 3 && tokens[start + 1].shape == .capitalized
      && isSurname(text, start + 1) && !isCommon(text, start + 1) && !isCommon(text, start)
      && !store.englishWords.contains(key) && !store.lexicons.otherLanguageCommonWords.contains(key)
      && !store.lexicons.places.contains(key) && !store.lexicons.countries.contains(key) && !isCode(text, start)
      && personVerbAfter(text, start + 1) != nil
  }

  /// Whether token `index` is shaped like a name that no list holds: an unknown word (`isUnknownWord`) of four letters
  /// or more in lower case after its capital, of no other language and no demonym's shape ("Nosipho"; not "ChatGPT",
  /// "Llama", "Tbilisi", "Malaysian").
  private func isUnlistedNameShape(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    let bytes = text.unit.utf8[token.range]
    guard token.range.count >= 4, !bytes.dropFirst().contains(where: { (0x41...0x5A).contains($0) || $0 &- 0x30 < 10 }),
      !Self.demonymEndings.contains(where: { bytes.count > $0.count && bytes.suffix($0.count).elementsEqual($0) })
    else { return false }
    return isUnknownWord(text, index) && !store.lexicons.otherLanguageCommonWords.contains(token.key)
  }

  /// Whether the word right before token `start`, on its line and a space apart, is one of `words`.
  private func follows(_ text: TokenizedText, _ start: Int, oneOf words: TokenSet) -> Bool {
    start > 0 && text.tokens[start].spaceBefore && !text.tokens[start].lineBreakBefore
      && words.contains(text.tokens[start - 1].key)
  }

  /// Whether the word right before token `start` is a verb of getting in touch with someone or of meeting someone
  /// ("call", "met", "with").
  private func isAfterContactVerb(_ text: TokenizedText, _ start: Int) -> Bool {
    follows(text, start, oneOf: Self.contactVerbs) || follows(text, start, oneOf: Self.peopleTakingWords)
  }

  /// Whether token `start` is a capital letter standing alone before another ("A B C D", "X X X"), with no
  /// name after the next ("J R Smith" is initials): letters, not a name, and a line of them was a candidate at
  /// every letter.
  private func opensRunOfLetters(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    guard isOneLetter(text, start), start + 2 < tokens.count, tokens[start + 1].kind == .word,
      tokens[start + 1].spaceBefore, isOneLetter(text, start + 1), tokens[start + 1].shape == .capitalized
    else { return false }
    let after = tokens[start + 2]
    return !(after.kind == .word && after.shape == .capitalized && after.range.count > 1)
  }

  /// The name that token `start` opens, if any; `mayOpenName` has said it can.
  private func evaluateRun(in text: TokenizedText, from start: Int, facts: inout TextFacts) -> Candidate? {
    let tokens = text.tokens
    let first = tokens[start]
    // A handle (@dean) or a word glued to a preceding symbol is not a name; a hashtag can be one (#AlanPardew), and
    // so can a word glued to a title's period ("Dr.Jorge Subirá").
    if start > 0, tokens[start - 1].kind == .punctuation, !first.spaceBefore,
      Marks.gluedBefore.contains(tokens[start - 1].key),
      !(tokens[start - 1].key == Marks.period && first.shape == .capitalized && titleBefore(text, start) != nil)
    {
      return tokens[start - 1].key == .hashMark ? hashtagName(in: text, at: start) : nil
    }
    // "I": the pronoun ends a run before its first word (see the loop below), so it opens none; said first, since
    // it is the word most often asked about.
    if first.key == Marks.i, !isInitial(text, start) { return nil }
    // "In Estonia", "To Canada", "Vs Simona Halep": a capitalized preposition or pronoun starts no name.
    if first.shape == .capitalized,
      Self.functionWords.contains(text.tokens[start].key) || Self.titleCasePrepositions.contains(text.tokens[start].key)
        || Self.articlesAndNumerals.contains(text.tokens[start].key)
        || Self.contactLabels.contains(text.tokens[start].key)
    {
      return nil
    }
    // "HOW LONG DO YOU TALK TO A GIRL": the article in capitals opens no name, unless an initial's period follows it.
    if first.range.count == 1, first.key == Marks.a,
      !(start + 1 < tokens.count && tokens[start + 1].key == Marks.period && !tokens[start + 1].spaceBefore)
    {
      return nil
    }
    // "St. Luke's emergency department", "St. Patrick's Day", "Saint John": a saint's name names a church, a
    // hospital, a town or a feast, not someone here (but "Kristoff St. John", where a name comes first, is a surname).
    if followsSaint(text, start) { return nil }
    // "Hurricane Earl", "Super Typhoon Neoguri", "#Typhoon Haiyan": a storm is given a person's name, and is no one.
    if start > 0, Self.storms.contains(tokens[start - 1].key) { return nil }
    let cue = cueBefore(text, start) ?? signOff(before: start, in: text) ?? appositiveCue(before: start, in: text)
    // "Kağan Bey": the honorific after a name is its title, no name of its own (the name's run takes it in).
    if Self.honorificsAfterName.contains(first.key), start > 0, first.spaceBefore, tokens[start - 1].kind == .word,
      tokens[start - 1].shape == .capitalized
    {
      return nil
    }
    // "Damen und Herren", "Ladies and Gentlemen": forms of address joined by "und" name no one.
    if start >= 2, Self.formsOfAddress.contains(first.key), Self.listJoiners.contains(tokens[start - 1].key),
      Self.formsOfAddress.contains(tokens[start - 2].key), !startsCapitalizedWord(text, start + 1)
    {
      return nil
    }
    let formTitle = titleBefore(text, start)
    // "Defense Secretary Chuck Hagel": an office names its holder after it, but only the name's words ("Secretary
    // Hagel Welcomes China" is Hagel; "Uber CEO Visits London" names no one).
    let office = officeBefore(text, start)
    let titleAhead = formTitle ?? office
    let honorific = titleAhead == nil ? honorificAfter(text, start) : nil
    let title = titleAhead ?? honorific
    // A salutation opens no name, capitalized ("Feliz Navidad", "Danke Schön", "Ciao Bella") or after a greeting
    // ("Guten Tag liebe Kunden"), unless it is a given name too (`isNamedSalutation`).
    if titleAhead == nil, !(cue.map { Self.namingCues.contains($0) } ?? false),
      Self.salutations.contains(text.tokens[start].key),
      first.shape == .capitalized || cue.map({ Self.greetingCues.contains($0) }) ?? false,
      !(first.shape == .capitalized && isNamedSalutation(text, start))
    {
      return nil
    }
    // "Lieber Kunde,", "Estimado Cliente,", "Dear Landlord,": after a salutation (but "Bye" and "Cheers") only a given
    // name, a title or a surname that is no ordinary word opens a name ("Dear Kowalski,"); nouns follow them as often.
    // After a letter's salutation, so does a word with letters beyond ASCII ("Sayın Çelik,", "Dear Müller,"), which
    // no English noun has.
    if title == nil, start > 0, Self.salutations.contains(tokens[start - 1].key),
      !Self.englishSalutations.contains(tokens[start - 1].key), !isGivenName(text, start),
      !(isSurname(text, start) && !isCommon(text, start) && !Self.formsOfAddress.contains(first.key)),
      !(Self.formalSalutations.contains(tokens[start - 1].key) && first.shape == .capitalized
        && text.unit.utf8[first.range].contains { $0 >= 0x80 } && !isCommon(text, start)),
      !isUnlistedNameAfterSalutation(text, start)
    {
      return nil
    }
    // "Le chat dort", "Mi pedido": in running text of another language, its pronouns, articles and possessives are
    // capitalized at a sentence's start and open no name there; German's formal "Sie" is capitalized anywhere ("Haben
    // Sie Tipps?"). Elsewhere, and after a cue or a title ("bei Dr. Le": its period ends no sentence), they may be
    // names ("je suis avec Le Minh Duc").
    if first.shape == .capitalized, cue == nil, title == nil,
      first.startsSentence ? Self.otherLanguageOpeners.contains(text.tokens[start].key)
        : Self.germanFormalPronouns.contains(text.tokens[start].key)
    {
      let language = languageCounts(of: text, cache: &facts.language)
      if language.isGerman || (first.startsSentence && language.isOtherLanguage) { return nil }
    }
    // "Mein Sohn Lukas", "Ma voisine Claire": the last word of a cue of two words or more is the cue's, and the name
    // starts after it (a cue of one word may be a name itself: "Said Ahmed"); so is the first ("Happy Birthday Jay").
    // In lower case too: "ik ben moe" (I am tired) names no Ben.
    if first.shape != .upper, start > 0, let ending = cueEnding(before: start + 1, in: text), ending.words.count >= 2 {
      return nil
    }
    if first.shape == .capitalized, title == nil, opensCue(text, start) { return nil }
    // In a script without case, a word that ends a cue is the cue's ("اسمي", my name; "שמי"), not the name after it.
    if isUncased(text, start), cueBefore(text, start + 1) != nil { return nil }
    // After a cue ("my name is"), a lowercase word counts if it is a known name and not an ordinary word.
    // Not after another language's "I am", which an adjective follows as often, and the lists know only English ones
    // ("ik ben moe", "sono stanco").
    // After a naming cue, a name word that is an ordinary word of another language only is the name ("my name is
    // linda", though "linda" is Spanish for pretty).
    let afterNamingCue = cue.map { Self.namingCues.contains($0) } == true
    let lowercaseAllowed = (cue != nil || title != nil) && isNameWord(text, start)
      && !isCommon(text, start, afterNamingCue: afterNamingCue)
      && !(first.shape == .lower && cue.map { Self.otherLanguageCopulas.contains($0) } == true)
    // After a naming cue ("my name is", "call me"), a lowercase word no list knows is a name too, unless it is an
    // ordinary, function or frequent English word ("my name is not important", "call me back", "the surname is
    // spelled S-C-H-M-I-D-T").
    let namedLowercase = !lowercaseAllowed && first.shape == .lower && afterNamingCue
      && first.range.count > 1 && !isCommon(text, start) && !Self.functionWords.contains(text.tokens[start].key)
      && !isCode(text, start) && !Self.typeNames.contains(text.tokens[start].key)
      && !store.frequentEnglishWords.contains(text.tokens[start].key)
    // Without a cue, a lowercase given name followed by a lowercase surname ("patricia desrosiers"), neither an
    // ordinary word, is a name written the way chat users write.
    let lowercasePair = !lowercaseAllowed && first.shape == .lower && isLowercaseNamePair(text, start, language: &facts.language)
    // "wow emma and kaite", "i wish im ryan": in English running text, a frequent given name that is no English
    // word is a name even in lower case, the way chat users write.
    let loneLowercase = !lowercaseAllowed && !namedLowercase && !lowercasePair && first.shape == .lower
      && isLowercaseGivenName(text, start, language: &facts.language)
    // Scripts without case (Arabic, Devanagari, Hebrew, Thai...): a known name word opens a run of such words.
    // A word no list knows opens one before a name word ("अनन्या शर्मा"): without case, and without lists of these
    // scripts' ordinary words, a given name that is also a word ("לי", to me; "جميل", beautiful) is then read with
    // the word before it, and such a run scores below the threshold without a cue.
    let uncasedRun = !lowercaseAllowed && !lowercasePair && isUncased(text, start) && !isCommon(text, start)
      && (isNameWord(text, start) || (start + 1 < tokens.count && isUncased(text, start + 1) && isNameWord(text, start + 1)))
    // "PLEASE JUSTIN !": in a text that shouts, a name word in capitals opens a run as a capitalized one does; so does
    // a frequent given name in a stretch of capitals inside a text that does not ("THANK YOU JINX", "TALK KIRK").
    let shouted = first.shape == .upper && first.range.count > 1 && isNameWord(text, start) && !isCommon(text, start)
      && (isShouting(text, cache: &facts.shouting) || isShoutedGivenName(text, start))
    // "DR A. PATEL WILL SEE YOU": a run a name word or an initial opens in a text that shouts goes on over words in
    // capitals.
    let inShout = shouted || (isInitial(text, start) && isShouting(text, cache: &facts.shouting))
    // "a pic of EVA MENDES !": outside a text that shouts, a given name and a surname in capitals, neither an ordinary
    // word, are a name written so for emphasis.
    let capitalsPair = first.shape == .upper && !shouted && isCapitalsNamePair(text, start)
    guard first.shape == .capitalized || lowercaseAllowed || namedLowercase || lowercasePair || loneLowercase || uncasedRun
      || shouted || capitalsPair,
      !isCode(text, start)
    else {
      return nil
    }
    // (Hindi's "Ji" is a Korean given name's syllable too: "Ji Sung Park".)
    if store.lexicons.titles.contains(text.tokens[start].key) || opensOfficeName(text, start),
      !isKoreanName(text, [start, start + 1, start + 2])
    {
      return nil
    }
    // "eine Reise", "jeden Morgen", "im Dorf", "nach Hause": a German noun after a German article or preposition is that
    // noun. (A run of names after it starts at its first name: "der Bäcker Hans Müller".)
    if title == nil, cue == nil, first.shape == .capitalized, isGermanNounAfterArticle(text, start, facts: &facts) {
      return nil
    }
    // "Las Vegas Breweries": a run that starts inside a place name of several words is the rest of that place.
    if startsInsidePlace(text, start) { return nil }
    // "Thanks Jane": a word capitalized only because it starts the sentence is not part of the name.
    // (After a title, the title's period does not start a sentence: "Dr. Cettina Fanucci".)
    // After a cue ("Name: Sieuwerd Heuver"), the colon does not start a sentence either.
    let startsSentence = first.startsSentence && title == nil && cue == nil
    if startsSentence, start + 1 < tokens.count, tokens[start + 1].shape == .capitalized, tokens[start + 1].spaceBefore,
      !isInitial(text, start)
    {
      if !isNameWord(text, start), !isNameLineAboveAddress(text, start), !opensUnlistedName(text, start),
        !isKoreanName(text, [start, start + 1]), !isKoreanName(text, [start, start + 1, start + 2])
      {
        return nil
      }
      // "Then Laila Hansen": a frequent lowercase word capitalized by the sentence start is not a name,
      // unless it is a given name before a surname ("Will Smith called"). (Not before a word no list knows: "Bill
      // Belichick addresses" is a name, but "Mark Figma files as final" and "Bill Venmo payments" are orders.)
      if store.lexicons.stopwords.contains(text.tokens[start].key),
        !(isGivenName(text, start) && isSurname(text, start + 1) && !isCommon(text, start + 1))
      {
        return nil
      }
    }

    // Collect the run: capitalized words (or name words after a cue), initials, particles.
    var words: [Int] = []
    var index = start
    var end = start
    var middleInitial = false
    while index < tokens.count, words.count < 4 {
      let token = tokens[index]
      if index > start && (!token.spaceBefore || token.lineBreakBefore) { break }
      // A name in capitals in mixed-case text goes on over name words in capitals ("SARAH JESSICA PARKER"), not into
      // another case ("SCOTT WEILAND Announces").
      if capitalsPair && index > start + 1
        && !(token.shape == .upper && isNameWord(text, index) && !isCommon(text, index))
      {
        break
      }
      if token.kind != .word { break }
      // "Dean Ltd", "Acme GmbH": an organization, not a person.
      if isOrganizationSuffix(text, index) { return nil }
      // "the Marshall Plan", "the Monroe Doctrine", "the Nobel Prize": a thing named after someone.
      if index > start, token.shape == .capitalized, Self.thingsNamedAfterSomeone.contains(token.key), start > 0,
        tokens[start - 1].key == Self.the
      {
        return nil
      }
      // "Chelsea Flower Show", "Boston Marathon": a place's event (but "Taylor Swift Concert" holds a name).
      if index > start, token.shape == .capitalized, Self.events.contains(token.key), isPlaceName(nameKey(text, start)) {
        return nil
      }
      if index > start
        && (Self.functionWords.contains(text.tokens[index].key) || Self.contactLabels.contains(text.tokens[index].key)
          || opensDate(text, index) || opensTitledName(text, index) || opensOfficeName(text, index, after: words.last)
          || Self.daysFromNow.contains(text.tokens[index].key) || isJobBoardHeading(text, index)
          || isPlaceInTurkishCase(text, index))
      {
        break
      }
      if isInitial(text, index) {
        if !words.isEmpty { middleInitial = true }
        words.append(index)
        end = index + 1
        index += 2
        continue
      }
      // "benjamin a seiler", "eric g. samoylova": a lowercase middle initial inside a lowercase name.
      if lowercasePair, !words.isEmpty, token.range.count == 1, token.shape == .lower, index + 1 < tokens.count {
        var next = index + 1
        if tokens[next].key == Marks.period, !tokens[next].spaceBefore, next + 1 < tokens.count { next += 1 }
        if tokens[next].kind == .word, tokens[next].shape == .lower, isSurname(text, next), !isCommon(text, next) {
          middleInitial = true
          index = next
          continue
        }
      }
      // "Did A Deal", "Failed A Drug Test": a bare "A" after a word that is no given name is the article of a
      // phrase in Title Case, which ends the run ("Michael A Smith" keeps its initial).
      if !words.isEmpty, token.key == Marks.a, isBareInitial(text, index), !isGivenName(text, words[words.count - 1]) {
        break
      }
      if !words.isEmpty, isBareInitial(text, index) {
        middleInitial = true
        words.append(index)
        end = index
        index += 1
        continue
      }
      // Codes (ORD-2024, GB82) and the pronoun "I" are not name words.
      if isCode(text, index) || tokens[index].key == Marks.i { break }
      // "Mi Dra. López": an abbreviated title inside a run opens a name of its own.
      if index > start, index + 1 < tokens.count, tokens[index + 1].key == Marks.period, !tokens[index + 1].spaceBefore,
        store.lexicons.titles.contains(text.tokens[index].key)
      {
        break
      }
      // "Orange Order Chaplain Rev Gibson": so does a title without its period that is no name, before a capitalized
      // word ("Don", "Major" may be names), unless a given name precedes it ("Priya Kumari Sharma").
      if index > start, index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].shape == .capitalized,
        tokens[index + 1].spaceBefore, store.lexicons.titles.contains(text.tokens[index].key), !isNameWord(text, index),
        !isGivenName(text, index - 1)
      {
        break
      }
      if office != nil, token.shape != .lower, !continuesOfficeHolder(text, index, after: words) {
        if words.isEmpty { return nil }
        break
      }
      let lowercaseName = isNameWord(text, index)
        && !isCommon(text, index, afterNamingCue: afterNamingCue)
      if token.shape == .capitalized || ((lowercaseAllowed || lowercasePair || namedLowercase) && lowercaseName)
        || (inShout && token.shape == .upper && continuesShoutedName(text, index, after: words.last))
        || ((namedLowercase || loneLowercase) && index == start) || (capitalsPair && token.shape == .upper)
        || (uncasedRun && isUncased(text, index) && words.count < 3 && (index == start || isNameWord(text, index)))
        || (words.count < 3 && isArabicFamilyName(text, index, after: words.last))
      {
        words.append(index)
        end = index
        index += 1
        // "Pave's Irena Bílá": a possessive ends the name it belongs to; the next word starts another.
        if nameLength(text, index - 1) != text.tokens[index - 1].range.count { break }
        continue
      }
      if !words.isEmpty, Self.particles.contains(text.tokens[index].key) {
        // "de la Garcia": particles count only when a capitalized word follows them.
        var next = index + 1
        while next < tokens.count, Self.particles.contains(text.tokens[next].key) { next += 1 }
        // "Giulia Rossi di Milano": Italian "di" before a town that is no given name says where the person is from;
        // the name ends before it. (Other particles take towns into names: "dos Santos", "de León".)
        // So does German "von" after a word that is no given name ("nächsten Monat von Gotha nach Scheinfeld"; but
        // "Otto von Bismarck").
        let fromPlace = next == index + 1 && next < tokens.count
          && (text.tokens[index].key == Self.di
            || (text.tokens[index].key == Self.von && !isGivenName(text, words[words.count - 1])))
          && store.lexicons.places.contains(tokens[next].key) && !isGivenName(text, next)
        // "das Konto von Frau Müller": a title after the particle opens a name of its own.
        let titleNext = next < tokens.count && store.lexicons.titles.contains(tokens[next].key)
        if next < tokens.count, tokens[next].shape == .capitalized, tokens[next].spaceBefore, !fromPlace, !titleNext {
          index = next
          continue
        }
      }
      break
    }
    // An initial cannot end a name ("Ryan P" before a line break).
    while let last = words.last, words.count > 1, isOneLetter(text, last), !isInitial(text, last) {
      words.removeLast()
      end = words[words.count - 1]
      if isInitial(text, end) { end += 1 }
    }
    // "Egyptian President Hosni Mubarak", "New Zealand Prime Minister": the words before an office are the
    // office's place or body, unless they are a given name and a surname ("Tim Cook CEO of Apple").
    if let last = words.last, opensOfficeName(text, end + 1, after: last),
      !(isGivenName(text, words[0]) && isSurname(text, last) && words.count > 1)
    {
      return nil
    }
    // "Lindsay Lohan Just Failed": frequent English words after a surname, no name words themselves, end the name.
    while words.count > 2, let last = words.last, store.lexicons.stopwords.contains(nameKey(text, last)),
      !isNameWord(text, last), isSurname(text, words[words.count - 2])
    {
      words.removeLast()
      end = words[words.count - 1]
    }
    // "Race Around Ireland", "Bank Of America": a preposition or a conjunction in Title Case, no name word itself,
    // ends the name before it.
    if let cut = words.indices.dropFirst().first(where: {
      let key = nameKey(text, words[$0])
      return (Self.functionWords.contains(key) || Self.titleCasePrepositions.contains(key)) && !isNameWord(text, words[$0])
        && !Self.particles.contains(key)
    }) {
      words.removeSubrange(cut...)
      end = words[words.count - 1]
    }
    // "GET NICOLA OUT": alone in a text that shouts, a name word must be a given name people have (not "JSON",
    // "DJANGO": ranked past 10,000), unless a cue or a title says so.
    if shouted, words.count == 1, cue == nil, title == nil, !isFrequentGivenName(text, words[0], maximumRank: 10_000) {
      return nil
    }
    // "Dr. Jorge Planelles Gómez Servicio de Urología": another language's head noun starts the next phrase, and so
    // does a facility's head with its name after it ("Ana Ruiz Hospital San Carlos", "Ignacio Gómez Complejo
    // Hospitalario"; at the end, "Harrison Hospital" is the facility's name).
    if let head = words.indices.first(where: { position in
      Self.otherLanguageHeads.contains(text.tokens[words[position]].key)
        || (position > 0 && Self.facilityHeads.contains(text.tokens[words[position]].key)
          && opensFacilityName(text, words[position] + 1))
    }) {
      guard head > 0 else { return nil }
      words.removeSubrange(head...)
      end = words[words.count - 1]
      if isInitial(text, end) { end += 1 }
    }
    guard !words.isEmpty else { return nil }
    // "January Favorites", "March Nonfarm Payrolls Rise", "October Custom": a month or a weekday before an English word
    // that is no name word names the sale, the figure or the event of that day (but "April Jones", "August Alsina" and
    // "Sunday Salvacion" are people).
    if words.count >= 2, cue == nil, title == nil, DictionaryRecognizer.calendarWords.contains(nameKey(text, words[0])),
      !isNameWord(text, words[1]), store.englishWords.contains(nameKey(text, words[1]))
    {
      return nil
    }
    // "Kansas City", "Harrison High School": a place or an organization.
    // (After a title it is a person whose surname is such a word: "Dr. Luis Hospital Martínez".)
    if titleAhead == nil, words.count >= 2,
      words.dropFirst().contains(where: { Self.nonPersonHeads.contains(nameKey(text, $0)) })
    {
      return nil
    }
    // "Aaron Hernandez Indicted", "Kanye West Writes Twitter", "Cindy Holinka Apt": after a given name and a surname,
    // English words that are no name words end the name: a headline's verb, a product, an address's unit. (Not in
    // another language's text, whose surnames English may have borrowed: "Mario Álvarez Maestro".)
    if words.count > 2, isGivenName(text, words[0]) || isInitial(text, words[0]),
      let surname = words.indices.dropFirst().last(where: { isSurname(text, words[$0]) }), surname < words.count - 1,
      words[(surname + 1)...].allSatisfy({ index in
        !isNameWord(text, index) && !Self.nameSuffixes.contains(nameKey(text, index))
          && (store.englishWords.contains(nameKey(text, index)) || store.lexicons.stopwords.contains(nameKey(text, index)))
      }), !languageCounts(of: text, cache: &facts.language).isOtherLanguage
    {
      words.removeSubrange((surname + 1)...)
      end = words[words.count - 1]
    }
    // "the Municipality decided", "the Council said": such a head noun alone is a body, unless it is a given name.
    if words.count == 1, Self.nonPersonHeads.contains(text.tokens[words[0]].key), !isGivenName(text, words[0]) { return nil }
    // "maniobra de Pringle", "Gleason score", "Murphy's sign": a name in an eponym is a procedure or a finding.
    if isEponym(text, start: words[0], end: words[words.count - 1]) { return nil }
    // "Hospital Regional Carlos Haya", "Avda. José Angel Lamas": a facility or a street named after someone.
    if cue == nil, followsNamesakeFacility(text, start) { return nil }

    // "TMZ Reporting Lindsay Lohan Just Failed", "Our Modern Day Andy Kaufman": a run that does not open with a
    // given name but holds a given name and then a surname, neither an ordinary word, starts at that given name;
    // unless a word just before or after them names a place or a body ("Hospital Regional Carlos Haya", "Esquina
    // San Eloy", "the Idre Nya Sami village"), whose namesake the person is. A Vietnamese or Korean name is one
    // written family name first ("Pham Minh Duc", "Gwak Hee Sung").
    if words.count >= 3, !isGivenName(text, words[0]), let inner = firstGivenNameAndSurname(text, words.dropFirst()),
      !isVietnameseName(text, words), !isKoreanName(text, words),
      !(max(0, start - 2)..<words[inner]).contains(where: { Self.namesakeHeads.contains(text.tokens[$0].key) }),
      !(words[inner] + 2 < tokens.count && Self.namesakeHeads.contains(nameKey(text, words[inner] + 2)))
    {
      return nil
    }

    // "Lavrov Meets Wang Yi", "Congrats Maria Lopez", "Ahh Steve": a frequent English word that no name list holds,
    // before words that are all names, is a headline's verb or a word said to them; the name starts after it. One
    // word after it must be a frequent given name ("Visits Crete", "Den Haag" are places). (Not a nickname's first
    // word: "Big Sean", "Lil Wayne".)
    if words.count >= 2, cue == nil, title == nil, words[1] == words[0] + 1, !isNameWord(text, words[0]),
      !Self.nicknameOpeners.contains(tokens[words[0]].key),
      isWordOrContraction(text, words[0], among: store.frequentEnglishWords),
      words.dropFirst().allSatisfy({ isNameWord(text, $0) && !isCommon(text, $0) }),
      words.count > 2 || isFrequentGivenName(text, words[1])
    {
      return nil
    }

    // "Boston Marathon", "Ontario Liberals", "California Woman Dies", "Australia Day": a big city's, a region's or a
    // country's name, even one that is a rare given name or surname too, before frequent English words that no name
    // list holds, or a holiday's word ("Day"), then maybe ordinary words that are only rare names ("Dies", "Home"), is
    // that place's event, party or team, or a headline about it; the place rules report the place. (Not a frequent
    // name: "Paul Inspector emailed", "Houston Scores Twice"; nor a town's, which no rule reports alone: "Rodriguez
    // Scores Twice"; nor before a name word, where a surname or a nickname would stand: "Memphis Slim Plays", "London
    // Breed Says".)
    if cue == nil, title == nil, words.count >= 2, words.last! - words[0] == words.count - 1,
      tokens[words[0]].shape == .capitalized, isBigPlaceNotFrequentName(text, words[0]),
      isWordAfterPlace(text, words[1], rareNamesToo: false),
      words.dropFirst(2).allSatisfy({ isWordAfterPlace(text, $0, rareNamesToo: true) })
    {
      return nil
    }
    // "Happy Australia Day", "Best California Beaches Ever": ordinary words, then such a place's name inside the run
    // (not an ordinary word too: "Got Us Fallin"), make a phrase about the place, not a person whose middle name it is.
    if cue == nil, title == nil, words.count >= 3, words.last! - words[0] == words.count - 1,
      let place = words.dropFirst().dropLast().firstIndex(where: {
        tokens[$0].shape == .capitalized && isBigPlaceNotFrequentName(text, $0) && !isCommon(text, $0)
      }),
      words[..<place].allSatisfy({ isCommon(text, $0) || !isNameWord(text, $0) })
    {
      return nil
    }

    var notes: [String] = []
    notes.reserveCapacity(4)
    var score: Double
    var loweredInGerman = false
    let firstIsGiven = isGivenName(text, words[0])
    // "Canada says", "when Australia says", "Hong Kong": a run that is a country's English name is the country (its
    // government), even when its words are names, unless a title or a cue puts a person there ("Nombre:
    // Montserrat") or it is one frequent given name ("Georgia said"). Other languages' names are left to the evidence
    // ("Kuba, can I..."). A word of speech before it is no cue for a person ("the council has said Ireland has...").
    if title == nil, cue.map({ Self.speechCues.contains($0) }) ?? true,
      isEnglishCountryName(text, from: words[0], to: words[words.count - 1]),
      words.count > 1 || !isFrequentGivenName(text, words[0], maximumRank: 200)
    {
      return nil
    }
    // A place's name, which a person's name may also be: the person reading is kept, but at 0.5 at most, so that the
    // place's own finding outranks it (an ambiguous town with its cue scores 0.5 too, and an exact tie goes to the
    // type named first, LOCATION) and it still covers the words when no place rule reports them (a stricter LOCATION
    // threshold). Not after a title or a cue, nor before a verb people do ("Thai Nguyen said").
    var placeReading: String?
    if title == nil, cue == nil {
      let last = words[words.count - 1]
      // "Rio de Janeiro", "Santa Cruz de la Sierra", "Kuala Lumpur": a big city's whole name. Below a million people, a
      // city named like a person, a given name and then a surname, stays a name ("João Pessoa", "Shah Alam").
      if words.count > 1, let population = bigCityPopulation(text, from: words[0], to: last),
        population >= 1_000_000 || !(isGivenName(text, words[0]) && isSurname(text, last))
      {
        placeReading = "a big city's whole name"
      }
      // "Lake Charles", "Fort Worth", "Port Elizabeth": a listed town whose name opens with a word for a geographic
      // feature or a fort, whatever words follow.
      if words.count > 1, Self.geographicPrefixes.contains(tokens[words[0]].key),
        wholeMatch(of: store.lexicons.places, in: text, from: words[0], to: last)
      {
        placeReading = "a town named after a lake, a fort or a port"
      }
      // "I live near Lake Robert", "our branch in East Richard": after a preposition of place, two words that open
      // with a geographic feature's or a compass point's word name a town, whichever town the lists lack.
      if words.count == 2, words[1] == words[0] + 1, follows(text, words[0], oneOf: Self.placePrepositions),
        Self.geographicPrefixes.contains(tokens[words[0]].key) || Self.compassWords.contains(tokens[words[0]].key)
      {
        placeReading = "a town's shape after a preposition of place"
      }
      // "North Carolina", "Nuevo León": a region's whole name of several words, unless it is shaped like a person's
      // name, a frequent given name or surname and then a frequent surname ("Sánchez Ramírez"; not "North Carolina",
      // whose Carolina is a rare surname).
      if words.count > 1, wholeMatch(of: store.lexicons.regions, in: text, from: words[0], to: last),
        !((isFrequentGivenName(text, words[0], maximumRank: 1000) || isFrequentSurname(text, words[0], maximumRank: 100))
          && isFrequentSurname(text, last, maximumRank: 1000))
      {
        placeReading = "a region's whole name"
      }
      // "Jasper National Park", "John F. Kennedy International Airport": three words or more that end in a place's head
      // noun, one of the others no name at all.
      if words.count >= 3, Self.placeHeadNouns.contains(tokens[last].key),
        words.dropLast().contains(where: { !isNameWord(text, $0) && !isInitial(text, $0) })
      {
        placeReading = "a place named by its head noun"
      }
      // "Dudley Jobs : TA required": a job board's heading names a town (`town_before_jobs` reads it).
      if last + 1 < tokens.count, isJobBoardHeading(text, last + 1) { placeReading = "a town before 'Jobs:'" }
      // "Brighton schoolboy dies", "Idalia man charged": a headline names people by their town, which the place
      // recognizers read by the same words after it (their `after:` context).
      if words.count == 1, isPlaceName(nameKey(text, last)), last + 1 < tokens.count, tokens[last + 1].spaceBefore,
        tokens[last + 1].shape == .lower, Self.peopleNamedByTheirTown.contains(tokens[last + 1].key)
      {
        placeReading = "a town before '\(text.keys[last + 1])'"
      }
      // "Costa Lounge", "Loveless Cafe": two words, the second a place's head noun that is no frequent surname (not
      // "Glover Park", "Sally Field").
      if words.count == 2, Self.placeHeadNouns.contains(tokens[last].key),
        !isFrequentSurname(text, last, maximumRank: 2000)
      {
        placeReading = "a place named by its head noun"
      }
      // "Austin, Texas", "Charlotte, North Carolina", "Santiago, Chile": a town or a region right before a comma and a
      // region or a country.
      if wholeMatch(of: store.lexicons.places, in: text, from: words[0], to: last)
        || wholeMatch(of: store.lexicons.regions, in: text, from: words[0], to: last),
        let regionEnd = regionOrCountryAfterComma(text, after: last), !isFollowedByVerbOfPerson(text, regionEnd)
      {
        placeReading = "a place before a comma and its region or country"
      }
      if placeReading != nil, isFollowedByVerbOfPerson(text, last) { placeReading = nil }
    }
    let lastIsSurname = isSurname(text, words[words.count - 1])
    let holdsNameWord = words.contains { isNameWord(text, $0) }
    // (After a naming cue, an ordinary word of another language only is no ordinary word: "my name is linda".)
    let allCommon = words.allSatisfy {
      isCommon(text, $0, afterNamingCue: afterNamingCue) || isInitial(text, $0)
    }
    // Whether every word is an ordinary word of the name lists (Real, Lawyer, Mac) or a word no name list holds that
    // is English and frequent (Estate, Sync, Listeners), or English at all (Advisory, Happenings).
    func allOrdinary(or english: TokenSet) -> Bool {
      allCommon
        || words.allSatisfy {
          isCommon(text, $0) || isInitial(text, $0) || (!isNameWord(text, $0) && english.contains(nameKey(text, $0)))
        }
    }
    let allWords = allOrdinary(or: store.frequentEnglishWords)
    // A capitalized given name or a nickname's first word right before the run, which a sentence's start left out of it
    // ("Will Veins said", "Mark Price Retires", "Lil Rarity said"): the run's words are that person's name.
    let afterGivenName = start > 0 && tokens[start - 1].kind == .word && tokens[start].spaceBefore
      && !tokens[start].lineBreakBefore
      && ((tokens[start - 1].shape == .capitalized && isGivenName(text, start - 1))
        || (tokens[start - 1].shape != .lower && Self.nicknameOpeners.contains(tokens[start - 1].key)))
    // "Real Estate Lawyer", "Mac Sync Completed": without a cue or a title, such a run is a phrase in Title Case, unless
    // it opens with a given name and a surname of the first 10,000 ("Grace Hill Retires", "Vanilla Ice Home
    // Renovation"; not "Winter Weather Advisory", "Navy Yard Suspect") or a nickname's first word ("Young Thug"), or
    // follows a given name.
    let opensWithGivenAndSurname = words.count >= 2 && words[1] == words[0] + 1 && isGivenName(text, words[0])
      && isFrequentSurname(text, words[1], maximumRank: 10_000)
    let titleCasePhrase = !allCommon && words.count >= 2 && cue == nil && title == nil && !afterGivenName
      && !Self.nicknameOpeners.contains(tokens[words[0]].key)
      && (allWords || allOrdinary(or: store.englishWords))
      && !opensWithGivenAndSurname
    var aboveAddress = false
    // Two surnames, or a town's name and a surname, say as much at a sentence's start as anywhere.
    var surnamePair = false
    if words.count >= 2 {
      if (firstIsGiven || isInitial(text, words[0])) && lastIsSurname {
        score = 0.85
        notes.append(isInitial(text, words[0]) ? "initial + surname" : "first name + surname")
      } else if firstIsGiven {
        score = 0.6
        notes.append("first name in a run of \(words.count) capitalized words")
      } else if words.count <= 3, !isCommon(text, words[0]),
        let surnameLanguages = store.lexicons.surnames.entry(for: nameKey(text, words[0]))?.attributes.last,
        let givenLanguages = store.lexicons.firstNames.entry(for: nameKey(text, words[words.count - 1]))?.attributes.last,
        sharesFamilyNameFirstLanguage(surnameLanguages, givenLanguages),
        !isCommon(text, words[words.count - 1]) || listsOnlyFamilyNameFirst(surnameLanguages),
        !store.lexicons.places.contains(text.tokens[words[0]].key)
      {
        // "Nguyễn Văn An", "Guo Jian", "Kim Minjun": the family name first, as Vietnamese, Chinese, Korean, Japanese
        // and Hungarian write it; both names from those languages' lists ("Epstein Barr", "Gómez Ulla" are no one).
        // After a family name only those languages have ("Trần"), the given name may be an English word too ("Mai").
        score = 0.75
        notes.append("surname + first name (family name first)")
      } else if isVietnameseName(text, words) {
        // "Pham Minh Duc", "Nguyen Anh": a Vietnamese surname and the syllables of given names, family name first;
        // the lists tag few of either as Vietnamese.
        score = words.count >= 3 ? 0.85 : 0.75
        notes.append("Vietnamese surname + given names (family name first)")
      } else if isKoreanName(text, words) {
        // "Jae-won Park", "Kim Ji-hoon", "Ji Sung Park", "Gwak Hee Sung": a Korean surname beside a given name of two
        // syllables, joined by a hyphen or written apart, as Korean given names are romanized; the lists hold only a
        // few of them, and "Park" alone heads a place's name.
        score = 0.75
        notes.append("Korean given name (two syllables) + surname")
      } else if words.count == 2, words[1] == words[0] + 1, isChineseSurnameBeforePinyinName(text, words[0], words[1]) {
        // "Wang Xiaoming", "Guo Haiyan": a Chinese surname before a word that no list holds and that is two or three
        // syllables of pinyin, as Chinese given names are romanized; the lists hold only the given names of a few.
        score = 0.7
        notes.append("Chinese surname + a given name in pinyin (family name first)")
      } else if words.count == 2, words[1] == words[0] + 1, isDoubleSurname(text, words[0], words[1]) {
        // "Córdoba Martínez llamó", "Ribeiro Santos ligou": two frequent surnames of a language that gives people two
        // (Spanish, Portuguese), even when the first is also a town's name.
        score = 0.7
        surnamePair = true
        notes.append("two surnames (Spanish or Portuguese)")
      } else if words.count == 2, words[1] == words[0] + 1, isListedPlace(text, words[0]),
        isFrequentSurname(text, words[1], maximumRank: 1000), !isCommon(text, words[1]),
        !store.lexicons.otherLanguageCommonWords.contains(tokens[words[1]].key)
      {
        // "Lugo Fernández está de baja", "Falei com Porto Oliveira": a town's name, which is a surname too, before a
        // frequent surname. The name takes the town's word with it rather than leave the surname in the clear.
        score = 0.55
        surnamePair = true
        notes.append("a place's name + a frequent surname")
      } else if lastIsSurname, words.count == 2, words[1] == words[0] + 1, tokens[words[0]].range.count > 1,
        !words.contains(where: { isCommon(text, $0) }), !store.lexicons.places.contains(text.tokens[words[0]].key),
        insideRunningText(text, start) || personVerbAfter(text, words[1]) != nil
      {
        // "a Calquín Cazares concert", "including Dobrosław Tomaszewski of": a given name no list has, before a
        // known surname, in the middle of running text (not a heading, a list or a "Hospital Regional" name), or
        // before a verb only people do ("Enner Valencia said").
        score = 0.5
        notes.append("capitalized word + surname")
      } else if holdsNameWord {
        score = 0.45
        notes.append("name word in a run of \(words.count) capitalized words")
      } else if words.count == 2, words[1] == words[0] + 1, insideRunningText(text, start),
        words.contains(where: { text.unit.utf8[tokens[$0].range].contains { $0 >= 0x80 } })
          || (isAfterContactVerb(text, start) && words.allSatisfy { !store.englishWords.contains(tokens[$0].key) }),
        words.allSatisfy({ tokens[$0].range.count > 2 && !isCommon(text, $0) && !store.lexicons.places.contains(tokens[$0].key) }),
        !languageCounts(of: text, cache: &facts.language).isOtherLanguage
      {
        // "it's under Rubija Liberšar", "add Irenke Sörös as a beneficiary": two capitalized words no list knows,
        // written with letters beyond ASCII, in the middle of English running text: a name from a language the lists
        // miss. (In Spanish text such a pair is more often a department: "remitido a Cirugía Plástica".) So are two
        // such words, no English words, right after a verb of getting in touch or meeting ("please call Hangwani
        // Mudau", "I met Tebogo Mokoena").
        score = 0.5
        notes.append("two capitalized words no list knows, in running text")
      } else {
        score = 0.15
        notes.append("capitalized words, none a known name")
      }
      if allCommon || titleCasePhrase {
        score -= 0.5
        notes.append(allCommon ? "every word is also an ordinary word" : "a phrase of ordinary and English words in Title Case")
      }
      // "Julcsa Kárpáthy\nMhealthcoach\n50668 Kiannonkatu 98": a line of its own, of words no list calls ordinary
      // or a place, above a line that opens with a number (a street or a postal code): the name over an address.
      aboveAddress = cue == nil && score < 0.55
        && !words.contains(where: { isCommon(text, $0) || store.lexicons.places.contains(tokens[$0].key) })
        && isNameLineAboveAddress(text, start)
      if aboveAddress {
        score = 0.55
        notes.append("a line of its own above an address")
      }
      if middleInitial && !allCommon && score < 0.85 {
        // "Mijail C Adomo", "Alvir D. Pušaver": an initial between two capitalized words that are no ordinary
        // words is a name's shape even when no list has the words.
        let unknownShape = !words.contains { isCommon(text, $0) } && words.count == 3 && !lowercasePair
          && !isOneLetter(text, words[0]) && !isOneLetter(text, words[2]) && words[2] - words[0] <= 3
          && isOneLetter(text, words[1])
        score = unknownShape ? max(score + 0.2, 0.55) : score + 0.2
        notes.append("middle initial")
      }
      if lowercasePair {
        score -= 0.3
        notes.append("written in lower case")
      }
    } else if firstIsGiven {
      let ordinary = ordinaryReading(text, words[0], language: &facts.language)
      // A name listed only without its accents ("Siobhán") is weaker alone: "El Niño" is no Nino.
      let bare = !store.lexicons.firstNames.contains(nameKey(text, words[0]))
      score = ordinary != nil ? 0.2 : (bare ? 0.45 : 0.55)
      notes.append("first name" + (ordinary ?? (bare ? " (listed without its accents)" : "")))
      // "had lunch with Rose", "got to help Rob finish", "can you ask Will to send it": in running text, after a word
      // in lower case that people follow, a frequent given name capitalized though it is an ordinary word too is
      // someone's name. (Not a month's: "with May".)
      // A word English always capitalizes counts only before no word in lower case but a function word: "with
      // Christian and Eva", not "with German officials".
      if ordinary != nil, cue == nil, title == nil, first.shape == .capitalized, !first.startsSentence,
        isAfterContactVerb(text, start), tokens[start - 1].shape == .lower,
        !DictionaryRecognizer.calendarWords.contains(first.key), isFrequentGivenName(text, start, maximumRank: 1000),
        !startsCapitalizedWord(text, end + 1),
        !(store.lexicons.alwaysCapitalizedWords.contains(first.key) && startsLowercaseWord(text, end + 1)
          && !Self.functionWords.contains(tokens[end + 1].key))
      {
        score += 0.35
        notes.append("capitalized after '\(String(decoding: text.unit.utf8[tokens[start - 1].range], as: UTF8.self))' in running text")
      }
      if loneLowercase {
        score -= 0.05
        notes.append("written in lower case, in English running text")
      }
      // "the Sami villages", "the Christian world", "the Julian calendar", "the Verde salsa": between "the" and a word in
      // lower case, a given name is a word of a phrase (a people, a faith, a calendar, a dish), not someone; unless it
      // is a frequent surname too, or a family or a surname follows ("the Jackson family", "the Coen brothers", "the
      // Brad paisley concert").
      if ordinary == nil, cue == nil, title == nil, start > 0, tokens[start - 1].key == Self.the,
        startsLowercaseWord(text, end + 1), !isFrequentSurname(text, start, maximumRank: 500),
        !Self.familyNouns.contains(tokens[end + 1].key), !(isSurname(text, end + 1) && !isCommon(text, end + 1))
      {
        score = 0.2
        notes.append("between 'the' and a word in lower case")
      }
    } else if lastIsSurname {
      let ordinary = ordinaryReading(text, words[0], language: &facts.language)
      // In German every noun is capitalized ("im Garten", "der Drucker", "das Wasser"), so there, as at a sentence's
      // start, a capital says nothing.
      let german = first.shape == .capitalized && languageCounts(of: text, cache: &facts.language).isGerman
      loweredInGerman = german && ordinary == nil && !first.startsSentence
      score = ordinary != nil ? 0.1 : (first.startsSentence || first.shape != .capitalized || german ? 0.4 : 0.5)
      notes.append("surname" + (ordinary ?? (german ? " in German text, where nouns are capitalized" : "")))
    } else {
      score = 0.1
      notes.append("capitalized word, not a known name")
      // "please call Nosipho tomorrow", "I met Themba at the office": a word shaped like a name that no list holds,
      // no English word nor a place, right after a verb whose object is a person.
      if cue == nil, title == nil, first.shape == .capitalized, follows(text, start, oneOf: Self.verbsOfSomeone),
        tokens[start - 1].shape == .lower, isUnlistedNameShape(text, start), !startsCapitalizedWord(text, end + 1),
        !languageCounts(of: text, cache: &facts.language).isOtherLanguage
      {
        score = 0.5
        notes.append("after '\(String(decoding: text.unit.utf8[tokens[start - 1].range], as: UTF8.self))', which takes a person")
      }
    }
    // An office before a phrase of ordinary words is no person's ("CEO Summit", "Minister Council"), unless they are
    // frequent names too ("COO Mark Fields", "Governor Brown"; not "CEO Summit", whose Summit is a rare given name).
    let officeOnWords = allWords && office != nil && formTitle == nil
      && !words.contains {
        isFrequentGivenName(text, $0, maximumRank: 1000) || isFrequentSurname(text, $0, maximumRank: 1000)
      }
    if let title, !officeOnWords {
      score += 0.4
      notes.append(honorific != nil ? "honorific '\(title)' after" : "title '\(title)' before")
    }
    if let cue {
      // A strong cue names whatever follows, unless it is an ordinary word ("this is Monday"); after a cue that gives
      // someone's own name, a capitalized ordinary word is that name too ("my name is Will", "her maiden name is Key").
      // So is a given name after a greeting (and its comma), alone before a comma, an exclamation mark or the end of
      // its line or text ("Hi Mark,", "Dear Will!", "Thanks, Mark."), but for the words people are greeted by ("Hi
      // Honey!", "Happy birthday Mum!"), which take no cue but a naming one.
      let greeting = cue.hasSuffix(" ,") ? String(cue.dropLast(2)) : cue
      let greeted = Self.greetingCues.contains(greeting) && words.count == 1 && firstIsGiven
        && tokens[start].shape == .capitalized && !Self.formsOfAddress.contains(tokens[start].key)
        && endsGreeting(text, after: end, frequentName: isFrequentGivenName(text, start, maximumRank: 1000))
      // "Thanks,\nMark": a sign-off, its comma, and a line of its own that reads as a name give the writer's name,
      // ordinary word or not (not "Thanks,\nTomorrow works", "Cordialement,\nComptabilité").
      let signed = Self.signOffCues.contains(cue) && isSignatureName(text, start)
      // "my wife Grace", "his son Will": right after an English possessive and a relative, a capitalized given name is
      // that relative's, ordinary word or not (but for the calendar's: "my wife Saturday").
      // Only before what a sentence about that person goes on with (a verb, a comma, its end): "My son French class",
      // "my wife Kindle froze", "My wife Will be calling" are no names.
      // So after "my landlord", "our manager", and after such a cue and its comma ("My landlord, Dawn Little, wants").
      let relative = firstIsGiven && tokens[start].shape == .capitalized
        && !DictionaryRecognizer.calendarWords.contains(tokens[start].key)
        && !store.lexicons.alwaysCapitalizedWords.contains(tokens[start].key) && continuesAboutRelative(text, after: end)
        && (Self.englishRelativeCues.contains(greeting)
          || (greeting.utf8.firstIndex(of: UInt8(ascii: " ")).map {
            Self.englishPossessives.contains(TokenKey(greeting[..<$0]))
          } ?? false))
      let ownName = greeted || signed || relative
        || (Self.ownNameCues.contains(cue) && words.allSatisfy { tokens[$0].shape == .capitalized })
        || (words.count == 1 && firstIsGiven && introducesSelf(text, cue: cue, name: start))
      // "mein Sohn Lukas", but "weil mein Sohn Fieber hat", "ich bin Rentner": after a family cue of another
      // language, or any cue in German text (where nouns are capitalized) but one that gives a name ("mein Name ist"),
      // only a given name takes the cue.
      let naming = Self.namingCues.contains(cue)
      // A sender's or recipient's label names a company as often ("Absender: Deutsche Post", "Empfänger: Müller
      // GmbH"): one that an ordinary word or a legal form follows takes no cue.
      let partyLabel = Self.partyLabelCues.contains(cue) && hasCompanyWord(text, words)
      let familyNoun = partyLabel || !firstIsGiven && !naming
        && (Self.otherLanguagePossessives.contains(TokenKey(cue.prefix { $0 != " " }))
          || (first.shape == .capitalized && languageCounts(of: text, cache: &facts.language).isGerman))
      let addressed = !naming && words.count == 1 && Self.formsOfAddress.contains(tokens[words[0]].key)
      // "Hi Buddy!", "Sehr geehrte Damen und Herren": alone after a greeting, such a word greets no one by name.
      if addressed && Self.greetingCues.contains(cue) { return nil }
      // "Thank you London!", "Danke Berlin!", "Bom Dia Brasil": a place that is no given name takes no cue; but the
      // one a quotation is attributed to speaks ('"...," says Iwase.').
      if !naming, words.count == 1, !firstIsGiven,
        store.lexicons.places.contains(tokens[words[0]].key) || store.lexicons.countries.contains(tokens[words[0]].key),
        !(Self.speechCues.contains(cue) && closesQuotation(text, before: start - 1))
      {
        return nil
      }
      // "Hey Listeners", "Welcome Saturday", "Good Night Consumer Behavior": English words that no name list holds take
      // no cue but one that gives a name.
      let plainWords = allWords && !holdsNameWord && !Self.namingCues.contains(cue)
      // "Ask for Will Young", "cc Mark Stone", "speak to Dawn Little": a frequent given name and a frequent surname,
      // both ordinary words too, take a cue before them as a name does.
      let fullName = allCommon && words.count == 2 && words[1] == words[0] + 1
        && tokens[words[0]].shape == .capitalized && tokens[words[1]].shape == .capitalized
        && isFrequentGivenName(text, words[0], maximumRank: 1000) && isFrequentSurname(text, words[1], maximumRank: 1000)
      score += (allCommon && !ownName && !fullName) || familyNoun || addressed || plainWords ? 0 : 0.45
      notes.append("cue '\(cue)' before" + (familyNoun ? ", which needs a given name here" : ""))
    }
    let speaker = isSpeakerLabel(text, start: start, end: end)
    // "A: hello\nB: hi there", "Q: ... A: ...": a speaker label of one letter stands for a speaker, naming none.
    if speaker, words.count == 1, isOneLetter(text, words[0]) { return nil }
    if speaker {
      // "Author: Priya Raman", "Date: Mon": a label that is an ordinary word names a field when a value follows it (a
      // capitalized word, a number, a mark), not speech ("Summer: can you help?", "Will: I'll be late"), unless other
      // lines of the text are spoken by people with known given names ("Mark: I agree" in a dialogue).
      let fieldLabel = allCommon && !opensSpeech(text, afterColon: end + 1)
        && !hasOtherNamedSpeaker(text, besides: start, facts: &facts)
      score += fieldLabel ? 0.1 : 0.3
      notes.append("speaker label ('Name:' at the start of a line)")
      // "Ashutosh: I am a man tanning in peace", "Zorblax: hello there": one capitalized word that no list holds, no
      // English word nor a place, before speech in the first person or a greeting, is the speaker's name (not
      // "Update: the server is down", "Nvidia: record revenue").
      if score < 0.55, words.count == 1, !holdsNameWord, tokens[start].shape == .capitalized,
        nameLength(text, start) >= 3, !isCommon(text, start), !store.englishWords.contains(nameKey(text, start)),
        !isPlaceName(tokens[start].key), opensFirstPersonSpeechOrGreeting(text, afterColon: end + 1)
      {
        score = 0.55
        notes.append("an unknown word before speech in the first person")
      }
      // "Ubul: What a wife.\nNicole: Remember me?": in a dialogue whose other speakers have known given names, an
      // unknown word in the same place is a speaker too.
      if score < 0.55, words.count <= 2, !words.contains(where: { isCommon(text, $0) }),
        hasOtherNamedSpeaker(text, besides: start, facts: &facts)
      {
        score = 0.55
        notes.append("another speaker label is a given name")
      }
    }
    // "Happy to help, Grace!", "Sorry for the trouble, Amara.": a given name between a clause's comma and the end of
    // the sentence is someone addressed, even when it is also an ordinary word or a place; but a region or a country
    // that is no frequent given name, after a place named after a place preposition, is the place's region
    // ("championships at disneyworld, Florida"; "Sorry for the trouble, Amara.", "thanks, Georgia." are someone).
    func isRegionOfPlaceBefore() -> Bool {
      words.count == 1
        && (store.lexicons.regions.contains(tokens[start].key) || store.lexicons.countries.contains(tokens[start].key))
        && !isFrequentGivenName(text, start, maximumRank: 1000) && followsPlaceAfterPreposition(text, comma: start - 1)
    }
    if cue == nil, title == nil, !speaker, firstIsGiven, words.count <= 2, isAddressed(text, start: start, end: end),
      !isRegionOfPlaceBefore()
    {
      score += 0.35
      notes.append("addressed by name (', Name!')")
    }
    // "Kuba, can I please speak to your manager": a name word that opens a line, then a comma and a request, is
    // someone addressed. (Not any word: greetings of other languages open lines the same way, "Merhaba, can you".)
    let addressedFirst = cue == nil && title == nil && !speaker && words.count == 1 && !allCommon
      && isNameWord(text, start) && opensRequest(text, start: start) && !store.lexicons.places.contains(tokens[start].key)
    if addressedFirst {
      score += 0.45
      notes.append("addressed before a request ('Name, can you')")
    }
    // "Collector fills his house", "Haven't said": a run of words no name list holds takes a verb only when none of
    // them is a frequent English word or a contraction (a rarer one may be a nickname: "Steph said").
    // Nor does a lone word of two letters that no list holds: an abbreviation ("Pt said", "Pt's husband" in a
    // clinical note), not a name; the short names are listed ("Al", "Jo", "Wu").
    let wordLike = !holdsNameWord && !afterGivenName
      && (words.contains { isWordOrContraction(text, $0, among: store.frequentEnglishWords) }
        || (words.count == 1 && nameLength(text, start) == 2))
    let verb = allCommon || wordLike
      ? nil : personVerbAfter(text, end) ?? headlineVerbAfterSurname(text, words) ?? workAfterAuthor(text, words)
    if let verb {
      score += 0.45
      notes.append("'\(verb)' after")
    }
    // "in Florence", "near Jackson": a lone word after a preposition of place is more likely a place, and a known
    // place there ("from Boston", "left Denver") is one.
    // "shouted at Gary": "at" after a verb aimed at someone puts a person there, not a place.
    let aimedAt = start > 1 && text.tokens[start - 1].key == Marks.at && Self.verbsAtSomeone.contains(text.tokens[start - 2].key)
    if aimedAt && !allCommon {
      score += 0.2
      notes.append("'\(text.keys[start - 2]) at' before")
    }
    if words.count == 1, cue == nil, title == nil, verb == nil, !aimedAt, start > 0,
      Self.placePrepositions.contains(text.tokens[start - 1].key)
    {
      if store.lexicons.places.contains(text.tokens[start].key) { return nil }
      // "the change in Sarah": a frequent given name that names no place stays a person after the preposition.
      if !isFrequentGivenName(text, start, maximumRank: 1000) {
        score -= 0.1
        notes.append("'\(text.keys[start - 1])' before")
      }
    }
    // "Marco Bianchi di Torino", "Ana Souza da Bahia": a town after "di" or "da" is where someone is from, unless it
    // is a frequent surname too ("Marco da Silva").
    if words.count == 1, cue == nil, title == nil, start > 0, Self.originJoiners.contains(text.tokens[start - 1].key),
      store.lexicons.places.contains(text.tokens[start].key) || store.lexicons.regions.contains(text.tokens[start].key),
      !isGivenName(text, start), !isFrequentSurname(text, start, maximumRank: 1000)
    {
      return nil
    }
    // "esófago de Barrett", "fibras de Rosenthal", "grado 2 de Fuhrman": in another language's running text, a lone
    // word after a common noun (or a number) and "de" names a finding after someone, unless it is a frequent given
    // name ("el cumpleaños de María") or the noun is a relative or a home ("las abuelas de Paula").
    if words.count == 1, cue == nil, title == nil, verb == nil, followsNounAndDe(text, start),
      !isFrequentGivenName(text, start), languageCounts(of: text, cache: &facts.language).isOtherLanguage
    {
      return nil
    }
    if startsSentence && cue == nil && !speaker && !firstIsGiven && verb == nil && !addressedFirst && !aboveAddress
      && !surnamePair
    {
      score -= 0.15
      notes.append("starts a sentence")
    }
    if words.allSatisfy({ tokens[$0].shape == .upper }) && title == nil && cue == nil && !shouted {
      score -= 0.3
      notes.append("all capitals")
    }
    if let placeReading, score > 0.5 {
      score = 0.5
      notes.append(placeReading + ", at 0.5 at most")
    }
    score = min(1, max(0, score))
    // Only a run next to a list joiner can be lifted as a list member: skip the lookups for the others.
    let listed = (start > 0 && Self.listJoiners.contains(text.tokens[start - 1].key))
      || (end + 1 < tokens.count && Self.listJoiners.contains(text.tokens[end + 1].key))
    if !listed && score < 0.3 { return nil }
    // "Meza's car": the name ends before its possessive, which stays in the text.
    // "Dr. van der Berg": after a title, the particles that lead the surname are part of the name.
    let lead = title == nil ? start : leadingParticles(text, start)
    let range = tokens[lead].range.lowerBound..<(tokens[end].range.lowerBound + nameLength(text, end))
    let explanation = Explanation(recognizer: id, pattern: "name evidence", baseScore: score, notes: notes)
    let allNameWords = listed && !allCommon
      && words.allSatisfy { (isNameWord(text, $0) && !isCommon(text, $0)) || isInitial(text, $0) }
      && words.contains { tokens[$0].shape == .capitalized && tokens[$0].range.count > 1 }
    let plausible = listed && !allCommon && words.allSatisfy { !isCommon(text, $0) || isInitial(text, $0) }
      && tokens[words[0]].shape == .capitalized
    return Candidate(
      start: start, end: end, finding: Finding(entity: entity, range: range, score: score, explanation: explanation),
      allNameWords: allNameWords, plausible: plausible, loweredInGerman: loweredInGerman, placeReading: placeReading != nil)
  }

  /// Whether `words` are a Vietnamese name, family name first: one of the commonest Vietnamese surnames and then one
  /// to three syllables of Vietnamese given and middle names, each capitalized ("Pham Minh Duc", "Trần Thị Mai"; not
  /// "Jones Hails Hillary Clinton"). Two words only after a surname no other language writes ("Nguyen Anh"; not "Le
  /// Tan", "Do Long").
  private func isVietnameseName(_ text: TokenizedText, _ words: [Int]) -> Bool {
    let tokens = text.tokens
    guard (2...4).contains(words.count), words[words.count - 1] == words[0] + words.count - 1,
      Self.vietnameseSurnames.contains(tokens[words[0]].key),
      words.count >= 3 || Self.distinctlyVietnameseSurnames.contains(tokens[words[0]].key)
    else { return false }
    return words.dropFirst().allSatisfy { index in
      tokens[index].shape == .capitalized && Self.vietnameseNameSyllables.contains(tokens[index].key)
    }
  }

  /// The commonest Vietnamese surnames, with and without their diacritics: those no other language's words spell,
  /// and those that other languages' words spell too ("Le", "Do", "Mai").
  static let vietnameseSurnames = TokenSet(distinctlyVietnameseSurnameWords + [
    "le", "lê", "vu", "vo", "do", "ho", "ly", "lý", "lam", "lâm", "cao", "mai", "ha", "hà",
  ])

  /// The surnames of `vietnameseSurnames` that no other language's words spell.
  static let distinctlyVietnameseSurnames = TokenSet(distinctlyVietnameseSurnameWords)
  private static let distinctlyVietnameseSurnameWords =
    """
    nguyen nguyễn tran trần pham phạm hoang hoàng huynh huỳnh phan vũ võ dang đặng bui bùi đỗ hồ ngo ngô duong dương
    truong trương dinh đinh trinh trịnh luong lương doan đoàn
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// The syllables Vietnamese middle and given names are made of, with and without their diacritics.
  static let vietnameseNameSyllables = TokenSet(
    """
    an anh bao bảo binh bình chau châu chi cuong cường dung dũng dat đạt duc đức duy giang ha hà hai hải han hân hanh
    hạnh hieu hiếu hoa hòa hoai hoài hoang hoàng hong hồng hung hùng huong hương huu hữu huy huyen huyền khanh khánh
    khoa khoi khôi kien kiên kim lan linh loan long mai minh my mỹ nam nga ngan ngân ngoc ngọc nhung phong phuc phúc
    phuong phương quan quân quang quoc quốc quynh quỳnh son sơn tam tâm tan tân thang thắng thanh thành thao thảo thi
    thị thu thuy thủy tien tiến trang trung tuan tuấn tung tùng uyen uyên van văn viet việt vinh vy xuan xuân yen yến
    dinh đình dang đăng toan toàn tri trí vu vũ
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// The position in `words` of the first of two adjacent words that are a given name and a surname, neither an
  /// ordinary word.
  /// A surname that is also an ordinary word counts after a frequent given name ("Defendant Sarah Mills", "Plaintiff
  /// Georgia Lane").
  private func firstGivenNameAndSurname(_ text: TokenizedText, _ words: ArraySlice<Int>) -> Int? {
    zip(words.indices, words.dropFirst()).first { position, surname in
      let given = words[position]
      return surname == given + 1 && isGivenName(text, given) && !isCommon(text, given) && isSurname(text, surname)
        && (!isCommon(text, surname) || isFrequentGivenName(text, given, maximumRank: 500))
    }?.0
  }

  /// Whether tokens `start` and `start + 1` are a lowercase given name and a lowercase surname on one line,
  /// neither an ordinary word nor a function word.
  private func isLowercaseNamePair(_ text: TokenizedText, _ start: Int, language: inout LanguageCounts?) -> Bool {
    var next = start + 1
    // Skip a middle initial ("benjamin a seiler", "eric g. samoylova").
    if next + 1 < text.tokens.count, text.tokens[next].range.count == 1, text.tokens[next].shape == .lower {
      next += 1
      if text.tokens[next].key == Marks.period, !text.tokens[next].spaceBefore, next + 1 < text.tokens.count { next += 1 }
    }
    guard next < text.tokens.count, text.tokens[next].kind == .word, text.tokens[next].shape == .lower,
      text.tokens[next].spaceBefore, !text.tokens[next].lineBreakBefore
    else { return false }
    // Only a frequent given name (rank 2,000 or better in its list) opens a lowercase name ("vena porta" is anatomy).
    guard isFrequentGivenName(text, start) else { return false }
    return !isCommon(text, start) && store.lexicons.surnames.contains(nameKey(text, next))
      && !isCommon(text, next) && !Self.functionWords.contains(text.tokens[next].key)
      // In other languages lowercase pairs are words ("pilar canino", "iris claro", "segundo lugar").
      && !languageCounts(of: text, cache: &language).isOtherLanguage
  }

  /// Words that end an event's or a holiday's name after a place's ("Australia Day", "Canada Day"), though they are
  /// surnames too.
  static let eventHeads: TokenSet = ["day", "days", "eve", "night", "week", "weekend", "festival", "marathon", "parade"]

  /// Whether word `index` is a big city's, a region's or a country's name that is neither a frequent given name (top
  /// 1,000) nor a frequent surname (top 500): "Boston", "Ontario", "Australia"; not "Paul", "Houston".
  private func isBigPlaceNotFrequentName(_ text: TokenizedText, _ index: Int) -> Bool {
    let key = text.tokens[index].key
    return (bigCityPopulation(text, from: index, to: index) != nil || store.lexicons.regions.contains(key)
      || store.lexicons.countries.contains(key))
      && !isFrequentGivenName(text, index, maximumRank: 1000) && !isFrequentSurname(text, index, maximumRank: 500)
  }

  /// Whether word `index` may follow a place's name in its event's name or in a headline about it: a frequent English
  /// word no name list holds, or a name list's ordinary word that is a holiday's word ("Day") or, when `rareNamesToo`,
  /// only a rare name ("Dies", "Home").
  private func isWordAfterPlace(_ text: TokenizedText, _ index: Int, rareNamesToo: Bool) -> Bool {
    guard isNameWord(text, index) else { return isWordOrContraction(text, index, among: store.frequentEnglishWords) }
    return isCommon(text, index)
      && (Self.eventHeads.contains(text.tokens[index].key)
        || (rareNamesToo && !isFrequentNameOrSurnameShaped(text, index, maximumRank: 10_000)))
  }

  /// Whether word `index` is a given name or a surname ranked up to `maximumRank` or without a rank (a list without
  /// ranks may hold frequent names), or a word shaped like a surname.
  private func isFrequentNameOrSurnameShaped(_ text: TokenizedText, _ index: Int, maximumRank: Int) -> Bool {
    let key = nameKey(text, index)
    let given = store.lexicons.firstNames.entry(for: key)
    let surname = store.lexicons.surnames.entry(for: key)
    if let given, (given.attributes.count >= 2 ? Int(given.attributes[1]) : nil).map({ $0 <= maximumRank }) ?? true {
      return true
    }
    if let surname, surname.attributes.first.flatMap({ Int($0) }).map({ $0 <= maximumRank }) ?? true { return true }
    return given == nil && surname == nil && hasSurnameEnding(text, index)
  }

  /// Whether token `index` is a surname ranked `maximumRank` or better (the surname list's first attribute).
  private func isFrequentSurname(_ text: TokenizedText, _ index: Int, maximumRank: Int) -> Bool {
    surnameRank(nameKey(text, index)).map { $0 <= maximumRank } ?? false
  }

  /// A surname's rank in its list (the first attribute), if it is ranked.
  private func surnameRank(_ key: TokenKey) -> Int? {
    store.lexicons.surnames.entry(for: key)?.attributes.first.flatMap { Int($0) }
  }

  /// A given name's rank in its list (the second attribute), if it is ranked.
  private func givenNameRank(_ key: TokenKey) -> Int? {
    guard let given = store.lexicons.firstNames.entry(for: key), given.attributes.count >= 2 else { return nil }
    return Int(given.attributes[1])
  }

  /// Whether token `index` is a given name ranked `maximumRank` or better in its list: only those count in lower
  /// case ("owens, duran and oneal" are surnames that some lists also have as rare given names).
  private func isFrequentGivenName(_ text: TokenizedText, _ index: Int, maximumRank: Int = 2000) -> Bool {
    givenNameRank(nameKey(text, index)).map { $0 <= maximumRank } ?? false
  }

  /// Whether token `index`, a lowercase word, is a frequent given name (rank 1,000 or better) standing alone in
  /// English running text: no English word (ordinary, stop- or function word), no place (but a small town, see
  /// `namesPlaceRatherThanPerson`), no code, not the "don" of
  /// a spaced-out "don ' t", and the text's lowercase words mostly English stopwords, or an English verb whose
  /// subject is a person right after it ("marisa is pretty", "simon wears glasses": short chat has few stopwords).
  /// In other languages a lowercase given name is too often a word ("alta", "cara", "luz" in Spanish).
  private func isLowercaseGivenName(_ text: TokenizedText, _ index: Int, language: inout LanguageCounts?) -> Bool {
    let tokens = text.tokens
    // "did you see priya's wedding", "can you ask rahul": before a possessive (not after a determiner, which makes it
    // a role or a word: "the santa's workshop", "my nana's cookies"), or right after a verb of getting in touch with
    // someone, a less frequent given name is someone too.
    let possessive = (nameLength(text, index) != tokens[index].range.count || hasSeparatePossessive(text, after: index))
      && !(index > 0 && Self.determiners.contains(tokens[index - 1].key))
    let contacted = index > 0 && tokens[index].spaceBefore && !tokens[index].lineBreakBefore
      && Self.contactVerbs.contains(tokens[index - 1].key)
    // "lol priya told me already": a verb only people do ("said", "told", "thinks") says as much as a possessive.
    let spoke = index + 1 < tokens.count && tokens[index + 1].spaceBefore && !tokens[index + 1].lineBreakBefore
      && Self.personVerbs.contains(tokens[index + 1].key)
    let strongContext = possessive || contacted || spoke
    guard tokens[index].range.count >= 3, isFrequentGivenName(text, index, maximumRank: strongContext ? 20_000 : 1000),
      !isCommon(text, index),
      !Self.functionWords.contains(tokens[index].key), !namesPlaceRatherThanPerson(text, index),
      !isCode(text, index)
    else { return false }
    if index + 2 < tokens.count, Marks.apostrophes.contains(tokens[index + 1].key), tokens[index + 2].key == Marks.t {
      return false
    }
    // "zoe_k", "emma.w": glued to a handle's or an address's mark, the word is part of that.
    if index + 1 < tokens.count, !tokens[index + 1].spaceBefore, Marks.gluedBefore.contains(tokens[index + 1].key) {
      return false
    }
    // "thanks!! - maria", "see you then ~ jess": after a dash or a tilde, the last word of a message or of its line
    // signs it.
    if index > 0, tokens[index].spaceBefore, !tokens[index].lineBreakBefore,
      Self.signingMarks.contains(tokens[index - 1].key), index + 1 == tokens.count || tokens[index + 1].lineBreakBefore,
      !Self.wordsAmongGivenNames.contains(tokens[index].key),
      !store.lexicons.otherLanguageCommonWords.contains(tokens[index].key)
    {
      return true
    }
    // "hab grad mit manuela telefoniert", "he quedado con gregorio", "snackade med anton", "dün zeynep ile konuştum":
    // right after another language's "with" (or before Turkish "ile"), a frequent given name of four letters or more
    // is someone's company. The lists of ordinary words hold Spanish and German; shorter names are words too often.
    if tokens[index].range.count >= 4, !Self.wordsAmongGivenNames.contains(tokens[index].key), isCompanion(text, index) {
      return true
    }
    let counts = languageCounts(of: text, cache: &language)
    if counts.isEnglishRunningText || (strongContext && counts.english > counts.foreign && !counts.isGerman) {
      return true
    }
    guard index + 1 < tokens.count, tokens[index + 1].spaceBefore, !tokens[index + 1].lineBreakBefore,
      !counts.isOtherLanguage, !counts.isGerman
    else { return false }
    let verb = tokens[index + 1].key
    if Self.personVerbs.contains(verb) || Self.verbsAfterLowercaseName.contains(verb) { return true }
    // "omg jessica you're the best": a name spoken to, right before "you".
    if Self.secondPerson.contains(verb) { return true }
    // "is", "was", "has", "had" are Dutch or German words too ("de roos is mooi", "wat een dag was dat"): another
    // English stopword must say the text is English, and no other language's function word ("de") that it is not.
    return Self.verbsAfterLowercaseNameInEnglish.contains(verb) && counts.english >= 2 && counts.foreign == 0
  }

  /// Whether token `index` follows a word for "with" of another language on its line, or comes before Turkish "ile".
  private func isCompanion(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    if index > 0, tokens[index].spaceBefore, !tokens[index].lineBreakBefore,
      Self.withPrepositions.contains(tokens[index - 1].key)
    {
      return true
    }
    return index + 1 < tokens.count && tokens[index + 1].spaceBefore && !tokens[index + 1].lineBreakBefore
      && tokens[index + 1].key == Self.turkishWith
  }

  /// "With" in German, Spanish, Italian, French, Portuguese, Dutch, Swedish, Danish, Norwegian and Romanian.
  private static let withPrepositions: TokenSet = ["mit", "con", "avec", "com", "met", "med", "cu"]
  private static let turkishWith = TokenKey("ile")

  /// Given names that are ordinary words in French, Italian, Portuguese, Dutch, Swedish or Spanish, where the lists of
  /// ordinary words miss them ("avec pierre et sucre", "met roos en tulpen", "con pilar de apoyo", "con nieves").
  private static let wordsAmongGivenNames: TokenSet = [
    "pierre", "rose", "roos", "rosa", "pilar", "nieves", "flor", "luz", "paz", "sol", "mar", "dolores", "consuelo",
    "amparo", "rocío", "rocio", "remedios", "ángeles", "angeles", "mercedes", "esperanza", "victoria", "gloria",
    "aurora", "alba", "estrella", "perla", "violeta", "margarita", "olive", "ange", "blanche", "constance", "prudence",
    "iris", "viola", "bella", "marina", "serena", "felice", "vera", "franca", "pia", "speranza", "fortuna", "hoop",
    "liv", "soledad", "cruz", "reyes", "socorro", "asunción", "asuncion", "concepción", "concepcion", "inmaculada",
    "purificación", "salud", "trinidad", "belén", "belen", "montserrat", "fe", "caridad", "milagros", "alegria",
    "alegría", "celeste", "dulce", "clemente", "modesto", "severo", "salvador", "angel", "ángel", "jesús", "jesus",
    "santos", "domingo", "pascual", "ventura", "amor", "rei", "rey", "leal", "fiel", "joy", "espérance", "aimée",
    "aimee", "désiré", "desire", "fleur", "océane", "oceane", "marin", "gemma", "felicità", "stella", "luna", "sole",
    "chiara", "bianca", "rosso", "verde", "allegra", "benedetta", "lotta", "vilja", "saga", "ester", "jasmin",
    "jazmín", "jazmin", "ambre", "marguerite", "capucine", "aurore", "victoire", "violette", "clémence", "clemence",
    "gioia", "grazia", "letizia", "esmeralda", "erika", "heide", "jade", "perle", "coral", "azucena", "camelia",
    "dalia", "hortensia", "lila", "ondine", "prune", "cerise", "clémentine", "clementine", "paloma", "reina", "pura",
    "leticia", "diamante", "oliva", "cecilia", "patience", "honor", "faith", "hope", "fidèle", "fidele", "rubis",
  ]

  /// Verbs after a lowercase given name that make it the subject of an English sentence ("freddie laughs", "simon
  /// wears"), besides `personVerbs`; too common after things to mark a capitalized word ("Paris looks").
  private static let verbsAfterLowercaseName: TokenSet = [
    "does", "did", "wears", "laughs", "smiles", "loves", "hates", "likes", "looks", "plays", "gets", "got", "needs",
    "makes", "made", "went", "goes", "came", "comes", "sounds", "seems",
  ]

  /// "You" as chat writes it, after a name spoken to.
  private static let secondPerson: TokenSet = ["you", "you're", "you’re", "u", "ur", "youre"]

  /// The marks before a name that signs a message ("- maria", "~ jess").
  private static let signingMarks: TokenSet = ["-", "–", "—", "~"]

  /// Such verbs that other languages write the same way ("marisa is pretty", but Dutch "de roos is mooi").
  private static let verbsAfterLowercaseNameInEnglish: TokenSet = ["is", "was", "has", "had"]

  /// Whether the lowercase given name at `index` reads as a place: any place, unless the name is among the 500 most
  /// frequent, has four letters or more, no town of it has 100,000 people, no country shares it and no article,
  /// possessive or preposition stands before it ("tell brad", "watching adam": towns of 16,000 and 17,000 in Romania
  /// and Oman, and people in chat; "austin", "jackson" and "sydney" stay places, and so do "ada" and "ina", which
  /// chat writes for other words, "jordan", and "we went to brad").
  private func namesPlaceRatherThanPerson(_ text: TokenizedText, _ index: Int) -> Bool {
    let key = text.tokens[index].key
    // One line per name in the places list: its most populous place (the fourth column).
    guard let place = store.lexicons.places.entry(for: key) else { return false }
    // A town that shares its name with a country ("jordan") is that country; after an article, a possessive or a
    // preposition the word is a place or a thing ("we went to brad", "the marina was packed", "my mercedes").
    if store.lexicons.countries.contains(key) { return true }
    if index > 0, Self.beforeThingsAndPlaces.contains(text.tokens[index - 1].key) { return true }
    guard text.tokens[index].range.count >= 4, isFrequentGivenName(text, index, maximumRank: 500),
      let population = Self.population(of: place)
    else { return true }
    return population >= 100_000
  }

  /// Words that open towns' names before a name ("Lake Charles", "Fort Worth", "Port Elizabeth", "Mount Vernon").
  private static let geographicPrefixes: TokenSet = ["lake", "fort", "port", "mount", "cape", "glen", "point", "bay"]

  /// Words that open towns' names as compass points do ("East Kimberlymouth", "New Kenneth", "North Platte").
  private static let compassWords: TokenSet = ["north", "south", "east", "west", "new"]

  /// The head nouns that end a place's or a facility's name, as `place_by_head_noun` reads them.
  private static let placeHeadNouns: TokenSet = [
    "park", "lake", "lakes", "school", "elementary", "hospital", "airport", "stadium", "arena", "palace", "castle",
    "embassy", "museum", "zoo", "mall", "beach", "bridge", "station", "cathedral", "church", "temple", "mosque",
    "synagogue", "university", "college", "academy", "clinic", "center", "centre", "square", "river", "mountain",
    "mountains", "valley", "island", "islands", "bay", "canyon", "falls", "forest", "gardens", "harbor", "harbour",
    "library", "theater", "theatre", "tower", "prison", "market", "memorial", "kindergarten", "preschool", "lounge",
    "cafe", "café", "grill", "grille", "bistro", "pub", "tavern", "brewery", "diner", "restaurant", "pizzeria",
    "saloon", "inn", "hotel", "motel", "hostel", "resort", "casino", "plaza", "pier", "campus", "field", "ballpark",
  ]

  /// Whether a surname's and a given name's entries (their last columns, "en,zh") share a language that writes the
  /// family name first: Chinese, Korean, Vietnamese, Japanese, Hungarian ("Shimano Long" share none).
  private func sharesFamilyNameFirstLanguage(_ surnameLanguages: String, _ givenLanguages: String) -> Bool {
    let given = Set(givenLanguages.split(separator: ","))
    return surnameLanguages.split(separator: ",").contains {
      given.contains($0) && Self.familyNameFirstLanguages.contains(String($0))
    }
  }

  private static let familyNameFirstLanguages: Set<String> = ["zh", "ko", "vi", "ja", "hu"]

  /// Whether tokens `first` and `second` are two surnames, each among the 1,000 most frequent of a list of a language
  /// that gives people two (Spanish, Portuguese), and neither an ordinary word.
  private func isDoubleSurname(_ text: TokenizedText, _ first: Int, _ second: Int) -> Bool {
    func languages(_ index: Int) -> [Substring]? {
      guard text.tokens[index].shape == .capitalized, !isCommon(text, index),
        let entry = store.lexicons.surnames.entry(for: nameKey(text, index)), entry.attributes.count >= 2,
        let rank = Int(entry.attributes[0]), rank <= 1000
      else { return nil }
      return entry.attributes[entry.attributes.count - 1].split(separator: ",")
    }
    guard let firstLanguages = languages(first), let secondLanguages = languages(second) else { return false }
    return firstLanguages.contains { Self.doubleSurnameLanguages.contains(String($0)) && secondLanguages.contains($0) }
  }

  private static let doubleSurnameLanguages: Set<String> = ["es", "pt"]

  /// Whether token `surname` is a surname of a Chinese list and token `given` a capitalized word of ASCII letters that
  /// no name list, English word list or gazetteer holds and that splits into two or three pinyin syllables
  /// ("Xiaoming", "Jianguo"; not "Banana", an English word, nor "Ming", one syllable).
  private func isChineseSurnameBeforePinyinName(_ text: TokenizedText, _ surname: Int, _ given: Int) -> Bool {
    let tokens = text.tokens
    guard tokens[given].shape == .capitalized, (4...12).contains(nameLength(text, given)),
      tokens[surname].shape == .capitalized,
      let languages = store.lexicons.surnames.entry(for: nameKey(text, surname))?.attributes.last,
      languages.split(separator: ",").contains("zh"), !isCommon(text, surname)
    else { return false }
    let key = nameKey(text, given)
    let lexicons = store.lexicons
    guard !lexicons.firstNames.contains(key), !lexicons.surnames.contains(key), !store.englishWords.contains(key),
      !isOrdinary(key), !isPlaceName(key), !lexicons.otherLanguageCommonWords.contains(key)
    else { return false }
    let bytes = nameBytes(text, given).map { $0 | 0x20 }
    guard bytes.allSatisfy({ (0x61...0x7A).contains($0) }) else { return false }
    return (2...3).contains(Self.pinyinSyllableCount(bytes) ?? 0)
  }

  /// Whether `words`, adjacent, are a Korean name: a surname before or after a given name of two syllables, one word
  /// joined by a hyphen (`isKoreanGivenName`: "Jae-won Park") or two capitalized words ("Ji Sung Park", "Gwak Hee
  /// Sung"), neither a stopword and not both English words ("Park In Town", "Kim So Happy" are no one).
  private func isKoreanName(_ text: TokenizedText, _ words: [Int]) -> Bool {
    let tokens = text.tokens
    guard let first = words.first, let last = words.last, last == first + words.count - 1, last < tokens.count
    else { return false }
    if words.count == 2 {
      return (isKoreanGivenName(text, first) && Self.koreanSurnames.contains(tokens[last].key))
        || (Self.koreanSurnames.contains(tokens[first].key) && isKoreanGivenName(text, last))
    }
    guard words.count == 3,
      words.allSatisfy({ tokens[$0].shape == .capitalized && ($0 == first || tokens[$0].spaceBefore) })
    else { return false }
    let given = Self.koreanSurnames.contains(tokens[first].key) ? [first + 1, last]
      : Self.koreanSurnames.contains(tokens[last].key) ? [first, first + 1] : []
    return given.count == 2
      && given.allSatisfy { index in
        tokens[index].range.count >= 2 && Self.koreanNameSyllables.contains(tokens[index].key)
          && !store.lexicons.stopwords.contains(tokens[index].key)
      }
      && !given.allSatisfy { store.englishWords.contains(tokens[$0].key) }
  }

  /// Whether token `index` is a capitalized word of two syllables of Korean names, as romanized, joined by one hyphen
  /// ("Jae-won", "Ji-Hoon"; not "So-so", "Ha-ha"), which no English word list holds.
  private func isKoreanGivenName(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.shape == .capitalized, token.hyphenated, (4...12).contains(token.range.count) else { return false }
    let bytes = text.unit.utf8[token.range].map { $0 | 0x20 }
    let halves = bytes.split(separator: 0x2D, omittingEmptySubsequences: false)
    return halves.count == 2 && halves[0] != halves[1]
      && halves.allSatisfy { Self.koreanNameSyllables.contains(TokenKey(lowercased: $0)) }
      && !store.englishWords.contains(token.key)
  }

  /// Korean surnames as they are romanized, the commonest spellings of the fifty commonest.
  static let koreanSurnames = TokenSet(
    """
    kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin
    kwon hwang ahn song yoo ryu hong jeon jun ko moon yang son bae baek paek heo hur nam noh ha kwak gwak sung seong
    cha joo woo min na jin eom chae won bang cheon gong hyun
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// The syllables that Korean given names are made of, in the Revised Romanization and its common variants.
  static let koreanNameSyllables = TokenSet(
    """
    a ae ah bae beom bin bo bok bong byung byeong chae chan chang cheol chul chun da dae dam do dong doo du duk deok
    eun eon gang geon gi gil gu gwang gyu gyeong ha hae hak han ho hong hoon hun hwa hwan hye hee heon hyo hyuk hyun
    hyeon hyung hyeong il in ja jae jang je jeong jung ji jin jo joo ju jong jun kang ki kwang kyu kyung mi min myung
    myeong na nam ra ri rin ro sae sang se seo seok seon seong sung seung shin sik so sol soo su sook suk soon sun
    tae won woo wook ye yeon yeong yong yoo yu yoon yun young yeol
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// The fewest pinyin syllables (`pinyinSyllables`, without tones) that `letters`, lowercase ASCII, splits into, or
  /// nil when it splits into none.
  static func pinyinSyllableCount(_ letters: [UInt8]) -> Int? {
    // fewest[i]: the fewest syllables that letters[..<i] splits into; a syllable is one to six letters.
    guard !letters.isEmpty else { return nil }
    var fewest = [Int?](repeating: nil, count: letters.count + 1)
    fewest[0] = 0
    for end in 1...letters.count {
      for length in 1...min(6, end) {
        guard let before = fewest[end - length], pinyinSyllables.contains(TokenKey(utf8: letters[(end - length)..<end]))
        else { continue }
        fewest[end] = min(fewest[end] ?? Int.max, before + 1)
      }
    }
    return fewest[letters.count]
  }

  /// The syllables of Standard Mandarin in Hanyu Pinyin, without tones (ü written v, as names are).
  static let pinyinSyllables = TokenSet(
    """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
    cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
    cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei
    en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
    gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao
    jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun
    kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma
    mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni
    nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
    pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri
    rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi
    shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti
    tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
    xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze
    zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun
    zhuo zi zong zou zu zuan zui zun zuo
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// Whether every language of a name list entry's (its last column) writes the family name first.
  private func listsOnlyFamilyNameFirst(_ languages: String) -> Bool {
    languages.split(separator: ",").allSatisfy { Self.familyNameFirstLanguages.contains(String($0)) }
  }

  /// Articles, possessives and prepositions after which a lowercase word that names a place is that place or a thing.
  private static let beforeThingsAndPlaces: TokenSet = [
    "the", "a", "an", "my", "your", "his", "her", "our", "their", "to", "in", "at", "from", "near", "into", "visit",
    "visited", "visiting", "of",
  ]

  /// What the lowercase rules weigh a text's language by, counted once per text and only when first asked
  /// (asking for each candidate would make a long text of lowercase names quadratic).
  private struct LanguageCounts {
    /// Lowercase words, those of them that are English stopwords, and those that are function words of Spanish,
    /// Portuguese, French, Italian or German.
    var lowercase = 0
    var english = 0
    var foreign = 0

    /// Whether at least three of the text's lowercase words are, and at least 40% of them, English stopwords.
    var isEnglishRunningText: Bool { english >= 3 && english * 5 >= lowercase * 2 }

    /// Lowercase words that are German function words and no English words.
    var german = 0

    /// Whether the text is German running text: at least three of its lowercase words are German function words, and
    /// no fewer than its English stopwords; or, in a short text, two and more than its English stopwords ("Haben Sie
    /// Tipps für Übungen zu Hause?").
    var isGerman: Bool { (german >= 3 && german >= english) || (german == 2 && english < 2) }

    /// Whether the text is running text in another language: at least three of its lowercase words are function
    /// words of another language, and no fewer than its English stopwords ("se extendía desde el pilar canino o
    /// anterior hasta la apófisis"). Absent English alone is no evidence: a form or an address in lower case
    /// ("naomi ryan\nsewer pipe cleaner") has few stopwords of any language.
    var isOtherLanguage: Bool { foreign >= 3 && foreign >= english }
  }

  /// The text's `LanguageCounts`, from `cache` or counted into it.
  private func languageCounts(of text: TokenizedText, cache: inout LanguageCounts?) -> LanguageCounts {
    if let cache { return cache }
    var counts = LanguageCounts()
    for (index, token) in text.tokens.enumerated() where token.kind == .word && token.shape == .lower {
      counts.lowercase += 1
      if store.lexicons.stopwords.contains(text.tokens[index].key) { counts.english += 1 }
      if Self.otherLanguageFunctionWords.contains(text.tokens[index].key) { counts.foreign += 1 }
      if Self.germanFunctionWords.contains(text.tokens[index].key) { counts.german += 1 }
    }
    cache = counts
    return counts
  }

  /// Frequent function words of Spanish, Portuguese, French, Italian and German that are no English words. (Not of
  /// Dutch, Swedish, Polish or Turkish: other-language text reads Spanish and German ordinary words as such, and given
  /// names that are Spanish words, Mia or Ella, would be lost in a Dutch text.)
  static let otherLanguageFunctionWords: TokenSet = [
    "de", "la", "el", "los", "las", "del", "que", "por", "para", "con", "una", "es", "y", "se", "su", "sus", "lo", "al",
    "como", "más", "pero", "hasta", "desde", "sobre", "entre", "tras", "durante", "según", "muy", "también", "fue",
    "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "avec", "sur", "pas", "qui", "und", "der", "das",
    "ist", "nicht", "mit", "ein", "eine", "auf", "für", "von", "zu", "il", "di", "che", "per", "della", "gli", "non",
    "sono", "não", "em", "um", "uma", "com", "os", "dos", "das",
  ]

  /// Pronouns, articles and possessives of German, French, Spanish, Italian and Portuguese that are also listed as
  /// names ("Le", "Mein", "Mi"): none opens a name at a sentence's start in running text of those languages. Words that
  /// are given names as often (Mia, Ella, Elle, Lei) are not among them.
  static let otherLanguageOpeners: TokenSet = [
    "sie", "ihr", "ihre", "ihnen", "ihrem", "ihren", "ihrer", "er", "es", "wir", "le", "je", "tu", "il", "ils",
    "elles", "nous", "vous", "lo", "yo", "ellos", "usted", "ustedes", "nosotros", "io", "noi", "voi", "loro", "eu",
    "ele", "nós", "você", "mein", "meine", "meinem", "meinen", "dein", "deine", "sein", "seine", "unser", "unsere",
    "mi", "mis", "su", "sus", "mon", "ma", "mes", "ton", "ta", "notre", "votre", "mio", "meu", "minha",
  ]

  /// Possessives after which a title word is a noun: "meine Frau" (wife), "mi señora", "ma dame".
  static let possessivesBeforeTitles: TokenSet = [
    "my", "your", "his", "her", "our", "their", "mein", "meine", "meiner", "meinem", "dein", "deine", "sein", "seine",
    "ihre", "unsere", "eure", "mi", "tu", "su", "mon", "ma", "ton", "ta", "son", "sa", "mio", "mia", "meu", "minha",
  ]

  /// Titles that are also nouns, which a possessive before them makes ("meine Frau": my wife; "my Lord").
  static let nounTitles: TokenSet = [
    "frau", "herr", "herrn", "lady", "lord", "señora", "señor", "dame", "madame", "monsieur", "signora", "signore",
    "senhora", "senhor", "sir", "master", "madam", "miss",
  ]

  /// German's formal "you", capitalized wherever it stands ("Können Sie mir helfen?").
  static let germanFormalPronouns: TokenSet = ["sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer"]

  /// Possessives of German, Spanish, French, Italian and Portuguese that open a family cue ("mein Sohn", "mi hija"):
  /// after such a cue only a known given name counts, since nouns follow it too ("weil mein Sohn Fieber hat").
  static let otherLanguagePossessives: TokenSet = [
    "mein", "meine", "unser", "unsere", "ihr", "ihre", "dein", "deine", "sein", "seine", "mi", "mon", "ma", "mio",
    "mia", "meu", "minha",
  ]

  /// Frequent German function words that are no English words (not "die", "den", "in", "so", "was", "hat"; not "im",
  /// which English chat writes for "I'm", nor "von", a particle of names).
  static let germanFunctionWords: TokenSet = [
    "und", "der", "das", "dem", "ist", "nicht", "mit", "ein", "eine", "einem", "einen", "einer", "eines", "auf", "für",
    "zu", "zum", "zur", "vom", "ich", "sie", "wir", "sich", "auch", "wie", "aber", "noch", "nur", "bei",
    "nach", "oder", "wenn", "schon", "haben", "sind", "wird", "werden", "kann", "können", "bitte", "über", "ihr",
    "ihm", "ihn", "mein", "meine", "meinen", "dein", "sehr", "jetzt", "hier", "gibt", "heute", "seit", "keine",
    "kein", "dass", "diese", "dieser", "dieses", "wurde", "immer", "gestern", "danke", "vielen",
  ]

  /// First words of nicknames and stage names, which ordinary words follow ("Lil Wayne", "Big Sean", "Ice Cube").
  static let nicknameOpeners: TokenSet = ["lil", "big", "kid", "ice", "mc", "dj", "yung", "tiny", "baby", "young"]

  /// The Zipf frequency from which an English word is frequent (`Store.frequentEnglishWords`): once per million
  /// words.
  static let frequentWordZipf = 3.0

  /// German articles, determiners, possessives and prepositions, which a noun follows ("eine Reise", "jeden Morgen",
  /// "nach Hause"). A name may follow them too ("Der Müller hat angerufen", as southern German speaks; "mit Bauer"), so
  /// only nouns that are no names count after them.
  static let germanWordsBeforeNouns: TokenSet = [
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines", "jede", "jeder", "jeden",
    "jedem", "jedes", "kein", "keine", "keinen", "keinem", "keiner", "mein", "meine", "meinen", "meinem", "meiner",
    "dein", "deine", "deinen", "deinem", "sein", "seine", "seinen", "seinem", "ihre", "ihren", "ihrem", "unser",
    "unsere", "unseren", "unserem", "eure", "euren", "diese", "diesen", "diesem", "dieser", "dieses", "welche",
    "welchen", "zum", "zur", "vom", "beim", "ins", "nach", "zu", "mit", "für", "ohne", "aus", "bei", "gegen", "über",
    "unter", "seit", "durch", "auf", "zwischen", "wegen", "trotz", "während",
  ]

  /// German contractions of a preposition and an article that are English words too, or chat's "I'm" ("im Dorf", "am
  /// Wochenende"): German only in a text with a German function word.
  static let ambiguousGermanWordsBeforeNouns: TokenSet = ["im", "am"]

  /// Whether token `index` is a frequent German noun that is no name as well, after a German article or preposition
  /// ("eine Reise", "im Dorf", "nach Hause").
  private func isGermanNounAfterArticle(_ text: TokenizedText, _ index: Int, facts: inout TextFacts) -> Bool {
    guard index > 0, text.tokens[index].spaceBefore, !text.tokens[index].lineBreakBefore,
      let noun = store.lexicons.germanNouns.entry(for: text.tokens[index].key), noun.attributes.last != "name"
    else { return false }
    let before = text.tokens[index - 1].key
    // "van der Meer", "von dem Bussche": after another particle, "der" is a name's.
    if index >= 2, Self.particles.contains(text.tokens[index - 2].key) { return false }
    if Self.germanWordsBeforeNouns.contains(before) { return true }
    return Self.ambiguousGermanWordsBeforeNouns.contains(before) && languageCounts(of: text, cache: &facts.language).german > 0
  }

  /// Whether token `start`, after "Dear", is a name no list holds: a capitalized word that is no English word, ordinary
  /// word, form of address or place, nor a plural ("Dear Swifties,"), alone before a comma, an exclamation mark or the
  /// line's end ("Dear Xiaoming,"; not "Dear Landlord,"). Other languages' salutations take no such word: their nouns
  /// follow them as often ("Hola Chicos", "Ciao Ragazzi", "Liebe Grüße"), and no list of their words says which.
  private func isUnlistedNameAfterSalutation(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    guard tokens[start - 1].key == Self.dear, isUnknownWord(text, start),
      !Self.formsOfAddress.contains(tokens[start].key)
    else { return false }
    let next = start + 1
    return next == tokens.count || tokens[next].lineBreakBefore || tokens[next].isMark(in: text.unit.utf8, ",!")
  }

  /// Whether token `index` is a capitalized word of three letters or more that no name, place or word list holds and
  /// that is no contraction or plural of a word: after "Dear", a name the lists lack ("Dear Xiaoming,").
  private func isUnknownWord(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    guard index < tokens.count, tokens[index].shape == .capitalized, tokens[index].range.count > 2,
      !isNameWord(text, index), text.unit.utf8[tokens[index].range.upperBound - 1] != UInt8(ascii: "s"),
      !isWordOrContraction(text, index, among: store.englishWords), !isCommon(text, index),
      !isPlaceName(tokens[index].key)
    else { return false }
    return true
  }

  /// Whether token `index` is the "Jobs" or "Job" of a job board's heading after a listed town, before a colon or a
  /// bar ("Dudley Jobs : TA required", "Potters Bar Jobs | ..."); not after a person ("Steve Jobs: Stay hungry").
  private func isJobBoardHeading(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    guard index > 0, index + 1 < tokens.count, Self.jobs.contains(tokens[index].key), tokens[index].shape == .capitalized,
      tokens[index + 1].isMark(in: text.unit.utf8, ":|")
    else { return false }
    // The capitalized words before it, on its line, are a listed town's whole name.
    var first = index - 1
    while first > 0, index - first < 3, tokens[first - 1].shape == .capitalized, tokens[first].spaceBefore,
      !tokens[first].lineBreakBefore
    {
      first -= 1
    }
    return (first..<index).contains { wholeMatch(of: store.lexicons.places, in: text, from: $0, to: index - 1) }
  }

  private static let jobs: TokenSet = ["jobs", "job"]

  /// Whether `key` is a listed town, region or country.
  private func isPlaceName(_ key: TokenKey) -> Bool {
    store.lexicons.places.contains(key) || store.lexicons.regions.contains(key) || store.lexicons.countries.contains(key)
  }

  /// Whether token `index` is one of `words` or an English contraction ("Haven't", "Who'dve": an apostrophe and a
  /// contraction's lowercase ending; not a name such as "Da'Quan", nor a possessive).
  private func isWordOrContraction(_ text: TokenizedText, _ index: Int, among words: TokenSet) -> Bool {
    if words.contains(nameKey(text, index)) { return true }
    let bytes = text.unit.utf8[text.tokens[index].range.lowerBound..<(text.tokens[index].range.lowerBound + nameLength(text, index))]
    // An apostrophe: ' or the last byte of ’ (E2 80 99).
    guard let apostrophe = bytes.lastIndex(where: { $0 == 0x27 || $0 == 0x99 }) else { return false }
    return Self.contractionEndings.contains(TokenKey(utf8: bytes[(apostrophe + 1)...]))
  }

  /// What English contractions end with after their apostrophe ("n't" reads as "t" after "n"; "y'all").
  static let contractionEndings: TokenSet = ["t", "re", "ve", "ll", "d", "m", "dve", "nt", "all"]

  /// Whether token `index` is an ordinary word (a common word that is also a name, or a stopword); in lower case,
  /// an ordinary word of another language counts too, whatever the text's language ("danke schön", "gracias amigo").
  private func isCommon(_ text: TokenizedText, _ index: Int) -> Bool {
    let key = nameKey(text, index)
    return isOrdinary(key) || (text.tokens[index].shape == .lower && store.lexicons.otherLanguageCommonWords.contains(key))
  }

  /// `isCommon`, but after a naming cue only an ordinary word of the lists: there a word that is ordinary in another
  /// language only is the name ("my name is linda", though "linda" is Spanish for pretty).
  private func isCommon(_ text: TokenizedText, _ index: Int, afterNamingCue: Bool) -> Bool {
    afterNamingCue ? isOrdinary(nameKey(text, index)) : isCommon(text, index)
  }

  /// How a lone name word `index` also reads as an ordinary word, as the end of its note, or nil when it does not: an
  /// ordinary word anywhere ("Will"), or one of the text's other language ("Buena evolución", "En Julio de 2009").
  private func ordinaryReading(_ text: TokenizedText, _ index: Int, language: inout LanguageCounts?) -> String? {
    if isCommon(text, index) { return " that is also an ordinary word" }
    guard store.lexicons.otherLanguageCommonWords.contains(nameKey(text, index)),
      languageCounts(of: text, cache: &language).isOtherLanguage
    else { return nil }
    return " that is also an ordinary word of the text's language"
  }

  /// Whether the word with `key` is a common word that is also a name, or a stopword.
  private func isOrdinary(_ key: TokenKey) -> Bool {
    store.lexicons.commonWords.contains(key) || store.lexicons.stopwords.contains(key)
  }

  /// The verb or phrase right after token `end` that marks the run before it as a person's name, if any.
  /// What a person has and a place or a company does not: after a possessive name they make it a person's.
  static let personalNouns: TokenSet = [
    "wife", "husband", "mom", "mum", "mother", "dad", "father", "son", "daughter", "brother", "sister", "boyfriend",
    "girlfriend", "fiancé", "fiance", "fiancée", "baby", "kids", "parents", "grandma", "grandmother", "grandpa",
    "grandfather", "aunt", "uncle", "cousin", "birthday", "wedding", "funeral", "car", "phone", "laptop", "flight",
    "email", "inbox", "password", "passport", "salary", "surgery", "appointment", "diagnosis", "hair", "face", "eyes",
    "voice", "dog", "cat", "bedroom", "desk", "resignation", "promotion", "party", "bday", "gf", "bf", "house",
    "apartment",
  ]

  /// Whether a verb people do, or one of `verbsAfterPlaceNamedPeople`, follows token `end` ("Helena, Montana, please
  /// call me back": a comma may come between).
  private func isFollowedByVerbOfPerson(_ text: TokenizedText, _ end: Int) -> Bool {
    if personVerbAfter(text, end) != nil { return true }
    var next = end + 1
    if next < text.tokens.count, text.tokens[next].isMark(in: text.unit.utf8, ",") { next += 1 }
    guard next < text.tokens.count, text.tokens[next].kind == .word, !text.tokens[next].lineBreakBefore else { return false }
    return Self.verbsAfterPlaceNamedPeople.contains(text.tokens[next].key)
  }

  /// The verb a news headline puts after the one surname it names someone by ("Mulcair attacks Conservatives", "Lohan
  /// faces more jail", "Salmond scores victory"), when the run is that surname alone: listed as a surname and as no
  /// given name, English word or place. Teams, firms and countries take the same verbs ("Russia denies", "Technip
  /// wins contract"), and so do things named after a given name ("Alice suspect").
  private func headlineVerbAfterSurname(_ text: TokenizedText, _ words: [Int]) -> String? {
    guard words.count == 1, let index = words.first, let verb = lowercaseWord(in: text, after: index, among: Self.headlineVerbs)
    else { return nil }
    let token = text.tokens[index]
    guard token.shape == .capitalized, isSurname(text, index), !isGivenName(text, index), !isCommon(text, index),
      !store.englishWords.contains(token.key), !isPlaceName(token.key)
    else { return nil }
    return verb + " (a headline's verb)"
  }

  /// The word after token `index`, when it is one of `words`, in lower case, a space apart and on the same line.
  private func lowercaseWord(in text: TokenizedText, after index: Int, among words: TokenSet) -> String? {
    guard startsLowercaseWord(text, index + 1), words.contains(text.tokens[index + 1].key) else { return nil }
    return text.keys[index + 1]
  }

  /// The kind of work after an article and its author's name ("Unlike the Ronner novel", "a Tarantino film", "the
  /// Christiansen novels"), when the name is one or two words that are no English word, town or country ("the Ring
  /// movies", "the Awarded movie", "the Paris film" are not).
  private func workAfterAuthor(_ text: TokenizedText, _ words: [Int]) -> String? {
    guard let first = words.first, let last = words.last, words.count <= 2, first > 0,
      Self.articles.contains(text.tokens[first - 1].key),
      let work = lowercaseWord(in: text, after: last, among: Self.worksByAuthor),
      words.allSatisfy({
        text.tokens[$0].shape == .capitalized && !store.englishWords.contains(text.tokens[$0].key)
          && !isPlaceName(text.tokens[$0].key) && !isCommon(text, $0)
      })
    else { return nil }
    return work + " (an author's work)"
  }

  /// English articles: before a name used as a modifier ("the Ronner novel"), or before an ordinary word that is a
  /// town's name too, which makes it that word ("in the Rugby calendar", `DictionaryRecognizer.followsDeterminer`).
  static let articles: TokenSet = ["the", "a", "an"]
  /// Works named by their author ("the Ronner novel").
  static let worksByAuthor: TokenSet = [
    "novel", "novels", "film", "films", "movie", "movies", "biography", "memoir", "trilogy", "painting", "paintings",
    "symphony", "opera", "screenplay", "sonnet", "sonnets",
  ]

  /// What follows a surname as part of the name ("Robert Downey Jr", "Henry Ford II"), English words or not.
  static let nameSuffixes: TokenSet = ["jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"]

  /// Verbs of news headlines about someone (`headlineVerbAfterSurname`).
  static let headlineVerbs: TokenSet = [
    "attacks", "defends", "slams", "blasts", "urges", "warns", "denies", "admits", "vows", "pledges", "rejects",
    "scores", "backs", "faces", "resigns", "quits", "cites", "attends", "insists", "accuses", "praises", "criticises",
    "criticizes", "hails", "condemns", "dismisses", "reveals", "responds", "speaks", "talks", "meets", "visits", "sues",
    "tweets", "slammed", "blasted", "urged", "warned", "denied", "vowed", "accused", "praised", "hailed", "condemned",
    "revealed", "responded", "visited", "attended", "arrested", "charged", "jailed", "sentenced", "fined", "quizzed",
  ]

  /// Whether a possessive written apart follows token `index`, as tokenized text writes it ("kapil ' s expression",
  /// "Jordan 's car").
  private func hasSeparatePossessive(_ text: TokenizedText, after index: Int) -> Bool {
    index + 2 < text.tokens.count && text.tokens[index + 1].spaceBefore
      && Marks.apostrophes.contains(text.tokens[index + 1].key) && text.tokens[index + 2].key == Marks.s
  }

  private func personVerbAfter(_ text: TokenizedText, _ end: Int) -> String? {
    let next = end + 1
    if hasSeparatePossessive(text, after: end), next + 2 < text.tokens.count, text.tokens[next + 2].spaceBefore,
      Self.personalNouns.contains(text.tokens[next + 2].key)
    {
      return "'s " + text.keys[next + 2]
    }
    guard next < text.tokens.count, text.tokens[next].kind == .word, text.tokens[next].spaceBefore,
      !text.tokens[next].lineBreakBefore
    else { return nil }
    let key = text.keys[next]
    if Self.personVerbs.contains(key) { return key }
    // Not after one letter, which is chat's "you" as often ("U never know").
    if Self.auxiliariesBeforeVerb.contains(text.tokens[next].key), text.tokens[end].range.count > 1,
      let verb = verbAfterAuxiliaries(text, next)
    {
      return key + " " + verb
    }
    // "Karayiğit v. Turkey", "Saunders v. the United Kingdom": the party named before "v." in a case's name, perhaps
    // with others ("Stec and Others v. the United Kingdom").
    let andOthers = next + 2 < text.tokens.count && text.tokens[next].key == Self.and
      && text.tokens[next + 1].key == Self.others
    let versus = andOthers ? next + 2 : next
    if Self.versus.contains(text.tokens[versus].key), versus + 2 < text.tokens.count,
      text.tokens[versus + 1].key == Marks.period, !text.tokens[versus + 1].spaceBefore,
      text.tokens[versus + 2].shape == .capitalized || text.tokens[versus + 2].key == Self.the
    {
      return (andOthers ? "and Others " : "") + text.keys[versus] + "."
    }
    // "Jordan's car was towed", "Georgia's flight": a possessive before what only a person has (written apart, above).
    if text.tokens[end].possessiveLength != 0, Self.personalNouns.contains(text.tokens[next].key) { return "'s " + key }
    if next + 1 < text.tokens.count, text.tokens[next + 1].spaceBefore, !text.tokens[next + 1].lineBreakBefore {
      let following = text.keys[next + 1]
      for (first, second) in Self.personPhrasesAfter where first == key && second == following { return key + " " + second }
      if key == "is" || key == "was", Self.statesOfPeople.contains(text.tokens[next + 1].key) { return key + " " + following }
      // A verb in the third person or the past that takes "his" or "her" ("continues his streak", "showed her
      // phone"; not "bless her", whose -ss is no ending).
      if text.tokens[next].shape == .lower, Self.personalPronounsAfterVerb.contains(text.tokens[next + 1].key),
        key.count >= 4, (key.hasSuffix("s") && !key.hasSuffix("ss")) || key.hasSuffix("ed"),
        !Self.functionWords.contains(text.tokens[next].key)
      {
        return key + " " + following
      }
    }
    return nil
  }

  /// The person verb after the auxiliary at `auxiliary` and perhaps one more ("should have said", "has also told",
  /// "will say"), each a word of its own on the same line; nil for anything else ("will be", "has a car").
  private func verbAfterAuxiliaries(_ text: TokenizedText, _ auxiliary: Int) -> String? {
    var index = auxiliary + 1
    var words: [String] = []
    while index < text.tokens.count, index <= auxiliary + 2 {
      let token = text.tokens[index]
      guard token.kind == .word, token.spaceBefore, !token.lineBreakBefore else { return nil }
      if Self.personVerbs.contains(token.key) || Self.personVerbBaseForms.contains(token.key) {
        return (words + [text.keys[index]]).joined(separator: " ")
      }
      guard Self.auxiliariesBeforeVerb.contains(token.key) else { return nil }
      words.append(text.keys[index])
      index += 1
    }
    return nil
  }

  /// A hashtag that names someone in camel case: a given name and a surname ("#AlanPardew", "#RIPJohnnyWinter",
  /// "#VeronicaMars"), or a given name after a word fans and mourners put before one ("#TeamPhil", "#RIPBob"). The
  /// pair may hold one ordinary word (Winter, Brown), not two ("#WillPower", "#RayBan"), nor a function word, and is no
  /// place's name ("#SanFrancisco", "#SantaClara", "#CharlesRiver"). The finding is the whole hashtag. (Brands and
  /// characters named after people are read as people too: "#JackDaniels", "#JamesBond".)
  private func hashtagName(in text: TokenizedText, at index: Int) -> Candidate? {
    let bytes = text.unit.utf8[text.tokens[index].range]
    guard bytes.count >= 5, bytes.count <= 40, bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
      return nil
    }
    let parts = Self.camelCaseParts(bytes)
    if parts.count == 1, bytes[bytes.startIndex] >= 0x61, !isPlaceName(TokenKey(utf8: bytes)),
      let (given, family) = frequentNamesRunTogether(bytes)
    {
      let note = "hashtag of a first name + surname in lower case (\(given) + \(family))"
      return hashtagCandidate(in: text, at: index, note: note)
    }
    guard parts.count >= 2 else { return nil }
    let keys = parts.map { TokenKey(utf8: bytes[$0]) }
    // Capitalized, three letters or more, and no function word or particle ("Is", "Of", "Del": "#CopaDelRey").
    let named = parts.indices.map { part in
      parts[part].count >= 3 && bytes[parts[part].lowerBound] <= 0x5A && bytes[parts[part].lowerBound + 1] >= 0x61
        && !store.lexicons.stopwords.contains(keys[part]) && !Self.particles.contains(keys[part])
    }
    var note: String?
    for part in parts.indices.dropLast() where named[part] && named[part + 1] {
      let (given, family) = (keys[part], keys[part + 1])
      // "#CharlesRiver", "#LakeGeorge", "#MadisonSquareGarden": a place named by its head noun.
      let headNoun = [part, part + 1, part + 2].contains { $0 < keys.count && Self.placeHeadNouns.contains(keys[$0]) }
      guard store.lexicons.firstNames.contains(given), store.lexicons.surnames.contains(family),
        !(isOrdinary(given) && isOrdinary(family)), !isPlaceName(given.followed(by: family)), !headNoun
      else { continue }
      note = "hashtag of a first name + surname"
      break
    }
    if note == nil, Self.hashtagNameOpeners.contains(keys[parts.count - 2]), named[parts.count - 1],
      store.lexicons.firstNames.contains(keys[parts.count - 1]), !isOrdinary(keys[parts.count - 1]),
      !isPlaceName(keys[parts.count - 1])
    {
      note = "hashtag of '\(String(decoding: bytes[parts[parts.count - 2]], as: UTF8.self))' + a first name"
    }
    guard let note else { return nil }
    return hashtagCandidate(in: text, at: index, note: note)
  }

  /// The whole hashtag whose word is token `index`, as a name.
  private func hashtagCandidate(in text: TokenizedText, at index: Int, note: String) -> Candidate {
    let range = text.tokens[index - 1].range.lowerBound..<text.tokens[index].range.upperBound
    let explanation = Explanation(recognizer: id, pattern: "name evidence", baseScore: 0.6, notes: [note])
    return Candidate(
      start: index, end: index, finding: Finding(entity: entity, range: range, score: 0.6, explanation: explanation),
      allNameWords: false, plausible: false)
  }

  /// A lower-case hashtag's letters read as a given name in the first 1,000 and a surname in the first 5,000, run
  /// together, neither an ordinary or English word ("#dianeabbott", "#colindoyle"; not "#jackdaniels", Jack being an
  /// ordinary word): the two, or nil. (A show named like a person is read as one: "#hollyoaks".)
  private func frequentNamesRunTogether(_ bytes: ArraySlice<UInt8>) -> (String, String)? {
    guard bytes.count >= 6 else { return nil }
    func isWord(_ key: TokenKey) -> Bool { isOrdinary(key) || store.englishWords.contains(key) }
    for split in (bytes.startIndex + 3)...(bytes.endIndex - 3) {
      let given = TokenKey(utf8: bytes[..<split])
      guard let rank = givenNameRank(given), rank <= 1000, !isWord(given) else { continue }
      let family = TokenKey(utf8: bytes[split...])
      guard let rank = surnameRank(family), rank <= 5000, !isWord(family) else { continue }
      return (String(decoding: bytes[..<split], as: UTF8.self), String(decoding: bytes[split...], as: UTF8.self))
    }
    return nil
  }

  /// Words before a given name that make a hashtag about that person: "#TeamPhil", "#RIPBob", "#VoteJustin",
  /// "#JusticeForTrayvon", "#PrayForMaddie", "#FreeBritney", "#WeLoveHarry".
  static let hashtagNameOpeners: TokenSet = ["team", "rip", "vote", "for", "free", "love", "congrats", "go", "miss"]

  /// The camel-case parts of an ASCII hashtag's letters: "RIPJohnnyWinter" → RIP, Johnny, Winter; "iPhoneFan" → i,
  /// Phone, Fan. A run of capitals is one part, but for its last capital when a lowercase letter follows that.
  static func camelCaseParts(_ bytes: ArraySlice<UInt8>) -> [Range<Int>] {
    func isUpper(_ position: Int) -> Bool { bytes[position] <= 0x5A }
    var parts: [Range<Int>] = []
    var start = bytes.startIndex
    while start < bytes.endIndex {
      var end = start + 1
      if isUpper(start), end < bytes.endIndex, isUpper(end) {
        while end < bytes.endIndex, isUpper(end), !(end + 1 < bytes.endIndex && !isUpper(end + 1)) { end += 1 }
      } else {
        while end < bytes.endIndex, !isUpper(end) { end += 1 }
      }
      parts.append(start..<end)
      start = end
    }
    return parts
  }

  /// Whether the word before token `start`, on the same line, puts the run inside a sentence: a lowercase word, not
  /// a particle ("de") or a list joiner ("y", "and"); a sentence's first word that leads to its subject ("Then Wasim
  /// Khan took", "But Tavo Mbeku scored"); or a place's possessive ("Pakistan's Wasim Akram").
  private func insideRunningText(_ text: TokenizedText, _ start: Int) -> Bool {
    guard start > 0, !text.tokens[start].lineBreakBefore else { return false }
    let before = text.tokens[start - 1]
    guard before.kind == .word else { return false }
    let key = before.key
    switch before.shape {
    case .lower: return !Self.particles.contains(key) && !Self.listJoiners.contains(key)
    case .capitalized:
      guard text.tokens[start].spaceBefore else { return false }
      if before.possessiveLength != 0 { return isPlaceName(nameKey(text, start - 1)) }
      return before.startsSentence && Self.sentenceOpenersBeforeSubject.contains(key)
    default: return false
    }
  }

  /// Words that open a sentence and lead to its subject, never a name's first word: conjunctions and adverbs of time.
  /// (No article or pronoun, which opens a phrase in Title Case too: "The Grand Budapest", "My Chemical Romance".)
  static let sentenceOpenersBeforeSubject: TokenSet = [
    "then", "but", "and", "so", "when", "while", "after", "although", "though", "because", "since", "until", "if",
    "yesterday", "today", "tomorrow", "later", "meanwhile", "now", "earlier", "afterwards", "also", "instead",
  ]

  /// Whether another line of the text starts with a known, not ordinary, given name and a colon ("Nicole:").
  private func hasOtherNamedSpeaker(_ text: TokenizedText, besides start: Int, facts: inout TextFacts) -> Bool {
    if facts.namedSpeakers == nil {
      var found: [Int] = []
      var index = 0
      while index + 1 < text.tokens.count, found.count < 2 {
        if index == 0 || text.tokens[index].lineBreakBefore, text.tokens[index].shape == .capitalized,
          text.tokens[index + 1].key == Marks.colon, isGivenName(text, index), !isCommon(text, index)
        {
          found.append(index)
        }
        index += 1
      }
      facts.namedSpeakers = found
    }
    return facts.namedSpeakers?.contains { $0 != start } ?? false
  }

  /// Whether the words after the colon at `colon` read as speech, on the same line: the pronoun I ("I'll be late"),
  /// or a word in lower case that opens a sentence of two words or more or one with ! or ? ("can you help?",
  /// "thanks!"); one lower-case word alone is a field's value ("Case: closed", "Branch: main").
  private func opensSpeech(_ text: TokenizedText, afterColon colon: Int) -> Bool {
    let next = colon + 1
    guard next < text.tokens.count, !text.tokens[next].lineBreakBefore, text.tokens[next].kind == .word else { return false }
    if text.tokens[next].shape == .lower {
      var words = 0
      var index = next
      while index < text.tokens.count, index == next || !text.tokens[index].lineBreakBefore {
        if text.tokens[index].kind == .word { words += 1 }
        if text.tokens[index].isMark(in: text.unit.utf8, "!?") || words > 1 { return true }
        index += 1
      }
      return false
    }
    return isPronounI(text, next)
  }

  /// Whether token `index` is "I", alone or with its contraction ("I'll", "I’m").
  private func isPronounI(_ text: TokenizedText, _ index: Int) -> Bool {
    let word = text.unit.utf8[text.tokens[index].range]
    guard word.first == UInt8(ascii: "I") else { return false }
    let second = word.dropFirst().first
    return second == nil || second == UInt8(ascii: "'") || second == 0xE2
  }

  /// Whether the words after a speaker label's colon open with "I" (or its contraction) or a greeting ("Ashutosh: I
  /// am", "Zorblax: hello there").
  private func opensFirstPersonSpeechOrGreeting(_ text: TokenizedText, afterColon colon: Int) -> Bool {
    let next = colon + 1
    guard next < text.tokens.count, !text.tokens[next].lineBreakBefore, text.tokens[next].kind == .word else { return false }
    return Self.greetingCues.contains(text.tokens[next].key) || isPronounI(text, next)
  }

  /// Whether the run stands alone at the start of a line followed by a colon ("Nicole: hi").
  private func isSpeakerLabel(_ text: TokenizedText, start: Int, end: Int) -> Bool {
    (start == 0 || text.tokens[start].lineBreakBefore || followsQuotedHandle(text, start))
      && end + 1 < text.tokens.count && text.tokens[end + 1].key == Marks.colon
  }

  /// Whether token `start` opens what a line quotes after a handle: "RT @coolfunnytshirt : Ashutosh : I am", "“ @nyt :
  /// Obama : ...", where the quoted text's speaker label stands.
  private func followsQuotedHandle(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    guard start >= 3, tokens[start - 1].key == Marks.colon else { return false }
    // The handle: "@" and the tokens glued to it ("@Dave_Sciarra1" is several).
    var first = start - 2
    while first > 0, !tokens[first].spaceBefore { first -= 1 }
    guard tokens[first].key == Marks.handle, first + 1 < start - 1 else { return false }
    if first > 0, !tokens[first].lineBreakBefore, Marks.quotePrefixes.contains(tokens[first - 1].key) { first -= 1 }
    return first == 0 || tokens[first].lineBreakBefore
  }

  /// Whether token `index` is a code rather than a word: it holds digits, or is glued to a
  /// following `-`/`_` and number (`ORD-2024`, `GB82`).
  private func isCode(_ text: TokenizedText, _ index: Int) -> Bool {
    let bytes = text.unit.utf8[text.tokens[index].range]
    if bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
    // "IgA", "IgE", "BniM": a capital that ends a word right after a lowercase letter is a code's shape, not a name's
    // (a name's inner capital is followed by lower case: "McDonald", "DeShawn").
    if bytes.count >= 3, (0x41...0x5A).contains(bytes[bytes.endIndex - 1]), (0x61...0x7A).contains(bytes[bytes.endIndex - 2]) {
      return true
    }
    // "IDs", "URLs", "APIs": an acronym's plural.
    if bytes.count >= 3, bytes[bytes.endIndex - 1] == UInt8(ascii: "s"),
      bytes.dropLast().allSatisfy({ (0x41...0x5A).contains($0) })
    {
      return true
    }
    let next = index + 1
    guard next + 1 < text.tokens.count, !text.tokens[next].spaceBefore, Marks.codeJoiners.contains(text.tokens[next].key),
      !text.tokens[next + 1].spaceBefore
    else { return false }
    if isNotesAddress(text, index) { return false }
    return text.tokens[next + 1].kind == .number || text.tokens[next + 1].shape == .upper
  }

  /// Whether a capitalized word at `index` ends a person's Lotus Notes address ("Kate Symes/PDX/ECT", "Sally
  /// Beck/HOU/ECT@ECT"): two units in capitals follow it, each after a slash, all glued together.
  private func isNotesAddress(_ text: TokenizedText, _ index: Int) -> Bool {
    let tokens = text.tokens
    guard tokens[index].shape == .capitalized, index + 4 < tokens.count else { return false }
    for unit in [index + 2, index + 4] {
      guard tokens[unit - 1].key == Marks.slash, !tokens[unit - 1].spaceBefore, !tokens[unit].spaceBefore,
        tokens[unit].kind == .word, tokens[unit].shape == .upper, (2...5).contains(tokens[unit].range.count)
      else { return false }
    }
    return true
  }

  /// The cue phrase ending right before token `index`, if any.
  private func cueBefore(_ text: TokenizedText, _ index: Int) -> String? {
    cueEnding(before: index, in: text).map { $0.words.joined(separator: " ") }
  }

  /// Whether a greeted name ends at token `end`: a comma or an exclamation mark follows it, or, for a frequent given
  /// name, the end of its line or text, perhaps after a period ("Thanks, Mark."; not "Hi Apple").
  private func endsGreeting(_ text: TokenizedText, after end: Int, frequentName: Bool) -> Bool {
    let tokens = text.tokens
    if end + 1 < tokens.count, !tokens[end + 1].lineBreakBefore, tokens[end + 1].isMark(in: text.unit.utf8, ",!") {
      return true
    }
    guard frequentName else { return false }
    var next = end + 1
    if next < tokens.count, !tokens[next].lineBreakBefore, tokens[next].key == Marks.period { next += 1 }
    return next == tokens.count || tokens[next].lineBreakBefore
  }

  /// Whether token `index` is an ordinary word, of English (a common word of the name lists, or a frequent English word
  /// no name list holds) or of another language, and no frequent given name ("Mark").
  private func isOrdinaryWord(_ text: TokenizedText, _ index: Int) -> Bool {
    guard isCommon(text, index) || store.lexicons.otherLanguageCommonWords.contains(text.tokens[index].key)
      || (!isNameWord(text, index) && store.frequentEnglishWords.contains(nameKey(text, index)))
    else { return false }
    return !isFrequentGivenName(text, index, maximumRank: 1000)
  }

  /// Whether a run holds a company's word: an ordinary word or a legal form ("Deutsche Post", "Müller GmbH").
  private func hasCompanyWord(_ text: TokenizedText, _ words: [Int]) -> Bool {
    words.contains { isOrdinaryWord(text, $0) || store.lexicons.organizationSuffixes.contains(text.tokens[$0].key) }
  }

  /// Whether the line that token `start` opens reads as the name of a message's writer: one to three capitalized
  /// words, the first a given name or a surname that is no ordinary word (a frequent given name may be one: "Mark"),
  /// the others names, which after a surname are no ordinary words either ("Mark Brown", "Granada López"; not
  /// "Tomorrow", "Max Power Tools", "April Sale Team").
  private func isSignatureName(_ text: TokenizedText, _ start: Int) -> Bool {
    guard let end = signatureLineEnd(text, start), isNameWord(text, start), !isOrdinaryWord(text, start) else {
      return false
    }
    // After a given name, a surname may be an ordinary word too when it is a frequent one ("Mark Brown", not "Max Power
    // Tools").
    let given = isGivenName(text, start)
    return (start..<(end + 1)).dropFirst().allSatisfy {
      isNameWord(text, $0)
        && (!isOrdinaryWord(text, $0) || (given && isFrequentSurname(text, $0, maximumRank: 1000)))
    }
  }

  /// The last token of the line that token `start` opens, when the line holds one to three capitalized words and
  /// nothing else.
  private func signatureLineEnd(_ text: TokenizedText, _ start: Int) -> Int? {
    let tokens = text.tokens
    guard tokens[start].lineBreakBefore else { return nil }
    var end = start
    while end + 1 < tokens.count, !tokens[end + 1].lineBreakBefore { end += 1 }
    guard end - start <= 2, (start...end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].shape == .capitalized })
    else { return nil }
    return end
  }

  /// Labels of a letter's or a parcel's sender or recipient: they name a person or a company.
  static let partyLabelCues: TokenSet = [
    "recipient :", "sender :", "destinatário :", "destinatario :", "destinatária :", "destinataria :",
    "remetente :", "remitente :", "destinataire :", "expéditeur :", "empfänger :", "absender :", "mittente :",
    "ontvanger :", "afzender :", "odbiorca :", "nadawca :", "alıcı :", "gönderen :",
  ]

  /// The sign-off before a name on the next line ("Sincerely,\nDakota", "Thanks!\nMark"), when the cue list has the
  /// sign-off without its comma or exclamation mark: the sign-off and the mark, written as `signOffCues` holds them
  /// ("sincerely ,"). The name's line reads as a name (`isSignatureName`).
  private func signOff(before index: Int, in text: TokenizedText) -> String? {
    let tokens = text.tokens
    guard index >= 2, tokens[index].lineBreakBefore, !tokens[index - 1].lineBreakBefore,
      tokens[index - 1].key == Marks.comma || tokens[index - 1].key == Marks.exclamation,
      let cue = cueEnding(before: index - 1, in: text)
    else { return nil }
    let phrase = cue.words.joined(separator: " ") + (tokens[index - 1].key == Marks.comma ? " ," : " !")
    guard Self.signOffCues.contains(phrase), isSignatureName(text, index) else { return nil }
    return phrase
  }

  /// A possessive's relative or role set off by a comma before a name that a comma, or a clause's end, closes ("My
  /// coworker, Chidi, said hi", "our manager, Oyelaran."): the cue and its comma, as `cueBefore` would name it.
  private func appositiveCue(before index: Int, in text: TokenizedText) -> String? {
    let tokens = text.tokens
    guard index >= 3, tokens[index - 1].key == Marks.comma, !tokens[index - 1].spaceBefore,
      !tokens[index].lineBreakBefore, let cue = cueEnding(before: index - 1, in: text), cue.keys.count >= 2,
      Self.possessivesBeforeTitles.contains(cue.keys[0]),
      // "My teacher, English, was strict": a language, a demonym, a day or a month names no one.
      !store.lexicons.alwaysCapitalizedWords.contains(tokens[index].key),
      !DictionaryRecognizer.calendarWords.contains(tokens[index].key)
    else { return nil }
    // The name's words run to a comma or the clause's end.
    var end = index
    while end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].shape != .lower,
      !tokens[end + 1].lineBreakBefore
    {
      end += 1
    }
    let after = end + 1
    guard end - index < 3,
      after == tokens.count || tokens[after].lineBreakBefore || Marks.clauseEnds.contains(tokens[after].key)
    else { return nil }
    return cue.words.joined(separator: " ") + " ,"
  }

  /// Sign-offs of a letter or a message, with their comma (thanks also with an exclamation mark): a name on the line
  /// after one is the writer's.
  static let signOffCues: TokenSet = [
    "regards ,", "best regards ,", "kind regards ,", "warm regards ,", "sincerely ,", "yours sincerely ,",
    "yours truly ,", "yours faithfully ,", "respectfully ,", "best ,", "cheers ,", "thanks ,", "thank you ,",
    "many thanks ,", "thanks again ,", "love ,", "xoxo ,", "cordialement ,", "atentamente ,", "atenciosamente ,",
    "saludos ,", "mit freundlichen grüßen ,", "cordiali saluti ,", "gracias ,", "merci ,", "danke ,", "grazie ,",
    "obrigado ,", "obrigada ,", "bedankt ,", "thanks !", "thank you !", "many thanks !", "thanks again !", "cheers !",
    "gracias !", "merci !", "danke !", "grazie !", "obrigado !", "obrigada !", "bedankt !",
  ]

  /// The cue phrase ending right before token `index`, if any (the longest, as the lexicon orders them).
  private func cueEnding(before index: Int, in text: TokenizedText) -> Lexicons.Cue? {
    guard index > 0, let candidates = store.lexicons.cuesByLastWord[text.tokens[index - 1].key] else { return nil }
    for cue in candidates where cue.keys.count <= index {
      let start = index - cue.keys.count
      if cue.keys.indices.allSatisfy({ text.tokens[start + $0].key == cue.keys[$0] }) { return cue }
    }
    return nil
  }

  /// Whether a cue phrase of two tokens or more starts at token `start` ("Happy Birthday Jay", "Thank you Anna"): its
  /// words are the cue's, and the name starts after them.
  private func opensCue(_ text: TokenizedText, _ start: Int) -> Bool {
    (2...4).contains { length in
      start + length <= text.tokens.count && cueEnding(before: start + length, in: text)?.keys.count == length
    }
  }

  /// Whether tokens `start...end` follow a comma after a lowercase word (or after a sentence's first word, unless
  /// they are a region or country after a big city: "Hi, Grace!", not "Paris, France") and end their sentence or clause: the shape of a name used to
  /// address someone. A list of capitalized words ("Rome, Paris, Florence.") is not one.
  private func isAddressed(_ text: TokenizedText, start: Int, end: Int) -> Bool {
    let tokens = text.tokens
    guard start >= 2, tokens[start - 1].key == Marks.comma, !tokens[start].lineBreakBefore,
      tokens[start - 2].kind == .word,
      tokens[start - 2].shape == .lower || (tokens[start - 2].startsSentence && !isRegionAfterBigCity(text, start))
    else { return false }
    let after = end + 1
    return after == tokens.count || tokens[after].lineBreakBefore || Marks.clauseEnds.contains(tokens[after].key)
  }

  /// Whether the one or two words before the comma at `comma` follow a place preposition on the same line ("at
  /// disneyworld ,", "near the lake ,").
  private func followsPlaceAfterPreposition(_ text: TokenizedText, comma: Int) -> Bool {
    var index = comma - 1
    while index >= 0, index >= comma - 3, text.tokens[index].kind == .word {
      if index < comma - 1, Self.placePrepositions.contains(text.tokens[index].key) { return true }
      if text.tokens[index].lineBreakBefore { return false }
      index -= 1
    }
    return false
  }

  /// Whether the line that token `start` opens (after a quoting '>' perhaps) holds only two to four capitalized
  /// words and initials, and one of the next three lines opens with a number: a name over an address.
  private func isNameLineAboveAddress(_ text: TokenizedText, _ start: Int) -> Bool {
    let tokens = text.tokens
    func opensLine(_ index: Int) -> Bool { index == 0 || tokens[index].lineBreakBefore }
    let lineStart = start > 0 && tokens[start - 1].key == Marks.quote ? start - 1 : start
    guard opensLine(lineStart) else { return false }
    var end = start
    while end + 1 < tokens.count, !tokens[end + 1].lineBreakBefore { end += 1 }
    guard (1...3).contains(end - start),
      (start...end).allSatisfy({ tokens[$0].shape == .capitalized || isInitial(text, $0) || tokens[$0].key == Marks.period })
    else { return false }
    var lines = 0
    for index in (end + 1)..<tokens.count where tokens[index].lineBreakBefore {
      lines += 1
      if lines > 3 { return false }
      let first = tokens[index].key == Marks.quote && index + 1 < tokens.count && !tokens[index + 1].lineBreakBefore
        ? index + 1 : index
      if tokens[first].kind == .number { return true }
    }
    return false
  }

  /// Whether the word at `start` opens a line and is followed by a comma and a request or question ("Kuba, can I",
  /// "Warrane, could you", "Jo, please").
  private func opensRequest(_ text: TokenizedText, start: Int) -> Bool {
    let tokens = text.tokens
    guard start == 0 || tokens[start].lineBreakBefore, start + 2 < tokens.count, tokens[start + 1].key == Marks.comma,
      tokens[start + 2].kind == .word, tokens[start + 2].shape == .lower || tokens[start + 2].key == Marks.i
    else { return false }
    return Self.requestOpeners.contains(tokens[start + 2].key)
  }

  /// The keys of the marks and short words compared token by token (by key: no string is made).
  private enum Marks {
    static let period = TokenKey(".")
    static let colon = TokenKey(":")
    static let comma = TokenKey(",")
    static let exclamation = TokenKey("!")
    static let quote = TokenKey(">")
    static let slash = TokenKey("/")
    /// Marks that end a sentence or a clause after a name used to address someone.
    static let clauseEnds: TokenSet = ["!", "?", ".", ",", ";", "…"]
    static let at = TokenKey("at")
    static let i = TokenKey("i")
    static let a = TokenKey("a")
    static let handle = TokenKey("@")
    /// What opens a quoted tweet before its handle: "RT @user :", "“ @user :".
    static let quotePrefixes: TokenSet = ["rt", "“", "\"", "mt"]
    static let t = TokenKey("t")
    static let s = TokenKey("s")
    static let apostrophes: TokenSet = ["'", "’"]
    /// A word glued to one of these is a handle, path or address part, not a name (but a hashtag can be one).
    static let gluedBefore: TokenSet = ["@", "#", "/", "_", "."]
    /// A word glued to one of these and a number is a code (`ORD-2024`).
    static let codeJoiners: TokenSet = ["-", "_", "/"]
  }

  /// The title right before token `index` ("Dr", "Dr.", "Mrs") on the same line, if any ("Sexo: M.\nFecha" has none).
  /// A title in lower case that is also an ordinary word is that word before a lowercase one ("estado general
  /// durante"), and a one-letter title needs its period ("vitamina D estaban" has none).
  /// The first of the lowercase particles (up to three, on the line) right before token `index` — "van der" in
  /// "Dr. van der Berg" — or `index` itself when there are none.
  private func leadingParticles(_ text: TokenizedText, _ index: Int) -> Int {
    var lead = index
    while lead > 0, index - lead < 3, !text.tokens[lead].lineBreakBefore, text.tokens[lead].spaceBefore,
      text.tokens[lead - 1].shape == .lower, Self.particles.contains(text.tokens[lead - 1].key)
    {
      lead -= 1
    }
    return lead
  }

  /// The title right before token `index`, or before the particles that lead its name ("Dr. van der Berg").
  /// Whether token `index` is a title before a name of its own inside a run of capitalized words ("University of
  /// Michigan Professor John Smith", "Hospital San Carlos Dra. Ana Ruiz"): the run ends before it. A title word that is
  /// a given name ("Major") or ends the run ("James Dean") stays a name word.
  private func opensTitledName(_ text: TokenizedText, _ index: Int) -> Bool {
    guard Self.titlesOpeningNames.contains(text.tokens[index].key), !isGivenName(text, index) else { return false }
    var next = index + 1
    if next < text.tokens.count, text.tokens[next].key == Marks.period, !text.tokens[next].spaceBefore { next += 1 }
    return startsCapitalizedWord(text, next) && text.tokens[next].spaceBefore
  }

  /// Offices that stand before a holder's name in news and chat ("Defense Secretary Chuck Hagel", "Federal Reserve
  /// Chairman Ben Bernanke", "Ford COO Mark Fields"): not forms of address, so the titles list lacks them, but a
  /// capitalized one right before a capitalized word opens a name after it and counts as its title. Not the offices
  /// that are frequent surnames, brands or characters too (Mayor, Judge, Pastor, General, Chief, Coach, Bishop,
  /// Detective).
  static let offices: TokenSet = [
    "president", "secretary", "minister", "chairman", "chairwoman", "chairperson", "chancellor", "governor", "senator",
    "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "ambassador", "commissioner",
    "spokesman", "spokeswoman", "spokesperson", "ceo", "coo", "cfo", "cto", "sheriff", "lieutenant", "sergeant",
    "inspector", "archbishop", "rabbi", "imam", "striker", "midfielder", "defender", "goalkeeper",
    "quarterback",
  ]

  /// Words that make an office of two with the office after them ("Prime Minister", "Vice President", "Deputy
  /// Governor"): the pair opens the name after it as the office alone does.
  static let officePrefixes: TokenSet = ["prime", "vice", "deputy", "foreign", "finance", "defense", "defence", "home"]

  /// Whether token `index` is an office (or the first word of a two-word one), capitalized or in capitals, before a
  /// capitalized word on its line.
  private func opensOfficeName(_ text: TokenizedText, _ index: Int, after previous: Int? = nil) -> Bool {
    guard index < text.tokens.count else { return false }
    let token = text.tokens[index]
    guard token.kind == .word, token.shape != .lower else { return false }
    var next = index + 1
    // "Prime Minister", "Vice President": the office's two words.
    if Self.officePrefixes.contains(token.key), next < text.tokens.count, text.tokens[next].shape != .lower,
      Self.offices.contains(text.tokens[next].key)
    {
      next += 1
    } else if !Self.offices.contains(token.key) {
      return false
    }
    // (Some offices are rare given names too, Chancellor and Governor among them; not a frequent one.) After a frequent
    // given name the word is a surname ("Héctor Pastor Navarro", "Maria Chancellor"), but not after a demonym that is a
    // name too ("German Chancellor Olaf Scholz").
    guard !isFrequentGivenName(text, index, maximumRank: 1000),
      !(previous.map {
        isFrequentGivenName(text, $0, maximumRank: 1000)
          && !store.lexicons.alwaysCapitalizedWords.contains(text.tokens[$0].key)
      } ?? false)
    else { return false }
    return startsCapitalizedWord(text, next) && text.tokens[next].spaceBefore && !text.tokens[next].lineBreakBefore
  }

  /// Whether token `index` goes on the name of an office's holder after the name's words `words`: a name word, or a
  /// word no list calls an ordinary word or a place ("Kirkhorn"); an ordinary word only as a given name that opens
  /// the name, before a frequent name ("President Goodluck Jonathan"), or as a surname right after its given name
  /// ("COO Mark Fields"), not a headline's verb or noun ("Hagel Welcomes China", "CEO Visits London", "Commissioner
  /// Roundtable").
  private func continuesOfficeHolder(_ text: TokenizedText, _ index: Int, after words: [Int]) -> Bool {
    func isPlain(_ position: Int) -> Bool {
      let key = text.tokens[position].key
      return isCommon(text, position) || store.englishWords.contains(nameKey(text, position))
        || store.lexicons.places.contains(key) || store.lexicons.countries.contains(key)
    }
    // After the name's first word, a name that is no ordinary word goes on it even when a town has it ("Andres Manuel
    // Lopez Obrador").
    guard isPlain(index), words.isEmpty || !isNameWord(text, index) || isCommon(text, index) else { return true }
    if words.isEmpty {
      // "Rabbi Sacks said": a surname, even one that is a word.
      if isGivenName(text, index) || isSurname(text, index) { return true }
      // "President Goodluck Jonathan", "President Bola Tinubu": a word before a frequent name, or before a capitalized
      // word that is no ordinary word, is that name's too.
      let next = index + 1
      // Not a frequent English word, which in a headline is its verb ("Prime Minister Visits Flood-Hit Towns").
      return next < text.tokens.count && text.tokens[next].shape == .capitalized && text.tokens[next].spaceBefore
        && !text.tokens[next].lineBreakBefore && !isCommon(text, next)
        && !isWordOrContraction(text, index, among: store.frequentEnglishWords)
        && (isFrequentGivenName(text, next, maximumRank: 1000) || isFrequentSurname(text, next, maximumRank: 1000)
          || !isPlain(next))
    }
    return words.count == 1 && isGivenName(text, words[0]) && isSurname(text, index)
  }

  /// The office right before token `index`, if it opens the name there (`opensOfficeName`).
  private func officeBefore(_ text: TokenizedText, _ index: Int) -> String? {
    guard index > 0, opensOfficeName(text, index - 1) else { return nil }
    return text.text(index - 1)
  }

  /// Titles that start a name inside a run of capitalized words. Not those that are also middle names or surnames
  /// ("Priya Kumari Sharma", "Dewi Sri Wahyuni", "Amy Pan Chen", "Laura Mayor", "Anna Judge").
  static let titlesOpeningNames: TokenSet = [
    "professor", "prof", "profesor", "profesora", "doctor", "doctora", "dr", "dra", "mr", "mrs", "ms", "sir", "señor",
    "señora", "sr", "sra", "srta", "herr", "frau", "monsieur", "madame", "mme", "mlle", "signor", "signora", "dott",
    "dottoressa",
  ]

  /// Honorifics written after a name, Turkish: "Kağan Bey", "Ayşe Hanım" (not Urdu "Sahib", which also ends the names
  /// of places: "Harmandir Sahib"). The finding keeps
  /// them: "Bey" is a surname too ("Yasiin Bey"), and a name left half in the clear is a leak.
  static let honorificsAfterName: TokenSet = ["bey", "hanım", "hanim", "efendi"]

  /// The honorific right after the capitalized words that token `start` opens (three at most, on one line), if any:
  /// it says they are a name as a title before them does ("Merhaba Oğuz Bey,").
  /// So does a degree or a licence after the words and a comma ("Kevin Walsh, MD", "Kowalczyk, MD", "J. Whitfield, DO").
  private func honorificAfter(_ text: TokenizedText, _ start: Int) -> String? {
    let tokens = text.tokens
    for index in (start + 1)..<min(tokens.count, start + 4) {
      let token = tokens[index]
      if token.isMark(in: text.unit.utf8, ",") {
        return credentialAfter(text, comma: index, name: start)
      }
      guard token.kind == .word, token.spaceBefore, !token.lineBreakBefore else { return nil }
      if Self.honorificsAfterName.contains(token.key) { return text.text(index) }
      guard token.shape == .capitalized else { return nil }
    }
    return nil
  }

  /// The degree or licence in capitals right after the comma at token `comma`, which follows the name that token `name`
  /// opens (not another degree: "MD, PhD"). The ones that are also US states' codes count after a given name or a
  /// surname only, in words that name no place: "Rachel Green, PA" is a physician assistant, "State College, PA" a town.
  private func credentialAfter(_ text: TokenizedText, comma: Int, name: Int) -> String? {
    let tokens = text.tokens
    let index = comma + 1
    // In capitals ("Great, Do it" is no doctor), but for the doctorates written in mixed case.
    guard index < tokens.count, tokens[index].kind == .word, !tokens[index].lineBreakBefore,
      Self.credentialsAfterName.contains(tokens[index].key), !Self.credentialsAfterName.contains(tokens[name].key),
      tokens[index].shape == .upper || Self.mixedCaseCredentials.contains(tokens[index].key),
      !startsCapitalizedWord(text, index + 1)
    else { return nil }
    if Self.stateLikeCredentials.contains(tokens[index].key) {
      // A lone word must be a surname and no given name: "Kowalczyk, MD" is a doctor, "Linwood, PA" a town.
      let named = comma - name == 1
        ? isSurname(text, name) && !isGivenName(text, name) : isGivenName(text, name) || isSurname(text, name)
      guard named, !(name..<comma).contains(where: { isPlaceName(tokens[$0].key) }) else { return nil }
    }
    return text.text(index)
  }

  /// Degrees and licences written after a name and a comma.
  static let credentialsAfterName: TokenSet = [
    "md", "do", "phd", "rn", "np", "dds", "dmd", "mbbs", "facs", "frcp", "frcs", "mph", "msn", "dnp", "pharmd", "lcsw",
    "lpn", "aprn", "crna", "dpm", "dvm", "psyd", "cpa", "mba", "ma", "ms", "pa",
  ]
  /// Of `credentialsAfterName`, the ones written in mixed case ("PhD").
  static let mixedCaseCredentials: TokenSet = ["phd", "pharmd", "psyd"]
  /// Of `credentialsAfterName`, the ones that are also US states' codes ("Baltimore, MD").
  static let stateLikeCredentials: TokenSet = ["md", "ma", "ms", "pa"]

  private static let me = TokenKey("me")
  private static let gen = TokenKey("gen")
  /// What follows a family's name ("the Coen brothers", "the Martinez twins").
  static let familyNouns: TokenSet = [
    "brothers", "sisters", "family", "families", "twins", "siblings", "kids", "boys", "girls", "household", "clan",
  ]
  /// Titles that follow a name (`titles.txt` lists them for that), never one before it: the `nameSuffixes` that are
  /// titles, but "Sr", which is Spanish "Señor" before a name too.
  static let titlesAfterName: TokenSet = ["jr", "esq"]
  /// Abbreviated titles (General, Governor, Magister, Representative, Senator, Colonel, Detective) that in lower case
  /// and without their period are other words: a generation, a gene, a domain, a gym's repetitions.
  static let abbreviatedTitles: TokenSet = ["gen", "gov", "mag", "rep", "sen", "col", "det"]

  private func titleBefore(_ text: TokenizedText, _ index: Int) -> String? {
    guard !text.tokens[index].lineBreakBefore else { return nil }
    var position = leadingParticles(text, index) - 1
    let period = position >= 0 && text.tokens[position].key == Marks.period
    if period { position -= 1 }
    // "meine Frau", "my Lady": after a possessive a title that is also a noun is that noun (wife, lord); "our Dr.
    // Patel", "mi Dra. López" keep theirs.
    if !period, position > 0, Self.possessivesBeforeTitles.contains(text.tokens[position - 1].key),
      Self.nounTitles.contains(text.tokens[position].key)
    {
      return nil
    }
    guard position >= 0, text.tokens[position].kind == .word, store.lexicons.titles.contains(text.tokens[position].key),
      period || text.tokens[position].range.count > 1,
      text.tokens[position].shape != .lower || !isOrdinary(text.tokens[position].key)
        // "ask doctor Smith"; but "thanks for helping me. Paris is lovely": an ordinary word and a period end a sentence.
        || (text.tokens[index].shape != .lower && !period)
    else { return nil }
    let key = text.tokens[position].key
    // "Robert Downey Jr.", "John Smith, Esq.": these follow a name; before a word they are no title ("Jr Day").
    if Self.titlesAfterName.contains(key) { return nil }
    // "Take Me Out", "Leave Me Speechless", "COME SEE ME SCARBOROUGH": the French title Me (Maître) is written with its
    // capital, before a surname or a given name that is no ordinary word; otherwise it is the pronoun.
    if key == Self.me, text.tokens[position].shape != .capitalized || !isNameWord(text, index) || isCommon(text, index) {
      return nil
    }
    // "the 2nd gen Cure", "el gen K-ras", "croydon . gov . uk": an abbreviated title in lower case without its period is
    // another word; and "2nd Gen" is a generation.
    if !period, text.tokens[position].shape == .lower, Self.abbreviatedTitles.contains(key) { return nil }
    if key == Self.gen, position > 0, text.tokens[position - 1].kind == .word,
      text.unit.utf8[text.tokens[position - 1].range.lowerBound] &- 0x30 < 10
    {
      return nil
    }
    // "4 p.m. Anyone know", "go to D.C. next month", "from D . C .", "México D.F. México": a title of one letter (M.,
    // D.) is a letter of some abbreviation when it is in lower case, or when one letter follows it that is no initial
    // of a name ("Mr M. N. Eldem": a word that is no place follows the initial's period).
    if text.tokens[position].range.count == 1 {
      guard text.tokens[position].shape != .lower else { return nil }
      // ":D . Goodluck for tomorrow": a letter glued to a colon is a smiley's.
      if position > 0, !text.tokens[position].spaceBefore, text.tokens[position - 1].isMark(in: text.unit.utf8, ":;=") {
        return nil
      }
      if text.tokens[index].range.count == 1 {
        let after = index + 2
        guard after < text.tokens.count, text.tokens[index + 1].key == Marks.period, text.tokens[after].kind == .word,
          text.tokens[after].shape == .capitalized, text.tokens[after].range.count > 1, !text.tokens[after].lineBreakBefore,
          !isPlaceName(text.tokens[after].key)
        else { return nil }
      }
    }
    return text.text(position)
  }
}
