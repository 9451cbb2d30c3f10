import BurdenAnalysis
import BurdenData

extension ExcessMortality {
    /// The estimate as a tidy document.
    ///
    /// Nationally (`byRegion` false) the main table `excess` holds, for each target
    /// year, one row per age group and one for their sum (age_group `15-49`): region,
    /// name, year, age_group, observed, expected, excess, pm, z, and (CSV/JSON)
    /// female_deaths and predicted_ratio. By region it holds one row per unit and year
    /// for the summed ages — the country first — with the population at risk, the
    /// excess per 100,000 and how many age groups the sum holds; the table `national`
    /// sets the national estimate beside the sum of the regions, and `by_age_group`
    /// (JSON) lists every unit's age groups. `not_estimable` and `data_checks`
    /// follow. Bands of the table that the sum does not use (a `15-17` inside `15-19`)
    /// are named in the metadata `age_bands_set_aside`, with the years and the reason.
    ///
    /// Years are numbers for programs (CSV, JSON); for the terminal, whose renderer
    /// groups the digits of numbers, they are text.
    ///
    /// - Parameters:
    public var document: TidyDocument {
        let year = Self.yearCell
        var metadata: [TidyDocument.Metadatum] = [
            .init("fit", .text(settings.fit.rawValue)),
            .init("baseline", .text(ExcessSettings.describe(settings.baseline))),
            .init("baseline_years", .integer(settings.baseline.count)),
        ]
        if !settings.leftOutOfBaseline.isEmpty {
            metadata.append(.init("left_out_of_baseline", .list(settings.leftOutOfBaseline.map(String.init))))
        }
        metadata += [
            .init("ages", .text(ageLabel)), .init("age_groups", .list(ageGroups.map(\.description))),
        ]
        if !bandsSetAside.isEmpty { metadata.append(.init("age_bands_set_aside", .list(bandsSetAside.map(\.description)))) }
        metadata += [
            .init("years", .list(years.map(String.init))),
            .init("national_rows", .text(countrySpelling ?? "summed from the regions")),
        ]
        if !aggregatesLeftOut.isEmpty { metadata.append(.init("aggregates_left_out", .list(aggregatesLeftOut))) }
        if byRegion {
            metadata.append(.init("denominator", .text(denominator)))
            if !regionsWithoutRows.isEmpty { metadata.append(.init("regions_without_rows", .list(regionsWithoutRows))) }
        }
        metadata += [
            .init("not_estimable_groups", .integer(notEstimable.count)), .init("failed_data_checks", .integer(dataChecks.count)),
        ]

        var tables: [TidyTable] = []
        var notes = [
            "expected = projected male/female ratio of deaths × female deaths; excess = observed − expected male deaths; "
                + "pm = one prediction standard deviation of the \(settings.fit.rawValue) trend over "
                + "\(ExcessSettings.describe(settings.baseline)) (K = \(settings.baseline.count)); age groups summed with pm in quadrature."
        ]
        if byRegion {
            tables.append(TidyTable(name: "excess", columns: Self.unitColumns, rows: (national + regions).map { unitCells($0, year: year) }))
            tables.append(comparisonTable(year: year))
            tables.append(TidyTable(
                name: "by_age_group", columns: Self.ageColumns, rows: (nationalAges + regionalAges).map { Self.ageCells($0, year: year) },
                inTerminal: false))
            for comparison in comparisons where comparison.year != nil {
                let national = comparison.national.map { NumberText.rounded($0.excess, decimals: 0) } ?? "NA"
                notes.append(
                    "\(comparison.year!): national \(national), sum of \(comparison.regions) regions "
                        + "\(NumberText.rounded(comparison.regionalSum.excess, decimals: 0)) ± "
                        + "\(NumberText.rounded(comparison.regionalSum.pm, decimals: 0)) — the method is not additive, so they differ.")
            }
            notes.append("excess_per_100k: per 100,000 of \(denominator); z = excess / pm.")
        } else {
            var rows: [[Cell]] = []
            for row in national {
                rows += nationalAges.filter { $0.year == row.year }.map { Self.ageCells($0, year: year) }
                rows.append(Self.sumCells(row, label: ageLabel, year: year))
            }
            tables.append(TidyTable(name: "excess", columns: Self.ageColumns, rows: rows))
        }
        tables.append(notEstimableTable(year: year))
        tables.append(dataChecksTable(year: year))
        notes += checkNotes
        return TidyDocument(metadata: metadata, tables: tables, notes: notes)
    }

    /// Notes on projected ratios below 0, the groups that could not be estimated and the failed checks.
    var checkNotes: [String] {
        var notes: [String] = []
        if !bandsSetAside.isEmpty {
            notes.append("age bands set aside: " + bandsSetAside.map(\.description).joined(separator: "; ") + ".")
        }
        let negative = (nationalAges + regionalAges).filter { $0.predictedRatio < 0 }
        if !negative.isEmpty {
            notes.append("\(negative.count) age groups in \(Set(negative.map(\.code)).count) units have a projected ratio below 0 "
                + "(their expected deaths are negative: a straight line through few deaths; --fit log stays above 0).")
        }
        if !notEstimable.isEmpty {
            let units = Set(notEstimable.map(\.code)).count
            notes.append("\(notEstimable.count) age groups in \(units) units could not be estimated (see not_estimable); "
                + "their units' sums hold the other groups.")
        }
        if !dataChecks.isEmpty {
            let listed = Dictionary(grouping: dataChecks) { "\($0.name) \($0.year)" }.keys.sorted().joined(separator: "; ")
            notes.append("age groups do not add up to the total row: \(listed) (see data_checks).")
        }
        return notes
    }

