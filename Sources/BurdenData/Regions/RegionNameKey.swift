/// The comparison keys a region spelling is reduced to, from strict to loose.
///
/// - ``normalized``: lower case, `ё` → `е`, Latin look-alike letters inside Cyrillic
///   words made Cyrillic (Rosstat writes `Ямало-Hенецкий` with a Latin `H`), accents
///   dropped, punctuation made space, abbreviations spelled out (`обл` → `область`,
///   `АО` → `автономный округ`, `г.` dropped).
/// - ``stripped``: the normalized words without the words that name a kind of unit
///   (`область`, `республика`, `krai`, `oblast`…), sorted, so that word order and
///   the kind's wording do not matter (`Татарстан республика`).
/// - ``loose``: the stripped key transliterated to Latin and folded so that common
///   transliteration schemes agree (`Moskovskaya oblast'` and `Московская область`,
///   `Mariy El` and `Mari El`).
///
/// Each looser key is used only when it names one unit; see ``RegionResolver``.
struct RegionNameKey: Hashable, Sendable {
    let normalized: String
    let stripped: String
    let loose: String

    init(_ text: String) {
        let words = Self.words(of: text)
        normalized = words.joined(separator: " ")
        let kept = Set(words.flatMap { $0.split(separator: " ").map(String.init) })
            .filter { !Self.kindWords.contains($0) && !Self.looseKindWords.contains(Self.looseFold($0)) }
            .sorted()
        stripped = kept.joined(separator: " ")
        loose = kept.map(Self.looseFold).sorted().joined(separator: " ")
    }

    // MARK: - Normalization

    /// Splits into lower-case words with abbreviations spelled out.
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            words.append(contentsOf: expand(fixHomoglyphs(current)))
            current = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if let folded = accentFold[scalar] {
                current += folded
            } else if scalar == "ё" {
                current.unicodeScalars.append("е")
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// In a word that has Cyrillic letters, Latin letters that look the same become Cyrillic.
    private static func fixHomoglyphs(_ word: String) -> String {
        let scalars = word.unicodeScalars
        guard scalars.contains(where: isCyrillic), scalars.contains(where: { $0.isASCII }) else { return word }
        var fixed = String.UnicodeScalarView()
        for scalar in scalars {
            fixed.append(latinToCyrillic[scalar] ?? scalar)
        }
        return String(fixed)
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0400...0x04FF).contains(scalar.value)
    }

    /// Spells out abbreviations; drops the city marker `г`/`гор`.
    private static func expand(_ word: String) -> [String] {
        if let expansion = abbreviations[word] { return expansion }
        return [word]
    }

    private static let abbreviations: [String: [String]] = [
        "обл": ["область"], "респ": ["республика"], "кр": ["край"], "г": [], "гор": [], "город": [],
        "ао": ["автономный", "округ"], "аобл": ["автономная", "область"], "авт": ["автономный"],
        "фо": ["федеральный", "округ"], "obl": ["oblast"], "resp": ["respublika"], "rep": ["republic"],
        "aok": ["autonomous", "okrug"], "aob": ["autonomous", "oblast"], "ao": ["autonomous", "okrug"],
        "okr": ["okrug"], "avt": ["autonomous"], "gorod": [], "st": ["saint"], "sankt": ["saint"],
        "fd": ["federal", "district"], "g": [],
    ]

    /// Words that name the kind of a unit, left out of the stripped key (also in any
    /// transliteration: a word whose loose form is one of theirs counts).
    private static let kindWords: Set<String> = [
        "область", "край", "республика", "автономный", "автономная", "округ", "федерального",
        "значения", "федеральный", "автономна", "республіка", "oblast", "krai", "region",
        "province", "territory", "republic", "republik", "republique", "repubblica", "autonomous",
        "okrug", "district", "city", "of", "the", "federal", "a",
    ]

    private static let looseKindWords: Set<String> = Set(kindWords.map(looseFold))

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "\u{02B9}", "`", "\u{00B4}"]

    /// Accented Latin letters: the scholarly and ISO 9 transliterations of Russian
    /// (`č` ч, `š` ш, `ž` ж, `ŝ` щ, `â` я, `û` ю) spelled out, other accents dropped.
    private static let accentFold: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("àáãäå", "a"), ("â", "ya"), ("ç", "c"), ("č", "ch"), ("èéêëè", "e"), ("ìíîï", "i"), ("ñ", "n"),
            ("òóôõö", "o"), ("ùúü", "u"), ("û", "yu"), ("ýÿ", "y"), ("ş", "s"), ("š", "sh"), ("ŝ", "shch"),
            ("ž", "zh"), ("ğ", "g"),
        ]
        var map: [Unicode.Scalar: String] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { map[scalar] = base }
        }
        return map
    }()

    private static let latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о", "p": "р",
        "t": "т", "x": "х", "y": "у",
    ]

    // MARK: - Loose key

    /// Transliterates a Cyrillic word and folds Latin spelling variants together.
    static func looseFold(_ word: String) -> String {
        var latin = ""
        for scalar in word.unicodeScalars {
            if let roman = cyrillicToLatin[scalar] {
                latin += roman
            } else {
                latin.unicodeScalars.append(scalar)
            }
        }
        var folded = latin
        for (from, to) in latinFolds {
            folded = folded.replacing(from, with: to)
        }
        // Doubled letters (Khakassia / Khakasia, Mariy / Marii) count once.
        var result = ""
        var previous: Character?
        for character in folded where character != previous {
            result.append(character)
            previous = character
        }
        return result
    }

    /// Spelling variants of one sound, applied in order.
    private static let latinFolds: [(String, String)] = [
        ("shch", "sc"), ("tch", "ch"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("w", "v"),
        ("ye", "e"), ("je", "e"), ("yu", "iu"), ("ju", "iu"), ("ya", "ia"), ("ja", "ia"),
        ("y", "i"), ("j", "i"),
    ]

    private static let cyrillicToLatin: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e",
        "ґ": "g",
    ]
}
