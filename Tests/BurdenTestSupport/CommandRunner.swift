import Foundation

/// Runs programs and the built `warburden` binary, capturing their output.
public enum CommandRunner {
    /// What a finished process left behind.
    public struct Result: Sendable {
        /// The exit status.
        public let status: Int32
        /// Everything written to standard output, as UTF-8.
        public let standardOutput: String
        /// Everything written to standard error, as UTF-8.
        public let standardError: String
        /// Standard output as raw bytes.
        public let outputData: Data
    }

    /// The `warburden` executable built beside the test bundle (or `WARBURDEN_BINARY`).
    public static var warburden: URL {
        if let path = ProcessInfo.processInfo.environment["WARBURDEN_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("warburden")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return SharedData.repositoryRoot.appendingPathComponent(".build/debug/warburden")
    }

    /// Runs `warburden` with arguments (and optional standard input) in `directory`.
    public static func warburden(
        _ arguments: [String], input: String? = nil, in directory: URL? = nil
    ) throws -> Result {
        try run(warburden.path, arguments, input: input, in: directory)
    }

    /// Runs a program and waits for it.
    public static func run(
        _ executable: String, _ arguments: [String], input: String? = nil, in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        let errorBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorBox.data, as: UTF8.self),
            outputData: outputData)
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}
