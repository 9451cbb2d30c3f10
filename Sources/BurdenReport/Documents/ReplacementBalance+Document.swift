import BurdenAnalysis
import BurdenData
import BurdenStats

extension ReplacementBalance {
    /// The lines of a period in the main table, in the order they are listed: each
    /// figure's key, its label, and what it counts in words.
    public enum Line: String, Sendable, CaseIterable {
        case contractsClaimed = "contracts_claimed"
        case volunteersClaimed = "volunteers_claimed"
        case contractsAndVolunteersClaimed = "contracts_and_volunteers_claimed"
        case conscriptsCalled = "conscripts_called"
        case claimedKilledAndWounded = "claimed_killed_and_wounded"
        case estimatedKilled = "estimated_killed"
        case namedKilled = "named_killed"
        case intakeContracts = "intake_contracts"
        case intakeWithVolunteers = "intake_with_volunteers"
        case killed
        case wounded
        case returningToDuty = "returning_to_duty"
        case otherLastingLosses = "other_lasting_losses"
        case permanentLosses = "permanent_losses"
        case balanceContracts = "balance_contracts"
        case balanceWithVolunteers = "balance_with_volunteers"

        /// The label the terminal shows.
        public var label: String {
            switch self {
            case .contractsClaimed: "contracts claimed"
            case .volunteersClaimed: "volunteers claimed"
            case .contractsAndVolunteersClaimed: "contracts and volunteers claimed together"
            case .conscriptsCalled: "conscripts called up (apart)"
            case .claimedKilledAndWounded: "claimed killed and wounded"
            case .estimatedKilled: "estimated killed"
            case .namedKilled: "named killed (a lower bound)"
            case .intakeContracts: "intake: contracts"
            case .intakeWithVolunteers: "intake: contracts and volunteers"
            case .killed: "killed"
            case .wounded: "wounded"
            case .returningToDuty: "wounded returning to duty"
            case .otherLastingLosses: "missing, captured, deserted"
            case .permanentLosses: "permanent losses"
            case .balanceContracts: "balance from contracts alone"
            case .balanceWithVolunteers: "balance with volunteers"
            }
        }

        /// What the figure counts, in words.
        public var counts: String {
            switch self {
            case .contractsClaimed:
                "Contracts signed with the Ministry of Defence in the period, as the claim's source stated them (a difference of two claims when no claim counts from the period's first day)."
            case .volunteersClaimed:
                "Men who joined volunteer formations in the period, as stated beside the contracts (read from the claim's notes, its own row or a volunteers column) — a line of its own, never mixed into the contracts."
            case .contractsAndVolunteersClaimed:
                "Contracts and volunteers in one figure, as a source stated them; the intake with volunteers when the two are not claimed apart."
            case .conscriptsCalled:
                "The quotas of the conscription decrees whose call-up starts in the period: conscripts serve a year and by law are not sent to the war zone, so they are shown apart and never added to the intake."
            case .claimedKilledAndWounded:
                "Killed and wounded together, as the cumulative series' claimant reports them: the report on the day after the period less the report on its first day."
            case .estimatedKilled:
                "The killed of the weekly estimate: the weeks that start in the period."
            case .namedKilled:
                "Deaths confirmed by name in the period: a floor under the killed, not used in the balance."
            case .intakeContracts: "The contracts claimed × the intake factor."
            case .intakeWithVolunteers: "Contracts and volunteers claimed × the intake factor."
            case .killed: "The estimated killed × the estimate factor: k."
            case .wounded: "The claimed killed and wounded × their factor, less the killed: w = g − k."
            case .returningToDuty: "The wounded who return to duty: w × r."
            case .otherLastingLosses:
                "Missing, captured and deserted, as given per year, for the period's days: o."
            case .permanentLosses: "The men lost for good: p = k + w × (1 − r) + o."
            case .balanceContracts: "The intake of contracts less the permanent losses: positive when the contracts replace the losses."
            case .balanceWithVolunteers: "The intake of contracts and volunteers less the permanent losses."
            }
        }
    }

