import BurdenAnalysis

/// The tidy tables of a report, one CSV file each under `tables/`: the same tables
/// the analysis commands print with `--format csv`, and the report's own (headline,
/// correlations, inputs).
struct ReportTables {
    let report: Report

    /// A named table.
    struct Named {
        /// The file name without `.csv`.
        let name: String
        let table: TidyTable
    }

    var all: [Named] {
        let content = report.content
        var tables: [Named] = [
            Named(name: "headline", table: content.headlineTable),
            Named(name: "rates", table: content.rates.document.tables[0]),
        ]
        if let inequality = content.inequality { tables.append(Named(name: "inequality", table: inequality.document.tables[0])) }
        for groups in content.regionGroups {
            tables.append(Named(name: "groups-\(ReportFigures.fileSafe(groups.by))", table: groups.document.tables[0]))
        }
        if let units = content.unitTypes { tables.append(Named(name: "groups-unit-type", table: units.document.tables[0])) }
        for model in content.models {
            tables.append(Named(name: "model-\(model.family.rawValue)", table: model.document.tables[0]))
        }
        if let monthly = content.monthly {
            tables.append(Named(name: "trends-month-\(ReportFigures.fileSafe(monthly.grouping.description))", table: monthly.document.tables[0]))
        }
        if let shares = content.regionalShares {
            tables.append(Named(name: "trends-quarter-\(ReportFigures.fileSafe(shares.grouping.description))", table: shares.document.tables[0]))
        }
        if !content.relations.isEmpty { tables.append(Named(name: "correlations", table: CovariateRelation.table(of: content.relations))) }
        if let ledger = content.ledger {
            let document = ledger.document
            tables.append(Named(name: "ledger-reasons", table: document.tables[0]))
            tables.append(Named(name: "ledger-unresolved-regions", table: document.tables[1]))
        }
        if let excess = content.excess {
            let document = excess.document
            for table in document.tables where ["excess", "by_age_group"].contains(table.name) {
                tables.append(Named(name: table.name == "excess" ? "excess" : "excess-by-age-group", table: table))
            }
        }
        if let coverage = content.coverage {
            tables.append(Named(name: "coverage", table: coverage.document.tables[0]))
        }
        for result in content.within {
            let document = result.document
            for table in document.tables where ["rates", "ratios", "decomposition"].contains(table.name) {
                tables.append(Named(name: "within-\(ReportFigures.fileSafe(result.split))-\(table.name)", table: table))
            }
        }
        tables.append(Named(name: "inputs", table: InputFile.table(of: content.inputs)))
        return tables
    }
}
