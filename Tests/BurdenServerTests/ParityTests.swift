import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The API's JSON is the command line's `--format json`, byte for byte, for the
/// same list and the same options.
struct ParityTests {
    /// (endpoint and query, the command's arguments after the file)
    static let cases: [(String, [String])] = [
        ("rates", ["rates"]),
        ("rates?ci=exact-poisson&confidence=0.9&per=1000", ["rates", "--ci", "exact-poisson", "--confidence", "0.9", "--per", "1000"]),
        ("rates?from=2022-09-21&to=2023-06&unit_type=mobilised&unit_type=volunteer",
         ["rates", "--from", "2022-09-21", "--to", "2023-06", "--unit-type", "mobilised", "--unit-type", "volunteer"]),
        ("rates?denominator=population_2021", ["rates", "--denominator", "population_2021"]),
        ("groups?by=republic", ["groups", "--by", "republic"]),
        ("groups?by=macro-region&ci=log-wald", ["groups", "--by", "macro-region", "--ci", "log-wald"]),
        ("groups?by=below_subsistence_pct_2020-quintile", ["groups", "--by", "below_subsistence_pct_2020-quintile"]),
        ("groups?by=unit-type&from=2023", ["groups", "--by", "unit-type", "--from", "2023"]),
        ("model?covariates=percBelowSubsistence,percentNonRus", ["model", "--covariates", "percBelowSubsistence,percentNonRus"]),
        ("model?covariates=below_subsistence_pct_2020&family=poisson", ["model", "--covariates", "below_subsistence_pct_2020", "--family", "poisson"]),
        ("inequality", ["inequality"]),
        ("inequality?rank_by=percBelowSubsistence&poorest=highest", ["inequality", "--rank-by", "percBelowSubsistence", "--poorest", "highest"]),
        ("trends?by=unit-type", ["trends", "--by", "unit-type"]),
        ("trends?by=macro-region&period=quarter&unit_type=contract", ["trends", "--by", "macro-region", "--period", "quarter", "--unit-type", "contract"]),
    ]

    @Test func everyAnalysisOfASimulatedListIsTheCommandsJSON() async throws {
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 3000, seed: 11)
        let id = try fixture.workspace.importList(path: list, label: "sim").version.id
        try await fixture.app.test(.router) { client in
            for (endpoint, arguments) in Self.cases {
                let command = try CommandRunner.warburden([arguments[0], list] + arguments.dropFirst() + ["--format", "json"])
                #expect(command.status == 0, "\(arguments): \(command.standardError)")
                try await client.execute(uri: "/datasets/\(id)/\(endpoint)", method: .get) { response in
                    #expect(response.status == .ok, "\(endpoint): \(String(buffer: response.body))")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    #expect(String(buffer: response.body) == command.standardOutput, "\(endpoint) differs from warburden \(arguments.joined(separator: " "))")
                }
            }
        }
    }

    @Test func aRegionTableAndMortalityFileGiveTheCommandsRatesAndExcess() async throws {
        let fixture = try ServerFixture()
        let country = try fixture.madeUpCountry()
        try await fixture.app.test(.router) { client in
            let regions = try await client.execute(
                uri: "/regions?label=zz&name=regions.csv", method: .post, headers: bearer(), body: try body(ofFile: country.regions))
            #expect(regions.status == .created, "\(String(buffer: regions.body))")
            let regionsID = try #require(try jsonObject(regions.body)["id"] as? Int)
            let deaths = try await client.execute(
                uri: "/mortality?label=zz-deaths&name=deaths.csv&regions=\(regionsID)", method: .post, headers: bearer(), body: try body(ofFile: country.deaths))
            #expect(deaths.status == .created, "\(String(buffer: deaths.body))")
            let deathsID = try #require(try jsonObject(deaths.body)["id"] as? Int)
            let list = try await client.execute(
                uri: "/datasets?label=zz-list&name=list.csv&regions=\(regionsID)", method: .post, headers: bearer(),
                body: try body(ofFile: country.list))
            #expect(list.status == .created, "\(String(buffer: list.body))")
            let id = try #require(try jsonObject(list.body)["id"] as? Int)

            let rates = try CommandRunner.warburden(["rates", country.list, "--regions", country.regions, "--format", "json"])
            let served = try await client.execute(uri: "/datasets/\(id)/rates", method: .get)
            #expect(String(buffer: served.body) == rates.standardOutput)

            let excess = try CommandRunner.warburden([
                "excess", country.deaths, "--regions", country.regions, "--ages", "15-29", "--by", "region", "--format", "json",
            ])
            #expect(excess.status == 0, "\(excess.standardError)")
            let estimate = try await client.execute(
                uri: "/datasets/\(id)/excess?mortality=\(deathsID)&ages=15-29&by=region", method: .get)
            #expect(estimate.status == .ok, "\(String(buffer: estimate.body))")
            #expect(String(buffer: estimate.body) == excess.standardOutput)

            // A region table in use cannot go; unused, it can.
            try expectProblem(
                try await client.execute(uri: "/regions/\(regionsID)", method: .delete, headers: bearer()), status: 409, code: "in_use")
            #expect(try await client.execute(uri: "/datasets/\(id)", method: .delete, headers: bearer()).status == .noContent)
            // The mortality file read against the table holds it too.
            try expectProblem(
                try await client.execute(uri: "/regions/\(regionsID)", method: .delete, headers: bearer()), status: 409, code: "in_use")
            #expect(try await client.execute(uri: "/mortality/\(deathsID)", method: .delete, headers: bearer()).status == .noContent)
            #expect(try await client.execute(uri: "/regions/\(regionsID)", method: .delete, headers: bearer()).status == .noContent)
            try expectProblem(try await client.execute(uri: "/mortality/\(deathsID)", method: .get), status: 404, code: "unknown_resource")
        }
    }

    /// The real list of 2023, uploaded, gives what `warburden rates` prints for it.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theRealListUploadedGivesTheCommandsRates() async throws {
        let fixture = try ServerFixture()
        let list = SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(
                uri: "/datasets?label=2023-04-12&name=dfFatalitiesAnonymised.csv", method: .post, headers: bearer(),
                body: try body(ofFile: list))
            #expect(upload.status == .created)
            let id = try #require(try jsonObject(upload.body)["id"] as? Int)
            let command = try CommandRunner.warburden(["rates", list, "--format", "json"])
            let served = try await client.execute(uri: "/datasets/\(id)/rates", method: .get)
            #expect(String(buffer: served.body) == command.standardOutput)
            #expect(String(buffer: served.body).contains("\"RU-TY\""))
            // Rosstat's deaths by region, year, age group and sex give what `excess` prints.
            let deathsFile = SharedData.url("ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz").path
            let stored = try fixture.workspace.importFile(path: deathsFile, kind: .mortality, label: "rosstat")
            let excess = try CommandRunner.warburden(["excess", deathsFile, "--by", "region", "--format", "json"])
            let estimate = try await client.execute(uri: "/datasets/\(id)/excess?mortality=\(stored.id)&by=region", method: .get)
            #expect(estimate.status == .ok)
            #expect(String(buffer: estimate.body) == excess.standardOutput)
            let page = try await client.execute(uri: "/?mortality=\(stored.id)", method: .get)
            #expect(String(buffer: page.body).contains("id=\"excess\""))
        }
    }
}
