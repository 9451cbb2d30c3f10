import BurdenData
import Foundation

/// A version of a list loaded for analysis: its records, ledger and region table.
struct LoadedDataset: Sendable {
    let version: DatasetVersion
    let records: [CasualtyRecord]
    let ledger: ImportLedger
    let table: RegionTable
    let resolver: RegionResolver
}

/// The workspace as the server reads it: versions are immutable once imported, so
/// a version loaded once is kept in memory (up to ``capacity`` versions, the least
/// recently used dropped first), and so are parsed mortality files. Failures are the
/// server's problems (through ``ServerError/init(_:)``).
final class DatasetStore: @unchecked Sendable {
    /// A mortality file read against the regions of a version's region table.
    private struct DeathsKey: Hashable {
        let file: Int64
        let regionTable: Int64?
    }

    let workspace: Workspace
    /// How many loaded versions (and parsed mortality files) are kept.
    let capacity: Int
    private let lock = NSLock()
    private var loaded: RecentlyUsed<Int64, LoadedDataset>
    private var deaths: RecentlyUsed<DeathsKey, DeathsTable>

    init(workspace: Workspace, capacity: Int = 8) {
        self.workspace = workspace
        self.capacity = capacity
        loaded = RecentlyUsed(capacity: capacity)
        deaths = RecentlyUsed(capacity: capacity)
    }

    /// A version with its records.
    ///
    /// - Throws: ``ServerError`` (`unknownDataset`) when the workspace has none with `id`.
    func dataset(_ id: Int64) throws(ServerError) -> LoadedDataset {
        if let hit = lock.withLock({ loaded.value(id) }) { return hit }
        let dataset: LoadedDataset
        do {
            let version = try workspace.version(id)
            let records = try workspace.records(of: id)
            let ledger = try workspace.ledger(of: id)
            let regions = try version.regionTable.map { id throws(WorkspaceError) in try workspace.regionTable(id) }
            dataset = LoadedDataset(
                version: version, records: records, ledger: ledger, table: regions?.table ?? RussiaReference.table,
                resolver: regions?.resolver ?? RussiaReference.resolver)
        } catch {
            throw ServerError(error)
        }
        lock.withLock { loaded.keep(dataset, for: id) }
        return dataset
    }

    /// Whether the mortality file `id` read against the regions of `dataset` is kept.
    func hasDeaths(_ id: Int64, for dataset: LoadedDataset) -> Bool {
        lock.withLock { deaths.contains(DeathsKey(file: id, regionTable: dataset.version.regionTable)) }
    }

    /// A mortality file of the workspace, read against the regions of `dataset`, on a
    /// thread of `runner` (taking one of its slots) within `deadline`; kept for the
    /// next request.
    ///
    /// - Throws: ``ServerError`` — `busy` when every slot is taken; the problems of
    ///   ``deaths(_:for:limits:)``.
    func loadDeaths(_ id: Int64, for dataset: LoadedDataset, runner: ImportRunner, deadline: ContinuousClock.Instant) async throws
        -> DeathsTable
    {
        let key = DeathsKey(file: id, regionTable: dataset.version.regionTable)
        if let hit = lock.withLock({ deaths.value(key) }) { return hit }
        let slot = try runner.reserve()
        do {
            return try await runner.run(in: slot, limits: .standard, deadline: deadline) { limits throws(ServerError) in
                try self.deaths(id, for: dataset, limits: limits)
            }
        } catch let error as WorkspaceError {
            throw ServerError(error)
        }
    }

    /// A mortality file of the workspace, read against the regions of `dataset`.
    ///
    /// - Throws: ``ServerError`` — `unknownResource` when there is no such file;
    ///   `unprocessable` when the file was checked against another region table than
    ///   the one `dataset` was imported with, or names regions that table does not
    ///   have (the message names neither the folder nor a value of the file).
    func deaths(_ id: Int64, for dataset: LoadedDataset, limits: ReadLimits = .standard) throws(ServerError) -> DeathsTable {
        let key = DeathsKey(file: id, regionTable: dataset.version.regionTable)
        if let hit = lock.withLock({ deaths.value(key) }) { return hit }
        let table: DeathsTable
        do {
            table = try read(id, for: dataset, limits: limits)
        } catch {
            throw ServerError(error)
        }
        lock.withLock { deaths.keep(table, for: key) }
        return table
    }

    private func read(_ id: Int64, for dataset: LoadedDataset, limits: ReadLimits) throws(WorkspaceError) -> DeathsTable {
        let stored = try workspace.file(id, kind: .mortality)
        guard stored.regionTable == dataset.version.regionTable else {
            throw WorkspaceError(
                .mismatch,
                "mortality file \(id) does not fit dataset \(dataset.version.id): the file was read against "
                    + "\(Self.regions(stored.regionTable)), the dataset was imported with \(Self.regions(dataset.version.regionTable))")
        }
        let path = try workspace.path(of: id, kind: .mortality)
        do {
            return try DeathsTableReader.read(path: path, name: stored.file, limits: limits, resolver: dataset.resolver)
        } catch where error.code == .unknownRegion || error.code == .ambiguousRegion {
            throw WorkspaceError(
                .mismatch,
                "mortality file \(id) names regions that \(Self.regions(dataset.version.regionTable)) of dataset \(dataset.version.id) does not have")
        } catch {
            let failure = Workspace.failure(error, limits: limits, refusing: nil, file: (path, stored.file))
            if failure.code == .unreadable { throw WorkspaceError(.database, "mortality file \(id) of the workspace cannot be read") }
            throw failure
        }
    }

    /// Forgets a deleted version.
    func forget(_ id: Int64) {
        lock.withLock { loaded.remove { $0 == id } }
    }

    /// Forgets a deleted mortality file.
    func forgetDeaths(_ id: Int64) {
        lock.withLock { deaths.remove { $0.file == id } }
    }

    private static func regions(_ table: Int64?) -> String {
        table.map { "region table \($0)" } ?? "the built-in reference"
    }

}

/// Values by key, at most `capacity` of them: keeping one more drops the least
/// recently used. Not thread-safe; ``DatasetStore`` holds its lock around it.
private struct RecentlyUsed<Key: Hashable, Value> {
    let capacity: Int
    private var entries: [Key: (value: Value, used: UInt64)] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int) { self.capacity = capacity }

    /// The value of `key`, marked as just used.
    mutating func value(_ key: Key) -> Value? {
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key] = (entry.value, clock)
        return entry.value
    }

    /// Keeps `value` under `key`.
    ///
    /// - Complexity: O(capacity) when one is dropped.
    mutating func keep(_ value: Value, for key: Key) {
        clock += 1
        entries[key] = (value, clock)
        while entries.count > capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
            entries[oldest] = nil
        }
    }

    /// Whether `key` has a value (without marking it as used).
    func contains(_ key: Key) -> Bool { entries[key] != nil }

    /// Drops every entry whose key matches.
    mutating func remove(where matches: (Key) -> Bool) {
        entries = entries.filter { !matches($0.key) }
    }
}
