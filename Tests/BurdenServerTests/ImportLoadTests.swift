@testable import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Imports that read without end — gzip bombs uploaded as mortality files — neither
/// freeze the server nor outlive it: `/healthz` answers within a second while they
/// run, an import past its time limit is answered 503 and frees its place, too many
/// at once are 503 with `Retry-After`, and SIGTERM stops the built binary within five
/// seconds, leaving no partial upload and no `gzip` behind.
@Suite(.serialized)
struct ImportLoadTests {
    /// The processes whose parent is `pid`.
    private func children(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task -> [Int32] in
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    @Test(.timeLimit(.minutes(4)))
    func twoGzipBombsAndALongImportNeitherFreezeNorOutliveTheServer() async throws {
        let fixture = try ServerFixture()
        let zeros = fixture.path("zeros.csv.gz")
        let blank = fixture.path("blank.csv.gz")
        try GzipBomb.write(to: zeros, header: "region,year,age_group,sex,deaths\n", bytes: 1 << 30)
        try GzipBomb.write(to: blank, header: "region,year,age_group,sex,deaths\n", bytes: 1 << 30, newlines: true)
        let workspace = fixture.path("ws")
        let log = fixture.folder.url.appendingPathComponent("serve.err")
        let server = try ServerProcess(workspace: workspace, arguments: ["--max-imports", "3"], errorLog: log)
        defer { server.stop() }
        let auth = ["Authorization": "Bearer \(server.token)"]

        let answers = AnswerBox()
        var uploads: [Task<Void, Never>] = []
        for (index, file) in [zeros, zeros, blank].enumerated() {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            uploads.append(Task {
                let answer = try? await server.request(
                    "POST", "/mortality?label=bomb-\(index)&name=bomb-\(index).csv.gz", headers: auth, body: data)
                answers.set(index, answer.map { ($0.status, String(decoding: $0.body, as: UTF8.self)) } ?? (0, "no answer"))
            })
        }
        // Probe the server while the bombs are read, timed from a thread of this
        // process's own so that nothing here delays the stopwatch.
        try await Task.sleep(for: .milliseconds(300))
        let probes = await RawHTTP.probe(
            RawHTTP.request("/healthz", headers: ["Host: 127.0.0.1:\(server.port)", "Connection: close"]), port: server.port, for: 5)
        let slowest = probes.map(\.seconds).max() ?? .infinity
        #expect(probes.count > 20 && probes.allSatisfy { $0.status == 200 }, "\(probes)")
        #expect(slowest < 1, "the slowest /healthz took \(slowest) s")
        print("healthz under the imports: \(probes.count) probes, the slowest \(slowest) s, the median \(probes.map(\.seconds).sorted()[probes.count / 2]) s")
        let running = 3 - answers.count
        try #require(running > 0, "every import had ended before SIGTERM; the test needs one still running")
        let helpers = children(of: server.process.processIdentifier)

        let stopping = ContinuousClock.now
        kill(server.process.processIdentifier, SIGTERM)
        server.process.waitUntilExit()
        let stopped = ContinuousClock.now - stopping
        #expect(stopped < .seconds(5), "SIGTERM took \(stopped)")
        print("SIGTERM during \(running) imports: the server stopped in \(stopped)")
        for upload in uploads { await upload.value }
        for index in 0..<3 {
            let (status, text) = answers.get(index) ?? (0, "")
            #expect([413, 422, 503].contains(status), "upload \(index): \(status) \(text)")
        }
        // A helper that is gone, or a zombie waiting for its new parent to reap it, is not running.
        let alive = { (pid: Int32) -> Bool in
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            return !stat.isEmpty && !stat.contains(") Z ")
        }
        let settled = ContinuousClock.now + .seconds(3)
        while helpers.contains(where: alive), ContinuousClock.now < settled { try await Task.sleep(for: .milliseconds(50)) }
        for pid in helpers { #expect(!alive(pid), "process \(pid) outlived the server") }
        let uploadsFolder = URL(fileURLWithPath: workspace).appendingPathComponent("uploads").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: uploadsFolder)) ?? []).isEmpty)
        let errors = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(!errors.contains(workspace) && !errors.contains(fixture.folder.url.path), "\(errors)")
    }

    @Test(.timeLimit(.minutes(3)))
    func anImportPastItsTimeLimitIs503AndTheNextOneRuns() async throws {
        let fixture = try ServerFixture {
            $0.uploadTimeLimit = .seconds(1)
            $0.maximumConcurrentImports = 1
        }
        let blank = fixture.path("blank.csv.gz")
        try GzipBomb.write(to: blank, header: "region,year,age_group,sex,deaths\n", bytes: 1 << 30, newlines: true)
        let deaths = try fixture.russianDeaths()
        try await fixture.app.test(.router) { client in
            let start = ContinuousClock.now
            let late = try await client.execute(uri: "/mortality?label=b&name=b.csv.gz", method: .post, headers: bearer(), body: try body(ofFile: blank))
            let elapsed = ContinuousClock.now - start
            try expectProblem(late, status: 503, code: "timeout")
            // At the limit (with room for a machine busy with other tests), not after reading 1 GB.
            #expect(elapsed < .seconds(15), "\(elapsed)")
            // The late import's thread lets its place go at its next read.
            var next = try await client.execute(uri: "/mortality?label=ru", method: .post, headers: bearer(), body: try body(ofFile: deaths))
            while next.status == .serviceUnavailable, ContinuousClock.now - start < .seconds(15) {
                try expectProblem(next, status: 503, code: "busy")
                try await Task.sleep(for: .milliseconds(100))
                next = try await client.execute(uri: "/mortality?label=ru", method: .post, headers: bearer(), body: try body(ofFile: deaths))
            }
            #expect(next.status == .created, "\(String(buffer: next.body))")
            print("an import past its time limit of 1 s: answered after \(elapsed), its place free after \(ContinuousClock.now - start)")
        }
        #expect(try fixture.workspace.files(.mortality).map(\.label) == ["ru"])
        #expect(fixture.leftovers.isEmpty, "\(fixture.leftovers)")
    }

    @Test(.timeLimit(.minutes(2)))
    func importsBeyondTheLimitAre503WithRetryAfterBeforeTheirBodyIsRead() async throws {
        let fixture = try ServerFixture { $0.maximumConcurrentImports = 1 }
        let list = try fixture.simulatedList(records: 100, seed: 12)
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            // An upload whose body is still on its way holds the one place.
            let holding = Task.detached {
                try await RawHTTP.exchange(
                    Array("POST /datasets?label=slow HTTP/1.1\r\nHost: localhost:\(port)\r\nAuthorization: Bearer \(ServerFixture.token)\r\nContent-Length: 100000\r\n\r\nid,region\n".utf8),
                    port: port, timeout: 10)
            }
            let waiting = ContinuousClock.now
            while fixture.services.imports.running == 0, ContinuousClock.now - waiting < .seconds(30) {
                try await Task.sleep(for: .milliseconds(20))
            }
            try #require(fixture.services.imports.running == 1, "the slow upload never reached the server")
            let refused = try await client.execute(uri: "/datasets?label=next", method: .post, headers: bearer(), body: try body(ofFile: list))
            let detail = try expectProblem(refused, status: 503, code: "busy")
            #expect(refused.headers[.retryAfter] == "5")
            #expect(detail.contains("1 imports"))
            _ = try await holding.value
            // The slow upload was cut off when its client went away: its place is free again.
            var status = HTTPResponse.Status.serviceUnavailable
            let deadline = ContinuousClock.now + .seconds(10)
            while status == .serviceUnavailable, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                status = try await client.execute(uri: "/datasets?label=later", method: .post, headers: bearer(), body: try body(ofFile: list)).status
            }
            #expect(status == .created)
        }
        #expect(try fixture.workspace.versions().map(\.label) == ["later"])
        #expect(fixture.leftovers.isEmpty, "\(fixture.leftovers)")
    }

    @Test(.timeLimit(.minutes(2)))
    func theServerSweepsWhatAKilledOneLeftAndSaysHowMuch() async throws {
        let folder = try TemporaryFolder()
        let workspace = folder.url.appendingPathComponent("ws")
        let uploads = workspace.appendingPathComponent("uploads")
        try FileManager.default.createDirectory(at: uploads, withIntermediateDirectories: true)
        for index in 0..<6 { try Data(repeating: 1, count: 4096).write(to: uploads.appendingPathComponent("cut-\(index).part")) }
        let log = folder.url.appendingPathComponent("serve.err")
        let server = try ServerProcess(workspace: workspace.path, errorLog: log)
        server.stop()
        let said = try String(contentsOf: log, encoding: .utf8)
        #expect(said.contains("removed 6 partial uploads and 0 stray copies of files (24576 bytes)"), "\(said)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: uploads.path)) ?? []).isEmpty)
    }
}

/// The answers of uploads running in other tasks.
private final class AnswerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Int: (Int, String)] = [:]

    var count: Int { lock.withLock { answers.count } }

    func set(_ index: Int, _ answer: (Int, String)) { lock.withLock { answers[index] = answer } }

    func get(_ index: Int) -> (Int, String)? { lock.withLock { answers[index] } }
}
