import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What a browser on the same machine may send: a `Host` that is not this server
/// (DNS rebinding), `HEAD`, a method a path does not take, request heads of any
/// length, bytes that are not HTTP. Each gets an answer, and every error a problem document.
struct BrowserHygieneTests {
    /// A problem document of `status` and `code` in a raw answer.
    private func expectRawProblem(_ answer: RawHTTP.Answer, status: Int, code: String, _ comment: String) throws {
        #expect(answer.status == status, "\(comment): \(answer.status) \(answer.body)")
        #expect(answer.headers["content-type"] == "application/problem+json", "\(comment)")
        let problem = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any], "\(comment)")
        #expect(problem["code"] as? String == code, "\(comment)")
        #expect(problem["status"] as? Int == status, "\(comment)")
    }

    @Test func onlyTheHostsTheServerListensAsAreAnswered() async throws {
        let fixture = try ServerFixture { $0.allowedHosts = ["newsroom.local", "desk.example:9000"] }
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            for host in [
                "127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "LOCALHOST:\(port)", "localhost", "127.0.0.1",
                "newsroom.local", "newsroom.local:\(port)", "desk.example:9000",
            ] {
                let answer = try await RawHTTP.exchange(RawHTTP.request("/healthz", headers: ["Host: \(host)"]), port: port)
                #expect(answer.status == 200, "\(host): \(answer.body)")
            }
            for host in [
                "evil.example", "evil.example:\(port)", "localhost.evil.example:\(port)", "127.0.0.1.nip.io:\(port)",
                "localhost:\(port + 1)", "127.0.0.2:\(port)", "desk.example:\(port)", "[::2]:\(port)", "localhost:0",
                "localhost:99999", "local host", "localhost:\(port):\(port)", "%6Cocalhost", "xn--localhost",
            ] {
                let answer = try await RawHTTP.exchange(RawHTTP.request("/healthz", headers: ["Host: \(host)"]), port: port)
                if answer.status == 400 {
                    // NIO's parser refuses some of these before the server sees them.
                    try expectRawProblem(answer, status: 400, code: "bad_request", host)
                } else {
                    try expectRawProblem(answer, status: 421, code: "misdirected", host)
                }
            }
            let rebound = try await RawHTTP.exchange(RawHTTP.request("/datasets", headers: ["Host: attacker.example"]), port: port)
            try expectRawProblem(rebound, status: 421, code: "misdirected", "a GET of the data")
            #expect(!rebound.body.contains("\"datasets\""))
            let bare = try await RawHTTP.exchange(Array("GET /healthz HTTP/1.0\r\n\r\n".utf8), port: port)
            try expectRawProblem(bare, status: 400, code: "bad_request", "no Host")
        }
    }

    @Test func headAnswersAsGetWithoutABody() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.workspace.importList(path: try fixture.simulatedList(records: 300, seed: 1), label: "one")
        try await fixture.app.test(.router) { client in
            for uri in ["/healthz", "/openapi.json", "/", "/datasets", "/datasets/1", "/datasets/1/ledger", "/datasets/1/rates",
                        "/datasets/1/rates?format=csv", "/regions", "/mortality", "/datasets/7", "/datasets/1/rates?ci=x", "/nowhere"] {
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == get.status, "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(head.headers[.contentLength] == String(get.body.readableBytes), "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
                #expect(head.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
            }
        }
    }

    @Test func aMethodAPathDoesNotTakeIs405WithAllow() async throws {
        let fixture = try ServerFixture()
        let served = try await fixture.app.test(.router) { client in try jsonObject(try await client.execute(uri: "/openapi.json", method: .get).body) }
        let paths = try #require(served["paths"] as? [String: [String: Any]]).map { ($0.key, Array($0.value.keys)) }
        let every: [HTTPRequest.Method] = [.get, .head, .post, .put, .delete, .patch, .options, .trace]
        try await fixture.app.test(.router) { client in
            for (path, operations) in paths {
                let taken = Set(operations.map { $0.uppercased() } + (operations.contains("get") ? ["HEAD"] : []))
                let uri = path.replacingOccurrences(of: "{id}", with: "1")
                for method in every where !taken.contains(method.rawValue) {
                    let response = try await client.execute(uri: uri, method: method, headers: bearer(), body: ByteBuffer(string: "x"))
                    try expectProblem(response, status: 405, code: "method_not_allowed")
                    let allow = Set((response.headers[.allow] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                    #expect(allow == taken, "\(method) \(path): Allow \(allow)")
                }
            }
            // A path no route serves stays 404 whatever the method.
            for method in every where method != .head {
                try expectProblem(try await client.execute(uri: "/nowhere", method: method), status: 404, code: "not_found")
            }
        }
    }

    @Test func requestHeadsOverTheLimitsAndBytesThatAreNotHTTPGetProblemDocuments() async throws {
        let fixture = try ServerFixture()
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            let host = "Host: localhost:\(port)"
            for size in [40_000, 100_000, 1 << 20] {
                let path = "/" + String(repeating: "a", count: size)
                try expectRawProblem(
                    try await RawHTTP.exchange(RawHTTP.request(path, headers: [host]), port: port), status: 431, code: "head_too_large", "path of \(size)")
                let header = "X-Long: " + String(repeating: "b", count: size)
                try expectRawProblem(
                    try await RawHTTP.exchange(RawHTTP.request("/healthz", headers: [host, header]), port: port), status: 431, code: "head_too_large",
                    "header of \(size)")
                let many = (0..<(size / 100)).map { "X-\($0): " + String(repeating: "c", count: 60) }
                try expectRawProblem(
                    try await RawHTTP.exchange(RawHTTP.request("/healthz", headers: [host] + many), port: port), status: 431, code: "head_too_large",
                    "\(many.count) headers")
            }
            for garbage in ["\u{1}\u{2}\u{3}\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/1.1\r\nHost localhost\r\n\r\n"] {
                try expectRawProblem(try await RawHTTP.exchange(Array(garbage.utf8), port: port), status: 400, code: "bad_request", garbage.debugDescription)
            }
            // The server goes on answering.
            #expect(try await RawHTTP.exchange(RawHTTP.request("/healthz", headers: [host]), port: port).status == 200)
        }
    }
}
