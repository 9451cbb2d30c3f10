/// A published claim of how many men joined the armed forces over a period: a number
/// someone stated (a contract count, volunteers who joined, an estimate from budget
/// data), with who stated it, when, and where it was published.
///
/// Read from a table in the layout of `recruitment_claims.csv` by
/// ``RecruitmentClaimsReader``; a claim of volunteers may come from its own row, from
/// a `volunteers` column, or from the notes of a contract claim ("plus 32,000
/// volunteers"), and says which (``origin``).
public struct RecruitmentClaim: Sendable, Hashable {
    /// What a claim counts: the spellings of the table's `quantity` column. Other
    /// spellings are kept as they are written and used by no computation.
    public enum Quantity: String, Sendable, Hashable, CaseIterable {
        /// Contracts signed with the Ministry of Defence since the period's start.
        case contractsSigned = "contracts_signed"
        /// Men who joined volunteer formations since the period's start.
        case volunteers
        /// Contracts and volunteers together, in one figure.
        case contractsAndVolunteers = "contracts_and_volunteers"
        /// A monthly rate of contracts.
        case contractsPerMonth = "contracts_per_month"
        /// An estimate of contracts made by someone other than the state (budget data).
        case contractsEstimate = "contracts_estimate"
        /// An estimate of the recipients of enlistment bonuses (federal budget data).
        case bonusRecipientsEstimate = "bonus_recipients_estimate"
        /// Another side's estimate of the mobilised and conscripted.
        case mobilizedAndConscripted = "mobilized_and_conscripted"
    }

    /// Where in the table the figure was read.
    public enum Origin: String, Sendable, Hashable {
        /// Its own row: the `value` of a row.
        case row
        /// The `volunteers` column of a contract claim's row.
        case column
        /// The notes of a contract claim's row (`plus >40,000 joined volunteer formations`).
        case notes
    }

    /// When the claim was made (to the day, month or year the table gives).
    public let published: PartialDate?
    /// The first day the claim counts from, and the last (either may be known only to the month).
    public let periodStart: PartialDate
    public let periodEnd: PartialDate
    /// Who made the claim, as the table names them (`D. Medvedev (final 2025 figure)`).
    public let source: String
    /// What it counts, as spelled in the table (``Quantity`` for the known spellings).
    public let quantity: String
    /// The figure.
    public let value: Double
    /// Whether the figure is a lower bound ("more than 40,000", `>40,000`).
    public let isLowerBound: Bool
    /// The notes of the row.
    public let notes: String
    /// Where it was published.
    public let url: String
    /// The physical line of the row in the file.
    public let line: Int
    /// Where in the row the figure was read.
    public let origin: Origin

    /// Creates a claim.
    public init(
        published: PartialDate?, periodStart: PartialDate, periodEnd: PartialDate, source: String, quantity: String,
        value: Double, isLowerBound: Bool = false, notes: String = "", url: String = "", line: Int = 0, origin: Origin = .row
    ) {
        self.published = published
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.source = source
        self.quantity = quantity
        self.value = value
        self.isLowerBound = isLowerBound
        self.notes = notes
        self.url = url
        self.line = line
        self.origin = origin
    }

    /// What the claim counts, when it is a known spelling.
    public var kind: Quantity? { Quantity(rawValue: quantity) }
}
