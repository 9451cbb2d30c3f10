import BurdenData
@testable import BurdenServer
import BurdenTestSupport
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

/// The replacement balance over the API: its tables stored as files of their own
/// kinds, each read as its kind before it is kept, and `GET /datasets/{id}/balance`
/// giving what `warburden balance … --records LIST --format json` prints, byte for
/// byte; and a workspace made before those kinds existed, brought up to date.
struct BalanceRouteTests {
    /// Stores a file of a kind over the API and returns its id.
    static func store(
        _ client: some TestClientProtocol, _ kind: StoredFile.Kind, _ path: String, name: String
    ) async throws -> Int {
        let response = try await client.execute(
            uri: "/\(kind.rawValue)?label=\(kind.rawValue)&name=\(name)", method: .post, headers: bearer(), body: try body(ofFile: path))
        #expect(response.status == .created, "\(kind): \(String(buffer: response.body))")
        #expect(response.headers[.location] == "/\(kind.rawValue)/\(try jsonObject(response.body)["id"] as? Int ?? 0)")
        return try #require(try jsonObject(response.body)["id"] as? Int)
    }

    @Test func theRouteGivesTheCommandsJSONForTheStoredFilesAndTheList() async throws {
        let fixture = try ServerFixture()
        let files = try BalanceFixture(in: fixture.folder)
        let list = try fixture.simulatedList(records: 1500, seed: 4)
        let id = try fixture.workspace.importList(path: list, label: "sim").version.id
        try await fixture.app.test(.router) { client in
            let claims = try await Self.store(client, .recruitmentClaims, files.claims, name: "recruitment_claims.csv")
            let decrees = try await Self.store(client, .conscriptionDecrees, files.decrees, name: "conscription_decrees.csv")
            let series = try await Self.store(client, .lossSeries, files.series, name: "series.csv")
            let estimate = try await Self.store(client, .weeklyEstimate, files.estimate, name: "weekly.csv")
            let listed = try await client.execute(uri: "/recruitment-claims", method: .get)
            #expect(String(buffer: listed.body).contains("recruitment_claims.csv"))

            let cases: [(String, [String])] = [
                ("", []),
                ("&return_to_duty=0.3-0.7&intake_factor=0.8-1&seed=3&draws=500", ["--return-to-duty", "0.3-0.7", "--intake-factor", "0.8-1",
                                                                                   "--seed", "3", "--draws", "500"]),
                ("&period=half&scale_partial=true", ["--period", "half", "--scale-partial"]),
            ]
            for (query, arguments) in cases {
                let command = try CommandRunner.warburden(
                    ["balance", "--claims", files.claims, "--decrees", files.decrees, "--series", files.series, "--estimate", files.estimate,
                     "--records", list, "--format", "json"] + arguments)
                #expect(command.status == 0, "\(command.standardError)")
                let served = try await client.execute(
                    uri: "/datasets/\(id)/balance?claims=\(claims)&decrees=\(decrees)&series=\(series)&estimate=\(estimate)\(query)", method: .get)
                #expect(served.status == .ok, "\(String(buffer: served.body))")
                #expect(String(buffer: served.body) == command.standardOutput, "balance\(query) differs from warburden balance \(arguments)")
            }
            // Without decrees, as the command without --decrees.
            let bare = try await client.execute(
                uri: "/datasets/\(id)/balance?claims=\(claims)&series=\(series)&estimate=\(estimate)&format=csv", method: .get)
            #expect(bare.status == .ok && !String(buffer: bare.body).contains("conscripts_called"))
            // A file of one kind is not another's.
            try expectProblem(
                try await client.execute(uri: "/datasets/\(id)/balance?claims=\(series)&series=\(series)&estimate=\(estimate)", method: .get),
                status: 404, code: "unknown_resource")
            let missing = try expectProblem(
                try await client.execute(uri: "/datasets/\(id)/balance?series=\(series)&estimate=\(estimate)", method: .get),
                status: 400, code: "bad_query")
            #expect(missing.contains("claims is required"))
        }
    }

