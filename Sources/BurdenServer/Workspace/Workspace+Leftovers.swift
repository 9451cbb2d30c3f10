import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a sweep of the workspace's folder removed.
public struct SweptLeftovers: Sendable, Hashable {
    /// Partial uploads (`uploads/*.part`) that no running server was writing.
    public var uploads = 0
    /// Copies under `files/` that no stored file names (left by a crash, or by an
    /// earlier version of the tool that copied a file before checking it).
    public var files = 0
    /// The bytes both took.
    public var bytes: Int64 = 0
}

extension Workspace {
    /// The folder uploads are received into.
    var uploadsFolder: URL { folder.appendingPathComponent("uploads", isDirectory: true) }

    /// Removes what interrupted work left in the folder: every partial upload that no
    /// running server holds (an upload in progress holds a lock on its file, so a
    /// second server on the same workspace never removes the first one's), and every
    /// copy under `files/` that no stored file names (such a copy is made again from
    /// the database when needed).
    ///
    /// - Returns: how many of each were removed, and their size.
    /// - Throws: ``WorkspaceError`` (`database`) when the stored files cannot be listed.
    /// - Complexity: O(n) in the folder's entries.
    public func sweepLeftovers() throws(WorkspaceError) -> SweptLeftovers {
        var swept = SweptLeftovers()
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: uploadsFolder.path)) ?? [] where name.hasSuffix(".part") {
            let path = uploadsFolder.appendingPathComponent(name).path
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            swept.bytes += Self.size(of: path)
            if unlink(path) == 0 { swept.uploads += 1 }
        }
        var kept: [StoredFile] = []
        for kind in StoredFile.Kind.allCases { kept += try files(kind) }
        let names = Set(kept.map { localURL(of: $0).lastPathComponent })
        let copies = folder.appendingPathComponent("files")
        for name in (try? manager.contentsOfDirectory(atPath: copies.path)) ?? [] where !names.contains(name) {
            let path = copies.appendingPathComponent(name).path
            let size = Self.size(of: path)
            if (try? manager.removeItem(atPath: path)) != nil {
                swept.files += 1
                swept.bytes += size
            }
        }
        return swept
    }

    private static func size(of path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
