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
/// recently used dropped first), and so are parsed mortality files.
final class DatasetStore: @unchecked Sendable {
    let workspace: Workspace
    /// How many loaded versions are kept.
    let capacity: Int
    private let lock = NSLock()
    private var loaded: [Int64: (dataset: LoadedDataset, used: UInt64)] = [:]
    private var deaths: [Int64: DeathsTable] = [:]
    private var clock: UInt64 = 0

    init(workspace: Workspace, capacity: Int = 8) {
        self.workspace = workspace
        self.capacity = capacity
    }

    /// A version with its records.
    ///
    /// - Throws: ``ServerError`` (`unknownDataset`) when the workspace has none with `id`.
    func dataset(_ id: Int64) throws(ServerError) -> LoadedDataset {
        if let hit = touch(id) { return hit }
        let version = try workspace.version(id)
        let records = try workspace.records(of: id)
        let ledger = try workspace.ledger(of: id)
        let regions = try version.regionTable.map { id throws(ServerError) in try workspace.regionTable(id) }
        let dataset = LoadedDataset(
            version: version, records: records, ledger: ledger, table: regions?.table ?? RussiaReference.table,
            resolver: regions?.resolver ?? RussiaReference.resolver)
        lock.withLock {
            clock += 1
            loaded[id] = (dataset, clock)
            while loaded.count > capacity, let oldest = loaded.min(by: { $0.value.used < $1.value.used })?.key {
                loaded[oldest] = nil
            }
        }
        return dataset
    }

    private func touch(_ id: Int64) -> LoadedDataset? {
        lock.withLock {
            guard let entry = loaded[id] else { return nil }
            clock += 1
            loaded[id] = (entry.dataset, clock)
            return entry.dataset
        }
    }

    /// A mortality file of the workspace, read against the regions of `dataset`.
    func deaths(_ id: Int64, for dataset: LoadedDataset) throws(ServerError) -> DeathsTable {
        let key = id << 20 | (dataset.version.regionTable ?? 0)
        if let hit = lock.withLock({ deaths[key] }) { return hit }
        let path = try workspace.path(of: id, kind: .mortality)
        let resolver = dataset.resolver
        let table: DeathsTable
        do {
            table = try DeathsTableReader.read(path: path, resolver: resolver)
        } catch {
            throw ServerError(.storage, "mortality file \(id) cannot be read: \(error.message)")
        }
        lock.withLock {
            if deaths.count >= capacity { deaths.removeAll() }
            deaths[key] = table
        }
        return table
    }

    /// Forgets a deleted version.
    func forget(_ id: Int64) {
        lock.withLock { loaded[id] = nil }
    }
}
