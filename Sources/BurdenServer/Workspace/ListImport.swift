import BurdenData
import Foundation
import GRDB

/// One import of a list into a workspace, run inside a write transaction: the
/// version's row, then every record as the importer hands it on, then the ledger.
/// Anything thrown rolls the whole import back.
struct ListImport: Sendable {
    let path: String
    let label: String
    let name: String
    let options: CasualtyImporter.Options
    let regionTable: Int64?
    let strict: Bool
    let bytes: Int
    let sha256: String

    /// Prepares the import: checks the label, the name and the region table, computes the checksum.
    ///
    /// - Throws: ``WorkspaceError`` — `invalidText` for the label or name, `unknownFile`
    ///   for the region table, `unreadable` when the file cannot be read.
    init(
        workspace: Workspace, path: String, label: String, fileName: String?, options: CasualtyImporter.Options,
        regionTable: Int64?, strict: Bool
    ) throws(WorkspaceError) {
        let name = try WorkspaceText.fileName(Workspace.baseName(fileName ?? path), parameter: "the file name")
        let digest: (bytes: Int, hex: String)
        do {
            digest = try SHA256.digest(ofFile: path)
        } catch {
            throw WorkspaceError(.unreadable, "cannot read '\(name)'")
        }
        var options = options
        options.keepSource = false
        if let regionTable { options.resolver = try workspace.regionTable(regionTable, limits: options.limits).resolver }
        self.path = path
        self.label = try WorkspaceText.label(label)
        self.name = name
        self.options = options
        self.regionTable = regionTable
        self.strict = strict
        self.bytes = digest.bytes
        self.sha256 = digest.hex
    }

    /// Runs the import in the transaction of `db`.
    ///
    /// - Throws: ``WorkspaceError`` (`refused`) when no row could be imported, or when
    ///   `strict` and a row was rejected or a region did not resolve; the importer's
    ///   ``DataError`` when the file cannot be read as a list; the database's errors.
    func run(_ db: Database) throws -> (version: DatasetVersion, ledger: ImportLedger) {
        let format = options.format ?? InputFormat.guess(path: name)
        let stamp = Workspace.now()
        try db.execute(
            sql: """
                INSERT INTO dataset (label, file, format, bytes, sha256, imported_at, region_table, rows, records, rejected, ledger)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, '{}')
                """,
            arguments: [label, name, format.rawValue, bytes, sha256, stamp, regionTable])
        let id = db.lastInsertedRowID
        let insert = try db.makeStatement(sql: StoredRecord.insertSQL)
        var position = 0
        var failure: (any Error)?
        var readOptions = options
        readOptions.format = format
        var ledger = try CasualtyImporter(options: readOptions).read(path: path, name: name) { record in
            guard failure == nil else { return }
            position += 1
            do {
                insert.setUncheckedArguments(StoredRecord(dataset: id, position: position, record: record).arguments)
                try insert.execute()
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        guard ledger.imported > 0 else {
            let reason = ledger.reasons.first { $0.outcome == "rejected" }
            throw WorkspaceError(
                .refused,
                "no row of '\(name)' could be imported (\(ledger.rows) rows, \(ledger.rejected) rejected"
                    + (reason.map { "; first: \($0.code) at line \($0.examples.first?.line ?? 0)" } ?? "") + ")")
        }
        let unresolved = ledger.unresolvedRegions.reduce(0) { $0 + $1.count }
        if strict, ledger.rejected > 0 || unresolved > 0 {
            throw WorkspaceError(
                .refused, "strict: \(ledger.rejected) rows rejected, \(unresolved) with a region that does not resolve")
        }
        ledger.file = name
        let text = String(decoding: try JSONEncoder().encode(ledger), as: UTF8.self)
        try db.execute(
            sql: "UPDATE dataset SET rows = ?, records = ?, rejected = ?, ledger = ? WHERE id = ?",
            arguments: [ledger.rows, ledger.imported, ledger.rejected, text, id])
        let version = DatasetVersion(
            id: id, label: label, file: name, format: format.rawValue, bytes: Int64(bytes), sha256: sha256, importedAt: stamp,
            regionTable: regionTable, rows: ledger.rows, records: ledger.imported, rejected: ledger.rejected)
        return (version, ledger)
    }
}
