import BurdenData
import BurdenStats

/// The replacement balance: per period, the men claimed to have joined against the
/// men lost for good — the claimed killed and wounded, less the wounded who return
/// to duty, with the killed from an estimate — and the same summed since the war's
/// start, with every uncertain input a range.
///
/// Each computed figure has its value at the assumptions' points (the middle of each
/// range), its exact range over them (``VertexRange``: the figures are affine in each
/// assumption), and a Monte Carlo summary of draws uniform in each range
/// (``UniformMonteCarlo``, seeded: the same seed gives the same figures). A table of
/// one-at-a-time effects (``OneAtATime``) says which assumption moves the balance most.
/// The formulas are ``StockFlow``'s; the claims chosen for each period are
/// ``ClaimedIntake``'s.
public struct ReplacementBalance: Sendable, Hashable {
    /// A computed figure.
    public struct Figure: Sendable, Hashable {
        /// At the assumptions' points.
        public let value: Double
        /// The lowest and highest value over the assumptions' ranges (exact).
        public let low: Double
        public let high: Double
        /// The mean and central interval of the Monte Carlo draws, for the figures drawn.
        public let draws: UniformMonteCarlo.Summary?
    }

    /// The weeks of a weekly figure in a period.
    public struct Weeks: Sendable, Hashable {
        /// Weeks present.
        public let present: Int
        /// Weeks that start in the period, from the week of the war's start.
        public let expected: Int
    }

    /// The inputs a period lacks for its balance.
    public enum Gap: String, Sendable, Hashable, CaseIterable {
        /// No claim of contracts counts any of its days.
        case contracts
        /// The claimed series does not reach it.
        case claimedLosses = "claimed_losses"
        /// No week of the estimate starts in it.
        case estimate
    }

    /// One period.
    public struct Row: Sendable, Hashable {
        /// The period.
        public let span: BalanceSpan
        /// The first day counted: the period's, or the war's start in the first period.
        public let first: PartialDate
        /// Contracts claimed.
        public let contracts: ClaimedIntake?
        /// Volunteers claimed.
        public let volunteers: ClaimedIntake?
        /// A claim of contracts and volunteers together, used for the intake with volunteers
        /// when the two are not claimed apart.
        public let combined: ClaimedIntake?
        /// Call-ups that start in the period: shown apart, never added to the intake.
        public let decrees: [ConscriptionDecree]
        /// The claimed killed and wounded.
        public let claimedLosses: BalanceMeasure?
        /// The estimated killed, and its weeks.
        public let estimatedKilled: BalanceMeasure?
        public let estimateWeeks: Weeks?
        /// The named killed: a lower bound of the killed, shown beside the estimate.
        public let named: BalanceMeasure?
        /// The computed figures (missing when their inputs are).
        public let figures: [BalanceFigure: Figure]
        /// What the period lacks for its balance (empty when it has one).
        public let gaps: [Gap]

        /// The men called up by the decrees.
        public var conscripts: Int { decrees.reduce(0) { $0 + $1.quota } }
        /// The intake with volunteers as claimed: contracts and volunteers, or the claim of both.
        public var claimedWithVolunteers: Double? {
            if let contracts, let volunteers { return contracts.measure.value + volunteers.measure.value }
            return combined?.measure.value
        }
    }

    /// The cumulative figures at the end of one period.
    public struct StockPoint: Sendable, Hashable {
        public let span: BalanceSpan
        public let figures: [StockFigure: Figure]
    }

    /// How one assumption alone moves a balance.
    public struct Effect: Sendable, Hashable {
        /// The period, or `nil` for the cumulative balance at the end of ``stockThrough``.
        public let period: String?
        /// Which balance: ``BalanceFigure/balanceContracts`` or ``BalanceFigure/balanceWithVolunteers``.
        public let balance: BalanceFigure
        public let assumption: BalanceAssumption
        /// The balance with the assumption at its low and high end, the others at their points.
        public let atLow: Double
        public let atHigh: Double
        /// The change of the balance when the assumption's point is 10% higher.
        public let perTenPercent: Double
        /// 1 for the assumption that moves this balance most, by |atHigh − atLow|.
        public let rank: Int

        /// How far the balance moves over the assumption's range: |atHigh − atLow|.
        public var swing: Double { abs(atHigh - atLow) }
    }

    /// Something the inputs say that a reader should know: sources that contradict each other.
    public struct Finding: Sendable, Hashable {
        /// What contradicts what.
        public enum Kind: String, Sendable, Hashable {
            /// The estimated killed exceed the claimed killed and wounded: the wounded come out negative.
            case estimateAboveClaim = "estimate_above_claim"
            /// The named killed exceed the estimated killed.
            case namedAboveEstimate = "named_above_estimate"
        }

        public let period: String
        public let kind: Kind
        /// The figure that is too high (the estimate; the named), and the one it exceeds.
        public let value: Double
        public let against: Double
    }

    /// The periods.
    public let period: BalancePeriod
    /// The ranges of the assumptions.
    public let assumptions: [BalanceAssumption: ParameterRange]
    /// Monte Carlo draws, seed and the share of draws the intervals hold.
    public let draws: Int
    public let seed: UInt64
    public let level: Double
    /// Whether partial figures were scaled to their periods.
    public let scalesPartial: Bool
    /// The war's first day.
    public let warStart: PartialDate
    /// Who claims the killed and wounded, and who made the estimate.
    public let claimedBy: String
    public let estimatedBy: String
    /// What the claimed series and the estimate count, as their columns are named.
    public let claimedLabel: String
    public let estimateLabel: String
    /// The source of the named killed: `weekly` or `records`; `nil` when none was given.
    public let namedSource: String?
    /// Every period from the war's start to the last any input reaches.
    public let rows: [Row]
    /// The cumulative figures at each period's end.
    public let stock: [StockPoint]
    /// The effect of each assumption on each period's balances and on the cumulative ones.
    public let effects: [Effect]
    /// The last period of the cumulative balance the effects are given for.
    public let stockThrough: String?
    public let findings: [Finding]
    /// Every claim read, and every decree.
    public let claims: [RecruitmentClaim]
    public let decrees: [ConscriptionDecree]
}
