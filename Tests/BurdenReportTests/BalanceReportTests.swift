import ArgumentParser
import BurdenAnalysis
import BurdenData
@testable import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// The replacement balance in a document and in the report: each figure labelled
/// with what it counts and who claimed it, the same bytes for the same seed, and the
/// report's section with its cumulative chart since the war's start in both languages.
struct BalanceReportTests {
    static func inputs(in folder: TemporaryFolder) throws -> BalanceInputs {
        let files = try BalanceFixture(in: folder)
        return BalanceInputs(
            claims: try RecruitmentClaimsReader.read(path: files.claims), decrees: try ConscriptionDecreesReader.read(path: files.decrees),
            claimedLosses: try CumulativeSeriesReader.read(path: files.series), estimate: try WeeklyCountsReader.read(path: files.estimate))
    }

    @Test func theDocumentLabelsEveryFigureAndSaysWhoClaimedIt() throws {
        let folder = try TemporaryFolder()
        let balance = try BalanceOptions.parse(["--return-to-duty", "0.3-0.7"]).run(on: try Self.inputs(in: folder))
        let document = balance.document
        #expect(document.tables.map(\.name) == [
            "balance", "periods", "sensitivity", "stock_flow", "not_covered", "definitions", "assumptions", "claims", "decrees", "findings",
        ])
        let lines = document.tables[0]
        let item = try #require(lines.columns.firstIndex { $0.name == "item" })
        let source = try #require(lines.columns.firstIndex { $0.name == "source" })
        let mark = try #require(lines.columns.firstIndex { $0.name == "mark" })
        let year = lines.rows.filter { $0[0] == .text("2023") }
        #expect(year.map { $0[item] } == [
            "contracts_claimed", "volunteers_claimed", "conscripts_called", "claimed_killed_and_wounded", "estimated_killed",
            "intake_contracts", "intake_with_volunteers", "killed", "wounded", "returning_to_duty", "other_lasting_losses",
            "permanent_losses", "balance_contracts", "balance_with_volunteers",
        ].map(Cell.text))
        #expect(year[0][source] == .text("Official A (final), 2024-01-15"))
        #expect(year[1][source] == .text("Official A (final), 2024-01-15 (in the notes of the contracts claim)") && year[1][mark] == .text("more than"))
        #expect(year[2][mark] == .text("not added to the intake"))
        // The balance at r = 0.5 with its exact range [22,890, 35,410].
        let balanceRow = try #require(year.first { $0[item] == .text("balance_contracts") })
        #expect(balanceRow[3] == .integer(29_150))
        if case .number(let low) = balanceRow[4], case .number(let high) = balanceRow[5] {
            #expect(isClose(low, 22_890, relative: 1e-12) && isClose(high, 35_410, relative: 1e-12))
        } else {
            Issue.record("the balance has no range: \(balanceRow)")
        }
        let definitions = try #require(document.tables.first { $0.name == "definitions" })
        #expect(definitions.rows.count == ReplacementBalance.Line.allCases.count)
        #expect(ReplacementBalance.Line.allCases.allSatisfy { !$0.counts.isEmpty && !$0.label.isEmpty })
        let uncovered = try #require(document.tables.first { $0.name == "not_covered" })
        #expect(uncovered.rows.map { $0[0] } == [.text("2022"), .text("2024")])
        let text = TerminalTableRenderer().render(document)
        #expect(text.contains("+29,150") && text.contains("the General Staff of Ukraine"))
        #expect(text.contains("Left out: the training pipeline"))
    }

    @Test func theSameSeedGivesTheSameJSONAndCSV() throws {
        let folder = try TemporaryFolder()
        let inputs = try Self.inputs(in: folder)
        func render(_ seed: String) throws -> (String, String) {
            let document = try BalanceOptions.parse(["--return-to-duty", "0.3-0.7", "--estimate-factor", "0.9-1.1", "--draws", "300", "--seed", seed])
                .run(on: inputs).document
            return (JSONRenderer().render(document), CSVRenderer().render(document))
        }
        #expect(try render("3") == render("3"))
        #expect(try render("3").0 != render("4").0)
    }

    @Test(arguments: [ReportLanguage.en, .ru])
    func theReportDrawsTheCumulativeStockAndFlowSinceTheWarsStart(language: ReportLanguage) throws {
        let folder = try TemporaryFolder()
        let (dataset, listInputs) = try ReportWriterTests.simulatedDataset(records: 2000, in: folder)
        let inputs = try Self.inputs(in: folder)
        let files = try BalanceFixture(in: folder)
        let read = listInputs + [
            try InputFile(role: .series, path: files.series), try InputFile(role: .claims, path: files.claims),
            try InputFile(role: .estimate, path: files.estimate),
        ]
        let content = try ReportContent(
            dataset: dataset, inputs: read, volume: VolumeInputs(series: inputs.claimedLosses), balance: inputs)
        let balance = try #require(content.balance)
        #expect(balance.namedSource == "records", "the list's deaths are the named killed")
        let report = Report(content: content, language: language, toolVersion: "9.9.9").files()
        let chart = try #require(report.first { $0.path == "charts/balance.svg" }).contents
        #expect(XMLCheck.problem(in: chart) == nil, "\(XMLCheck.problem(in: chart) ?? "")")
        let text = BalanceText.in(language)
        for label in [text.permanentBand, text.intakeBand, text.balanceBand, text.intakeWithVolunteersLine] {
            #expect(chart.contains(XMLText.escaped(label)), "\(label)")
        }
        let html = try #require(report.first { $0.path == "index.html" }).contents
        #expect(html.contains("id=\"balance\"") && html.contains(text.title) && XMLCheck.problem(in: html) == nil)
        #expect(html.contains("+29") && html.contains("Official A (final)"))
        let markdown = try #require(report.first { $0.path == "report.md" }).contents
        #expect(markdown.contains("warburden balance --claims recruitment_claims.csv --series ua_genstaff_personnel_daily.csv")
            && markdown.contains("--estimate mediazona_probate_estimate_weekly.csv --records simulated.csv"))
        let json = try #require(report.first { $0.path == "results.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stock = try #require((object["balance"] as? [String: Any])?["stock_flow"] as? [[String: Any]])
        // Permanent losses from the war's start: 2022 is the first point.
        #expect(stock.first?["period"] as? String == "2022" && stock.first?["figure"] as? String == "permanent_losses")
    }
}
