import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Errors say what was wrong and no more: never where the workspace lies, never a
/// value of a record, and a mortality file that does not fit a version is the
/// caller's problem (422), not the server's (500).
struct DisclosureTests {
    /// What no error answer may contain: the folders of the fixture, and values of the
    /// records uploaded.
    private func secrets(_ fixture: ServerFixture) -> [String] {
        [
            fixture.folder.url.path, fixture.workspace.folder.path, fixture.workspace.folder.resolvingSymlinksInPath().path,
            NSTemporaryDirectory(), "/tmp/", "uploads/", ".part", "Qzvaluename", "Zqsettlementx",
        ]
    }

    @Test func aMortalityFileThatDoesNotFitTheVersionIs422WithoutPathOrValues() async throws {
        let fixture = try ServerFixture()
        let country = try fixture.madeUpCountry()
        let russian = try fixture.russianDeaths()
        try await fixture.app.test(.router) { client in
            let regions = try jsonObject(
                try await client.execute(uri: "/regions?label=zz", method: .post, headers: bearer(), body: try body(ofFile: country.regions)).body)
            let table = try #require(regions["id"] as? Int)
            let zzDeaths = try jsonObject(
                try await client.execute(
                    uri: "/mortality?label=zz&regions=\(table)", method: .post, headers: bearer(), body: try body(ofFile: country.deaths)
                ).body)
            let ruDeaths = try jsonObject(
                try await client.execute(uri: "/mortality?label=ru", method: .post, headers: bearer(), body: try body(ofFile: russian)).body)
            let zz = try #require(zzDeaths["id"] as? Int)
            let ru = try #require(ruDeaths["id"] as? Int)
            #expect(zzDeaths["region_table"] as? Int == table)
            #expect(ruDeaths["region_table"] is NSNull)
            let russianList = try jsonObject(
                try await client.execute(
                    uri: "/datasets?label=ru", method: .post, headers: bearer(), body: try body(ofFile: try fixture.simulatedList(records: 200, seed: 3))
                ).body)
            let zzList = try jsonObject(
                try await client.execute(
                    uri: "/datasets?label=zz&regions=\(table)", method: .post, headers: bearer(), body: try body(ofFile: country.list)).body)
            let ruID = try #require(russianList["id"] as? Int)
            let zzID = try #require(zzList["id"] as? Int)

            for (dataset, mortality) in [(ruID, zz), (zzID, ru)] {
                for uri in ["/datasets/\(dataset)/excess?mortality=\(mortality)", "/?dataset=\(dataset)&mortality=\(mortality)"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    let detail = try expectProblem(response, status: 422, code: "unprocessable")
                    #expect(detail.contains("does not fit"), "\(detail)")
                    for secret in secrets(fixture) + ["Alpha", "Beta", "Gamma", "Tuva", "Moscow"] {
                        #expect(!String(buffer: response.body).contains(secret), "\(uri): \(secret)")
                    }
                }
            }
            #expect(try await client.execute(uri: "/datasets/\(zzID)/excess?mortality=\(zz)&ages=15-29", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/datasets/\(ruID)/excess?mortality=\(ru)&ages=20-29", method: .get).status == .ok)

            // The dashboard offers each version only the files read against its region table.
            for (dataset, offered, hidden) in [(ruID, ru, zz), (zzID, zz, ru)] {
                let page = String(buffer: try await client.execute(uri: "/?dataset=\(dataset)", method: .get).body)
                let select = try #require(page.firstRange(of: "<select name=\"mortality\">").map { page[$0.lowerBound...] })
                let options = String(select[..<(select.firstRange(of: "</select>")?.lowerBound ?? select.endIndex)])
                #expect(options.contains("<option value=\"\(offered)\">#\(offered) "), "dataset \(dataset): \(options)")
                #expect(!options.contains("<option value=\"\(hidden)\">"), "dataset \(dataset): \(options)")
            }
        }
    }

