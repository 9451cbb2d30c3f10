import BurdenData

/// The intake a period is given from the recruitment claims of one kind: the claim
/// chosen, the earlier claim it is taken from when it is a difference, and the figure.
///
/// The choice, for a period from its first day (the war's start in the first period)
/// to its last, among the claims of the kind:
///
/// 1. A claim that counts from the period's first day — or the difference of two claims
///    counting from the same earlier day, the first ending the day before the period —
///    whose last day is the period's last: it covers the whole period. A claim of its own
///    is preferred to a difference.
/// 2. Otherwise the same with the latest last day within the period: it covers part
///    of the period (``BalanceMeasure/isPartial``), and is scaled only when asked.
///
/// Ties go to the later statement (published later, then the later row). A claim's
/// last day stated only to the month counts to the middle of the month and never
/// covers the whole period.
public struct ClaimedIntake: Sendable, Hashable {
    /// The claim chosen.
    public let claim: RecruitmentClaim
    /// The earlier claim it is less, when the figure is a difference.
    public let baseline: RecruitmentClaim?
    /// The figure: the claim's value (less the earlier claim's).
    public let measure: BalanceMeasure

    /// Whether the figure is a lower bound (a claim of "more than").
    public var isLowerBound: Bool { claim.isLowerBound || baseline?.isLowerBound == true }

    /// The intake of `kind` for a period, or `nil` when no claim of the kind covers any of it.
    static func choose(
        _ kind: RecruitmentClaim.Quantity, from claims: [RecruitmentClaim], in span: BalanceSpan, from first: PartialDate, scale: Bool
    ) -> ClaimedIntake? {
        let candidates = claims.filter { $0.kind == kind }
        let periodDays = span.days(from: first)
        var best: (rank: Rank, intake: ClaimedIntake)?
        for claim in candidates {
            let end = lastDay(of: claim)
            guard end.day >= first, end.day <= span.end else { continue }
            let start = claim.periodStart.earliestDay
            var baselines: [RecruitmentClaim?] = []
            if start >= span.start && start <= first { baselines.append(nil) }
            if start < span.start {
                baselines += candidates.filter {
                    $0.periodStart.earliestDay == start && $0.periodEnd.day != nil && $0.periodEnd == span.start.adding(days: -1)
                }
            }
            for baseline in baselines {
                let coverage = BalanceMeasure.Coverage(
                    first: first, last: end.day, days: PartialDate.days(from: first, to: end.day) + 1, periodDays: periodDays,
                    note: end.note)
                let full = end.note == nil && end.day == span.end
                let rank = Rank(
                    full: full, last: end.day, own: baseline == nil, published: claim.published?.latestDay, line: claim.line)
                let intake = ClaimedIntake(
                    claim: claim, baseline: baseline,
                    measure: BalanceMeasure(read: claim.value - (baseline?.value ?? 0), coverage: coverage, scale: scale))
                if best.map({ $0.rank < rank }) ?? true { best = (rank, intake) }
            }
        }
        return best?.intake
    }

    /// The last day a claim counts: its end when stated to the day; the middle of the
    /// month (or year) when stated only to it, with a note saying so.
    static func lastDay(of claim: RecruitmentClaim) -> (day: PartialDate, note: String?) {
        let end = claim.periodEnd
        if end.day != nil { return (end, nil) }
        let (earliest, latest) = (end.earliestDay, end.latestDay)
        let middle = earliest.adding(days: PartialDate.days(from: earliest, to: latest) / 2)
        return (middle, "last day not stated (\(end)): counted to its middle")
    }

    /// How two choices compare: covering the whole period first, then the later last
    /// day, a claim of its own before a difference, the later statement.
    private struct Rank: Comparable {
        let full: Bool
        let last: PartialDate
        let own: Bool
        let published: PartialDate?
        let line: Int

        /// Before every date: the place of a statement without one.
        static let never = PartialDate(year: 1)!

        static func < (a: Rank, b: Rank) -> Bool {
            if a.full != b.full { return !a.full }
            if a.last != b.last { return a.last < b.last }
            if a.own != b.own { return !a.own }
            if a.published != b.published { return (a.published ?? Self.never) < (b.published ?? Self.never) }
            return a.line < b.line
        }
    }
}
