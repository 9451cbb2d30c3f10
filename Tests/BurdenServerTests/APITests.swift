import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every endpoint in-process, with the errors it answers.
struct APITests {
    @Test func healthAndTheOpenAPIDocumentCommittedInDocs() async throws {
        let fixture = try ServerFixture()
        try await fixture.app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(try jsonObject(health.body)["status"] as? String == "ok")
            let served = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(served.headers[.contentType] == "application/json")
            let committed = try String(
                contentsOf: SharedData.repositoryRoot.appendingPathComponent("docs/openapi.json"), encoding: .utf8)
            #expect(String(buffer: served.body) == committed, "docs/openapi.json differs from the served document")
            let document = try jsonObject(served.body)
            #expect(document["openapi"] as? String == "3.1.0")
            // Every documented path and method has a route: none answers "no route".
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            #expect(paths.count == 28)
            for (path, operations) in paths {
                for method in operations.keys {
                    let uri = path.replacingOccurrences(of: "{id}", with: "999")
                    let response = try await client.execute(
                        uri: uri, method: HTTPRequest.Method(rawValue: method.uppercased())!, headers: bearer(),
                        body: ByteBuffer(string: "x"))
                    if response.status.code >= 400 {
                        #expect(try jsonObject(response.body)["code"] as? String != "not_found", "\(method) \(path)")
                    }
                }
            }
        }
    }

    @Test func uploadListDeleteAndTheVersionsTable() async throws {
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 500, seed: 3)
        try await fixture.app.test(.router) { client in
            let empty = try await client.execute(uri: "/datasets", method: .get)
            #expect(try jsonObject(empty.body)["count"] as? Int == 0)
            let upload = try await client.execute(
                uri: "/datasets?label=2023-04-12&name=list.csv", method: .post, headers: bearer(), body: try body(ofFile: list))
            #expect(upload.status == .created)
            #expect(upload.headers[.location] == "/datasets/1")
            let created = try jsonObject(upload.body)
            #expect(created["label"] as? String == "2023-04-12")
            #expect(created["rows"] as? Int == 500)
            #expect((created["sha256"] as? String)?.count == 64)
            #expect(created["reasons"] is [Any])
            let listed = try jsonObject(try await client.execute(uri: "/datasets", method: .get).body)
            let rows = try #require(listed["datasets"] as? [[String: Any]])
            #expect(rows.count == 1 && rows[0]["file"] as? String == "list.csv")
            let one = try jsonObject(try await client.execute(uri: "/datasets/1", method: .get).body)
            #expect(one["records"] as? Int == created["records"] as? Int)
            let ledger = try await client.execute(uri: "/datasets/1/ledger", method: .get)
            let check = try CommandRunner.warburden(["check", list, "--format", "json"])
            // The ledger as `check` prints it, but for the file's name.
            #expect(String(buffer: ledger.body) == check.standardOutput.replacingOccurrences(of: list, with: "list.csv"))
            #expect(try await client.execute(uri: "/datasets/1", method: .delete, headers: bearer()).status == .noContent)
            try expectProblem(try await client.execute(uri: "/datasets/1/rates", method: .get), status: 404, code: "unknown_dataset")
            try expectProblem(try await client.execute(uri: "/datasets/1", method: .delete, headers: bearer()), status: 404, code: "unknown_dataset")
        }
    }

    @Test func changesSinceAnEarlierVersionByRegion() async throws {
        let fixture = try ServerFixture()
        let early = try fixture.simulatedList(records: 2000, seed: 5, name: "early.csv")
        let late = try fixture.simulatedList(records: 2600, seed: 5, name: "late.csv")
        let first = try fixture.workspace.importList(path: early, label: "early").version.id
        let second = try fixture.workspace.importList(path: late, label: "late").version
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/datasets/\(second.id)/changes?since=\(first)", method: .get)
            #expect(response.status == .ok, "\(String(buffer: response.body))")
            let document = try jsonObject(response.body)
            let rows = try #require(document["regions"] as? [[String: Any]])
            let before = try jsonObject(try await client.execute(uri: "/datasets/\(first)/rates", method: .get).body)
            let after = try jsonObject(try await client.execute(uri: "/datasets/\(second.id)/rates", method: .get).body)
            let earlier = Dictionary(uniqueKeysWithValues: try #require(before["regions"] as? [[String: Any]]).map { ($0["code"] as! String, $0) })
            let later = Dictionary(uniqueKeysWithValues: try #require(after["regions"] as? [[String: Any]]).map { ($0["code"] as! String, $0) })
            var added = 0
            for row in rows {
                let code = try #require(row["code"] as? String)
                let new = try #require(row["new_deaths"] as? Int)
                #expect(new == (later[code]?["deaths"] as? Int ?? 0) - (earlier[code]?["deaths"] as? Int ?? 0), "\(code)")
                added += new
                if let change = row["rate_change"] as? Double, let low = row["conf_low"] as? Double, let high = row["conf_high"] as? Double {
                    let expected = (later[code]?["rate"] as? Double ?? 0) - (earlier[code]?["rate"] as? Double ?? 0)
                    #expect(abs(change - expected) <= 1e-9 * max(1, abs(expected)))
                    #expect(low <= change && change <= high)
                }
            }
            #expect(document["new_deaths"] as? Int == added + (after["unassigned"] as! Int) - (before["unassigned"] as! Int))
            #expect(added > 0)
            let csv = try await client.execute(uri: "/datasets/\(second.id)/changes?since=\(first)&format=csv", method: .get)
            #expect(String(buffer: csv.body).hasPrefix("code,name,deaths_before,deaths_after,new_deaths,"))
            try expectProblem(try await client.execute(uri: "/datasets/\(second.id)/changes", method: .get), status: 400, code: "bad_query")
            try expectProblem(
                try await client.execute(uri: "/datasets/\(second.id)/changes?since=77", method: .get), status: 404, code: "unknown_dataset")
        }
    }

    @Test("bad path and query values are 400 with the parameter named", arguments: [
        ("/datasets/abc/rates", "bad_path", "abc"),
        ("/datasets/-1/rates", "bad_path", "-1"),
        ("/datasets/1/rates?ci=bogus", "bad_query", "ci"),
        ("/datasets/1/rates?confidence=1.5", "bad_query", "confidence"),
        ("/datasets/1/rates?confidence=NaN", "bad_query", "confidence"),
        ("/datasets/1/rates?per=-3", "bad_query", "per"),
        ("/datasets/1/rates?from=yesterday", "bad_query", "from"),
        ("/datasets/1/rates?from=2023&to=2022", "bad_query", "after"),
        ("/datasets/1/rates?unit_type=cavalry", "bad_query", "unit_type"),
        ("/datasets/1/rates?denominator=a%E2%80%AEb", "bad_query", "denominator"),
        ("/datasets/1/rates?per=1e19", "bad_query", "per"),
        ("/datasets/1/rates?per=0x10", "bad_query", "per"),
        ("/datasets/1/changes?since=1&per=inf", "bad_query", "per"),
        ("/datasets/1/rates?color=red", "bad_query", "color"),
        ("/datasets/1/rates?ci=wald&ci=wilson", "bad_query", "more than once"),
        ("/datasets/1/rates?format=xml", "bad_query", "format"),
        ("/datasets/1/groups", "bad_query", "by"),
        ("/datasets/1/groups?by=star-sign", "bad_query", "by"),
        ("/datasets/1/model?covariates=,", "bad_query", "covariates"),
        ("/datasets/1/model?covariates=x&family=probit", "bad_query", "family"),
        ("/datasets/1/inequality?poorest=middle", "bad_query", "poorest"),
        ("/datasets/1/trends?period=week", "bad_query", "period"),
        ("/datasets/1/excess", "bad_query", "mortality"),
        ("/datasets/1/excess?mortality=1&keep_pandemic_years=maybe", "bad_query", "keep_pandemic_years"),
        ("/datasets/1/rates?from=%FF", "bad_query", "percent"),
        ("/?dataset=x", "bad_query", "dataset"),
    ])
    func badValues(uri: String, code: String, named: String) async throws {
        try await problemAnswer(at: uri, status: 400, code: code, naming: named)
    }

    @Test("values the data cannot support are 422 with the parameter named", arguments: [
        ("/datasets/1/rates?denominator=nope", "denominator"),
        ("/datasets/1/inequality?rank_by=nope", "nope"),
        ("/datasets/1/model?covariates=nope", "nope"),
    ])
    func unsupportedValues(uri: String, named: String) async throws {
        try await problemAnswer(at: uri, status: 422, code: "unprocessable", naming: named)
    }

    private func problemAnswer(at uri: String, status: Int, code: String, naming named: String) async throws {
        let fixture = try ServerFixture()
        _ = try fixture.workspace.importList(path: try fixture.simulatedList(records: 300, seed: 1), label: "one")
        try await fixture.app.test(.router) { client in
            let detail = try expectProblem(try await client.execute(uri: uri, method: .get), status: status, code: code)
            #expect(detail.contains(named), "\(detail)")
        }
    }

    @Test func analysesTheDataCannotSupportAre422AndUnknownRoutes404() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.workspace.importList(path: try fixture.simulatedList(records: 300, seed: 1), label: "one")
        try await fixture.app.test(.router) { client in
            let detail = try expectProblem(
                try await client.execute(uri: "/datasets/1/model?covariates=no_such_column", method: .get), status: 422, code: "unprocessable")
            #expect(detail.contains("no_such_column"))
            try expectProblem(try await client.execute(uri: "/datasets/2/rates", method: .get), status: 404, code: "unknown_dataset")
            try expectProblem(try await client.execute(uri: "/nowhere", method: .get), status: 404, code: "not_found")
            try expectProblem(try await client.execute(uri: "/regions/5", method: .get), status: 404, code: "unknown_resource")
        }
    }

    @Test func csvAnswersAreGuardedAgainstSpreadsheetFormulas() async throws {
        let fixture = try ServerFixture()
        let list = try fixture.file("formulas.csv", """
            id,region,age,death_date,unit_type
            1,=SUM(A1:A9),30,2022-05-01,contract
            2,Tuva,25,2022-06-01,@cmd
            3,Tuva,41,2022-07-01,volunteers

            """)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(
                uri: "/datasets?label=%3D1%2B2&name=formulas.csv", method: .post, headers: bearer(), body: try body(ofFile: list))
            #expect(upload.status == .created, "\(String(buffer: upload.body))")
            let versions = String(buffer: try await client.execute(uri: "/datasets?format=csv", method: .get).body)
            #expect(versions.contains(",'=1+2,"), "\(versions)")
            let ledger = String(buffer: try await client.execute(uri: "/datasets/1/ledger?format=csv", method: .get).body)
            #expect(ledger.contains(",'=SUM(A1:A9)"), "\(ledger)")
            #expect(!ledger.contains(",=") && !ledger.contains(",@"), "\(ledger)")
            // JSON keeps the text as it was.
            let json = String(buffer: try await client.execute(uri: "/datasets/1/ledger", method: .get).body)
            #expect(json.contains("\"=SUM(A1:A9)\""))
            // Numbers are not touched: a negative change stays a number.
            let rates = String(buffer: try await client.execute(uri: "/datasets/1/rates?format=csv", method: .get).body)
            #expect(rates.hasPrefix("code,name,deaths,population,rate,conf_low,conf_high,rate_smoothed,rank\n"))
        }
    }
}
