import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct LossVolumeTests {
    private func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> String {
        let url = folder.url.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("malformed series are errors naming the line", arguments: [
        ("date,value\n2023-01-02,10\n2023-01-01,20\n", "line 3: 2023-01-01 comes after 2023-01-02 (line 2)"),
        ("date,value\n2023-01-01,10\n2023-01-01,20\n", "line 3: the date 2023-01-01 repeats line 2"),
        ("date,value\n2023-01-01,ten\n", "line 2, column 'value': 'ten' is not a whole number"),
        ("date,value\n2023-01-01,-5\n", "line 2: a cumulative count cannot be negative (-5)"),
        ("date,value\n2023-01,5\n", "line 2: '2023-01' is not a date"),
        ("when,value\n2023-01-01,5\n", "no 'date' column"),
    ])
    func malformedSeriesNameTheLine(text: String, message: String) throws {
        let folder = try TemporaryFolder()
        let path = try write(text, "series.csv", in: folder)
        #expect { try CumulativeSeriesReader.read(path: path) } throws: { "\($0)".contains(message) }
    }

    @Test func checksReportDecreasesGapsJumpsAndDisagreementsWithoutFixingThem() throws {
        let folder = try TemporaryFolder()
        var text = "date,personnel_cumulative\n"
        var value = 0
        for day in 1...60 {
            guard day != 20 else { continue }  // a missing day
            value += day == 40 ? 5_000 : 100 + day % 7  // a jump on day 40
            if day == 50 { value -= 300 }  // a decrease
            let (month, dayOfMonth) = day <= 31 ? (3, day) : (4, day - 31)
            text += String(format: "2024-%02d-%02d,%d\n", month, dayOfMonth, value)
        }
        let series = try CumulativeSeriesReader.read(path: try write(text, "series.csv", in: folder))
        #expect(series.label == "personnel_cumulative" && series.points.count == 59)
        let discrepancies = try DiscrepancyTableReader.read(
            path: try write("date,a,b,url\n2024-03-05,100,100,x\n2024-03-06,200,210,y\n", "d.csv", in: folder))
        let checks = SeriesChecks(series: series, discrepancies: discrepancies)
        #expect(checks.findings.map(\.kind) == ["disagreement", "gap", "jump", "decrease"])
        #expect(checks.findings.map(\.date.description) == ["2024-03-06", "2024-03-21", "2024-04-09", "2024-04-19"])
    }

    @Test func periodsSplitTheSeriesFromFirstDayToFirstDay() throws {
        let folder = try TemporaryFolder()
        let series = try CumulativeSeriesReader.read(path: try write(
            "date,value\n2022-02-24,800\n2022-12-31,100000\n2023-01-01,106720\n2023-06-01,200000\n", "s.csv", in: folder))
        #expect(series.value(on: PartialDate(year: 2022, month: 1, day: 1)!) == 0)
        #expect(series.value(on: PartialDate(year: 2023, month: 3, day: 1)!) == 106_720)
        let records = [CasualtyRecord(deathDate: PartialDate(parsing: "2022-05-01")), CasualtyRecord(deathDate: PartialDate(parsing: "2023-02")),
                       CasualtyRecord(confirmationDate: PartialDate(parsing: "2022")), CasualtyRecord()]
        let estimates = [PublishedEstimate(published: nil, asOf: PartialDate(parsing: "2022-07")!, source: "an agency",
                                           issuerType: "official", quantity: "killed", value: 15_000, low: nil, high: nil,
                                           notes: "", url: "")]
        let volume = LossVolume(series: series, estimates: estimates, records: records,
                                excess: [2022: (value: 20_000, plusMinus: 1_000)], excessScope: "ages 15–49")
        #expect(volume.rows.map(\.period) == ["2022", "2023"])
        #expect(volume.rows.map { $0.claimedIncrease } == [106_720, 93_280])
        #expect(volume.rows.map(\.claimedPartial) == [false, true])
        #expect(volume.rows.map { $0.namedDeaths } == [2, 1] && volume.unplacedNamed == 1)
        #expect(volume.rows[1].namedPartial)
        let share = try #require(volume.ratios.first { $0.denominator.hasPrefix("excess") })
        #expect(share.value == 2.0 / 20_000 && share.note.contains("scopes differ"))
        #expect(share.low! < share.value && share.high! > share.value)
        #expect(volume.estimates.first?.period == "2022")
        let quarterly = LossVolume(series: series, estimates: [], period: .quarter)
        #expect(quarterly.rows.first?.period == "2022-Q1" && quarterly.rows.first?.claimedIncrease == 800)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func annualIncreasesOfTheGeneralStaffSeriesAndItsElevenDisagreements() throws {
        let series = try CumulativeSeriesReader.read(path: SharedData.url("loss-volume/ua_genstaff_personnel_daily.csv").path)
        let discrepancies = try DiscrepancyTableReader.read(
            path: SharedData.url("loss-volume/ua_genstaff_personnel_discrepancies.csv").path)
        let estimates = try PublishedEstimatesReader.read(path: SharedData.url("loss-volume/published_loss_estimates.csv").path)
        let volume = LossVolume(series: series, estimates: estimates, discrepancies: discrepancies)
        let increases = Dictionary(uniqueKeysWithValues: volume.rows.map { ($0.period, $0.claimedIncrease!) })
        #expect(increases["2022"] == 106_720 && increases["2023"] == 253_290)
        #expect(increases["2024"] == 430_790 && increases["2025"] == 418_170)
        #expect(volume.checks.findings.filter { $0.kind == "disagreement" }.count == 11)
        // The file gains rows with each new release; every row is kept (35 in the first copy).
        #expect(estimates.count >= 35 && volume.estimates.count == estimates.count)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theYear2022SetsNamedDeathsBesideTheExcessWithTheirRatio() throws {
        let series = try CumulativeSeriesReader.read(path: SharedData.url("loss-volume/ua_genstaff_personnel_daily.csv").path)
        let list = try CasualtyImporter().readAll(path: SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path)
        let deaths = try DeathsTableReader.read(
            path: SharedData.url("ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz").path,
            resolver: RussiaReference.resolver)
        let excess = try ExcessMortality(deaths: deaths, regions: RussiaReference.table, settings: ExcessSettings(), byRegion: false)
        var byYear: [Int: (value: Double, plusMinus: Double)] = [:]
        for row in excess.national { if let year = row.year, let value = row.estimate { byYear[year] = (value.excess, value.pm) } }
        let volume = LossVolume(series: series, estimates: [], records: list.records, excess: byYear, excessScope: "ages 15-49")
        let year = try #require(volume.rows.first { $0.period == "2022" })
        #expect(year.namedDeaths == list.records.filter { ($0.deathDate ?? $0.confirmationDate)?.year == 2022 }.count)
        #expect(year.excess.map { $0.rounded() } == 23_594 && year.excessPlusMinus.map { $0.rounded() } == 1_568)
        let share = try #require(volume.ratios.first { $0.period == "2022" && $0.denominator.hasPrefix("excess") })
        #expect(share.value == Double(year.namedDeaths!) / year.excess!)
        #expect(share.low! < share.value && share.value < share.high!)
    }
}
