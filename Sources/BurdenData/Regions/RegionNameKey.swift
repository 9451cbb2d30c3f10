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

    /// Transliterates a Cyrillic word and folds Latin spelling variants together, in
    /// one pass from left to right: `shch`→`sc`, `tch`→`ch`, `kh`→`h`, `ts`/`tz`→`c`,
    /// `w`→`v`, `ye`/`je`→`e`, `yu`/`ju`→`iu`, `ya`/`ja`→`ia`, `y`/`j`→`i`; then doubled
    /// letters count once (Khakassia / Khakasia, Mariy / Marii).
    static func looseFold(_ word: String) -> String {
        var latin: [UInt8] = []
        latin.reserveCapacity(word.utf8.count + 4)
        for scalar in word.unicodeScalars {
            if let roman = cyrillicToLatin[scalar] {
                latin.append(contentsOf: roman.utf8)
            } else {
                latin.append(contentsOf: String(scalar).utf8)
            }
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(latin.count)
        var i = 0
        func next(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= latin.count else { return false }
            let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
            for k in 0..<count where latin[i + k] != pattern[k] { return false }
            return true
        }
        while i < latin.count {
            let (emit, width): (StaticString, Int) =
                if next("shch") { ("sc", 4) }
                else if next("tch") { ("ch", 3) }
                else if next("kh") { ("h", 2) }
                else if next("ts") || next("tz") { ("c", 2) }
                else if next("ye") || next("je") { ("e", 2) }
                else if next("yu") || next("ju") { ("iu", 2) }
                else if next("ya") || next("ja") { ("ia", 2) }
                else if next("y") || next("j") { ("i", 1) }
                else if next("w") { ("v", 1) }
                else { ("", 0) }
            if width == 0 {
                folded.append(latin[i])
                i += 1
            } else {
                folded.append(contentsOf: UnsafeBufferPointer(start: emit.utf8Start, count: emit.utf8CodeUnitCount))
                i += width
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(folded.count)
        for byte in folded where byte != result.last { result.append(byte) }
        return String(decoding: result, as: UTF8.self)
    }

    private static let cyrillicToLatin: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e",
        "ґ": "g",
    ]
}
