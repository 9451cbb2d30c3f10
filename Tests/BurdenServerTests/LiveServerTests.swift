import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The server on a real loopback socket: in-process (`.live`), and as the built
/// binary in a child process — every endpoint, its errors, and a `kill -9` in the
/// middle of an import.
@Suite(.serialized)
struct LiveServerTests {
    @Test func aLiveSocketServesTheSameAnswers() async throws {
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 800, seed: 21)
        try await fixture.app.test(.live) { client in
            let upload = try await client.execute(uri: "/datasets?label=live", method: .post, headers: bearer(), body: try body(ofFile: list))
            #expect(upload.status == .created)
            let rates = try await client.execute(uri: "/datasets/1/rates", method: .get)
            let command = try CommandRunner.warburden(["rates", list, "--format", "json"])
            #expect(String(buffer: rates.body) == command.standardOutput)
            try expectProblem(try await client.execute(uri: "/datasets/1/rates?ci=x", method: .get), status: 400, code: "bad_query")
        }
    }

    @Test func theBinaryServesEveryEndpointOnLoopback() async throws {
        let folder = try TemporaryFolder()
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 1200, seed: 31)
        let later = try fixture.simulatedList(records: 1500, seed: 31, name: "later.csv")
        let country = try fixture.madeUpCountry()
        let server = try ServerProcess(workspace: folder.url.appendingPathComponent("ws").path, arguments: ["--max-upload-mb", "1"])
        defer { server.stop() }
        #expect(server.token.count == 32)
        let auth = ["Authorization": "Bearer \(server.token)"]

        #expect(try await server.json("/healthz")["status"] as? String == "ok")
        #expect(try await server.json("/openapi.json")["openapi"] as? String == "3.1.0")
        #expect(try await server.request("POST", "/datasets?label=a", body: try Data(contentsOf: URL(fileURLWithPath: list))).status == 401)
        #expect(try await server.request("POST", "/datasets?label=a", headers: ["Authorization": "Bearer nope"], body: Data("x".utf8)).status == 401)
        let first = try await server.request("POST", "/datasets?label=a&name=a.csv", headers: auth, body: try Data(contentsOf: URL(fileURLWithPath: list)))
        #expect(first.status == 201 && first.headers["location"] == "/datasets/1")
        let second = try await server.request("POST", "/datasets?label=b&name=b.csv", headers: auth, body: try Data(contentsOf: URL(fileURLWithPath: later)))
        #expect(second.status == 201)
        let oversize = try await server.request("POST", "/datasets?label=c", headers: auth, body: Data(repeating: 65, count: (1 << 20) + 10))
        #expect(oversize.status == 413 && oversize.headers["content-type"] == "application/problem+json")
        let malformed = try await server.request("POST", "/datasets?label=c", headers: auth, body: Data("a,b\n1,2\n".utf8))
        #expect(malformed.status == 422)
        #expect(try await server.request("GET", "/datasets/7/rates").status == 404)
        #expect(try await server.request("GET", "/datasets/1/rates?per=0").status == 400)
        #expect(try await server.request("GET", "/datasets/x").status == 400)
        #expect((try await server.json("/datasets")["datasets"] as? [Any])?.count == 2)
        #expect(try await server.json("/datasets/1")["label"] as? String == "a")
        #expect(try await server.json("/datasets/1/ledger")["rows"] as? Int == 1200)

        for (endpoint, arguments) in [
            ("rates", ["rates"]), ("groups?by=republic", ["groups", "--by", "republic"]),
            ("model?covariates=percBelowSubsistence,percentNonRus", ["model", "--covariates", "percBelowSubsistence,percentNonRus"]),
            ("inequality", ["inequality"]), ("trends?by=unit-type&period=quarter", ["trends", "--by", "unit-type", "--period", "quarter"]),
        ] {
            let served = try await server.request("GET", "/datasets/2/\(endpoint)")
            let command = try CommandRunner.warburden([arguments[0], later] + arguments.dropFirst() + ["--format", "json"])
            #expect(served.status == 200 && String(decoding: served.body, as: UTF8.self) == command.standardOutput, "\(endpoint)")
        }
        let changes = try await server.json("/datasets/2/changes?since=1")
        #expect((changes["new_deaths"] as? Int ?? 0) > 0)

        let regions = try await server.request(
            "POST", "/regions?label=zz", headers: auth, body: try Data(contentsOf: URL(fileURLWithPath: country.regions)))
        #expect(regions.status == 201)
        let deaths = try await server.request(
            "POST", "/mortality?label=zz&regions=1", headers: auth, body: try Data(contentsOf: URL(fileURLWithPath: country.deaths)))
        #expect(deaths.status == 201)
        let deathsID = (try JSONSerialization.jsonObject(with: deaths.body) as? [String: Any])?["id"] as? Int ?? 0
        let zz = try await server.request(
            "POST", "/datasets?label=zz&regions=1", headers: auth, body: try Data(contentsOf: URL(fileURLWithPath: country.list)))
        #expect(zz.status == 201)
        #expect((try await server.json("/regions")["regions"] as? [Any])?.count == 1)
        #expect(try await server.json("/mortality/\(deathsID)")["label"] as? String == "zz")
        let excess = try await server.request("GET", "/datasets/3/excess?mortality=\(deathsID)&ages=15-29")
        #expect(excess.status == 200)

        let page = try await server.request("GET", "/?dataset=2&since=1")
        #expect(page.status == 200 && page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(String(decoding: page.body, as: UTF8.self).contains("<section id=\"changes\">"))

        #expect(try await server.request("DELETE", "/datasets/1").status == 401)
        #expect(try await server.request("DELETE", "/datasets/1", headers: auth).status == 204)
        #expect(try await server.request("GET", "/datasets/1").status == 404)
        #expect(try await server.request("DELETE", "/mortality/\(deathsID)", headers: auth).status == 204)
    }

    /// A `kill -9` of `warburden import` half-way through a large list leaves the
    /// workspace as it was: readers never see the partial version, and after a
    /// restart the earlier versions are intact and the next import works.
    @Test(.timeLimit(.minutes(4)))
    func killedImportLeavesThePreviousVersionsIntact() async throws {
        let folder = try TemporaryFolder()
        let workspace = folder.url.appendingPathComponent("ws").path
        let fixture = try ServerFixture()
        let small = try fixture.simulatedList(records: 1000, seed: 41)
        let big = try fixture.simulatedList(records: 400_000, seed: 42, name: "big.csv")
        let imported = try CommandRunner.warburden(["import", small, "--label", "v1", "--workspace", workspace])
        #expect(imported.status == 0, "\(imported.standardError)")
        let before = try CommandRunner.warburden(["rates", small, "--format", "json"]).standardOutput

        var server = try ServerProcess(workspace: workspace)
        let importer = Process()
        importer.executableURL = CommandRunner.warburden
        importer.arguments = ["import", big, "--label", "v2", "--workspace", workspace]
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        // Wait until the import has written into the write-ahead log, reading meanwhile.
        let wal = workspace + "/workspace.sqlite-wal"
        var seenDuringImport = 0
        let deadline = Date().addingTimeInterval(120)
        while importer.isRunning, Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            let versions = try await server.json("/datasets")["datasets"] as? [[String: Any]] ?? []
            #expect(versions.map { $0["label"] as? String } == ["v1"], "a partial version is visible")
            seenDuringImport += 1
            if size > 4 << 20 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        try #require(importer.isRunning, "the import ended before it could be killed; use a larger list")
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(importer.terminationReason == .uncaughtSignal && importer.terminationStatus == SIGKILL)
        #expect(seenDuringImport > 0)

        server.stop()
        server = try ServerProcess(workspace: workspace)
        defer { server.stop() }
        let versions = try await server.json("/datasets")["datasets"] as? [[String: Any]] ?? []
        #expect(versions.map { $0["label"] as? String } == ["v1"])
        #expect(try await server.request("GET", "/datasets/2").status == 404)
        let rates = try await server.request("GET", "/datasets/1/rates")
        #expect(String(decoding: rates.body, as: UTF8.self) == before)
        let again = try await server.request(
            "POST", "/datasets?label=v2", headers: ["Authorization": "Bearer \(server.token)"],
            body: try Data(contentsOf: URL(fileURLWithPath: small)))
        #expect(again.status == 201)
        #expect(try await server.json("/datasets/1")["records"] as? Int == versions.first?["records"] as? Int)
    }
}
