import BurdenAnalysis
import BurdenData
import Foundation
import GRDB

/// A folder of dataset versions: an SQLite database (`workspace.sqlite`, in WAL
/// mode so that readers go on while an import writes) holding every imported
/// version of a list — its records without names, its ledger, checksum, label and
/// import time — and the region tables and mortality files imported beside them.
///
/// An import is one transaction: a crash half-way leaves the workspace as it was
/// before, and readers never see a partial version.
///
/// ```swift
/// let workspace = try Workspace(folder: "warburden-workspace")
/// let version = try workspace.importList(path: "list.csv", label: "2023-04-12").version
/// let records = try workspace.records(of: version.id)
/// ```
public final class Workspace: Sendable {
    /// The default folder, relative to the working directory.
    public static let defaultFolder = "warburden-workspace"

    /// The folder.
    public let folder: URL
    let pool: DatabasePool

    /// Opens the workspace in `folder`, creating the folder and the database when
    /// missing and bringing an older schema up to date.
    ///
    /// - Throws: ``ServerError`` (`storage`) when the folder or database cannot be
    ///   opened, or was made by a later version of the tool.
    public init(folder: String) throws(ServerError) {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url.appendingPathComponent("files"), withIntermediateDirectories: true)
        } catch {
            throw ServerError(.storage, "cannot create the workspace folder '\(folder)': \(error.localizedDescription)")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.label = "warburden-workspace"
        do {
            pool = try DatabasePool(path: url.appendingPathComponent("workspace.sqlite").path, configuration: configuration)
            let migrator = WorkspaceSchema.migrator
            if try pool.read({ db in try migrator.hasBeenSuperseded(db) }) {
                throw ServerError(.storage, "the workspace '\(folder)' was made by a later version of warburden")
            }
            try migrator.migrate(pool)
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError(.storage, "cannot open the workspace '\(folder)': \(Self.describe(error))")
        }
        self.folder = url
    }

    // MARK: - Lists

    /// Every version, oldest first.
    public func versions() throws(ServerError) -> [DatasetVersion] {
        try reading { db in try Row.fetchAll(db, sql: "SELECT \(Self.versionColumns) FROM dataset ORDER BY id").map(Self.version) }
    }

    /// One version.
    ///
    /// - Throws: ``ServerError`` (`unknownDataset`) when the workspace has no such version.
    public func version(_ id: Int64) throws(ServerError) -> DatasetVersion {
        let row = try reading { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.versionColumns) FROM dataset WHERE id = ?", arguments: [id])
        }
        guard let row else { throw ServerError(.unknownDataset, "the workspace has no dataset \(id)") }
        return Self.version(row)
    }

    /// The import ledger of a version.
    public func ledger(of id: Int64) throws(ServerError) -> ImportLedger {
        let text = try reading { db in try String.fetchOne(db, sql: "SELECT ledger FROM dataset WHERE id = ?", arguments: [id]) }
        guard let text else { throw ServerError(.unknownDataset, "the workspace has no dataset \(id)") }
        do {
            return try JSONDecoder().decode(ImportLedger.self, from: Data(text.utf8))
        } catch {
            throw ServerError(.storage, "the ledger of dataset \(id) cannot be read")
        }
    }

    /// The records of a version, in file order.
    ///
    /// - Complexity: O(n) in the version's records.
    public func records(of id: Int64) throws(ServerError) -> [CasualtyRecord] {
        _ = try version(id)
        return try reading { db in
            var records: [CasualtyRecord] = []
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT source_id, region, settlement, birth_date, death_date, confirmation_date, age, unit_type, rank, ethnicity
                    FROM record WHERE dataset = ? ORDER BY position
                    """, arguments: [id])
            while let row = try cursor.next() {
                records.append(StoredRecord.record(from: row))
            }
            return records
        }
    }

    /// Imports a list as a new version, in one transaction.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - label: the version's label.
    ///   - fileName: the name to record (an upload's name); the file's own name when `nil`.
    ///   - options: how to read it; its resolver is replaced by the region table's.
    ///   - regionTable: a region table of the workspace to resolve regions against;
    ///     the built-in reference when `nil`.
    ///   - strict: refuse the list (and keep nothing) when a row is rejected or a
    ///     region does not resolve, as `--strict` does.
    /// - Returns: the new version and its ledger.
    /// - Throws: ``ServerError`` — `malformedUpload` when the file cannot be read as a
    ///   list or no row of it can be imported; the workspace is then unchanged.
    public func importList(
        path: String, label: String, fileName: String? = nil, options: CasualtyImporter.Options = .init(),
        regionTable: Int64? = nil, strict: Bool = false
    ) throws(ServerError) -> (version: DatasetVersion, ledger: ImportLedger) {
        let job = try ListImport(
            workspace: self, path: path, label: label, fileName: fileName, options: options, regionTable: regionTable, strict: strict)
        return try writing { db in try job.run(db) }
    }

    /// ``importList(path:label:fileName:options:regionTable:strict:)`` on the
    /// database's writer queue, without holding a thread of the caller.
    public func importList(
        path: String, label: String, fileName: String? = nil, options: CasualtyImporter.Options = .init(),
        regionTable: Int64? = nil, strict: Bool = false
    ) async throws(ServerError) -> (version: DatasetVersion, ledger: ImportLedger) {
        let job = try ListImport(
            workspace: self, path: path, label: label, fileName: fileName, options: options, regionTable: regionTable, strict: strict)
        do {
            return try await pool.write { db in try job.run(db) }
        } catch {
            throw Self.serverError(error)
        }
    }

    /// Deletes a version and its records.
    ///
    /// - Throws: ``ServerError`` (`unknownDataset`) when there is no such version.
    public func deleteVersion(_ id: Int64) async throws(ServerError) {
        let deleted: Bool
        do {
            deleted = try await pool.write { db in
                try db.execute(sql: "DELETE FROM dataset WHERE id = ?", arguments: [id])
                return db.changesCount > 0
            }
        } catch {
            throw Self.serverError(error)
        }
        guard deleted else { throw ServerError(.unknownDataset, "the workspace has no dataset \(id)") }
    }

    // MARK: - Region tables and mortality files

    /// Every stored file of a kind, oldest first.
    public func files(_ kind: StoredFile.Kind) throws(ServerError) -> [StoredFile] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.fileColumns) FROM stored_file WHERE kind = ? ORDER BY id", arguments: [kind.rawValue])
                .map(Self.storedFile)
        }
    }

    /// One stored file of a kind.
    ///
    /// - Throws: ``ServerError`` (`unknownResource`) when there is none with that id.
    public func file(_ id: Int64, kind: StoredFile.Kind) throws(ServerError) -> StoredFile {
        let row = try reading { db in
            try Row.fetchOne(
                db, sql: "SELECT \(Self.fileColumns) FROM stored_file WHERE id = ? AND kind = ?", arguments: [id, kind.rawValue])
        }
        guard let row else { throw ServerError(.unknownResource, "the workspace has no \(Self.noun(kind)) \(id)") }
        return Self.storedFile(row)
    }

    /// Checks and stores a region table or mortality file.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - kind: what it is; it is read as such before it is stored.
    ///   - label: its label.
    ///   - fileName: the name to record; the file's own name when `nil`.
    ///   - denominator: the population column of a region table.
    ///   - regionTable: for a mortality file of another country, the region table of
    ///     the workspace whose regions it names; the built-in reference when `nil`.
    /// - Throws: ``ServerError`` (`malformedUpload`) when it cannot be read as `kind`.
    public func importFile(
        path: String, kind: StoredFile.Kind, label: String, fileName: String? = nil, denominator: String? = nil,
        regionTable: Int64? = nil
    ) throws(ServerError) -> StoredFile {
        let content: Data
        do {
            content = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ServerError(.malformedUpload, "cannot read '\(path)'")
        }
        let name = Self.baseName(fileName ?? path)
        let digest = SHA256.hex(of: content)
        let local = try materialize(content: content, sha256: digest, kind: kind, name: name)
        switch kind {
        case .regions:
            do {
                _ = try RegionTableReader.read(path: local, denominator: denominator ?? "population")
            } catch {
                throw ServerError(.malformedUpload, "not a region table: \(error.message)")
            }
        case .mortality:
            let resolver = try regionTable.map { id throws(ServerError) in try self.regionTable(id).resolver } ?? RussiaReference.resolver
            do {
                _ = try DeathsTableReader.read(path: local, resolver: resolver)
            } catch {
                throw ServerError(.malformedUpload, "not a table of deaths by region, year, age group and sex: \(error.message)")
            }
        }
        let stamp = Self.now()
        return try writing { db in
            try db.execute(
                sql: """
                    INSERT INTO stored_file (kind, label, file, bytes, sha256, imported_at, denominator, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [kind.rawValue, label, name, content.count, digest, stamp, kind == .regions ? (denominator ?? "population") : nil, content])
            return StoredFile(
                id: db.lastInsertedRowID, kind: kind, label: label, file: name, bytes: Int64(content.count), sha256: digest,
                importedAt: stamp, denominator: kind == .regions ? (denominator ?? "population") : nil)
        }
    }

    /// Deletes a stored file.
    ///
    /// - Throws: ``ServerError`` — `unknownResource` when there is none; `inUse` for a
    ///   region table that a dataset was imported with.
    public func deleteFile(_ id: Int64, kind: StoredFile.Kind) async throws(ServerError) {
        _ = try file(id, kind: kind)
        do {
            try await pool.write { db in
                if kind == .regions,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM dataset WHERE region_table = ?", arguments: [id]) ?? 0 > 0
                {
                    throw ServerError(.inUse, "region table \(id) is used by datasets; delete them first")
                }
                try db.execute(sql: "DELETE FROM stored_file WHERE id = ?", arguments: [id])
            }
        } catch {
            throw Self.serverError(error)
        }
    }

    /// A stored file as a file on disk (written once into `files/`), for the readers
    /// that take a path.
    public func path(of id: Int64, kind: StoredFile.Kind) throws(ServerError) -> String {
        let stored = try file(id, kind: kind)
        let local = folder.appendingPathComponent("files").appendingPathComponent(Self.localName(stored.sha256, kind: kind, name: stored.file))
        if FileManager.default.fileExists(atPath: local.path) { return local.path }
        let content = try reading { db in
            try Data.fetchOne(db, sql: "SELECT content FROM stored_file WHERE id = ?", arguments: [id])
        }
        guard let content else { throw ServerError(.unknownResource, "the workspace has no \(Self.noun(kind)) \(id)") }
        return try materialize(content: content, sha256: stored.sha256, kind: kind, name: stored.file)
    }

    /// The region table and resolver of a stored region table.
    public func regionTable(_ id: Int64) throws(ServerError) -> (table: RegionTable, resolver: RegionResolver) {
        let stored = try file(id, kind: .regions)
        do {
            return try RegionTableReader.read(path: try path(of: id, kind: .regions), denominator: stored.denominator ?? "population")
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError(.storage, "region table \(id) cannot be read")
        }
    }

    // MARK: - Helpers

    private func materialize(content: Data, sha256: String, kind: StoredFile.Kind, name: String) throws(ServerError) -> String {
        let local = folder.appendingPathComponent("files").appendingPathComponent(Self.localName(sha256, kind: kind, name: name))
        if FileManager.default.fileExists(atPath: local.path) { return local.path }
        do {
            try content.write(to: local, options: .atomic)
        } catch {
            throw ServerError(.storage, "cannot write into the workspace: \(error.localizedDescription)")
        }
        return local.path
    }

    /// `SHA.csv`, `SHA.tsv` or `SHA.csv.gz`: the readers pick the format by the ending.
    private static func localName(_ sha256: String, kind: StoredFile.Kind, name: String) -> String {
        let lower = name.lowercased()
        if kind == .mortality, lower.hasSuffix(".gz") { return "\(sha256).csv.gz" }
        return lower.hasSuffix(".tsv") ? "\(sha256).tsv" : "\(sha256).csv"
    }

    private static func noun(_ kind: StoredFile.Kind) -> String { kind == .regions ? "region table" : "mortality file" }

    func reading<T>(_ body: (Database) throws -> T) throws(ServerError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.serverError(error)
        }
    }

    func writing<T>(_ body: (Database) throws -> T) throws(ServerError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw Self.serverError(error)
        }
    }

    static func serverError(_ error: any Error) -> ServerError {
        if let error = error as? ServerError { return error }
        if let error = error as? DataError { return ServerError(.malformedUpload, error.message) }
        return ServerError(.storage, "the workspace database failed: \(describe(error))")
    }

    /// A database error without its bound values (GRDB hides them unless asked).
    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return String(describing: error)
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    private static let versionColumns = "id, label, file, format, bytes, sha256, imported_at, region_table, rows, records, rejected"
    private static let fileColumns = "id, kind, label, file, bytes, sha256, imported_at, denominator"

    private static func version(_ row: Row) -> DatasetVersion {
        DatasetVersion(
            id: row[0], label: row[1], file: row[2], format: row[3], bytes: row[4], sha256: row[5], importedAt: row[6],
            regionTable: row[7], rows: row[8], records: row[9], rejected: row[10])
    }

    private static func storedFile(_ row: Row) -> StoredFile {
        StoredFile(
            id: row[0], kind: StoredFile.Kind(rawValue: row[1]) ?? .regions, label: row[2], file: row[3], bytes: row[4],
            sha256: row[5], importedAt: row[6], denominator: row[7])
    }
}
