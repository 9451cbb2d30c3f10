import Foundation
import Hummingbird

/// Bodies of answers already given, by method, path and checked query: the
/// analyses of an imported version never change, so the same question gets the
/// same bytes without computing them again. Bounded in entries and bytes; the
/// oldest entries go first. Emptied when a version or file is deleted.
final class ResponseCache: @unchecked Sendable {
    /// A stored answer.
    struct Entry: Sendable {
        let contentType: String
        let body: ByteBuffer
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    private var bytes = 0
    /// The most entries kept.
    let maximumEntries: Int
    /// The most bytes of bodies kept.
    let maximumBytes: Int

    init(maximumEntries: Int = 1024, maximumBytes: Int = 64 << 20) {
        self.maximumEntries = maximumEntries
        self.maximumBytes = maximumBytes
    }

    func entry(_ key: String) -> Entry? {
        lock.withLock { entries[key] }
    }

    func store(_ entry: Entry, for key: String) {
        let size = entry.body.readableBytes
        guard size <= maximumBytes / 4 else { return }
        lock.withLock {
            if entries.updateValue(entry, forKey: key) == nil { order.append(key) } else { return }
            bytes += size
            while entries.count > maximumEntries || bytes > maximumBytes, !order.isEmpty {
                let oldest = order.removeFirst()
                if let removed = entries.removeValue(forKey: oldest) { bytes -= removed.body.readableBytes }
            }
        }
    }

    func removeAll() {
        lock.withLock {
            entries.removeAll()
            order.removeAll()
            bytes = 0
        }
    }
}
