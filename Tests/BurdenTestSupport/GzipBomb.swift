import Foundation

/// A small gzip file that expands to a great many bytes, made by the system's `gzip`.
public enum GzipBomb {
    /// Writes at `path` the gzip of `header` (a line) followed by `bytes` zero bytes
    /// (`newlines`: by that many newlines instead, so that a reader sees short empty
    /// rows rather than one endless one).
    ///
    /// - Throws: when `gzip` cannot be run.
    public static func write(to path: String, header: String = "", bytes: Int, newlines: Bool = false) throws {
        let fill = newlines ? "tr '\\0' '\\n'" : "cat"
        let script = "{ printf '%s' \"$1\"; head -c \(bytes) /dev/zero | \(fill); } | gzip -1 > \"$2\""
        let result = try CommandRunner.run("/bin/sh", ["-c", script, "sh", header, path])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
