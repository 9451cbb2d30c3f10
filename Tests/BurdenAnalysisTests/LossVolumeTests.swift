import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct LossVolumeTests {
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
        let path = try folder.write(text, named: "series.csv")
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
        let series = try CumulativeSeriesReader.read(path: try folder.write(text, named: "series.csv"))
        #expect(series.label == "personnel_cumulative" && series.points.count == 59)
        let discrepancies = try DiscrepancyTableReader.read(
            path: try folder.write("date,a,b,url\n2024-03-05,100,100,x\n2024-03-06,200,210,y\n", named: "d.csv"))
        let checks = SeriesChecks(series: series, discrepancies: discrepancies)
        #expect(checks.findings.map(\.kind) == ["disagreement", "gap", "jump", "decrease"])
        #expect(checks.findings.map(\.date.description) == ["2024-03-06", "2024-03-21", "2024-04-09", "2024-04-19"])
    }

    @Test func periodsSplitTheSeriesFromFirstDayToFirstDay() throws {
        let folder = try TemporaryFolder()
        let series = try CumulativeSeriesReader.read(path: try folder.write(
            "date,value\n2022-02-24,800\n2022-12-31,100000\n2023-01-01,106720\n2023-06-01,200000\n", named: "s.csv"))
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
        // The file gains rows with each new release; every row is kept (36 with the release of 2026-05-22).
        #expect(estimates.count >= 36 && volume.estimates.count == estimates.count)
        let weekly = try #require(estimates.first { $0.source.contains("weekly series") })
        #expect(weekly.published?.description == "2026-05-22" && weekly.asOf.description == "2025-12-22" && weekly.value == 351_817)
    }

    @Test("malformed estimate series are errors naming the line", arguments: [
        ("week_start,estimated_deaths\n2024-01-08,10\n2024-01-01,20\n", "line 3: 2024-01-01 comes after 2024-01-08 (line 2)"),
        ("week_start,estimated_deaths\n2024-01-01,ten\n", "line 2, column 'estimated_deaths': 'ten' is not a number from 0 to 10^9"),
        ("week_start,estimated_deaths\n2024-01-01,-3\n", "line 2, column 'estimated_deaths': '-3' is not a number from 0"),
        ("week_start,estimated_deaths,named_deaths\n2024-01-01,3,2.5\n", "line 2, column 'named_deaths': '2.5' is not a whole number"),
        ("week_start,estimated_deaths\n2024-01,3\n", "line 2: '2024-01' is not a date"),
        ("when,estimated_deaths\n2024-01-01,3\n", "no date column"),
        ("week_start,named\n2024-01-01,3\n", "no estimate column"),
    ])
    func malformedEstimateSeriesNameTheLine(text: String, message: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(text, named: "weekly.csv")
        #expect { try EstimateSeriesReader.read(path: path) } throws: { "\($0)".contains(message) }
    }

    @Test func weeksCountInThePeriodTheirFirstDayFallsInWithTheirRatiosNamed() throws {
        let folder = try TemporaryFolder()
        let series = try CumulativeSeriesReader.read(path: try folder.write(
            "date,value\n2023-01-01,1000\n2024-01-01,5000\n2025-01-01,9000\n2025-06-01,10000\n", named: "s.csv"))
        // Weeks from 2023-12-25 to 2024-12-30; the week of 2024-12-30 counts in 2024.
        var text = "week_start,named_deaths,estimated_deaths\n"
        var week = PartialDate(year: 2023, month: 12, day: 25)!
        while week <= PartialDate(year: 2024, month: 12, day: 30)! {
            text += "\(week),10,20.5\n"
            week = PartialDate(dayNumber: week.dayNumber! + 7)!
        }
        let estimated = try EstimateSeriesReader.read(path: try folder.write(text, named: "weekly.csv"))
        #expect(estimated.points.count == 54 && estimated.lastDay.description == "2025-01-05" && estimated.estimateLabel == "estimated_deaths")
        let volume = LossVolume(series: series, estimates: [], estimated: estimated)
        #expect(volume.rows.map(\.period) == ["2023", "2024", "2025"])
        #expect(volume.rows.map(\.estimatedKilled) == [20.5, 53 * 20.5, nil])
        #expect(volume.rows.map(\.estimateNamed) == [10, 530, nil])
        #expect(volume.rows.map(\.estimatedPartial) == [false, false, false])
        let share = try #require(volume.ratios.first { $0.period == "2024" && $0.kind == .namedOverEstimated })
        #expect(share.value == 530 / (53 * 20.5) && share.numerator.contains("named_deaths") && share.denominator.contains("estimated killed"))
        let claimed = try #require(volume.ratios.first { $0.period == "2024" && $0.kind == .claimedOverEstimated })
        #expect(claimed.value == 4000 / (53 * 20.5) && claimed.note.contains("killed and wounded"))
        // A series that ends within a period makes it partial, and its ratios say where it stops.
        let short = try EstimateSeriesReader.read(path: try folder.write(
            "week_start,estimated_deaths\n2024-06-03,7\n2024-06-10,9\n", named: "short.csv"))
        let partial = LossVolume(series: series, estimates: [], estimated: short)
        let year = try #require(partial.rows.first { $0.period == "2024" })
        #expect(year.estimatedKilled == 16 && year.estimatedPartial && year.estimateNamed == nil)
        #expect(partial.ratios.first { $0.kind == .claimedOverEstimated }?.note.hasSuffix("the estimate stops on 2024-06-16, before the period ends") == true)
        #expect(!partial.ratios.contains { $0.kind == .namedOverEstimated })
    }

    /// The shared files: the General Staff's claim, Mediazona and Meduza's weekly
    /// probate-registry estimate (release of 2026-05-22) with the named deaths of the
    /// same weeks, per year, with every ratio named.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func claimedEstimatedAndNamedPerYearFromTheSharedFiles() throws {
        let series = try CumulativeSeriesReader.read(path: SharedData.url("loss-volume/ua_genstaff_personnel_daily.csv").path)
        let estimated = try EstimateSeriesReader.read(path: SharedData.url("loss-volume/mediazona_probate_estimate_weekly.csv").path)
        #expect(estimated.points.count == 201)
        #expect(estimated.points.reduce(0) { $0 + $1.estimated }.rounded() == 351_817)
        #expect(estimated.points.reduce(0) { $0 + ($1.named ?? 0) } == 218_216)
        let volume = LossVolume(series: series, estimates: [], estimated: estimated)
        let rows = Dictionary(uniqueKeysWithValues: volume.rows.map { ($0.period, $0) })
        #expect(rows["2022"]?.estimatedKilled?.rounded() == 20_746 && rows["2023"]?.estimatedKilled?.rounded() == 53_725)
        #expect(rows["2024"]?.claimedIncrease == 430_790 && rows["2025"]?.claimedIncrease == 418_170)
        #expect(rows["2024"]?.estimatedKilled?.rounded() == 131_796 && rows["2025"]?.estimatedKilled?.rounded() == 145_550)
        #expect(rows["2024"]?.estimateNamed == 94_948 && rows["2025"]?.estimateNamed == 52_656)
        #expect(rows["2024"]?.estimatedPartial == false && rows["2025"]?.estimatedPartial == true)
        #expect(rows["2026"]?.estimatedKilled == nil)
        for (period, named, claimed) in [("2024", 94_948.0, 430_790.0), ("2025", 52_656.0, 418_170.0)] {
            let killed = try #require(rows[period]?.estimatedKilled)
            let share = try #require(volume.ratios.first { $0.period == period && $0.kind == .namedOverEstimated })
            #expect(share.value == named / killed)
            let ratio = try #require(volume.ratios.first { $0.period == period && $0.kind == .claimedOverEstimated })
            #expect(ratio.value == claimed / killed)
            for labelled in [share, ratio] {
                #expect(!labelled.numerator.isEmpty && labelled.denominator.contains("estimated killed") && !labelled.note.isEmpty)
            }
        }
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
