import Foundation

/// A temporary folder, removed when the value goes away.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates an empty folder under the system's temporary directory.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("warburden-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A new folder holding one file of `text`, and the file's path.
    ///
    /// - Parameters:
    ///   - text: the file's contents, written as UTF-8.
    ///   - name: the file's name in the folder.
    public static func holding(_ text: String, named name: String) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        return (folder, try folder.write(text, named: name))
    }

    /// Writes `text` (UTF-8) to the file `name` in the folder, and returns its path.
    @discardableResult
    public func write(_ text: String, named name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