    /// The balance as a tidy document.
    ///
    /// The main table `balance` lists, for every period, each figure on a line of its
    /// own (``Line``): the claims as claimed, with who claimed them, when, the days they
    /// cover and a mark when partial, scaled or a lower bound; then the computed figures
    /// with their value at the assumptions' points, exact range (`low`, `high`) and Monte
    /// Carlo interval (`draws_low`, `draws_high`). `periods` puts each period's main
    /// figures on one row; `sensitivity` ranks the assumptions by how far each alone moves
    /// each balance; `stock_flow` holds the cumulative figures since the war's start;
    /// `not_covered` names the periods without a balance and what they lack; `definitions`
    /// says what each line counts; `assumptions`, `claims` (every claim read and what it
    /// was used for), `decrees` and `findings` follow.
    public var document: TidyDocument {
        TidyDocument(
            metadata: metadata,
            tables: [
                linesTable, periodsTable, sensitivityTable, stockTable, notCoveredTable, definitionsTable, assumptionsTable,
                claimsTable, decreesTable, findingsTable,
            ],
            notes: notes)
    }

    private var metadata: [TidyDocument.Metadatum] {
        var metadata: [TidyDocument.Metadatum] = [.init("period", .text(period.rawValue))]
        for assumption in BalanceAssumption.allCases {
            metadata.append(.init(assumption.rawValue, .text(Self.rangeText(assumptions[assumption]!))))
        }
        metadata += [
            .init("scale_partial", .boolean(scalesPartial)), .init("war_start", .text(warStart.description)),
            .init("draws", .integer(draws)), .init("seed", .text(String(seed))), .init("level", .number(level)),
            .init("claimed_by", .text(claimedBy)), .init("claimed_series", .text(claimedLabel)),
            .init("estimated_by", .text(estimatedBy)), .init("estimate_column", .text(estimateLabel)),
            .init("named", .text(namedSource)),
            .init("periods_with_balance", .list(rows.filter { $0.gaps.isEmpty }.map(\.span.label))),
            .init("periods_without_balance", .list(rows.filter { !$0.gaps.isEmpty }.map(\.span.label))),
        ]
        return metadata
    }

    // MARK: The lines of each period

    private static let lineColumns: [TidyTable.Column] = [
        .init("period"), .init("item", inTerminal: false), .init("what"), .init("value", decimals: 0), .init("low", decimals: 0),
        .init("high", decimals: 0), .init("draws_low", decimals: 0), .init("draws_high", decimals: 0), .init("source"),
        .init("covers"), .init("mark"),
    ]

    private var linesTable: TidyTable {
        TidyTable(name: "balance", columns: Self.lineColumns, rows: rows.flatMap(lines))
    }

