/// One person on a named-casualty list, as the project keeps it: without names.
///
/// Names are used at import only, to find duplicates, and never stored here.
public struct CasualtyRecord: Sendable, Hashable, Codable {
    /// The list's own identifier, when it has one.
    public var id: String?
    /// The code of the region the person came from (`RU-TY`); `nil` when the list gives none.
    public var regionCode: String?
    /// The settlement, when the list gives one.
    public var settlement: String?
    /// The birth date, often known to the year only.
    public var birthDate: PartialDate?
    /// The date of death.
    public var deathDate: PartialDate?
    /// The date the death was confirmed (published), which the lists often give instead of the date of death.
    public var confirmationDate: PartialDate?
    /// The age at death in whole years.
    public var age: Int?
    /// The kind of force.
    public var unitType: UnitType
    /// The military rank, as written.
    public var rank: String?
    /// An ethnicity label the user coded (the project never infers one).
    public var ethnicity: String?
    /// The list's source links.
    public var source: String?

    /// Creates a record; every field but the unit type is optional.
    public init(
        id: String? = nil,
        regionCode: String? = nil,
        settlement: String? = nil,
        birthDate: PartialDate? = nil,
        deathDate: PartialDate? = nil,
        confirmationDate: PartialDate? = nil,
        age: Int? = nil,
        unitType: UnitType = .unknown,
        rank: String? = nil,
        ethnicity: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.regionCode = regionCode
        self.settlement = settlement
        self.birthDate = birthDate
        self.deathDate = deathDate
        self.confirmationDate = confirmationDate
        self.age = age
        self.unitType = unitType
        self.rank = rank
        self.ethnicity = ethnicity
        self.source = source
    }
}