    /// A sweep of the answers that go wrong — every kind of refused upload, unknown
    /// ids, bad values, wrong methods and hosts — none of which names a folder of the
    /// machine or a value of the records sent.
    @Test func noErrorAnswerHoldsAMachinePathOrARecordsValue() async throws {
        let fixture = try ServerFixture { $0.maximumUploadBytes = 64 << 10 }
        let named = try fixture.file("named.csv", "id,first_name,region,settlement,death_date\n1,Qzvaluename,Tuva,Zqsettlementx,2022-05-01\n")
        let bomb = fixture.path("bomb.csv.gz")
        try GzipBomb.write(to: bomb, header: "region,year,age_group,sex,deaths\n", bytes: 1 << 20)
        let truncated = fixture.path("truncated.csv.gz")
        try Data(try Data(contentsOf: URL(fileURLWithPath: bomb)).prefix(200)).write(to: URL(fileURLWithPath: truncated))
        let uploads: [(String, ByteBuffer)] = [
            ("/datasets?label=x", ByteBuffer(string: "")),
            ("/datasets?label=x", ByteBuffer(string: "id,first_name,settlement\n1,Qzvaluename,Zqsettlementx\n")),
            ("/datasets?label=x", ByteBuffer(string: "id,region,death_date\n1,Zqsettlementx,2022-13-45\n")),
            ("/datasets?label=x&strict=true", ByteBuffer(string: "id,region,death_date\n1,Tuva,2022-01-01\n2,Zqsettlementx,2022-13-45\n")),
            ("/datasets?label=x&map=ethnicity=first_name", try body(ofFile: named)),
            ("/datasets?label=x&map=region=nowhere", try body(ofFile: named)),
            ("/datasets?label=x&regions=9", try body(ofFile: named)),
            ("/datasets?label=x", ByteBuffer(repeating: 65, count: 70 << 10)),
            ("/datasets?label=%1B%5B31m", try body(ofFile: named)),
            ("/datasets?label=x&name=..", try body(ofFile: named)),
            ("/regions?label=x", ByteBuffer(string: "code,name\nZZ-A\n")),
            ("/regions?label=x&name=r.tsv", ByteBuffer(string: "no\ttable\n")),
            ("/mortality?label=x", ByteBuffer(string: "region,year,age_group,sex,deaths\nAtlantis,2020,20-24,f,3\n")),
            ("/mortality?label=x&name=d.csv.gz", try body(ofFile: truncated)),
            ("/mortality?label=x&name=d.csv.gz", ByteBuffer(string: "not gzip at all")),
            ("/mortality?label=x&name=d.csv.gz", try body(ofFile: bomb)),
            ("/mortality?label=x&regions=3", try body(ofFile: try fixture.russianDeaths())),
        ]
        try await fixture.app.test(.router) { client in
            var answers: [(String, TestResponse)] = []
            for (uri, body) in uploads {
                answers.append((uri, try await client.execute(uri: uri, method: .post, headers: bearer(), body: body)))
            }
            for (uri, method) in [
                ("/datasets/5", HTTPRequest.Method.get), ("/datasets/5/ledger", .get), ("/datasets/5/rates", .get), ("/regions/5", .get),
                ("/mortality/5", .get), ("/datasets/5", .delete), ("/regions/5", .delete), ("/mortality/5", .delete),
                ("/datasets/1/excess?mortality=5", .get), ("/datasets", .put), ("/nowhere/at/all", .get),
            ] {
                answers.append((uri, try await client.execute(uri: uri, method: method, headers: bearer())))
            }
            #expect(answers.count > 25)
            for (uri, response) in answers {
                #expect(response.status.code >= 400, "\(uri)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                #expect(response.status.code < 500, "\(uri): \(String(buffer: response.body))")
                let text = String(buffer: response.body)
                for secret in secrets(fixture) { #expect(!text.contains(secret), "\(uri) says \(secret): \(text)") }
            }
        }
        #expect(fixture.leftovers.isEmpty, "\(fixture.leftovers)")
    }
}
