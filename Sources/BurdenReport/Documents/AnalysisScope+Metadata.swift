import BurdenAnalysis
import BurdenData

extension AnalysisScope {
    /// The scope as metadata: the input, the filter, and what the filter left out.
    public var metadata: [TidyDocument.Metadatum] {
        var items: [TidyDocument.Metadatum] = [.init("input", .text(input.rawValue))]
        if let from = filter.from { items.append(.init("from", .text(from.description))) }
        if let to = filter.to { items.append(.init("to", .text(to.description))) }
        if !filter.unitTypes.isEmpty {
            items.append(.init("unit_types", .list(filter.unitTypes.map(\.rawValue).sorted())))
        }
        if !filter.keepsEverything {
            items.append(.init("kept", .integer(tally.kept)))
            items.append(.init("excluded_by_filter", .integer(tally.excluded)))
            if filter.from != nil || filter.to != nil {
                items.append(.init("undated", .integer(tally.undated)))
                items.append(.init("imprecise_dates", .integer(tally.imprecise)))
            }
        }
        if !skippedTotals.isEmpty { items.append(.init("skipped_totals", .list(skippedTotals))) }
        if !unusedRows.isEmpty { items.append(.init("unused_rows", .list(unusedRows))) }
        if !categories.isEmpty { items.append(.init("categories", .list(categories))) }
        if !warnings.isEmpty { items.append(.init("warnings", .list(warnings))) }
        return items
    }
}

extension TidyDocument {
    /// The document with more metadata after its own.
    public func adding(_ extra: [Metadatum]) -> TidyDocument {
        TidyDocument(metadata: metadata + extra, tables: tables, notes: notes)
    }
}
