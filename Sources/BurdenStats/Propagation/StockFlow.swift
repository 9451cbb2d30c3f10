/// The replacement balance of an army at war: how many join against how many are
/// lost for good, per period. Each formula is the bookkeeping identity it names; the
/// uncertainty lies in the inputs, propagated by ``VertexRange`` and ``UniformMonteCarlo``.
///
/// With g the claimed killed and wounded, k the killed (an estimate), r the share of
/// the wounded who return to duty, o other lasting losses (missing, captured,
/// deserted) and i the intake:
///
///     wounded   w = g − k
///     permanent p = k + w·(1 − r) + o
///     balance   b = i − p
///
/// so that b = i − k·r − g·(1 − r) − o: affine in each input with the others fixed.
public enum StockFlow {
    /// The wounded a claim of killed and wounded implies beside an estimate of the
    /// killed: w = g − k (negative when the estimate exceeds the claim: the two sources
    /// then contradict each other, and the caller says so).
    public static func wounded(claimedKilledAndWounded g: Double, killed k: Double) -> Double { g - k }

    /// The men lost for good: p = k + w·(1 − r) + o — the killed, the wounded who do
    /// not return to duty, and the other lasting losses.
    ///
    /// - Parameters:
    ///   - killed: k.
    ///   - wounded: w.
    ///   - returnToDuty: r, the share of the wounded who return, from 0 to 1.
    ///   - otherLasting: o, missing, captured and deserted together.
    public static func permanentLosses(killed k: Double, wounded w: Double, returnToDuty r: Double, otherLasting o: Double) -> Double {
        k + w * (1 - r) + o
    }

    /// The balance: b = i − p, positive when the intake exceeds the permanent losses.
    public static func balance(intake i: Double, permanentLosses p: Double) -> Double { i - p }

    /// A figure that covers part of a period, scaled to the whole period at the rate
    /// of the part covered: v · D / d, with D the period's days and d the days covered.
    ///
    /// - Precondition: 0 < d ≤ D.
    public static func scaledToWholePeriod(_ value: Double, coveredDays d: Int, periodDays D: Int) -> Double {
        precondition(d > 0 && d <= D, "the days covered must be within the period")
        return value * Double(D) / Double(d)
    }

    /// A figure given per year, for a period of `days` days of a year of `daysInYear`
    /// days: v · days / daysInYear.
    public static func prorated(perYear value: Double, days: Int, daysInYear: Int) -> Double {
        value * Double(days) / Double(daysInYear)
    }
}
