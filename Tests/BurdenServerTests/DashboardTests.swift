import BurdenData
import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The page at `/`: the report of a version with its controls.
struct DashboardTests {
    @Test func anEmptyWorkspaceSaysHowToImport() async throws {
        let fixture = try ServerFixture()
        try await fixture.app.test(.router) { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("warburden import FILE --label LABEL"))
        }
    }

    @Test func thePageIsTheReportWithControlsAndReactsToThem() async throws {
        let fixture = try ServerFixture()
        let first = try fixture.workspace.importList(path: try fixture.simulatedList(records: 1500, seed: 8, name: "a.csv"), label: "week 1")
        let second = try fixture.workspace.importList(path: try fixture.simulatedList(records: 2500, seed: 8, name: "b.csv"), label: "week 2 <b>")
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(policy.contains("default-src 'none'") && policy.contains("form-action 'self'"))
            let page = String(buffer: response.body)
            #expect(XMLCheck.problem(in: page) == nil, "\(XMLCheck.problem(in: page) ?? "")")
            for part in ["<form class=\"controls\"", "<select name=\"dataset\">", "<select name=\"since\">", "<select name=\"from\">",
                         "<select name=\"unit_type\">", "<select name=\"denominator\">", "<select name=\"ci\">", "figure-map-tiles",
                         "id=\"rates\""] {
                #expect(page.contains(part), "\(part)")
            }
            #expect(page.contains("<option value=\"\(second.version.id)\" selected=\"selected\">#2 week 2 &lt;b&gt;"))
            #expect(!page.contains("<b>"))
            #expect(!page.contains(" src=\"") && !page.contains("<link") && !page.contains("@import"))
            // The script the policy allows is the one on the page.
            let script = try #require(page.firstRange(of: "<script>").map { page[$0.upperBound...] }.flatMap { rest in
                rest.firstRange(of: "</script>").map { String(rest[..<$0.lowerBound]) }
            })
            var hash = SHA256()
            hash.update(Array(script.utf8))
            let digest = Data(hash.finalize()).base64EncodedString()
            #expect(
                policy == "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-\(digest)'; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

            let volunteers = String(buffer: try await client.execute(uri: "/?unit_type=volunteer", method: .get).body)
            #expect(volunteers.contains("<option value=\"volunteer\" selected=\"selected\">"))
            #expect(volunteers != page)
            #expect(XMLCheck.problem(in: volunteers) == nil)

            let changes = String(buffer: try await client.execute(uri: "/?since=\(first.version.id)&ci=exact-poisson", method: .get).body)
            #expect(changes.contains("<section id=\"changes\">") && changes.contains("Changes since #1 week 1"))
            #expect(changes.contains("<table data-table=\"regions\">") && changes.contains("<th class=\"num\">new_deaths</th>"))
            #expect(XMLCheck.problem(in: changes) == nil)

            let older = String(buffer: try await client.execute(uri: "/?dataset=\(first.version.id)&lang=ru&from=2023-01", method: .get).body)
            #expect(older.contains("<html lang=\"ru\">") && older.contains("<option value=\"2023-01\" selected=\"selected\">"))
            try expectProblem(try await client.execute(uri: "/?dataset=9", method: .get), status: 404, code: "unknown_dataset")
        }
    }
}
