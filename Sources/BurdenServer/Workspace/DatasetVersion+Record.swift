import GRDB

/// A version is fetched from its row of `dataset` by the names of the columns
/// (`imported_at` → `importedAt`, …), through its `Decodable` conformance.
extension DatasetVersion: FetchableRecord {
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    /// The columns a version is read from.
    static let columns = "id, label, file, format, bytes, sha256, imported_at, region_table, rows, records, rejected"
}

/// A stored file is fetched from its row of `stored_file` (without its bytes) by the
/// names of the columns, through its `Decodable` conformance.
extension StoredFile: FetchableRecord {
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    /// The columns a stored file is read from (all but its bytes).
    static let columns = "id, kind, label, file, bytes, sha256, imported_at, denominator, region_table"
}
