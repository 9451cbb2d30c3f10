@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The ways bytes reach a reader, for tests that must hold for each: memory with a tiny
/// or a large buffer, a regular file, a pipe that gives a few kilobytes at a time (as
/// `gzip -dc |` or standard input does), and a gzip file decompressed in process.
enum ReadingSource: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case tinyBuffer, memory, file, pipe, gzip

    var testDescription: String { rawValue }

    /// Opens `bytes` this way. The folder, the pipe's writer and the file stay alive as
    /// long as the returned holder.
    func open(_ bytes: [UInt8], limits: ReadLimits = .standard, name: String = "list.csv") throws -> Opened {
        switch self {
        case .tinyBuffer:
            return Opened(input: try ChunkedInput(bytes: bytes, limits: limits, chunkSize: 7), keep: [])
        case .memory:
            return Opened(input: try ChunkedInput(bytes: bytes, limits: limits), keep: [])
        case .file:
            let folder = try TemporaryFolder()
            let url = folder.url.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return Opened(input: try ChunkedInput(path: url.path, name: name, limits: limits), keep: [folder])
        case .pipe:
            // A reader that stops early (a bound passed) closes the pipe under the writer:
            // the write then fails with EPIPE instead of ending the test process.
            signal(SIGPIPE, SIG_IGN)
            let pipe = Pipe()
            let writer = pipe.fileHandleForWriting
            let input = try ChunkedInput(path: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)", name: name, limits: limits)
            let thread = Thread {
                var offset = 0
                while offset < bytes.count {
                    let end = min(offset + 4096, bytes.count)
                    try? writer.write(contentsOf: bytes[offset..<end])
                    offset = end
                }
                try? writer.close()
            }
            thread.start()
            return Opened(input: input, keep: [pipe])
        case .gzip:
            let folder = try TemporaryFolder()
            let plain = folder.url.appendingPathComponent("plain")
            try Data(bytes).write(to: plain)
            let compressed = folder.url.appendingPathComponent(name + ".gz")
            let zipped = try CommandRunner.run("/bin/sh", ["-c", "gzip -c \"$0\" > \"$1\"", plain.path, compressed.path])
            guard zipped.status == 0 else { throw DataError(.unreadableFile, "gzip failed") }
            return Opened(input: try ChunkedInput(path: compressed.path, name: name + ".gz", limits: limits), keep: [folder])
        }
    }

    /// An opened input and what must outlive it.
    struct Opened {
        let input: ChunkedInput
        let keep: [AnyObject]
    }
}
