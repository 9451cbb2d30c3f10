import BurdenStats

/// The assumptions of a replacement balance: the uncertain inputs the user gives as
/// ranges, in the order of ``BalanceModel``'s inputs. The raw values are the options'
/// names in the API (`return_to_duty`).
public enum BalanceAssumption: String, Sendable, Hashable, CaseIterable {
    /// r: the share of the wounded who return to duty.
    case returnToDuty = "return_to_duty"
    /// f_I: the factor the recruitment claims are multiplied by (their reliability).
    case intakeFactor = "intake_factor"
    /// f_G: the factor the claimed killed and wounded are multiplied by.
    case claimedLossesFactor = "claimed_losses_factor"
    /// f_K: the factor the estimated killed are multiplied by (the estimate's interval).
    case estimateFactor = "estimate_factor"
    /// Men missing for good, per year.
    case missing
    /// Men captured, per year.
    case captured
    /// Men who deserted, per year.
    case deserted
}

/// The figures a balance computes for each period, from the inputs and the assumptions.
public enum BalanceFigure: Int, Sendable, Hashable, CaseIterable {
    /// f_I · contracts.
    case intakeContracts
    /// f_I · (contracts + volunteers).
    case intakeWithVolunteers
    /// k = f_K · estimated killed.
    case killed
    /// g = f_G · claimed killed and wounded.
    case claimedLosses
    /// w = g − k.
    case wounded
    /// w · r.
    case returning
    /// o = (missing + captured + deserted per year) · days / days of the year.
    case otherLasting
    /// p = k + w · (1 − r) + o.
    case permanent
    /// f_I · contracts − p.
    case balanceContracts
    /// f_I · (contracts + volunteers) − p.
    case balanceWithVolunteers
}

/// The cumulative figures of a balance at the end of each period.
public enum StockFigure: Int, Sendable, Hashable, CaseIterable {
    /// The intake of contracts, summed from the first period that has one.
    case intakeContracts
    /// The intake of contracts and volunteers, summed from the first period that has one.
    case intakeWithVolunteers
    /// The permanent losses, summed from the war's start.
    case permanent
    /// The intake of contracts less the permanent losses of the same periods.
    case balanceContracts
    /// The intake of contracts and volunteers less the permanent losses of the same periods.
    case balanceWithVolunteers
}

/// The balance as one function of the assumptions — every figure of every period and
/// every cumulative figure, in one vector — for ``VertexRange``, ``UniformMonteCarlo``
/// and ``OneAtATime`` to propagate the ranges through. A figure whose inputs are
/// missing is NaN.
///
/// Per period, with the assumptions θ = (r, f_I, f_G, f_K, m, c, d) (``BalanceAssumption``):
///
///     i = f_I · I          k = f_K · K          g = f_G · G
///     w = g − k            o = (m + c + d) · s  p = k + w · (1 − r) + o
///     b = i − p
///
/// I the claimed intake, K the estimated killed, G the claimed killed and wounded, s the
/// period's days over the days of its year (``StockFlow/prorated(perYear:days:daysInYear:)``). Every figure is affine in each assumption
/// with the others fixed, so the corners of the box of ranges give its exact range.
struct BalanceModel: Sendable {
    /// The inputs of one period.
    struct Period: Sendable, Hashable {
        /// Contracts claimed (NaN when none).
        let contracts: Double
        /// Contracts and volunteers claimed (NaN when none).
        let withVolunteers: Double
        /// Claimed killed and wounded (NaN when none).
        let claimedLosses: Double
        /// Estimated killed (NaN when none).
        let killed: Double
        /// The period's days from the war's start, and the days of its year, for the
        /// figures given per year.
        let days: Int
        let daysInYear: Int
    }

    let periods: [Period]

    /// The number of outputs of ``evaluate(_:)``.
    var outputCount: Int { periods.count * (BalanceFigure.allCases.count + StockFigure.allCases.count) }

    /// The index of a period's figure in the outputs.
    func index(_ figure: BalanceFigure, period: Int) -> Int { period * BalanceFigure.allCases.count + figure.rawValue }

    /// The index of a cumulative figure at a period's end in the outputs.
    func index(_ figure: StockFigure, period: Int) -> Int {
        periods.count * BalanceFigure.allCases.count + period * StockFigure.allCases.count + figure.rawValue
    }

    /// Every figure for one value of each assumption (``BalanceAssumption`` order).
    func evaluate(_ theta: [Double]) -> [Double] {
        let (r, intakeFactor, lossesFactor, estimateFactor) = (theta[0], theta[1], theta[2], theta[3])
        let perYear = theta[4] + theta[5] + theta[6]
        var out = [Double](repeating: .nan, count: outputCount)
        var started = (contracts: false, volunteers: false)
        var intake = (contracts: Double.nan, volunteers: Double.nan)
        var lossesSince = (contracts: 0.0, volunteers: 0.0)
        var permanentTotal = 0.0
        for (p, period) in periods.enumerated() {
            let contracts = intakeFactor * period.contracts
            let withVolunteers = intakeFactor * period.withVolunteers
            let killed = estimateFactor * period.killed
            let claimed = lossesFactor * period.claimedLosses
            let wounded = StockFlow.wounded(claimedKilledAndWounded: claimed, killed: killed)
            let other = StockFlow.prorated(perYear: perYear, days: period.days, daysInYear: period.daysInYear)
            let permanent = StockFlow.permanentLosses(killed: killed, wounded: wounded, returnToDuty: r, otherLasting: other)
            let figures: [(BalanceFigure, Double)] = [
                (.intakeContracts, contracts), (.intakeWithVolunteers, withVolunteers), (.killed, killed), (.claimedLosses, claimed),
                (.wounded, wounded), (.returning, wounded * r), (.otherLasting, other), (.permanent, permanent),
                (.balanceContracts, StockFlow.balance(intake: contracts, permanentLosses: permanent)),
                (.balanceWithVolunteers, StockFlow.balance(intake: withVolunteers, permanentLosses: permanent)),
            ]
            for (figure, value) in figures { out[index(figure, period: p)] = value }
            // Intake is summed from the first period that has it; the losses of the same periods beside it.
            if !started.contracts, !contracts.isNaN { (started.contracts, intake.contracts, lossesSince.contracts) = (true, 0, 0) }
            if !started.volunteers, !withVolunteers.isNaN { (started.volunteers, intake.volunteers, lossesSince.volunteers) = (true, 0, 0) }
            intake.contracts += contracts
            intake.volunteers += withVolunteers
            lossesSince.contracts += permanent
            lossesSince.volunteers += permanent
            permanentTotal += permanent
            let stock: [(StockFigure, Double)] = [
                (.intakeContracts, intake.contracts), (.intakeWithVolunteers, intake.volunteers), (.permanent, permanentTotal),
                (.balanceContracts, intake.contracts - lossesSince.contracts),
                (.balanceWithVolunteers, intake.volunteers - lossesSince.volunteers),
            ]
            for (figure, value) in stock { out[index(figure, period: p)] = value }
        }
        return out
    }
}