    private func lines(_ row: Row) -> [[Cell]] {
        var lines: [[Cell]] = []
        func add(_ line: Line, _ value: Double, figure: Figure? = nil, source: String, covers: String, marks: [String]) {
            lines.append([
                .text(row.span.label), .text(line.rawValue), .text(line.label), .count(value), .number(figure?.low),
                .number(figure?.high), .number(figure?.draws?.low), .number(figure?.draws?.high), .text(source), .text(covers),
                .text(marks.joined(separator: "; ")),
            ])
        }
        func claimed(_ line: Line, _ intake: ClaimedIntake?, extra: [String] = []) {
            guard let intake else { return }
            add(line, intake.measure.value, source: Self.source(of: intake), covers: Self.covers(intake.measure),
                marks: Self.marks(of: intake.measure) + (intake.isLowerBound ? ["more than"] : []) + extra
                    + (intake.measure.coverage.note.map { [$0] } ?? []))
        }
        claimed(.contractsClaimed, row.contracts)
        claimed(.volunteersClaimed, row.volunteers)
        let together = row.contracts != nil && row.volunteers != nil
        claimed(.contractsAndVolunteersClaimed, row.combined, extra: together ? ["not used: contracts and volunteers are claimed apart"] : [])
        if !row.decrees.isEmpty {
            add(.conscriptsCalled, Double(row.conscripts),
                source: "presidential decrees: " + row.decrees.map(\.campaign).joined(separator: ", "),
                covers: row.decrees.map { "\($0.periodStart) to \($0.periodEnd)" }.joined(separator: ", "), marks: ["not added to the intake"])
        }
        if let claimed = row.claimedLosses {
            add(.claimedKilledAndWounded, claimed.value, source: "\(claimedBy) (series \(claimedLabel))",
                covers: "report of \(row.span.start) to report of \(claimed.coverage.last.adding(days: 1))"
                    + (claimed.coverage.isPartial ? " (\(claimed.coverage.days) of \(claimed.coverage.periodDays) days)" : ""),
                marks: Self.marks(of: claimed))
        }
        if let estimate = row.estimatedKilled, let weeks = row.estimateWeeks {
            add(.estimatedKilled, estimate.value, source: "\(estimatedBy) (weekly \(estimateLabel))",
                covers: "weeks starting \(estimate.coverage.first) to \(estimate.coverage.last.adding(days: -6)): \(weeks.present) of \(weeks.expected)",
                marks: Self.marks(of: estimate))
        }
        if let named = row.named {
            add(.namedKilled, named.value, source: namedSource == "records" ? "the list, by date of death" : "named deaths per week",
                covers: Self.covers(named), marks: named.coverage.isPartial ? ["partial: the list ends \(named.coverage.last)"] : [])
        }
        let computed: [(Line, BalanceFigure)] = [
            (.intakeContracts, .intakeContracts), (.intakeWithVolunteers, .intakeWithVolunteers), (.killed, .killed),
            (.wounded, .wounded), (.returningToDuty, .returning), (.otherLastingLosses, .otherLasting),
            (.permanentLosses, .permanent), (.balanceContracts, .balanceContracts), (.balanceWithVolunteers, .balanceWithVolunteers),
        ]
        let intakePartial = [row.contracts?.measure, row.volunteers?.measure, row.combined?.measure].compactMap { $0 }.contains(where: \.isPartial)
        let lossesPartial = [row.claimedLosses, row.estimatedKilled].compactMap { $0 }.contains(where: \.isPartial)
        for (line, kind) in computed {
            guard let figure = row.figures[kind], kind != .otherLasting || row.figures[.permanent] != nil else { continue }
            let fromPartial: Bool
            switch kind {
            case .intakeContracts: fromPartial = row.contracts?.measure.isPartial == true
            case .intakeWithVolunteers: fromPartial = intakePartial
            case .balanceContracts: fromPartial = lossesPartial || row.contracts?.measure.isPartial == true
            case .balanceWithVolunteers: fromPartial = lossesPartial || intakePartial
            case .killed: fromPartial = row.estimatedKilled?.isPartial == true
            case .claimedLosses, .otherLasting: fromPartial = false
            case .wounded, .returning, .permanent: fromPartial = lossesPartial
            }
            var marks = fromPartial ? ["from partial figures"] : []
            if kind == .wounded, figure.value < 0 { marks.append("negative: the estimate exceeds the claim") }
            add(line, figure.value, figure: figure, source: "computed", covers: "", marks: marks)
        }
        return lines
    }

    /// Who made a claim and when; for a difference, the earlier claim too.
    static func source(of intake: ClaimedIntake) -> String {
        func statement(_ claim: RecruitmentClaim) -> String {
            var text = claim.source + (claim.published.map { ", \($0)" } ?? "")
            switch claim.origin {
            case .row: break
            case .notes: text += " (in the notes of the contracts claim)"
            case .column: text += " (volunteers column)"
            }
            return text
        }
        guard let baseline = intake.baseline else { return statement(intake.claim) }
        return "\(statement(intake.claim)), less \(statement(baseline)) to \(baseline.periodEnd)"
    }

