import Foundation

/// Small synthetic inputs of a replacement balance, written as the published tables
/// are laid out, with figures chosen so that every result can be computed by hand:
///
/// - claims: for 2023, 20,000 contracts to 30 June "plus 2,000 volunteers", 50,000 to 31
///   December "plus >5,000 volunteers", 48,000 to a day of December not stated, and an
///   estimate of 30,000 that is not a claim of contracts;
/// - decrees: spring 2023, 10,000; autumn 2023, 8,000;
/// - series: 100 on 2022-02-24 and 100 more every day to 2024-03-31 — so 31,200 claimed
///   killed and wounded in 2022, 36,500 in 2023, and 9,000 in the 90 days of 2024 it reaches;
/// - estimate: Mondays from 2022-02-21, 40 a week in 2022 (45 weeks: 1,800) and 100 a
///   week in 2023 (52 weeks: 5,200), with named deaths of half of it.
///
/// For 2023 with r = 0.5: wounded 36,500 − 5,200 = 31,300; permanent losses
/// 5,200 + 15,650 = 20,850; balance 50,000 − 20,850 = +29,150, with volunteers +34,150.
public struct BalanceFixture: Sendable {
    /// The files, in `folder` under their published names.
    public let claims: String
    public let decrees: String
    public let series: String
    public let estimate: String
    /// The folder, for `--data`.
    public let folder: String

    /// Writes the files into `folder`.
    public init(in folder: TemporaryFolder) throws {
        self.folder = folder.url.path
        func write(_ text: String, _ name: String) throws -> String {
            let path = folder.url.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        claims = try write(Self.claimsText, "recruitment_claims.csv")
        decrees = try write(Self.decreesText, "conscription_decrees.csv")
        series = try write(Self.seriesText, "ua_genstaff_personnel_daily.csv")
        estimate = try write(Self.estimateText, "mediazona_probate_estimate_weekly.csv")
    }

    /// Recruitment claims in the published layout.
    public static let claimsText = """
        published_date,period_start,period_end,source,quantity,value,notes,url
        2023-07-03,2023-01-01,2023-06-30,Official A,contracts_signed,20000,"plus 2,000 volunteers",https://example.org/a1
        2024-01-15,2023-01-01,2023-12-31,Official A (final),contracts_signed,50000,"plus >5,000 volunteers",https://example.org/a2
        2023-12,2023-01-01,2023-12,Official B,contracts_signed,48000,'about 48 thousand',https://example.org/b
        2023-10-01,2023-01-01,2023-09-30,Estimator C,contracts_estimate,30000,regional budgets,https://example.org/c

        """

    /// Conscription decrees in the published layout.
    public static let decreesText = """
        decree_date,campaign,period_start,period_end,quota,age_range,decree_no,notes,url
        2023-03-30,spring 2023,2023-04-01,2023-07-15,10000,18-27,,,https://example.org/d1
        2023-09-29,autumn 2023,2023-10-01,2023-12-31,8000,18-27,1,,https://example.org/d2

        """

    /// The daily cumulative series: 100 on 2022-02-24, 100 more each day to 2024-03-31.
    public static var seriesText: String {
        var text = "date,personnel_cumulative,qualifier,source_repo\n"
        for (index, day) in days(from: "2022-02-24", to: "2024-03-31").enumerated() {
            text += "\(day),\(100 * (index + 1)),about,synthetic\n"
        }
        return text
    }

    /// The weekly estimate: Mondays from 2022-02-21 to 2023-12-25.
    public static var estimateText: String {
        var text = "week_start,named_deaths,estimated_deaths\n"
        for day in days(from: "2022-02-21", to: "2023-12-25").enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            let value = day.hasPrefix("2022") ? 40 : 100
            text += "\(day),\(value / 2),\(value)\n"
        }
        return text
    }

    /// Every day from one ISO date to another, both included.
    static func days(from first: String, to last: String) -> [String] {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = formatter.date(from: first)!
        let end = formatter.date(from: last)!
        var days: [String] = []
        while day <= end {
            days.append(formatter.string(from: day))
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return days
    }
}
