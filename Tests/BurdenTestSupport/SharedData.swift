import Foundation
import Testing

/// The real public data beside the checkout, at `../shared/data` (see docs/DATA.md).
///
/// Tests that use it are enabled only when it is present, and say so when skipped:
///
/// ```swift
/// @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
/// ```
public enum SharedData {
    /// The repository's root folder, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared data folder.
    public static let folder: URL = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared").appendingPathComponent("data")

    /// Whether the shared data folder is present.
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("SOURCES.md").path)
    }

    /// Why tests that need the shared data are skipped when it is absent.
    public static let skipReason: Comment = "skipped: ../shared/data (the real public data) is not beside this checkout"

    /// A file of the shared data folder, by its path inside it.
    public static func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    /// The text of a shared file (gunzipped when it ends in `.gz`).
    public static func text(_ path: String) throws -> String {
        let url = url(path)
        if path.hasSuffix(".gz") {
            let result = try CommandRunner.run("/bin/sh", ["-c", "gzip -dc \"$0\"", url.path])
            return result.standardOutput
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