    /// The days a figure counts, with how they were read.
    static func covers(_ measure: BalanceMeasure) -> String {
        let coverage = measure.coverage
        var text = "\(coverage.first) to \(coverage.last)"
        if coverage.isPartial { text += " (\(coverage.days) of \(coverage.periodDays) days)" }
        return text
    }

    /// A figure's marks: partial, or scaled with its factor.
    static func marks(of measure: BalanceMeasure) -> [String] {
        if measure.isScaled {
            return ["scaled ×\(NumberText.rounded(measure.scaleFactor, decimals: 4)) from \(NumberText.whole(measure.read))"]
        }
        return measure.isPartial ? ["partial"] : []
    }

    // MARK: One row per period

    private var periodsTable: TidyTable {
        let figures: [BalanceFigure] = [.wounded, .permanent, .balanceContracts, .balanceWithVolunteers]
        let columns: [TidyTable.Column] = [
            .init("period"), .init("contracts", decimals: 0), .init("volunteers", decimals: 0),
            .init("conscripts_apart", decimals: 0), .init("claimed_killed_and_wounded", decimals: 0),
            .init("estimated_killed", decimals: 0), .init("wounded", decimals: 0), .init("permanent_losses", decimals: 0),
            .init("balance_contracts", decimals: 0, display: .signed), .init("balance_low", decimals: 0, display: .signed),
            .init("balance_high", decimals: 0, display: .signed), .init("balance_with_volunteers", decimals: 0, display: .signed),
            .init("partial", inTerminal: false),
        ]
        let cells = rows.map { row -> [Cell] in
            let value = { (kind: BalanceFigure) in Cell.count(row.figures[kind]?.value) }
            let balance = row.figures[.balanceContracts]
            let partial = [row.contracts?.measure, row.claimedLosses, row.estimatedKilled].compactMap { $0 }.contains(where: \.isPartial)
            return [
                .text(row.span.label), .count(row.contracts?.measure.value), .count(row.volunteers?.measure.value),
                row.decrees.isEmpty ? .missing : .integer(row.conscripts), .count(row.claimedLosses?.value),
                .count(row.estimatedKilled?.value), value(figures[0]), value(figures[1]), value(figures[2]),
                .number(balance?.low), .number(balance?.high), value(figures[3]), .boolean(partial),
            ]
        }
        return TidyTable(name: "periods", columns: columns, rows: cells)
    }

    // MARK: Sensitivity

    private var sensitivityTable: TidyTable {
        let columns: [TidyTable.Column] = [
            .init("period"), .init("balance"), .init("assumption"), .init("range"), .init("balance_at_low", decimals: 0, display: .signed),
            .init("balance_at_high", decimals: 0, display: .signed), .init("swing", decimals: 0),
            .init("per_10_percent", decimals: 0, display: .signed), .init("rank"),
        ]
        let cells = effects.map { effect -> [Cell] in
            [
                .text(effect.period ?? "cumulative to \(stockThrough ?? "")"),
                .text(effect.balance == .balanceContracts ? "contracts" : "contracts_and_volunteers"),
                .text(effect.assumption.rawValue), .text(Self.rangeText(assumptions[effect.assumption]!)), .number(effect.atLow),
                .number(effect.atHigh), .number(effect.swing), .number(effect.perTenPercent), .integer(effect.rank),
            ]
        }
        return TidyTable(name: "sensitivity", columns: columns, rows: cells)
    }

    // MARK: Cumulative

