import Foundation
import Hummingbird

/// Receives a request body into a file of the workspace's `uploads/` folder as it
/// arrives, so that a large list never sits in memory; stops at the size limit
/// (413) and at the time limit.
enum UploadReceiver {
    /// Writes the body to a new file and returns its path.
    ///
    /// - Throws: ``ServerError`` — `tooLarge` past `limit` bytes (by `Content-Length`
    ///   before anything is read, or while reading); `timeout` past `deadline`;
    ///   `malformedUpload` for an empty body.
    static func receive(
        _ request: Request, folder: URL, limit: Int, deadline: ContinuousClock.Instant
    ) async throws(ServerError) -> URL {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServerError(.tooLarge, "the body is \(length) bytes; the limit is \(limit) bytes")
        }
        let uploads = folder.appendingPathComponent("uploads", isDirectory: true)
        let url = uploads.appendingPathComponent("\(UUID().uuidString).part")
        let handle: FileHandle
        do {
            try FileManager.default.createDirectory(at: uploads, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw ServerError(.storage, "cannot write the upload into the workspace")
        }
        var received = 0
        do {
            defer { try? handle.close() }
            for try await buffer in request.body {
                received += buffer.readableBytes
                if received > limit {
                    throw ServerError(.tooLarge, "the body is over the limit of \(limit) bytes")
                }
                if ContinuousClock.now > deadline {
                    throw ServerError(.timeout, "the upload took longer than the time limit")
                }
                try buffer.withUnsafeReadableBytes { bytes in try handle.write(contentsOf: bytes) }
            }
        } catch {
            try? FileManager.default.removeItem(at: url)
            if let error = error as? ServerError { throw error }
            throw ServerError(.malformedUpload, "the upload was cut off")
        }
        guard received > 0 else {
            try? FileManager.default.removeItem(at: url)
            throw ServerError(.malformedUpload, "the body is empty; send the file as the request body")
        }
        return url
    }
}
