/// From the category names a source uses to warburden's unit types: versioned, with
/// the source and the date of the release whose names each vocabulary lists.
///
/// Sources rename and add categories between releases: the named list of 2022 and
/// 2023 writes `professional army`, `inmates`, `volunteers`…; Mediazona's weekly counts
/// of 2026 use short keys (`nguard`, `rifle`, `mob`, `vol`, `inmates`, 21 in all). The
/// built-in reference (``builtIn``) holds each such vocabulary; a user's table
/// (``CategoryMappingReader``) adds to it or overrides it. A name no vocabulary knows is
/// never counted silently: ``unitType(for:)`` gives `nil`, and the readers count it as
/// ``UnitType/other`` with a warning that names it.
///
/// Names are compared in lower case, with `ё` as `е` and every run of characters other
/// than letters and digits as one space: `Police / National Guard / FSB` is
/// `police national guard fsb`.
public struct CategoryMapping: Sendable, Hashable {
    /// The category names of one source, as one release uses them.
    public struct Vocabulary: Sendable, Hashable {
        /// One name and its unit type.
        public struct Entry: Sendable, Hashable {
            /// The name as the source writes it.
            public let name: String
            /// What it is.
            public let unitType: UnitType

            /// Creates an entry.
            public init(_ name: String, _ unitType: UnitType) {
                self.name = name
                self.unitType = unitType
            }
        }

        /// A short name (`mediazona-weekly`; a user's table: its file name).
        public let name: String
        /// Who uses these names, and where they were read.
        public let source: String
        /// The release whose names are listed (`2026-05-22`); `nil` for a user's table.
        public let date: String?
        /// The names, each as the source writes it.
        public let entries: [Entry]

        /// Creates a vocabulary.
        public init(name: String, source: String, date: String?, entries: [Entry]) {
            self.name = name
            self.source = source
            self.date = date
            self.entries = entries
        }

        /// `mediazona-weekly (2026-05-22)`.
        public var label: String { date.map { "\(name) (\($0))" } ?? name }
    }

    /// What a name means, and which vocabulary says so.
    public struct Match: Sendable, Hashable {
        /// The unit type.
        public let unitType: UnitType
        /// The label of the vocabulary that maps the name (``Vocabulary/label``).
        public let vocabulary: String
    }

    /// The vocabularies, the later overriding the earlier.
    public let vocabularies: [Vocabulary]
    private let index: [String: Match]

    /// A mapping of the vocabularies; a name in several takes the last one's unit type.
    public init(_ vocabularies: [Vocabulary]) {
        self.vocabularies = vocabularies
        var index: [String: Match] = [:]
        for vocabulary in vocabularies {
            for entry in vocabulary.entries {
                index[Self.key(entry.name)] = Match(unitType: entry.unitType, vocabulary: vocabulary.label)
            }
        }
        self.index = index
    }

    /// This mapping with a user's vocabulary after the built-in ones.
    public func adding(_ vocabulary: Vocabulary) -> CategoryMapping { CategoryMapping(vocabularies + [vocabulary]) }

    /// What a name means; an empty name is ``UnitType/unknown``; `nil` for a name no
    /// vocabulary knows.
    public func match(_ name: String) -> Match? {
        let key = Self.key(name)
        if key.isEmpty { return Match(unitType: .unknown, vocabulary: "") }
        return index[key]
    }

    /// The unit type of a name; `nil` for a name no vocabulary knows.
    public func unitType(for name: String) -> UnitType? { match(name)?.unitType }

    /// A name as it is compared: lower case, `ё` as `е`, other characters than letters
    /// and digits as single spaces.
    public static func key(_ name: String) -> String {
        name.lowercased().replacing("ё", with: "е").split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }

    public static func == (a: CategoryMapping, b: CategoryMapping) -> Bool { a.vocabularies == b.vocabularies }

    public func hash(into hasher: inout Hasher) { hasher.combine(vocabularies) }
}
