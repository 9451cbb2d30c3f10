import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An upload received into a file of the workspace's `uploads/` folder (`UUID.part`),
/// locked while it exists so that a server starting on the same workspace never
/// sweeps it away (``Workspace/sweepLeftovers()``). ``remove()`` deletes it; an upload
/// cut off by a crash is swept at the next start.
final class ReceivedUpload: Sendable {
    /// Where the body lies.
    let path: String
    fileprivate let descriptor: Int32

    fileprivate init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Deletes the file and lets its lock go.
    func remove() {
        unlink(path)
        close(descriptor)
    }
}

/// Receives a request body into a file of the workspace's `uploads/` folder as it
/// arrives, so that a large list never sits in memory; stops at the size limit
/// (413), at the time limit, and when the request is cancelled (the server
/// stopping). Whatever stops it, the partial file is deleted.
enum UploadReceiver {
    /// Writes the body to a new file.
    ///
    /// - Throws: ``ServerError`` — `tooLarge` past `limit` bytes (by `Content-Length`
    ///   before anything is read, or while reading); `timeout` past `deadline`;
    ///   `stopping` when the request is cancelled; `malformedUpload` for an empty or
    ///   cut-off body; `storage` when the file cannot be written.
    static func receive(
        _ request: Request, into folder: URL, limit: Int, deadline: ContinuousClock.Instant
    ) async throws(ServerError) -> ReceivedUpload {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServerError(.tooLarge, "the body is \(length) bytes; the limit is \(limit) bytes")
        }
        let upload = try create(in: folder)
        var received = 0
        do {
            for try await buffer in request.body {
                received += buffer.readableBytes
                if received > limit {
                    throw ServerError(.tooLarge, "the body is over the limit of \(limit) bytes")
                }
                if ContinuousClock.now > deadline {
                    throw ServerError(.timeout, "the upload took longer than the time limit")
                }
                try buffer.withUnsafeReadableBytes { bytes in try append(bytes, to: upload) }
            }
            if Task.isCancelled { throw ServerError(.stopping, "the upload was stopped: the server is stopping") }
        } catch {
            upload.remove()
            if let error = error as? ServerError { throw error }
            throw ServerError(.malformedUpload, "the upload was cut off")
        }
        guard received > 0 else {
            upload.remove()
            throw ServerError(.malformedUpload, "the body is empty; send the file as the request body")
        }
        return upload
    }

    /// A new, empty, locked file in `folder`.
    private static func create(in folder: URL) throws(ServerError) -> ReceivedUpload {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ServerError(.storage, "cannot write the upload into the workspace")
        }
        let path = folder.appendingPathComponent("\(UUID().uuidString).part").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ServerError(.storage, "cannot write the upload into the workspace") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw ServerError(.storage, "cannot lock the upload in the workspace")
        }
        return ReceivedUpload(path: path, descriptor: descriptor)
    }

    /// Appends `bytes` to the upload's file.
    private static func append(_ bytes: UnsafeRawBufferPointer, to upload: ReceivedUpload) throws(ServerError) {
        var offset = 0
        while offset < bytes.count {
            let written = write(upload.descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw ServerError(.storage, "cannot write the upload into the workspace")
            }
            offset += written
        }
    }
}
