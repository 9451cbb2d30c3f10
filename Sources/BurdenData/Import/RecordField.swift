/// A field of the record model that a column of an input file can fill.
public enum RecordField: String, Sendable, Hashable, Codable, CaseIterable {
    case id
    /// Given name (used for duplicate detection only, then dropped).
    case firstName = "first_name"
    /// Family name (used for duplicate detection only, then dropped).
    case lastName = "last_name"
    /// Patronymic (used for duplicate detection only, then dropped).
    case patronymic
    /// A full name in one column (used for duplicate detection only, then dropped).
    case fullName = "full_name"
    case region
    case settlement
    /// A birth date, full or partial.
    case birthDate = "birth_date"
    /// A birth year.
    case birthYear = "birth_year"
    case deathDate = "death_date"
    /// The date the death was confirmed (published).
    case confirmationDate = "confirmation_date"
    case age
    case unitType = "unit_type"
    case rank
    /// An ethnicity label the user coded.
    case ethnicity
    case source

    /// The field's position in `allCases`, for table lookups.
    var ordinal: Int {
        switch self {
        case .id: 0
        case .firstName: 1
        case .lastName: 2
        case .patronymic: 3
        case .fullName: 4
        case .region: 5
        case .settlement: 6
        case .birthDate: 7
        case .birthYear: 8
        case .deathDate: 9
        case .confirmationDate: 10
        case .age: 11
        case .unitType: 12
        case .rank: 13
        case .ethnicity: 14
        case .source: 15
        }
    }

    /// Whether the field holds a person's name, which never leaves the importer.
    public var isName: Bool { [.firstName, .lastName, .patronymic, .fullName].contains(self) }
}
