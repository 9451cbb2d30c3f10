import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Requests written byte for byte to a server on the loopback interface, for what an
/// HTTP client library will not send: any `Host`, none at all, a request line or
/// headers of any length, bytes that are not HTTP.
public enum RawHTTP {
    /// What came back.
    public struct Answer: Sendable {
        /// The status code of the first response (0 when none could be read).
        public let status: Int
        /// Its header fields, names in lower case.
        public let headers: [String: String]
        /// Its body (as much as arrived before the connection closed or `timeout`).
        public let body: String
    }

    /// Sends `request` to `127.0.0.1:port` and reads what comes back until the server
    /// closes the connection, the response's `Content-Length` has arrived, or
    /// `timeout` passes — on a thread of its own, so that the waiting never holds a
    /// thread of Swift concurrency (which an in-process server needs to answer).
    ///
    /// - Throws: when the connection cannot be made.
    public static func exchange(_ request: [UInt8], port: Int, timeout: Double = 60) async throws -> Answer {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blockingExchange(request, port: port, timeout: timeout) }) }.start()
        }
    }

    /// Sends `request` again and again for `seconds`, one after the other with `pause`
    /// between them, on a thread of its own, and returns how long each took to be
    /// answered (as a stopwatch outside the server sees it) with its status.
    public static func probe(
        _ request: [UInt8], port: Int, for seconds: Double, pause: Double = 0.1
    ) async -> [(status: Int, seconds: Double)] {
        await withCheckedContinuation { continuation in
            Thread {
                var times: [(Int, Double)] = []
                let end = Date().addingTimeInterval(seconds)
                while Date() < end {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let status = (try? blockingExchange(request, port: port, timeout: 30))?.status ?? 0
                    times.append((status, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
                    usleep(UInt32(pause * 1e6))
                }
                continuation.resume(returning: times)
            }.start()
        }
    }

    private static func blockingExchange(_ request: [UInt8], port: Int, timeout: Double) throws -> Answer {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw CocoaError(.fileReadUnknown) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
            // The server may answer and close before the whole request is sent.
            if count <= 0 { break }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if let answer = parse(received), answer.complete { return answer.answer }
        }
        return parse(received)?.answer ?? Answer(status: 0, headers: [:], body: "")
    }

    /// A request of `method` and `target` with the given header lines (`Name: value`), no body.
    public static func request(_ target: String, method: String = "GET", headers: [String]) -> [UInt8] {
        Array(([("\(method) \(target) HTTP/1.1")] + headers + ["", ""]).joined(separator: "\r\n").utf8)
    }

    private static func parse(_ bytes: [UInt8]) -> (answer: Answer, complete: Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = String(text[end.upperBound...])
        let complete = headers["content-length"].flatMap(Int.init).map { body.utf8.count >= $0 } ?? false
        return (Answer(status: status, headers: headers, body: body), complete)
    }
}
