import BurdenData

extension ImportLedger {
    /// The ledger as a tidy document: the counts as metadata, then `reasons` (one row
    /// per outcome and reason), `unresolved_regions` and `columns` (the mapping used).
    public var document: TidyDocument {
        let reasonRows: [[Cell]] = reasons.map { reason in
            [
                .text(reason.outcome), .text(reason.code), .integer(reason.count),
                .list(reason.examples.map { "row \($0.row) (line \($0.line))" }),
                .text(reason.examples.first?.detail),
            ]
        }
        let regionRows: [[Cell]] = unresolvedRegions.map {
            [.text($0.text), .text($0.problem), .integer($0.count), .list($0.suggestions)]
        }
        let columnRows: [[Cell]] =
            mapping.sorted { $0.key < $1.key }.map { [.text($0.key), .text($0.value)] }
            + ignoredColumns.map { [.text("(ignored)"), .text($0)] }
        // The policy is named when it is not the standard one, so that standard ledgers read as they always have.
        let policy: [TidyDocument.Metadatum] = duplicatePolicy.map { [.init("duplicates_policy", .text($0.rawValue))] } ?? []
        return TidyDocument(
            metadata: [
                .init("file", .text(file)), .init("format", .text(format)), .init("layout", .text(layout)),
                .init("rows", .integer(rows)), .init("accepted", .integer(accepted)),
                .init("accepted_with_warnings", .integer(acceptedWithWarnings)), .init("duplicates", .integer(duplicates)),
                .init("rejected", .integer(rejected)), .init("imported", .integer(imported)),
                .init("with_region", .integer(withRegion)), .init("without_region", .integer(withoutRegion)),
                .init("derived_ages", .integer(derivedAges)), .init("blank_lines", .integer(blankLines)),
                .init("balanced", .boolean(isBalanced)),
            ] + policy,
            tables: [
                TidyTable(
                    name: "reasons",
                    columns: [.init("outcome"), .init("code"), .init("count"), .init("example_rows"), .init("example")],
                    rows: reasonRows),
                TidyTable(
                    name: "unresolved_regions",
                    columns: [.init("text"), .init("problem"), .init("count"), .init("suggestions")],
                    rows: regionRows),
                TidyTable(name: "columns", columns: [.init("field"), .init("column")], rows: columnRows),
            ],
            notes: [summary + (isBalanced ? "" : " — ROWS DO NOT BALANCE")]
        )
    }
}