    /// The cumulative figures' keys.
    static func key(_ figure: StockFigure) -> String {
        switch figure {
        case .intakeContracts: "intake_contracts"
        case .intakeWithVolunteers: "intake_with_volunteers"
        case .permanent: "permanent_losses"
        case .balanceContracts: "balance_contracts"
        case .balanceWithVolunteers: "balance_with_volunteers"
        }
    }

    private var stockTable: TidyTable {
        let columns: [TidyTable.Column] = [
            .init("period"), .init("date"), .init("figure"), .init("value", decimals: 0), .init("low", decimals: 0),
            .init("high", decimals: 0), .init("draws_low", decimals: 0), .init("draws_high", decimals: 0),
        ]
        let cells = stock.flatMap { point in
            StockFigure.allCases.compactMap { kind -> [Cell]? in
                guard let figure = point.figures[kind] else { return nil }
                return [
                    .text(point.span.label), .text(point.span.end.description), .text(Self.key(kind)), .count(figure.value),
                    .number(figure.low), .number(figure.high), .number(figure.draws?.low), .number(figure.draws?.high),
                ]
            }
        }
        return TidyTable(name: "stock_flow", columns: columns, rows: cells)
    }

    // MARK: What is missing, what each line counts

    private var notCoveredTable: TidyTable {
        let cells = rows.filter { !$0.gaps.isEmpty }.map { row -> [Cell] in
            let reasons = row.gaps.map { gap -> String in
                switch gap {
                case .contracts: "no claim of contracts counts any of its days"
                case .claimedLosses: "the claimed series does not reach it"
                case .estimate: "no week of the estimate starts in it"
                }
            }
            return [.text(row.span.label), .list(row.gaps.map(\.rawValue)), .text(reasons.joined(separator: "; "))]
        }
        return TidyTable(name: "not_covered", columns: [.init("period"), .init("lacks"), .init("why")], rows: cells)
    }

    private var definitionsTable: TidyTable {
        TidyTable(
            name: "definitions", columns: [.init("item"), .init("what"), .init("counts")],
            rows: Line.allCases.map { [.text($0.rawValue), .text($0.label), .text($0.counts)] }, inTerminal: false)
    }

    private var assumptionsTable: TidyTable {
        let meaning: [BalanceAssumption: String] = [
            .returnToDuty: "r: the share of the wounded who return to duty",
            .intakeFactor: "f_I: the factor the recruitment claims are multiplied by",
            .claimedLossesFactor: "f_G: the factor the claimed killed and wounded are multiplied by",
            .estimateFactor: "f_K: the factor the estimated killed are multiplied by",
            .missing: "men missing for good, per year", .captured: "men captured, per year", .deserted: "men who deserted, per year",
        ]
        let cells = BalanceAssumption.allCases.map { assumption -> [Cell] in
            let range = assumptions[assumption]!
            return [.text(assumption.rawValue), .number(range.low), .number(range.high), .number(range.point), .text(meaning[assumption]!)]
        }
        return TidyTable(
            name: "assumptions", columns: [.init("assumption"), .init("low"), .init("high"), .init("point"), .init("meaning")],
            rows: cells)
    }

    private var claimsTable: TidyTable {
        var uses: [Int: [String]] = [:]
        func use(_ intake: ClaimedIntake?, _ what: String, _ row: Row) {
            guard let intake else { return }
            let key = Self.claimKey(intake.claim)
            uses[key, default: []].append("\(row.span.label) \(what)")
            if let baseline = intake.baseline { uses[Self.claimKey(baseline), default: []].append("\(row.span.label) \(what) (less)") }
        }
        for row in rows {
            use(row.contracts, "contracts", row)
            use(row.volunteers, "volunteers", row)
            if row.contracts == nil || row.volunteers == nil { use(row.combined, "contracts and volunteers", row) }
        }
        let columns: [TidyTable.Column] = [
            .init("line"), .init("published"), .init("source"), .init("quantity"), .init("value"), .init("lower_bound"),
            .init("period_start"), .init("period_end"), .init("origin"), .init("used_for"),
        ]
        let cells = claims.map { claim -> [Cell] in
            [
                .integer(claim.line), .text(claim.published?.description), .text(claim.source), .text(claim.quantity),
                .count(claim.value), .boolean(claim.isLowerBound), .text(claim.periodStart.description),
                .text(claim.periodEnd.description), .text(claim.origin.rawValue), .list(uses[Self.claimKey(claim)] ?? []),
            ]
        }
        return TidyTable(name: "claims", columns: columns, rows: cells, inTerminal: false)
    }

