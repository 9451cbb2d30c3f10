import BurdenReport

extension DatasetVersion {
    /// The version's fields as metadata (snake_case, as in every document).
    var metadata: [TidyDocument.Metadatum] {
        [
            .init("id", .integer(Int(id))), .init("label", .text(label)), .init("file", .text(file)), .init("format", .text(format)),
            .init("bytes", .integer(Int(bytes))), .init("sha256", .text(sha256)), .init("imported_at", .text(importedAt)),
            .init("region_table", .integer(regionTable.map(Int.init))), .init("rows", .integer(rows)),
            .init("records", .integer(records)), .init("rejected", .integer(rejected)),
        ]
    }

    /// The version alone as a document.
    var document: TidyDocument { TidyDocument(metadata: metadata, tables: []) }

    /// Every version as one table `datasets`.
    static func document(_ versions: [DatasetVersion]) -> TidyDocument {
        let columns = ["id", "label", "file", "format", "bytes", "sha256", "imported_at", "region_table", "rows", "records", "rejected"]
        return TidyDocument(
            metadata: [.init("count", .integer(versions.count))],
            tables: [
                TidyTable(
                    name: "datasets", columns: columns.map { TidyTable.Column($0) },
                    rows: versions.map { version in version.metadata.map(\.value) })
            ])
    }
}

extension StoredFile {
    /// The file's fields as metadata.
    var metadata: [TidyDocument.Metadatum] {
        [
            .init("id", .integer(Int(id))), .init("kind", .text(kind.rawValue)), .init("label", .text(label)),
            .init("file", .text(file)), .init("bytes", .integer(Int(bytes))), .init("sha256", .text(sha256)),
            .init("imported_at", .text(importedAt)), .init("denominator", .text(denominator)),
            .init("region_table", .integer(regionTable.map(Int.init))),
        ]
    }

    /// The file alone as a document.
    var document: TidyDocument { TidyDocument(metadata: metadata, tables: []) }

    /// Every file of a kind as one table named after the kind (`regions`, `mortality`).
    static func document(_ files: [StoredFile], kind: Kind) -> TidyDocument {
        let columns = ["id", "kind", "label", "file", "bytes", "sha256", "imported_at", "denominator", "region_table"]
        return TidyDocument(
            metadata: [.init("count", .integer(files.count))],
            tables: [
                TidyTable(name: kind.rawValue, columns: columns.map { TidyTable.Column($0) }, rows: files.map { $0.metadata.map(\.value) })
            ])
    }
}
