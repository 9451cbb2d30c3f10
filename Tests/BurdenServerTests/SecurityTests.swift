import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Tokens, limits, malformed uploads, names, and what the pages may load.
struct SecurityTests {
    @Test func writesNeedTheBearerToken() async throws {
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 200, seed: 2)
        try await fixture.app.test(.router) { client in
            for headers in [HTTPFields(), bearer("wrong-token-0123456789abcdef"), [.authorization: "Basic dXNlcjpwYXNz"], bearer("")] {
                let response = try await client.execute(
                    uri: "/datasets?label=x", method: .post, headers: headers, body: try body(ofFile: list))
                try expectProblem(response, status: 401, code: "unauthorized")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
            try expectProblem(try await client.execute(uri: "/datasets/1", method: .delete), status: 401, code: "unauthorized")
            try expectProblem(
                try await client.execute(uri: "/regions?label=x", method: .post, body: ByteBuffer(string: "code,name\n")),
                status: 401, code: "unauthorized")
            #expect(try fixture.workspace.versions().isEmpty)
            let lower = try await client.execute(
                uri: "/datasets?label=x", method: .post, headers: [.authorization: "bearer \(ServerFixture.token)"],
                body: try body(ofFile: list))
            #expect(lower.status == .created)
        }
    }

    @Test func uploadsOverTheLimitAre413AndLeaveNothing() async throws {
        let fixture = try ServerFixture { $0.maximumUploadBytes = 4096 }
        let list = try fixture.simulatedList(records: 400, seed: 2)
        try await fixture.app.test(.router) { client in
            let detail = try expectProblem(
                try await client.execute(uri: "/datasets?label=big", method: .post, headers: bearer(), body: try body(ofFile: list)),
                status: 413, code: "too_large")
            #expect(detail.contains("4096"))
            let small = try fixture.simulatedList(records: 10, seed: 2)
            #expect(try await client.execute(uri: "/datasets?label=small", method: .post, headers: bearer(), body: try body(ofFile: small)).status == .created)
        }
        #expect(try fixture.workspace.versions().map(\.label) == ["small"])
        let uploads = fixture.workspace.folder.appendingPathComponent("uploads").path
        #expect((try? FileManager.default.contentsOfDirectory(atPath: uploads))?.isEmpty ?? true)
    }

    @Test("malformed uploads are 422 and leave the workspace as it was", arguments: [
        ("empty body", ""),
        ("no region column", "id,name,date\n1,a,2022-01-01\n"),
        ("binary", "\u{0}\u{1}\u{2}PK\u{3}\u{4}\u{FFFD}\u{0}"),
        ("every row rejected", "id,region,death_date\n1,Tuva,2022-02-30\n2,Tuva,2022-13-01\n"),
    ])
    func malformedUploads(name: String, text: String) async throws {
        let fixture = try ServerFixture()
        _ = try fixture.workspace.importList(path: try fixture.simulatedList(records: 50, seed: 9), label: "kept")
        try await fixture.app.test(.router) { client in
            try expectProblem(
                try await client.execute(uri: "/datasets?label=bad", method: .post, headers: bearer(), body: ByteBuffer(string: text)),
                status: 422, code: "malformed_upload")
            try expectProblem(
                try await client.execute(uri: "/mortality?label=bad", method: .post, headers: bearer(), body: ByteBuffer(string: text + "x")),
                status: 422, code: "malformed_upload")
        }
        #expect(try fixture.workspace.versions().map(\.label) == ["kept"])
        #expect(try fixture.workspace.files(.mortality).isEmpty)
        let count = try fixture.workspace.records(of: 1).count
        #expect(count == 50 - (try fixture.workspace.version(1).rejected))
    }

    @Test func strictUploadsWithRejectedRowsKeepNothing() async throws {
        let fixture = try ServerFixture()
        let text = "id,region,death_date\n1,Tuva,2022-02-03\n2,Tuva,2022-13-01\n"
        try await fixture.app.test(.router) { client in
            try expectProblem(
                try await client.execute(uri: "/datasets?label=s&strict=true", method: .post, headers: bearer(), body: ByteBuffer(string: text)),
                status: 422, code: "malformed_upload")
            #expect(try await client.execute(uri: "/datasets?label=s", method: .post, headers: bearer(), body: ByteBuffer(string: text)).status == .created)
        }
        #expect(try fixture.workspace.versions().count == 1)
    }

    /// Names are read to find duplicates and then dropped: no answer holds one, no
    /// answer has a name field, and the workspace's files do not contain them.
    @Test func namesAreNeverStoredNorReturned() async throws {
        let fixture = try ServerFixture()
        let names = ["Qzxjwvname", "Vbnqplast", "Xkcdpatro", "Ywqfull Zyxname"]
        let list = try fixture.file("named.csv", """
            id,first_name,last_name,patronymic,full_name,region,death_date,age,unit_type
            1,\(names[0]),\(names[1]),\(names[2]),\(names[3]),Tuva,2022-05-01,30,contract
            2,\(names[0]),\(names[1]),\(names[2]),\(names[3]),Tuva,2022-05-01,30,contract
            3,Other,Wpersonq,,,Atlantis,2022-06-01,22,volunteers

            """)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/datasets?label=named", method: .post, headers: bearer(), body: try body(ofFile: list))
            #expect(upload.status == .created, "\(String(buffer: upload.body))")
            var bodies = [String(buffer: upload.body)]
            for uri in [
                "/datasets", "/datasets/1", "/datasets/1/ledger", "/datasets/1/rates", "/datasets/1/groups?by=unit-type",
                "/datasets/1/trends?by=unit-type", "/datasets/1/inequality", "/datasets/1/changes?since=1", "/",
                "/datasets/1/ledger?format=csv", "/datasets/1/rates?format=csv",
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                bodies.append(String(buffer: response.body))
                if response.headers[.contentType]?.hasPrefix("application/json") == true {
                    let keys = allKeys(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)))
                    #expect(keys.isDisjoint(with: ["first_name", "last_name", "patronymic", "full_name", "person", "surname"]), "\(uri)")
                }
            }
            for text in bodies {
                for name in ["Qzxjwvname", "Vbnqplast", "Xkcdpatro", "Zyxname", "Wpersonq"] { #expect(!text.contains(name)) }
            }
            #expect(bodies.contains { $0.contains("Atlantis") })
        }
        var stored = Data()
        for file in ["workspace.sqlite", "workspace.sqlite-wal"] {
            stored.append((try? Data(contentsOf: fixture.workspace.folder.appendingPathComponent(file))) ?? Data())
        }
        #expect(stored.count > 0)
        for name in ["Qzxjwvname", "Vbnqplast", "Xkcdpatro", "Zyxname", "Wpersonq"] {
            #expect(stored.range(of: Data(name.utf8)) == nil, "\(name) is in the workspace")
        }
        let uploads = fixture.workspace.folder.appendingPathComponent("uploads").path
        #expect((try? FileManager.default.contentsOfDirectory(atPath: uploads))?.isEmpty ?? true)
    }

    @Test func requestsOverTheTimeLimitAre503() async throws {
        let fixture = try ServerFixture { $0.requestTimeLimit = .nanoseconds(1) }
        _ = try fixture.workspace.importList(path: try fixture.simulatedList(records: 2000, seed: 4), label: "one")
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/?lang=ru", method: .get)
            if response.status.code != 200 { try expectProblem(response, status: 503, code: "timeout") }
        }
    }
}
