import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// The loss-volume section of the report: a chart of every source on one time axis,
/// labelled with what each counts, and the per-year table in results.json.
struct VolumeReportTests {
    @Test func theReportPutsClaimsNamesAndEstimatesOnOneLabelledAxis() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try ReportWriterTests.simulatedDataset(records: 3000, in: folder)
        var text = "date,personnel_cumulative\n"
        var value = 0
        var day = PartialDate(year: 2022, month: 2, day: 24)!
        while day <= PartialDate(year: 2025, month: 12, day: 31)! {
            value += 250
            text += "\(day),\(value)\n"
            let next = (day.day! % PartialDate.daysIn(month: day.month!, year: day.year)) + 1
            let month = next == 1 ? day.month! % 12 + 1 : day.month!
            day = PartialDate(year: month == 1 && next == 1 ? day.year + 1 : day.year, month: month, day: next)!
        }
        let seriesPath = folder.url.appendingPathComponent("series.csv").path
        try text.write(toFile: seriesPath, atomically: true, encoding: .utf8)
        let estimates = [
            PublishedEstimate(published: nil, asOf: PartialDate(parsing: "2024-06")!, source: "an <estimate> & co", issuerType: "media",
                              quantity: "killed", value: 60_000, low: 50_000, high: 70_000, notes: "", url: ""),
            PublishedEstimate(published: nil, asOf: PartialDate(parsing: "2025-01")!, source: "a list", issuerType: "media",
                              quantity: "named_dead", value: 9_000, low: 20_000, high: 30_000, notes: "implied totals", url: ""),
        ]
        let volume = VolumeInputs(series: try CumulativeSeriesReader.read(path: seriesPath), estimates: estimates)
        let content = try ReportContent(dataset: dataset, inputs: inputs, volume: volume)
        let files = Report(content: content, toolVersion: "9.9.9").files()
        let chart = try #require(files.first { $0.path == "charts/volume.svg" }).contents
        #expect(XMLCheck.problem(in: chart) == nil, "\(XMLCheck.problem(in: chart) ?? "")")
        for label in ["claimed killed and wounded (personnel_cumulative)", "named dead (the list, by date)", "published: killed",
                      "published: named dead"] {
            #expect(chart.contains(label), "\(label)")
        }
        #expect(chart.contains("an &lt;estimate&gt; &amp; co"), "input text is escaped")
        // The range of the killed estimate brackets it and is drawn; the named list's range (implied totals) is not.
        #expect(chart.components(separatedBy: "<line").count - 1 >= 1)
        let html = try #require(files.first { $0.path == "index.html" }).contents
        #expect(html.contains("id=\"volume\"") && XMLCheck.problem(in: html) == nil)
        let json = try #require(files.first { $0.path == "results.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let periods = try #require((object["volume"] as? [String: Any])?["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2022", "2023", "2024", "2025"])
        #expect(periods[1]["claimed_increase"] as? Int == 365 * 250)
    }

    @Test func theWeeklyEstimateIsDrawnAndTabledInBothLanguages() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try ReportWriterTests.simulatedDataset(records: 2000, in: folder)
        let seriesPath = folder.url.appendingPathComponent("series.csv").path
        try "date,personnel_cumulative\n2023-01-01,1000\n2024-01-01,50000\n2025-01-01,90000\n"
            .write(toFile: seriesPath, atomically: true, encoding: .utf8)
        var weekly = "week_start,named_deaths,estimated_deaths\n"
        var week = PartialDate(year: 2023, month: 1, day: 2)!
        while week <= PartialDate(year: 2024, month: 12, day: 30)! {
            weekly += "\(week),40,100.5\n"
            week = PartialDate(dayNumber: week.dayNumber! + 7)!
        }
        let weeklyPath = folder.url.appendingPathComponent("weekly.csv").path
        try weekly.write(toFile: weeklyPath, atomically: true, encoding: .utf8)
        let volume = VolumeInputs(
            series: try CumulativeSeriesReader.read(path: seriesPath), estimated: try EstimateSeriesReader.read(path: weeklyPath))
        let content = try ReportContent(dataset: dataset, inputs: inputs, volume: volume)
        for language in ReportLanguage.allCases {
            let files = Report(content: content, language: language, toolVersion: "9.9.9").files()
            let chart = try #require(files.first { $0.path == "charts/volume.svg" }).contents
            #expect(XMLCheck.problem(in: chart) == nil, "\(XMLCheck.problem(in: chart) ?? "")")
            let html = try #require(files.first { $0.path == "index.html" }).contents
            switch language {
            case .en:
                #expect(chart.contains("estimated killed (weekly estimate, estimated_deaths)"))
                #expect(chart.contains("named dead as of the estimate&#39;s release (named_deaths)") || chart.contains("named dead as of the estimate's release (named_deaths)"))
                #expect(html.contains("Estimated killed") && html.contains("named dead / estimated killed"))
            case .ru:
                #expect(chart.contains("оценка погибших (по неделям, estimated_deaths)"))
                #expect(html.contains("Оценка погибших") && html.contains("погибшие по именам / оценка погибших"))
            }
        }
        let json = try #require(Report(content: content, toolVersion: "9.9.9").files().first { $0.path == "results.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let periods = try #require((object["volume"] as? [String: Any])?["periods"] as? [[String: Any]])
        let year2024 = try #require(periods.first { $0["period"] as? String == "2024" })
        #expect(year2024["estimate_named_deaths"] as? Int == 53 * 40 && year2024["estimated_partial"] as? Bool == false)
        #expect(year2024["estimated_killed"] as? Double == 53 * 100.5)
    }
}
