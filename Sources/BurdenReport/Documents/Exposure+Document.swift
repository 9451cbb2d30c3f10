import BurdenAnalysis
import BurdenData
import BurdenStats

extension Exposure {
    /// Observed against expected as a tidy document.
    ///
    /// Metadata: `question`, `ratio_definition`, then every input and its source
    /// (`members`, `members_source`, …). Question 1: the main table `ratio` (observed,
    /// expected, the standardised ratio with Garwood's and the mid-p interval, the
    /// p-values), `expected` (the group's bands at their reference rates) and `inputs`.
    /// Question 2: the main table `share` (one row per end of the expected share:
    /// `point`, or `low` and `high`), `sensitivity` and `inputs`. An interval without
    /// an upper limit has `conf_high` missing.
    public var document: TidyDocument {
        var metadata: [TidyDocument.Metadatum] = [.init("question", .text(question.name))]
        metadata.append(.init("ratio_definition", .text(standardised != nil ? "observed / expected" : "expected share / observed share")))
        for input in inputs {
            metadata.append(.init(input.name, .text(input.value)))
            metadata.append(.init("\(input.name)_source", .text(input.source)))
        }
        let inputsTable = TidyTable(
            name: "inputs", columns: [.init("input"), .init("value"), .init("source")],
            rows: inputs.map { [.text($0.name), .text($0.value), .text($0.source)] }, inTerminal: false)
        if let standardised {
            return TidyDocument(
                metadata: metadata, tables: [ratioTable(standardised), expectedTable, inputsTable], notes: ratioNotes(standardised))
        }
        guard let comparison else { return TidyDocument(metadata: metadata, tables: [inputsTable]) }
        return TidyDocument(
            metadata: metadata, tables: [shareTable(comparison), sensitivityTable, inputsTable], notes: shareNotes(comparison))
    }

    /// A limit that may be +∞ (no upper limit): missing then.
    private static func limit(_ value: Double) -> Cell { value.isFinite ? .number(value) : .missing }

    private func ratioTable(_ ratio: StandardisedRatio) -> TidyTable {
        let columns: [TidyTable.Column] = [
            .init("observed"), .init("observed_bound"), .init("expected", decimals: 3), .init("ratio", decimals: 4),
            .init("ratio_bound"), .init("conf_low", decimals: 4), .init("conf_high", decimals: 4), .init("mid_p_low", decimals: 4),
            .init("mid_p_high", decimals: 4), .init("p_value", decimals: 4), .init("p_value_mid", decimals: 4), .init("alternative"),
        ]
        let row: [Cell] = [
            .integer(ratio.observed.count), .text(ratio.observed.bound.rawValue), .number(ratio.expected), .number(ratio.ratio),
            .text(ratio.observed.isUpperBound ? "at_most" : "exact"), .number(ratio.exact.lower), Self.limit(ratio.exact.upper),
            .number(ratio.midP.lower), Self.limit(ratio.midP.upper), .number(ratio.pValues.exact), .number(ratio.pValues.midP),
            .text(ratio.pValues.alternative.rawValue),
        ]
        return TidyTable(name: "ratio", columns: columns, rows: [row])
    }

    private var expectedTable: TidyTable {
        let columns: [TidyTable.Column] = [
            .init("age_band"), .init("region"), .init("people", decimals: 1), .init("rate_ages"), .init("column", inTerminal: false),
            .init("deaths", decimals: 1), .init("population"), .init("rate", decimals: 8), .init("expected", decimals: 3),
        ]
        let rows: [[Cell]] = expectedBands.map { band in
            [
                .text(band.band.description), .text(band.region ?? "all"), .number(band.people),
                .text(band.rateAges.map(\.description) ?? "all ages"), .text(band.column), .number(band.deaths),
                .count(band.population), .number(band.rate), .number(band.expected),
            ]
        }
        return TidyTable(name: "expected", columns: columns, rows: rows, inTerminal: !rows.isEmpty)
    }

    private func shareTable(_ comparison: ShareComparison) -> TidyTable {
        let columns: [TidyTable.Column] = [
            .init("end"), .init("relatives", decimals: 2), .init("share_p", decimals: 5), .init("expected_share", decimals: 5),
            .init("observed_share", decimals: 5), .init("observed_bound", inTerminal: false), .init("observed_conf_low", decimals: 5),
            .init("observed_conf_high", decimals: 5), .init("observed_mid_p_low", decimals: 5, inTerminal: false),
            .init("observed_mid_p_high", decimals: 5, inTerminal: false), .init("ratio", decimals: 3), .init("ratio_bound"),
            .init("ratio_conf_low", decimals: 3), .init("ratio_conf_high", decimals: 3), .init("ratio_mid_p_low", decimals: 3, inTerminal: false),
            .init("ratio_mid_p_high", decimals: 3, inTerminal: false), .init("p_value", decimals: 4), .init("p_value_mid", decimals: 4, inTerminal: false),
            .init("alternative", inTerminal: false),
        ]
        var ends: [(String, ShareComparison.Ratio, RelativesDistribution?, Double?)] = []
        if comparison.expected.isPoint {
            ends.append(("point", comparison.low, relativesLow, share?.lowerBound))
        } else {
            ends.append(("low", comparison.low, relativesLow, share?.lowerBound))
            ends.append(("high", comparison.high, relativesHigh, share?.upperBound))
        }
        let bounded = comparison.observed.isUpperBound
        let rows: [[Cell]] = ends.map { end, ratio, relatives, p in
            [
                .text(end), .number(relatives?.mean), .number(p), .number(ratio.expected), .number(comparison.observedShare),
                .text(comparison.observed.bound.rawValue), .number(comparison.exact.lower), .number(comparison.exact.upper),
                .number(comparison.midP.lower), .number(comparison.midP.upper), Self.limit(ratio.ratio),
                .text(bounded ? "at_least" : "exact"), .number(ratio.exact.lower), Self.limit(ratio.exact.upper),
                .number(ratio.midP.lower), Self.limit(ratio.midP.upper), .number(ratio.pValues.exact), .number(ratio.pValues.midP),
                .text(ratio.pValues.alternative.rawValue),
            ]
        }
        return TidyTable(name: "share", columns: columns, rows: rows)
    }

    private var sensitivityTable: TidyTable {
        let columns: [TidyTable.Column] = [
            .init("relatives", decimals: 2), .init("share_p", decimals: 5), .init("expected_share", decimals: 5), .init("ratio", decimals: 3),
            .init("ratio_conf_low", decimals: 3), .init("ratio_conf_high", decimals: 3), .init("p_value", decimals: 4),
        ]
        let rows: [[Cell]] = sensitivity.map { row in
            let ratio = row.comparison.low
            return [
                row.relatives.map { .number($0) } ?? .text("table"), .number(row.share), .number(ratio.expected), Self.limit(ratio.ratio),
                .number(ratio.exact.lower), Self.limit(ratio.exact.upper), .number(ratio.pValues.exact),
            ]
        }
        return TidyTable(name: "sensitivity", columns: columns, rows: rows)
    }
}
