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
/// before, and readers never see a partial version. Every failure is a
/// ``WorkspaceError`` that names files by the names they were given, never by where
/// they lie.
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
    /// - Throws: ``WorkspaceError`` (`database`) when the folder or database cannot be
    ///   opened, or was made by a later version of the tool.
    public init(folder: String) throws(WorkspaceError) {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url.appendingPathComponent("files"), withIntermediateDirectories: true)
        } catch {
            throw WorkspaceError(.database, "cannot create the workspace folder '\(folder)': \(error.localizedDescription)")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.label = "warburden-workspace"
        do {
            pool = try DatabasePool(path: url.appendingPathComponent("workspace.sqlite").path, configuration: configuration)
            let migrator = WorkspaceSchema.migrator
            if try pool.read({ db in try migrator.hasBeenSuperseded(db) }) {
                throw WorkspaceError(.database, "the workspace '\(folder)' was made by a later version of warburden")
            }
            try migrator.migrate(pool)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.database, "cannot open the workspace '\(folder)': \(Self.describe(error))")
        }
        self.folder = url
    }

    // MARK: - Lists

    /// Every version, oldest first.
    public func versions() throws(WorkspaceError) -> [DatasetVersion] {
        try reading { db in try DatasetVersion.fetchAll(db, sql: "SELECT \(DatasetVersion.columns) FROM dataset ORDER BY id") }
    }

    /// One version.
    ///
    /// - Throws: ``WorkspaceError`` (`unknownDataset`) when the workspace has no such version.
    public func version(_ id: Int64) throws(WorkspaceError) -> DatasetVersion {
        let version = try reading { db in
            try DatasetVersion.fetchOne(db, sql: "SELECT \(DatasetVersion.columns) FROM dataset WHERE id = ?", arguments: [id])
        }
        guard let version else { throw WorkspaceError(.unknownDataset, "the workspace has no dataset \(id)") }
        return version
    }

    /// The import ledger of a version.
    ///
    /// - Throws: ``WorkspaceError`` — `unknownDataset`; `database` when the stored ledger cannot be read.
    public func ledger(of id: Int64) throws(WorkspaceError) -> ImportLedger {
        let text = try reading { db in try String.fetchOne(db, sql: "SELECT ledger FROM dataset WHERE id = ?", arguments: [id]) }
        guard let text else { throw WorkspaceError(.unknownDataset, "the workspace has no dataset \(id)") }
        do {
            return try JSONDecoder().decode(ImportLedger.self, from: Data(text.utf8))
        } catch {
            throw WorkspaceError(.database, "the ledger of dataset \(id) cannot be read")
        }
    }

    /// The records of a version, in file order.
    ///
    /// - Complexity: O(n) in the version's records.
    public func records(of id: Int64) throws(WorkspaceError) -> [CasualtyRecord] {
        _ = try version(id)
        return try reading { db in
            var records: [CasualtyRecord] = []
            let cursor = try StoredRecord.fetchCursor(
                db, sql: "SELECT * FROM record WHERE dataset = ? ORDER BY position", arguments: [id])
            while let row = try cursor.next() {
                records.append(row.record)
            }
            return records
        }
    }

    /// Imports a list as a new version, in one transaction.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - label: the version's label (``WorkspaceText/label(_:parameter:)``).
    ///   - fileName: the name to record and to show in messages (an upload's name); the
    ///     file's own name when `nil`.
    ///   - options: how to read it, with the bounds on reading; its resolver is
    ///     replaced by the region table's.
    ///   - regionTable: a region table of the workspace to resolve regions against;
    ///     the built-in reference when `nil`.
    ///   - strict: refuse the list (and keep nothing) when a row is rejected or a
    ///     region does not resolve, as `--strict` does.
    /// - Returns: the new version and its ledger.
    /// - Throws: ``WorkspaceError`` — `unreadable` when the file cannot be read as a
    ///   list, `refused` when no row of it can be imported (or `strict` and a row was
    ///   rejected), `tooLarge`, `timeLimit` or `stopped` past a bound of
    ///   `options.limits`; the workspace is then unchanged.
    public func importList(
        path: String, label: String, fileName: String? = nil, options: CasualtyImporter.Options = .init(),
        regionTable: Int64? = nil, strict: Bool = false
    ) throws(WorkspaceError) -> (version: DatasetVersion, ledger: ImportLedger) {
        let job = try ListImport(
            workspace: self, path: path, label: label, fileName: fileName, options: options, regionTable: regionTable, strict: strict)
        return try writing(limits: options.limits, file: (path, job.name)) { db in try job.run(db) }
    }

    /// Deletes a version and its records.
    ///
    /// - Throws: ``WorkspaceError`` (`unknownDataset`) when there is no such version.
    public func deleteVersion(_ id: Int64) async throws(WorkspaceError) {
        let deleted: Bool
        do {
            deleted = try await pool.write { db in
                try db.execute(sql: "DELETE FROM dataset WHERE id = ?", arguments: [id])
                return db.changesCount > 0
            }
        } catch {
            throw Self.failure(error)
        }
        guard deleted else { throw WorkspaceError(.unknownDataset, "the workspace has no dataset \(id)") }
    }

    // MARK: - Region tables and mortality files

    /// Every stored file of a kind, oldest first.
    public func files(_ kind: StoredFile.Kind) throws(WorkspaceError) -> [StoredFile] {
        try reading { db in
            try StoredFile.fetchAll(
                db, sql: "SELECT \(StoredFile.columns) FROM stored_file WHERE kind = ? ORDER BY id", arguments: [kind.rawValue])
        }
    }

    /// One stored file of a kind.
    ///
    /// - Throws: ``WorkspaceError`` (`unknownFile`) when there is none with that id.
    public func file(_ id: Int64, kind: StoredFile.Kind) throws(WorkspaceError) -> StoredFile {
        let file = try reading { db in
            try StoredFile.fetchOne(
                db, sql: "SELECT \(StoredFile.columns) FROM stored_file WHERE id = ? AND kind = ?", arguments: [id, kind.rawValue])
        }
        guard let file else { throw WorkspaceError(.unknownFile, "the workspace has no \(Self.noun(kind)) \(id)") }
        return file
    }

    /// Checks and stores a file of any kind (a region table, a mortality file, a table
    /// the replacement balance reads). It is read as `kind` where it lies before
    /// anything is kept, so a file that is refused leaves nothing.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - kind: what it is; it is read as such before it is stored.
    ///   - label: its label (``WorkspaceText/label(_:parameter:)``).
    ///   - fileName: the name to record and to show in messages; the file's own name
    ///     when `nil`. A file other than a region table whose name ends in `.gz` is read as gzip.
    ///   - denominator: the population column of a region table.
    ///   - regionTable: for a mortality file of another country, the region table of
    ///     the workspace whose regions it names; the built-in reference when `nil`.
    ///   - limits: the bounds on reading it.
    /// - Throws: ``WorkspaceError`` — `unreadable` when it cannot be read as `kind`;
    ///   `tooLarge`, `timeLimit` or `stopped` past a bound of `limits`.
    /// - Complexity: O(n) in the file's size; the file is held in memory once, to be stored.
    public func importFile(
        path: String, kind: StoredFile.Kind, label: String, fileName: String? = nil, denominator: String? = nil,
        regionTable: Int64? = nil, limits: ReadLimits = .standard
    ) throws(WorkspaceError) -> StoredFile {
        let name = try WorkspaceText.fileName(Self.baseName(fileName ?? path), parameter: "the file name")
        let label = try WorkspaceText.label(label)
        let column = kind == .regions ? (denominator ?? "population") : nil
        let checkedAgainst = kind == .mortality ? regionTable : nil
        do {
            switch kind {
            case .regions:
                _ = try RegionTableReader.read(path: path, name: name, denominator: column ?? "population", limits: limits)
            case .mortality:
                let resolver = try regionTable.map { id throws(WorkspaceError) in try self.regionTable(id, limits: limits).resolver }
                    ?? RussiaReference.resolver
                _ = try DeathsTableReader.read(path: path, name: name, limits: limits, resolver: resolver)
            case .recruitmentClaims: _ = try RecruitmentClaimsReader.read(path: path, name: name, limits: limits)
            case .conscriptionDecrees: _ = try ConscriptionDecreesReader.read(path: path, name: name, limits: limits)
            case .lossSeries: _ = try CumulativeSeriesReader.read(path: path, name: name, limits: limits)
            case .weeklyEstimate: _ = try WeeklyCountsReader.read(path: path, name: name, limits: limits)
            }
        } catch let error as DataError {
            throw Self.failure(error, limits: limits, refusing: "not \(Self.refusal(kind))", file: (path, name))
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw Self.failure(error)
        }
        let content: Data
        do {
            content = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw WorkspaceError(.unreadable, "cannot read '\(name)'")
        }
        let digest = SHA256.hex(of: content)
        let stamp = Self.now()
        return try writing(limits: limits) { db in
            try db.execute(
                sql: """
                    INSERT INTO stored_file (kind, label, file, bytes, sha256, imported_at, denominator, region_table, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [kind.rawValue, label, name, content.count, digest, stamp, column, checkedAgainst, content])
            return StoredFile(
                id: db.lastInsertedRowID, kind: kind, label: label, file: name, bytes: Int64(content.count), sha256: digest,
                importedAt: stamp, denominator: column, regionTable: checkedAgainst)
        }
    }

    /// Deletes a stored file, and its copy under `files/` when no other stored file
    /// has the same bytes.
    ///
    /// - Throws: ``WorkspaceError`` — `unknownFile` when there is none; `inUse` for a
    ///   region table that a dataset was imported with, or a mortality file read against.
    public func deleteFile(_ id: Int64, kind: StoredFile.Kind) async throws(WorkspaceError) {
        let stored = try file(id, kind: kind)
        let shared: Bool
        do {
            shared = try await pool.write { db in
                if kind == .regions {
                    let users = try Int.fetchOne(
                        db,
                        sql: "SELECT (SELECT count(*) FROM dataset WHERE region_table = ?) + (SELECT count(*) FROM stored_file WHERE region_table = ?)",
                        arguments: [id, id]) ?? 0
                    if users > 0 {
                        throw WorkspaceError(.inUse, "region table \(id) is used by datasets or mortality files; delete them first")
                    }
                }
                try db.execute(sql: "DELETE FROM stored_file WHERE id = ?", arguments: [id])
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM stored_file WHERE sha256 = ?", arguments: [stored.sha256]) ?? 0 > 0
            }
        } catch {
            throw Self.failure(error)
        }
        if !shared { try? FileManager.default.removeItem(at: localURL(of: stored)) }
    }

    /// A stored file as a file on disk (written once into `files/`), for the readers
    /// that take a path. Messages of the readers name it by ``StoredFile/file``.
    public func path(of id: Int64, kind: StoredFile.Kind) throws(WorkspaceError) -> String {
        let stored = try file(id, kind: kind)
        let local = localURL(of: stored)
        if FileManager.default.fileExists(atPath: local.path) { return local.path }
        let content = try reading { db in
            try Data.fetchOne(db, sql: "SELECT content FROM stored_file WHERE id = ?", arguments: [id])
        }
        guard let content else { throw WorkspaceError(.unknownFile, "the workspace has no \(Self.noun(kind)) \(id)") }
        do {
            try content.write(to: local, options: .atomic)
        } catch {
            throw WorkspaceError(.database, "cannot write \(Self.noun(kind)) \(id) into the workspace's folder")
        }
        return local.path
    }

    /// The region table and resolver of a stored region table.
    ///
    /// - Throws: ``WorkspaceError`` — `unknownFile`; `tooLarge`, `timeLimit` or `stopped`
    ///   past a bound of `limits`; `database` when the stored table no longer reads.
    public func regionTable(_ id: Int64, limits: ReadLimits = .standard) throws(WorkspaceError) -> (
        table: RegionTable, resolver: RegionResolver
    ) {
        let stored = try file(id, kind: .regions)
        let path = try path(of: id, kind: .regions)
        do {
            return try RegionTableReader.read(path: path, name: stored.file, denominator: stored.denominator ?? "population", limits: limits)
        } catch {
            let failure = Self.failure(error, limits: limits, refusing: "region table \(id)")
            if failure.code == .unreadable { throw WorkspaceError(.database, "region table \(id) of the workspace cannot be read") }
            throw failure
        }
    }

    // MARK: - Helpers

    /// Where the copy of a stored file under `files/` lies: `SHA.csv`, `SHA.tsv` or
    /// `SHA.csv.gz`, so that the readers that pick the format by the ending read it.
    func localURL(of stored: StoredFile) -> URL {
        folder.appendingPathComponent("files").appendingPathComponent(Self.localName(stored.sha256, kind: stored.kind, name: stored.file))
    }

    static func localName(_ sha256: String, kind: StoredFile.Kind, name: String) -> String {
        let lower = name.lowercased()
        if kind != .regions, lower.hasSuffix(".gz") { return "\(sha256).csv.gz" }
        return lower.hasSuffix(".tsv") ? "\(sha256).tsv" : "\(sha256).csv"
    }

    static func noun(_ kind: StoredFile.Kind) -> String { kind.noun }

    /// What a file that cannot be read as `kind` is not: `a region table`…
    static func refusal(_ kind: StoredFile.Kind) -> String {
        switch kind {
        case .regions: "a region table"
        case .mortality: "a table of deaths by region, year, age group and sex"
        case .recruitmentClaims: "a table of recruitment claims"
        case .conscriptionDecrees: "a table of conscription decrees"
        case .lossSeries: "a daily cumulative series"
        case .weeklyEstimate: "a weekly estimate"
        }
    }

    func reading<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.failure(error)
        }
    }

    /// A write transaction; a reader's ``DataError`` thrown inside is judged against
    /// `limits`, and names `file` by its name.
    func writing<T>(
        limits: ReadLimits = .standard, file: (path: String, name: String)? = nil, _ body: (Database) throws -> T
    ) throws(WorkspaceError) -> T {
        do {
            return try pool.write(body)
        } catch let error as DataError {
            throw Self.failure(error, limits: limits, refusing: nil, file: file)
        } catch {
            throw Self.failure(error)
        }
    }

    /// The workspace's error for a failure inside a transaction or a read.
    static func failure(_ error: any Error) -> WorkspaceError {
        switch error {
        case let error as WorkspaceError: error
        case let error as DataError: failure(error, limits: .standard, refusing: nil)
        default: WorkspaceError(.database, "the workspace database failed: \(describe(error))")
        }
    }

    /// The workspace's error for a reader's: past a bound of `limits`, or a file that
    /// cannot be read as what it is said to be (`what`, put before the reader's message).
    /// Where the message names the file read by its path (as a decompressor does), it
    /// is named by the name it was given instead.
    static func failure(
        _ error: any Error, limits: ReadLimits, refusing what: String?, file: (path: String, name: String)? = nil
    ) -> WorkspaceError {
        guard let error = error as? DataError else { return failure(error) }
        switch error.code {
        case .tooLarge:
            return WorkspaceError(.tooLarge, error.message)
        case .interrupted:
            if let deadline = limits.deadline, ContinuousClock.now >= deadline {
                return WorkspaceError(.timeLimit, "reading took longer than its time limit")
            }
            return WorkspaceError(.stopped, "reading was stopped")
        default:
            let message = file.map { error.message.replacingOccurrences(of: $0.path, with: $0.name) } ?? error.message
            return WorkspaceError(.unreadable, what.map { "\($0): \(message)" } ?? message)
        }
    }

    /// A database error without its bound values (GRDB hides them unless asked).
    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return String(describing: type(of: error))
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