    static let ageColumns: [TidyTable.Column] = [
        .init("region"), .init("name"), .year, .init("age_group"), .init("observed"),
        .init("expected", decimals: 0), .init("excess", decimals: 0), .init("pm", decimals: 0), .init("z", decimals: 2),
        .init("female_deaths", inTerminal: false), .init("predicted_ratio", decimals: 4, inTerminal: false),
    ]

    /// A year; all years together are `nil` (see ``TidyTable/Column/year``).
    static let yearCell: @Sendable (Int?) -> Cell = { year in .integer(year) }

    static func ageCells(_ row: AgeRow, year: (Int?) -> Cell) -> [Cell] {
        let estimate = row.estimate
        return [
            .text(row.code), .text(row.name), year(row.year), .text(row.ageGroup.description), .integer(estimate.observed),
            .number(estimate.expected), .number(estimate.excess), .number(estimate.pm), .number(estimate.z),
            .integer(estimate.female), .number(row.predictedRatio),
        ]
    }

    static func sumCells(_ row: UnitRow, label: String, year: (Int?) -> Cell) -> [Cell] {
        let estimate = row.estimate
        return [
            .text(row.code), .text(row.name), year(row.year), .text(label), .integer(estimate?.observed),
            .number(estimate?.expected), .number(estimate?.excess), .number(estimate?.pm), .number(estimate?.z),
            .integer(estimate?.female), .missing,
        ]
    }

    static let unitColumns: [TidyTable.Column] = [
        .init("region"), .init("name"), .year, .init("age_group"), .init("observed"),
        .init("expected", decimals: 0), .init("excess", decimals: 0), .init("pm", decimals: 0), .init("z", decimals: 2),
        .init("population"), .init("excess_per_100k", decimals: 1), .init("age_groups_estimated"),
        .init("female_deaths", inTerminal: false), .init("data_check"),
    ]

    func unitCells(_ row: UnitRow, year: (Int?) -> Cell) -> [Cell] {
        let estimate = row.estimate
        let check = row.inconsistentYears.isEmpty
            ? "" : "age groups ≠ total in " + row.inconsistentYears.map(String.init).joined(separator: ", ")
        return [
            .text(row.code), .text(row.name), year(row.year), .text(ageLabel), .integer(estimate?.observed),
            .number(estimate?.expected), .number(estimate?.excess), .number(estimate?.pm), .number(estimate?.z),
            .count(row.population), .number(row.excessRate()), .text("\(row.groupsEstimated)/\(row.groupsTotal)"),
            .integer(estimate?.female), .text(check),
        ]
    }

    /// The national estimate beside the sum of the regions, per year (and all years).
    func comparisonTable(year: (Int?) -> Cell) -> TidyTable {
        TidyTable(
            name: "national",
            columns: [
                .year, .init("national_excess", decimals: 0), .init("national_pm", decimals: 0),
                .init("regions_excess", decimals: 0), .init("regions_pm", decimals: 0), .init("difference", decimals: 0),
                .init("regions"), .init("complete_regions"),
            ],
            rows: comparisons.map { comparison in
                let difference = comparison.national.map { comparison.regionalSum.excess - $0.excess }
                return [
                    year(comparison.year),
                    .number(comparison.national?.excess), .number(comparison.national?.pm),
                    .number(comparison.regionalSum.excess), .number(comparison.regionalSum.pm), .number(difference),
                    .integer(comparison.regions), .integer(comparison.completeRegions),
                ]
            })
    }

    /// The age groups that could not be estimated.
    func notEstimableTable(year: (Int?) -> Cell) -> TidyTable {
        TidyTable(
            name: "not_estimable",
            columns: [.init("region"), .init("name"), .year, .init("age_group"), .init("reason")],
            rows: notEstimable.map {
                [.text($0.code), .text($0.name), year($0.year), .text($0.ageGroup.description), .text($0.reason)]
            },
            inTerminal: !notEstimable.isEmpty)
    }

    /// The units, years and sexes whose age groups do not add up to the total row.
    func dataChecksTable(year: (Int?) -> Cell) -> TidyTable {
        TidyTable(
            name: "data_checks",
            columns: [
                .init("region"), .init("name"), .year, .init("sex"), .init("age_groups_sum"),
                .init("total"), .init("difference"), .init("line"),
            ],
            rows: dataChecks.map {
                [
                    .text($0.code), .text($0.name), year($0.year), .text($0.sex.rawValue), .integer($0.sumOfGroups),
                    .integer($0.total), .integer($0.total - $0.sumOfGroups), .integer($0.line),
                ]
            },
            inTerminal: !dataChecks.isEmpty)
    }
}
