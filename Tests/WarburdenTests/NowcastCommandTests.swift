import BurdenTestSupport
import Foundation
import Testing

/// `warburden nowcast` as a user runs it: a small made-up triangle of snapshots, its
/// JSON and terminal output, the backtest, and the exit status of every kind of mistake.
struct NowcastCommandTests {
    /// Weekly snapshots from 2024-01-07 to 2024-04-07 of deaths on 2024-01-01…2024-03-31:
    /// of a day's deaths, 12·(1 − 2^−(d+1)/10) (halved in the first three days) plus 0–2
    /// are named by delay d, so every count only grows and naming ends within about 60 days.
    struct MadeUpTriangle {
        let folder: TemporaryFolder
        var path: String { folder.url.appendingPathComponent("snapshots.csv").path }
        /// The deaths known on the last snapshot, by month of death.
        var lastByMonth: [String: Int] = [:]

        init() throws {
            folder = try TemporaryFolder()
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let formatter = DateFormatter()
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.dateFormat = "yyyy-MM-dd"
            let firstDeath = formatter.date(from: "2024-01-01")!
            var lines = ["snapshot_date,death_date,deaths"]
            for week in 0..<14 {
                let snapshotDay = 6 + 7 * week
                let snapshot = calendar.date(byAdding: .day, value: snapshotDay, to: firstDeath)!
                for day in 0..<min(91, snapshotDay + 1) {
                    let delay = snapshotDay - day
                    var count = Int(12 * (1 - pow(0.5, Double(delay + 1) / 10))) + day % 3
                    if delay < 3 { count /= 2 }
                    guard count > 0 else { continue }
                    let death = formatter.string(from: calendar.date(byAdding: .day, value: day, to: firstDeath)!)
                    lines.append("\(formatter.string(from: snapshot)),\(death),\(count)")
                    if week == 13 { lastByMonth[String(death.prefix(7)), default: 0] += count }
                }
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    static let shortModel = ["--max-delay", "60", "--bands", "7,14,28"]

    @Test func theNowcastOfAMadeUpTriangleAsJSON() throws {
        let triangle = try MadeUpTriangle()
        let result = try CommandRunner.warburden(["nowcast", triangle.path] + Self.shortModel + ["--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        #expect(object["as_of"] as? String == "2024-04-07" && object["snapshots_used"] as? Int == 14)
        #expect(object["first_death_date"] as? String == "2024-01-01" && object["period"] as? String == "month")
        #expect(object["source"] as? String == "a snapshot table" && (object["decreases"] as? [Any])?.isEmpty == true)
        let rows = try #require(object["nowcast"] as? [[String: Any]])
        #expect(rows.map { $0["period"] as? String } == ["2024-01", "2024-02", "2024-03", "2024-04"])
        for row in rows {
            let period = try #require(row["period"] as? String)
            let reported = try #require(row["reported"] as? Int)
            let nowcast = try #require(row["nowcast"] as? Double)
            let low = try #require(row["conf_low"] as? Double)
            let high = try #require(row["conf_high"] as? Double)
            #expect(reported == triangle.lastByMonth[period, default: 0], "\(period)")
            #expect(Double(reported) <= low && low <= nowcast && nowcast <= high, "\(period)")
        }
        // January is named completely by April; March, a week to five weeks old, is not.
        #expect(rows[0]["nowcast"] as? Double == Double(triangle.lastByMonth["2024-01"]!) && rows[0]["complete"] as? Bool == true)
        let march = try #require(rows[2]["nowcast"] as? Double)
        #expect(march > Double(triangle.lastByMonth["2024-03"]!) && (rows[2]["reported_share"] as? Double ?? 1) < 0.95)
        let delay = try #require(object["delay"] as? [[String: Any]])
        #expect(delay.map { $0["delay_days"] as? Int } == [7, 14, 30, 60] && delay.last?["share_named"] as? Double == 1)
        let shares = delay.compactMap { $0["share_named"] as? Double }
        #expect(zip(shares, shares.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(object["backtest"] == nil && object["regions"] as? [String] == [])
    }

    @Test func theBacktestAndTheTerminalTables() throws {
        let triangle = try MadeUpTriangle()
        let result = try CommandRunner.warburden(
            ["nowcast", triangle.path, "--backtest", "--backtest-from", "2024-02", "--backtest-horizon", "2"] + Self.shortModel)
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.contains("backtest_as_of: 2024-02-29|2024-03-31") && text.contains("backtest_later_date: 2024-04-07"))
        for heading in ["period   period_start", "delay_days  share_named", "horizon  periods  coverage"] {
            #expect(text.contains(heading), "\(heading)")
        }
        #expect(text.contains("itself incomplete"))
    }

    @Test(arguments: [
        ([String](), Int32(2), "give either a table of snapshots"),
        (["--list", "2024-01-01=a.csv"], 2, "--list needs two or more"),
        (["--list", "2024-13-01=a.csv", "--list", "2024-02-01=b.csv"], 2, "--list"),
        (["missing.csv"], 1, "missing.csv"),
        (["SNAPSHOTS", "--confidence", "2"], 2, "--confidence"),
        (["SNAPSHOTS", "--bands", "28,14"], 2, "--bands"),
        (["SNAPSHOTS", "--region", "Atlantis"], 1, "--region"),
        (["SNAPSHOTS"], 1, "--bands"),
    ])
    func mistakesAreOneLineWithTheirExitStatus(arguments: [String], status: Int32, words: String) throws {
        let triangle = try MadeUpTriangle()
        let result = try CommandRunner.warburden(
            ["nowcast"] + arguments.map { $0 == "SNAPSHOTS" ? triangle.path : $0 }, in: triangle.folder.url)
        #expect(result.status == status, "\(result.standardError)")
        let lines = result.standardError.split(separator: "\n").filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix("  See") && !$0.isEmpty }
        #expect(lines.count == 1 && lines[0].contains(words), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func helpTeachesWithExamples() throws {
        let result = try CommandRunner.warburden(["nowcast", "--help"])
        #expect(result.status == 0)
        for words in ["OVERVIEW: Nowcast the named list", "Examples:", "--backtest", "--max-delay <days>"] {
            #expect(result.standardOutput.contains(words), "\(words)")
        }
    }
}
