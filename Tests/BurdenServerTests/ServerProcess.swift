import BurdenTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `warburden serve` as a child process on a loopback port the system chose, for
/// tests that talk to the real binary over HTTP.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    /// `http://127.0.0.1:PORT`.
    private(set) var base = ""
    /// The token the server printed.
    private(set) var token = ""

    /// The port the server listens on.
    private(set) var port = 0

    /// Starts the server and waits until it says where it listens.
    ///
    /// - Parameter errorLog: a file that receives what the server writes to standard
    ///   error (nothing is kept when `nil`).
    init(workspace: String, arguments: [String] = [], errorLog: URL? = nil) throws {
        process.executableURL = CommandRunner.warburden
        process.arguments = ["serve", "--workspace", workspace, "--port", "0"] + arguments
        let output = Pipe()
        process.standardOutput = output
        if let errorLog {
            _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errorLog)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        let handle = output.fileHandleForReading
        while !(text.contains("\ntoken: ") && text.hasSuffix("\n")), Date() < deadline, process.isRunning {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let url = text.firstMatch(of: /at (http:\/\/127\.0\.0\.1:\d+)\//)?.1,
            let printed = text.firstMatch(of: /token: (\S+)/)?.1
        else {
            stop()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve printed: \(text)"])
        }
        base = String(url)
        token = String(printed)
        port = Int(base.split(separator: ":").last ?? "") ?? 0
    }

    /// Stops the server (SIGTERM) and waits for it.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    /// Sends a request and returns the status, headers and body.
    func request(
        _ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.timeoutInterval = 60
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
        return (http.statusCode, fields, data)
    }

    /// The body of a GET as a JSON object.
    func json(_ path: String) async throws -> [String: Any] {
        let (_, _, body) = try await request("GET", path)
        return (try JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:]
    }
}
