/// The kind of force a dead serviceman belonged to, normalised from the labels of
/// the named lists.
public enum UnitType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Conscripts (срочники).
    case conscripted
    /// Men mobilised from September 2022.
    case mobilised
    /// Volunteers of volunteer formations (добровольцы).
    case volunteer
    /// Contract soldiers of the professional army (контрактники).
    case contract
    /// Recruited prisoners (Wagner, Storm-Z).
    case inmate
    /// Private military companies (Wagner and others).
    case privateMilitaryCompany = "private_military_company"
    /// Police, the National Guard (Rosgvardia) and the FSB.
    case securityForces = "security_forces"
    /// A unit type the list names that fits none of the above.
    case other
    /// The list does not say.
    case unknown

    /// The position in `allCases`, for counting in arrays.
    public var ordinal: Int {
        switch self {
        case .conscripted: 0
        case .mobilised: 1
        case .volunteer: 2
        case .contract: 3
        case .inmate: 4
        case .privateMilitaryCompany: 5
        case .securityForces: 6
        case .other: 7
        case .unknown: 8
        }
    }

    /// The label the Mediazona/BBC list (as published by Bessudnov) uses, `""` for unknown.
    public var listLabel: String {
        switch self {
        case .conscripted: "conscripted"
        case .mobilised: "mobilised"
        case .volunteer: "volunteers"
        case .contract: "professional army"
        case .inmate: "inmates"
        case .privateMilitaryCompany: "private military company"
        case .securityForces: "police / national guard / FSB"
        case .other: "other"
        case .unknown: ""
        }
    }
}
