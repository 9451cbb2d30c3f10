import BurdenData
import BurdenStats

/// The decomposition of gaps between sets of regions (republics against the rest, the
/// poorest fifth against the richest): Kitagawa's two-factor split on every draw of the
/// hierarchical model, and the regression-based split on the NB2 count model.
enum WithinDecomposition {
    /// The rows and the diagnostics of every gap the options name.
    static func rows(frame: WithinFrame, table: RegionTable, options: WithinSettings, hierarchical: HierarchicalEstimate?)
        throws(AnalysisError) -> (rows: [WithinRegions.DecompositionRow], diagnostics: [WithinRegions.Diagnostic])
    {
        var rows: [WithinRegions.DecompositionRow] = []
        var diagnostics: [WithinRegions.Diagnostic] = []
        for gap in options.gaps {
            let sets: (inA: [Bool?], a: String, b: String)
            switch gap {
            case .republic:
                sets = (frame.regions.map { $0.isNationalRepublic }, "national_republic", "other")
            case .povertyFifths:
                guard let fifths = try? CovariateFifths.assign(table: table, covariate: "below_subsistence_pct_2020") else {
                    diagnostics.append(.init(
                        kind: "not-estimable", method: nil, region: nil,
                        message: "the gap poverty-fifths needs the column below_subsistence_pct_2020"))
                    continue
                }
                sets = (frame.regions.map { fifths[$0.code] == "Q5" ? true : fifths[$0.code] == "Q1" ? false : nil },
                    "poorest_fifth", "richest_fifth")
            }
            let inA = sets.inA
            let membersA = inA.indices.filter { inA[$0] == true }
            let membersB = inA.indices.filter { inA[$0] == false }
            guard !membersA.isEmpty, !membersB.isEmpty else { continue }
            let per = options.per
            func crude(_ members: [Int]) -> Double {
                Double(members.reduce(0) { $0 + frame.deaths[$1] }) / members.reduce(0.0) { $0 + frame.men[$1].reduce(0, +) } * per
            }
            func row(_ method: String, _ term: String, _ estimate: Double, _ se: Double?, _ low: Double?, _ high: Double?)
                -> WithinRegions.DecompositionRow
            {
                .init(gap: gap.rawValue, method: method, term: term, estimate: estimate, stdError: se, confLow: low, confHigh: high,
                    setA: sets.a, setB: sets.b)
            }
            rows.append(row("observed", "gap", crude(membersA) - crude(membersB), nil, nil, nil))
            if let hierarchical {
                rows += kitagawa(frame: frame, model: hierarchical.model, a: membersA, b: membersB, options: options).map {
                    row("kitagawa", $0.term, $0.summary.mean, $0.summary.sd, $0.summary.confLow, $0.summary.confHigh)
                }
            }
            do {
                var columns: [[Double?]] = []
                for name in options.gapCovariates { columns.append(try frame.covariate(name, table: table).values) }
                let used = (membersA + membersB).sorted().filter { i in columns.allSatisfy { $0[i] != nil } }
                let deaths = used.map { Double(frame.deaths[$0]) }
                let people = used.map { frame.men[$0].reduce(0, +) }
                let covariates = zip(options.gapCovariates, columns).map { name, column in (name: name, values: used.map { column[$0]! }) }
                let flags = used.map { inA[$0] == true }
                let split: CountGapDecomposition
                do {
                    split = try CountGapDecomposition(
                        deaths: deaths, populations: people, inA: flags, covariates: covariates, negativeBinomial: true,
                        confidence: options.confidence)
                } catch let error as StatsError where error.code == .boundaryEstimate {
                    split = try CountGapDecomposition(
                        deaths: deaths, populations: people, inA: flags, covariates: covariates, negativeBinomial: false,
                        confidence: options.confidence)
                }
                rows += split.components.map {
                    row("oaxaca-\(split.family)", $0.term, $0.estimate * per, $0.stdError * per, $0.confLow * per, $0.confHigh * per)
                }
            } catch let error as AnalysisError {
                throw error
            } catch {
                diagnostics.append(.init(
                    kind: "not-estimable", method: "oaxaca", region: nil,
                    message: "the regression-based split of the \(gap.rawValue) gap cannot be fitted: \(error)"))
            }
        }
        return (rows, diagnostics)
    }

    /// Kitagawa's components on every draw: shares from the composition, rates Σdᵢ_g/ΣNᵢ_g
    /// over each set's regions.
    static func kitagawa(frame: WithinFrame, model: PoissonGammaEI, a: [Int], b: [Int], options: WithinSettings)
        -> [(term: String, summary: PosteriorSummary)]
    {
        let r = frame.groups.count
        func men(_ members: [Int]) -> [Double] { (0..<r).map { g in members.reduce(0) { $0 + frame.men[$1][g] } } }
        let menA = men(a)
        let menB = men(b)
        let sharesA = menA.map { $0 / menA.reduce(0, +) }
        let sharesB = menB.map { $0 / menB.reduce(0, +) }
        func components(_ split: UnsafeBufferPointer<Int32>) -> (Double, Double) {
            func rates(_ members: [Int], _ people: [Double]) -> [Double] {
                (0..<r).map { g in people[g] > 0 ? members.reduce(0.0) { $0 + Double(split[$1 * r + g]) } / people[g] * options.per : 0 }
            }
            let parts = KitagawaDecomposition.decompose(
                sharesA: sharesA, ratesA: rates(a, menA), sharesB: sharesB, ratesB: rates(b, menB))
            return (parts.composition, parts.rates)
        }
        let composition = model.draws { components($0).0 }
        let rates = model.draws { components($0).1 }
        return [
            ("composition", PosteriorSummary(chains: composition, confidence: options.confidence)),
            ("rates", PosteriorSummary(chains: rates, confidence: options.confidence)),
        ]
    }
}
