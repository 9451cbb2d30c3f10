import BurdenData

/// What a replacement balance reads: the recruitment claims, the conscription
/// decrees, the claimed killed and wounded (a daily cumulative series), the estimated
/// killed (a weekly estimate), and, when given, the named killed.
public struct BalanceInputs: Sendable {
    /// The named killed: a count per week, or a list counted by date of death.
    public enum Named: Sendable {
        /// Named deaths per week (the weekly probate file's `named_deaths`, or the named counts by week).
        case weekly(WeeklyCounts)
        /// A list's records, counted by date of death (or of confirmation when it has none).
        case records([CasualtyRecord])
    }

    /// Claims of contracts, volunteers and other intake.
    public let claims: [RecruitmentClaim]
    /// Call-ups of conscripts.
    public let decrees: [ConscriptionDecree]
    /// The claimed killed and wounded, cumulative by day.
    public let claimedLosses: CumulativeSeries
    /// The estimated killed per week.
    public let estimate: WeeklyCounts
    /// The named killed, shown as a lower bound beside the estimate.
    public let named: Named?

    /// Creates the inputs.
    public init(
        claims: [RecruitmentClaim], decrees: [ConscriptionDecree] = [], claimedLosses: CumulativeSeries, estimate: WeeklyCounts,
        named: Named? = nil
    ) {
        self.claims = claims
        self.decrees = decrees
        self.claimedLosses = claimedLosses
        self.estimate = estimate
        self.named = named
    }
}