    @Test("a file that is not of its kind is refused and nothing is kept", arguments: [
        (StoredFile.Kind.recruitmentClaims, "date,value\n2023-01-01,5\n", "not a table of recruitment claims"),
        (.conscriptionDecrees, "campaign,period_start,period_end,quota\nspring,2023-04,2023-07-15,5\n", "not a table of conscription decrees"),
        (.lossSeries, "date,value\n2023-01-02,5\n2023-01-01,6\n", "not a daily cumulative series"),
        (.weeklyEstimate, "week_start,estimated_deaths\n2023-01-02,5\n2023-01-05,6\n", "not a weekly estimate"),
    ])
    func filesAreReadAsTheirKind(kind: StoredFile.Kind, text: String, message: String) async throws {
        let fixture = try ServerFixture()
        let path = try fixture.file("bad.csv", text)
        try await fixture.app.test(.router) { client in
            let detail = try expectProblem(
                try await client.execute(uri: "/\(kind.rawValue)?label=x&name=bad.csv", method: .post, headers: bearer(), body: try body(ofFile: path)),
                status: 422, code: "malformed_upload")
            #expect(detail.contains(message) && detail.contains("bad.csv") && !detail.contains(fixture.folder.url.path), "\(detail)")
            #expect(try fixture.workspace.files(kind).isEmpty)
            let wrongParameter = try await client.execute(
                uri: "/\(kind.rawValue)?label=x&denominator=y", method: .post, headers: bearer(), body: try body(ofFile: path))
            #expect(wrongParameter.status == .badRequest)
        }
    }

    @Test func aWorkspaceMadeBeforeTheBalanceKeepsItsFilesAndNeverGivesAnIdTwice() async throws {
        let folder = try TemporaryFolder()
        let database = folder.url.appendingPathComponent("workspace.sqlite").path
        let queue = try DatabaseQueue(path: database)
        try WorkspaceSchema.migrator.migrate(queue, upTo: "v2-mortality-regions")
        try await queue.write { db in
            for (kind, name) in [("regions", "zz.csv"), ("mortality", "deaths.csv"), ("mortality", "gone.csv")] {
                try db.execute(
                    sql: "INSERT INTO stored_file (kind, label, file, bytes, sha256, imported_at, content) VALUES (?, 'l', ?, 1, 'x', 't', x'41')",
                    arguments: [kind, name])
            }
            try db.execute(sql: "UPDATE stored_file SET region_table = 1 WHERE id = 2")
            try db.execute(sql: "DELETE FROM stored_file WHERE id = 3")
            try db.execute(sql: """
                INSERT INTO dataset (label, file, format, bytes, sha256, imported_at, region_table, rows, records, rejected, ledger)
                VALUES ('v', 'list.csv', 'csv', 1, 'x', 't', 1, 0, 0, 0, '{}')
                """)
        }
        try queue.close()
        let workspace = try Workspace(folder: folder.url.path)
        #expect(try workspace.files(.regions).map(\.id) == [1] && workspace.files(.mortality).map(\.id) == [2])
        #expect(try workspace.files(.mortality).first?.regionTable == 1)
        let claims = folder.url.appendingPathComponent("claims.csv").path
        try BalanceFixture.claimsText.write(toFile: claims, atomically: true, encoding: .utf8)
        let stored = try workspace.importFile(path: claims, kind: .recruitmentClaims, label: "claims")
        #expect(stored.id == 4, "id 3 was given before and deleted; it is not given again")
        #expect(try workspace.file(4, kind: .recruitmentClaims).file == "claims.csv")
        // The region table is still held by the dataset and the mortality file.
        await #expect(throws: WorkspaceError.self) { try await workspace.deleteFile(1, kind: .regions) }
    }
}