    /// A claim's key among the claims: its line and where in the line it was read.
    private static func claimKey(_ claim: RecruitmentClaim) -> Int {
        claim.line * 3 + (claim.origin == .row ? 0 : claim.origin == .column ? 1 : 2)
    }

    private var decreesTable: TidyTable {
        let columns: [TidyTable.Column] = [
            .init("campaign"), .init("decree_date"), .init("period_start"), .init("period_end"), .init("quota"), .init("ages"),
            .init("decree_no"),
        ]
        let cells = decrees.map { decree -> [Cell] in
            [
                .text(decree.campaign), .text(decree.decreeDate?.description), .text(decree.periodStart.description),
                .text(decree.periodEnd.description), .integer(decree.quota), .text(decree.ageRange),
                decree.decreeNumber.isEmpty ? .missing : .text(decree.decreeNumber),
            ]
        }
        return TidyTable(name: "decrees", columns: columns, rows: cells, inTerminal: false)
    }

    private var findingsTable: TidyTable {
        let cells = findings.map { finding -> [Cell] in
            let detail = switch finding.kind {
            case .estimateAboveClaim:
                "the estimated killed (\(NumberText.whole(finding.value))) exceed the claimed killed and wounded (\(NumberText.whole(finding.against))): the wounded come out negative"
            case .namedAboveEstimate:
                "the named killed (\(NumberText.whole(finding.value))) exceed the estimated killed (\(NumberText.whole(finding.against)))"
            }
            return [.text(finding.period), .text(finding.kind.rawValue), .text(detail)]
        }
        return TidyTable(name: "findings", columns: [.init("period"), .init("kind"), .init("detail")], rows: cells)
    }

    private var notes: [String] {
        let level = NumberText.percent(self.level)
        return [
            "Each line says what it counts (--format json: `definitions`), who claimed it (source) and the days it covers; "
                + "contracts and volunteers are claims of the Russian state, the killed and wounded a claim of \(claimedBy), the killed an estimate of \(estimatedBy).",
            "Conscripts are shown apart and never added to the intake: they serve a year and by law are not sent to the war zone.",
            "wounded w = g − k; permanent losses p = k + w × (1 − r) + o; balance = intake − p, with g the claimed killed and wounded × f_G, "
                + "k the estimated killed × f_K, intake the claims × f_I, r the return to duty, o the other lasting losses.",
            "low–high: the exact range over every assumption's range (each figure is affine in each assumption, so the corners of the ranges "
                + "bound it); draws_low–draws_high: the central \(level) of \(NumberText.grouped(draws)) draws, each assumption uniform in its range, seed \(seed).",
            scalesPartial
                ? "Figures that cover part of a period are scaled to the whole period at the rate of the part covered, and marked scaled."
                : "A figure marked partial covers part of its period and is used as it is; --scale-partial scales it to the whole period (then marked scaled).",
            "Left out: the training pipeline (recruits reach the front months after they sign), rotation, wounded who return in a later period, "
                + "the mobilisation of 2022, and who leaves service when contracts end.",
        ]
    }

    /// A range as the options write it: `0.5`, `0.3-0.7`.
    static func rangeText(_ range: ParameterRange) -> String {
        range.isFixed ? NumberRange.plain(range.low) : "\(NumberRange.plain(range.low))-\(NumberRange.plain(range.high))"
    }
}
