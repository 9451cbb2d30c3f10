import BurdenData
import BurdenStats

extension ReplacementBalance {
    /// The choices a balance is computed with (``BalanceOptions`` gives them from the command line).
    public struct Settings: Sendable, Hashable {
        public var period: BalancePeriod = .year
        /// The range of each assumption; a single value 1 for the factors and 0 for the
        /// losses per year, and 0.5 for the return to duty, when not given.
        public var assumptions: [BalanceAssumption: ParameterRange] = [:]
        public var draws = 10_000
        public var seed: UInt64 = 1
        public var level = 0.95
        public var scalesPartial = false
        public var warStart = PartialDate(year: 2022, month: 2, day: 24)!
        public var claimedBy = "the claimed series"
        public var estimatedBy = "the estimate"

        /// The defaults.
        public init() {}

        /// The range of an assumption.
        func range(_ assumption: BalanceAssumption) -> ParameterRange {
            if let range = assumptions[assumption] { return range }
            switch assumption {
            case .returnToDuty: return ParameterRange(0.5)
            case .intakeFactor, .claimedLossesFactor, .estimateFactor: return ParameterRange(1)
            case .missing, .captured, .deserted: return ParameterRange(0)
            }
        }
    }

    /// Computes the balance of every period from the war's start to the last day any
    /// input reaches.
    ///
    /// - Parameters:
    ///   - inputs: the claims, decrees, claimed series, estimate and named killed.
    ///   - settings: the periods, the assumptions' ranges and the Monte Carlo draws.
    /// - Throws: ``AnalysisError`` when the inputs end before the war's start, or the
    ///   settings are outside their ranges (draws from 1, a level between 0 and 1).
    /// - Complexity: O(2^k · n) for the exact ranges (k assumptions that vary, n periods)
    ///   and O(draws · n) for the Monte Carlo, with draws · n numbers held to sort.
    public init(inputs: BalanceInputs, settings: Settings) throws(AnalysisError) {
        guard settings.draws >= 1, settings.level > 0, settings.level < 1 else {
            throw AnalysisError("a balance needs at least one draw and a level between 0 and 1")
        }
        let warStart = settings.warStart.earliestDay
        let reached = [
            inputs.claims.map(\.periodEnd.latestDay).max(), inputs.decrees.map(\.periodStart).max(),
            inputs.claimedLosses.points.last.map { $0.date.adding(days: -1) }, inputs.estimate.weeks.last.map { $0.start.adding(days: 6) },
        ].compactMap { $0 }.max()
        guard let reached, reached >= warStart else {
            throw AnalysisError("the inputs end before the war's start (\(warStart)); nothing to balance")
        }
        let scale = settings.scalesPartial
        var rows: [Row] = []
        var findings: [Finding] = []
        for span in settings.period.spans(from: warStart, through: reached) {
            let first = max(span.start, warStart)
            let contracts = ClaimedIntake.choose(.contractsSigned, from: inputs.claims, in: span, from: first, scale: scale)
            let volunteers = ClaimedIntake.choose(.volunteers, from: inputs.claims, in: span, from: first, scale: scale)
            let combined = ClaimedIntake.choose(.contractsAndVolunteers, from: inputs.claims, in: span, from: first, scale: scale)
            let claimed = BalanceMeasure.increase(of: inputs.claimedLosses, in: span, from: first, scale: scale)
            let estimate = BalanceMeasure.sum(of: inputs.estimate, in: span, from: first, scale: scale)
            var named: BalanceMeasure?
            switch inputs.named {
            case .weekly(let counts): named = BalanceMeasure.sum(of: counts, in: span, from: first, scale: false)?.measure
            case .records(let records): named = BalanceMeasure.count(of: records, in: span, from: first)
            case nil: named = nil
            }
            var gaps: [Gap] = []
            if contracts == nil { gaps.append(.contracts) }
            if claimed == nil { gaps.append(.claimedLosses) }
            if estimate == nil { gaps.append(.estimate) }
            if let claimed, let killed = estimate?.measure, killed.value > claimed.value {
                findings.append(Finding(period: span.label, kind: .estimateAboveClaim, value: killed.value, against: claimed.value))
            }
            if let named, let killed = estimate?.measure, named.value > killed.value {
                findings.append(Finding(period: span.label, kind: .namedAboveEstimate, value: named.value, against: killed.value))
            }
            rows.append(Row(
                span: span, first: first, contracts: contracts, volunteers: volunteers, combined: combined,
                decrees: inputs.decrees.filter { span.holds($0.periodStart) }, claimedLosses: claimed,
                estimatedKilled: estimate?.measure, estimateWeeks: estimate.map { Weeks(present: $0.present, expected: $0.expected) },
                named: named, figures: [:], gaps: gaps))
        }

        let model = BalanceModel(periods: rows.map { row in
            BalanceModel.Period(
                contracts: row.contracts?.measure.value ?? .nan, withVolunteers: row.claimedWithVolunteers ?? .nan,
                claimedLosses: row.claimedLosses?.value ?? .nan, killed: row.estimatedKilled?.value ?? .nan,
                days: row.span.days(from: row.first), daysInYear: PartialDate.isLeapYear(row.span.start.year) ? 366 : 365)
        })
        let box = BalanceAssumption.allCases.map(settings.range)
        let evaluate = { (theta: [Double]) in model.evaluate(theta) }
        let point = evaluate(box.map(\.point))
        let extremes = VertexRange.extremes(of: evaluate, over: box)
        let drawn = rows.indices.flatMap { p in
            [BalanceFigure.permanent, .balanceContracts, .balanceWithVolunteers].map { model.index($0, period: p) }
                + StockFigure.allCases.map { model.index($0, period: p) }
        }
        var generator = SeededGenerator(seed: settings.seed)
        let summaries = UniformMonteCarlo.summaries(
            of: { theta in let all = evaluate(theta); return drawn.map { all[$0] } }, over: box, draws: settings.draws,
            level: settings.level, using: &generator)
        let summaryAt = Dictionary(uniqueKeysWithValues: zip(drawn, summaries))
        func figure(_ index: Int) -> Figure? {
            guard !point[index].isNaN else { return nil }
            return Figure(value: point[index], low: extremes[index].low, high: extremes[index].high, draws: summaryAt[index])
        }
        self.rows = rows.enumerated().map { p, row in
            var figures: [BalanceFigure: Figure] = [:]
            for kind in BalanceFigure.allCases { figures[kind] = figure(model.index(kind, period: p)) }
            return Row(
                span: row.span, first: row.first, contracts: row.contracts, volunteers: row.volunteers, combined: row.combined,
                decrees: row.decrees, claimedLosses: row.claimedLosses, estimatedKilled: row.estimatedKilled,
                estimateWeeks: row.estimateWeeks, named: row.named, figures: figures, gaps: row.gaps)
        }
        stock = rows.indices.map { p in
            var figures: [StockFigure: Figure] = [:]
            for kind in StockFigure.allCases { figures[kind] = figure(model.index(kind, period: p)) }
            return StockPoint(span: rows[p].span, figures: figures)
        }

        // One assumption at a time, on each period's balances and the last cumulative ones.
        let oneAtATime = OneAtATime.effects(of: evaluate, over: box)
        let tenPercent = box.indices.map { j in
            var moved = box.map(\.point)
            moved[j] *= 1.1
            return evaluate(moved)
        }
        func effects(period: String?, balance: BalanceFigure, at index: Int) -> [Effect] {
            guard !point[index].isNaN else { return [] }
            let unranked = BalanceAssumption.allCases.enumerated().map { j, assumption in
                (assumption, oneAtATime[j].atLow[index], oneAtATime[j].atHigh[index], tenPercent[j][index] - point[index])
            }
            let order = unranked.indices.sorted {
                let (a, b) = (unranked[$0], unranked[$1])
                if abs(a.2 - a.1) != abs(b.2 - b.1) { return abs(a.2 - a.1) > abs(b.2 - b.1) }
                if abs(a.3) != abs(b.3) { return abs(a.3) > abs(b.3) }
                return $0 < $1
            }
            return order.enumerated().map { rank, j in
                let (assumption, low, high, ten) = unranked[j]
                return Effect(period: period, balance: balance, assumption: assumption, atLow: low, atHigh: high, perTenPercent: ten, rank: rank + 1)
            }
        }
        var allEffects: [Effect] = []
        for p in rows.indices {
            for balance in [BalanceFigure.balanceContracts, .balanceWithVolunteers] {
                allEffects += effects(period: rows[p].span.label, balance: balance, at: model.index(balance, period: p))
            }
        }
        let lastStock = rows.indices.last { !point[model.index(StockFigure.balanceContracts, period: $0)].isNaN }
        if let lastStock {
            allEffects += effects(period: nil, balance: .balanceContracts, at: model.index(StockFigure.balanceContracts, period: lastStock))
            allEffects += effects(
                period: nil, balance: .balanceWithVolunteers, at: model.index(StockFigure.balanceWithVolunteers, period: lastStock))
        }
        self.effects = allEffects
        stockThrough = lastStock.map { rows[$0].span.label }

        period = settings.period
        assumptions = Dictionary(uniqueKeysWithValues: BalanceAssumption.allCases.map { ($0, settings.range($0)) })
        draws = settings.draws
        seed = settings.seed
        level = settings.level
        scalesPartial = settings.scalesPartial
        self.warStart = warStart
        claimedBy = settings.claimedBy
        estimatedBy = settings.estimatedBy
        claimedLabel = inputs.claimedLosses.label
        estimateLabel = inputs.estimate.label
        switch inputs.named {
        case .weekly: namedSource = "weekly"
        case .records: namedSource = "records"
        case nil: namedSource = nil
        }
        self.findings = findings
        claims = inputs.claims
        decrees = inputs.decrees
    }
}
