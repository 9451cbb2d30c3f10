@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The readers of the replacement balance's tables: recruitment claims (with the
/// volunteers their notes state), conscription decrees and weekly counts — as
/// published, and with every malformed value an error naming the line and column.
struct RecruitmentReadersTests {
    private func file(_ text: String, _ name: String = "table.csv") throws -> (TemporaryFolder, String) {
        try TemporaryFolder.holding(text, named: name)
    }

    static let header = "published_date,period_start,period_end,source,quantity,value,notes,url\n"

    // MARK: Claims

    @Test func thePublishedLayoutGivesTheVolunteersOfTheNotesAsClaimsOfTheirOwn() throws {
        let (folder, path) = try file(BalanceFixture.claimsText)
        let claims = try RecruitmentClaimsReader.read(path: path)
        #expect(claims.count == 6)
        let contracts = claims.filter { $0.kind == .contractsSigned }
        #expect(contracts.map(\.value) == [20_000, 50_000, 48_000])
        let volunteers = claims.filter { $0.kind == .volunteers }
        #expect(volunteers.map(\.value) == [2_000, 5_000])
        #expect(volunteers.map(\.isLowerBound) == [false, true])
        #expect(volunteers.allSatisfy { $0.origin == .notes })
        // The same statement: date, period, source and url of the contract row.
        #expect(volunteers[1].source == "Official A (final)" && volunteers[1].published == PartialDate(year: 2024, month: 1, day: 15))
        #expect(volunteers[1].periodEnd == PartialDate(year: 2023, month: 12, day: 31) && volunteers[1].line == 3)
        // A month stated alone stays a month; an estimate keeps its own quantity.
        #expect(contracts[2].periodEnd == PartialDate(year: 2023, month: 12) && contracts[2].published == PartialDate(year: 2023, month: 12))
        #expect(claims.contains { $0.quantity == "contracts_estimate" && $0.kind == .contractsEstimate })
        _ = folder
    }

    @Test("the notes state volunteers only as 'plus N … volunteer…'", arguments: [
        ("plus 32,000 volunteers", 32_000.0, false), ("plus >36,000 volunteers", 36_000, true),
        ("plus >40,000 joined volunteer formations; >1,000/day", 40_000, true), ("Plus more than 1500 Volunteers", 1_500, true),
        ("plus over 7,000 volunteers", 7_000, true),
    ])
    func notesWithVolunteers(notes: String, value: Double, lowerBound: Bool) throws {
        let note = try #require(VolunteersNote(notes))
        #expect(note.value == value && note.isLowerBound == lowerBound)
    }

    @Test("other notes state none", arguments: [
        "first months of 2024; ~1000/day contracts+volunteers", "'almost 440 thousand'", "57% volunteers", "plus volunteers", "",
        "plus 99999999999999999999 volunteers",
    ])
    func notesWithoutVolunteers(notes: String) {
        #expect(VolunteersNote(notes) == nil)
    }

    @Test func aVolunteersRowOrColumnTakesThePlaceOfTheNote() throws {
        let rows = Self.header + """
            2024-01-15,2023-01-01,2023-12-31,A,contracts_signed,50000,"plus >5,000 volunteers",u
            2024-01-15,2023-01-01,2023-12-31,A,volunteers,5500,corrected,u
            2024-02-01,2024-01-01,2024-01-31,B,contracts_signed,4000,"plus 300 volunteers",u

            """
        let (folder, path) = try file(rows)
        let volunteers = try RecruitmentClaimsReader.read(path: path).filter { $0.kind == .volunteers }
        // Statement A is written out and replaces its note; B's note stands.
        #expect(volunteers.map(\.value) == [5_500, 300] && volunteers.map(\.origin) == [.row, .notes])
        let (otherFolder, withColumn) = try file(
            "published_date,period_start,period_end,source,quantity,value,notes,url,volunteers\n"
                + "2024-01-15,2023-01-01,2023-12-31,A,contracts_signed,50000,\"plus >5,000 volunteers\",u,5100\n"
                + "2024-02-01,2024-01-01,2024-01-31,B,contracts_signed,4000,none,u,\n")
        let fromColumn = try RecruitmentClaimsReader.read(path: withColumn).filter { $0.kind == .volunteers }
        #expect(fromColumn.map(\.value) == [5_100] && fromColumn.map(\.origin) == [.column])
        _ = (folder, otherFolder)
    }

    @Test("a malformed claim is an error naming its line and column", arguments: [
        ("x,2023-01-01,2023-12-31,A,contracts_signed,5,,", "line 2, column 'published_date'"),
        ("2024-01,2023-13-01,2023-12-31,A,contracts_signed,5,,", "line 2, column 'period_start'"),
        ("2024-01,2023-06-01,2023-05-31,A,contracts_signed,5,,", "line 2: the period ends (2023-05-31) before it starts (2023-06-01)"),
        ("2024-01,2023-01-01,2023-12-31,A,contracts_signed,-5,,", "line 2, column 'value': a count cannot be negative"),
        ("2024-01,2023-01-01,2023-12-31,A,contracts_signed,,,", "line 2, column 'value': no value"),
        ("2024-01,2023-01-01,2023-12-31,A,,5,,", "line 2, column 'quantity': empty"),
    ])
    func malformedClaims(row: String, message: String) throws {
        let (folder, path) = try file(Self.header + row + "\n")
        #expect { try RecruitmentClaimsReader.read(path: path) } throws: { "\($0)".contains(message) && !"\($0)".contains("\n") }
        _ = folder
    }

    @Test("claims refuse values that are not numbers", arguments: TableNumbersTests.notNumbers)
    func claimValues(text: String) throws {
        let (folder, path) = try file(Self.header + "2024-01,2023-01-01,2023-12-31,A,contracts_signed,\"\(text)\",,\n")
        #expect { try RecruitmentClaimsReader.read(path: path) } throws: { "\($0)".contains("line 2, column 'value'") }
        _ = folder
    }

    @Test func aTableWithoutTheColumnsIsNamedWithItsColumns() throws {
        let (folder, path) = try file("date,value\n2023-01-01,5\n", "claims.csv")
        #expect { try RecruitmentClaimsReader.read(path: path) } throws: {
            "\($0)".contains("recruitment claims") && "\($0)".contains("no 'period_start' column (columns: date, value)")
        }
        _ = folder
    }

    // MARK: Decrees

    @Test func decreesAsPublished() throws {
        let (folder, path) = try file(BalanceFixture.decreesText)
        let decrees = try ConscriptionDecreesReader.read(path: path)
        #expect(decrees.map(\.quota) == [10_000, 8_000] && decrees.map(\.campaign) == ["spring 2023", "autumn 2023"])
        #expect(decrees[0].periodStart == PartialDate(year: 2023, month: 4, day: 1) && decrees[1].decreeNumber == "1")
        _ = folder
    }

    @Test("a malformed decree is an error naming its line and column", arguments: [
        ("2023-03,spring,2023-04,2023-07-15,100,,,,", "line 2, column 'period_start': '2023-04' is not a date (YYYY-MM-DD)"),
        ("2023-03,spring,2023-04-01,2023-03-15,100,,,,", "line 2: the call-up ends (2023-03-15) before it starts (2023-04-01)"),
        ("2023-03,spring,2023-04-01,2023-07-15,1.5,,,,", "line 2, column 'quota'"),
        ("2023-03,spring,2023-04-01,2023-07-15,nan,,,,", "line 2, column 'quota'"),
        ("2023-03,spring,2023-04-01,2023-07-15,2000000000,,,,", "line 2, column 'quota'"),
        ("soon,spring,2023-04-01,2023-07-15,5,,,,", "line 2, column 'decree_date'"),
    ])
    func malformedDecrees(row: String, message: String) throws {
        let (folder, path) = try file("decree_date,campaign,period_start,period_end,quota,age_range,decree_no,notes,url\n" + row + "\n")
        #expect { try ConscriptionDecreesReader.read(path: path) } throws: { "\($0)".contains(message) }
        _ = folder
    }

    // MARK: Weekly counts

    @Test func weeklyCountsTakeTheEstimateOrTheNamedColumn() throws {
        let (folder, path) = try file(BalanceFixture.estimateText)
        let estimate = try WeeklyCountsReader.read(path: path)
        #expect(estimate.label == "estimated_deaths" && estimate.weeks.count == 97)
        #expect(estimate.weeks.first?.start == PartialDate(year: 2022, month: 2, day: 21) && estimate.weeks.first?.value == 40)
        let named = try WeeklyCountsReader.read(path: path, preferring: WeeklyCountsReader.namedColumns)
        #expect(named.label == "named_deaths" && named.weeks.last?.value == 50)
        // The week holding a day, on the weekday the weeks begin (Mondays).
        #expect(estimate.weekStart(holding: PartialDate(year: 2022, month: 2, day: 24)!) == PartialDate(year: 2022, month: 2, day: 21))
        #expect(estimate.weekStart(holding: PartialDate(year: 2022, month: 2, day: 21)!) == PartialDate(year: 2022, month: 2, day: 21))
        #expect(estimate.weekStart(holding: PartialDate(year: 2022, month: 2, day: 20)!) == PartialDate(year: 2022, month: 2, day: 14))
        _ = folder
    }

    @Test func anEmptyWeekIsNotCoveredRatherThanZero() throws {
        let (folder, path) = try file("week_start,total,vol\n2024-01-04,10,1\n2024-01-11,,\n2024-01-25,7,\n")
        let weeks = try WeeklyCountsReader.read(path: path, preferring: WeeklyCountsReader.namedColumns).weeks
        #expect(weeks.map(\.value) == [10, 7] && weeks.map(\.start.description) == ["2024-01-04", "2024-01-25"])
        _ = folder
    }

    @Test("malformed weeks are errors naming the line", arguments: [
        ("week_start,estimated_deaths\n2024-01-08,1\n2024-01-01,2\n", "line 3: 2024-01-01 does not come after 2024-01-08 (line 2)"),
        ("week_start,estimated_deaths\n2024-01-01,1\n2024-01-10,2\n", "line 3: 2024-01-10 is not a whole number of weeks after 2024-01-01"),
        ("week_start,estimated_deaths\n2024-01,1\n", "line 2: '2024-01' is not a date (YYYY-MM-DD)"),
        ("week_start,estimated_deaths\n2024-01-01,-3\n", "line 2, column 'estimated_deaths': a count cannot be negative"),
        ("week_start,estimated_deaths\n2024-01-01,inf\n", "line 2, column 'estimated_deaths'"),
        ("when,estimated_deaths\n2024-01-01,1\n", "no 'week_start' column"),
        ("week_start,a,b\n2024-01-01,1,2\n", "name the value column (columns: week_start, a, b)"),
        ("week_start,estimated_deaths\n2024-01-01,\n", "no week with a value in column 'estimated_deaths'"),
    ])
    func malformedWeeks(text: String, message: String) throws {
        let (folder, path) = try file(text)
        #expect { try WeeklyCountsReader.read(path: path) } throws: { "\($0)".contains(message) }
        _ = folder
    }

    // MARK: Days

    @Test func daysAreCountedBetweenFirstDaysAndAdded() {
        #expect(PartialDate.days(from: PartialDate(year: 2025, month: 1, day: 1)!, to: PartialDate(year: 2026, month: 1, day: 1)!) == 365)
        #expect(PartialDate.days(from: PartialDate(year: 2024)!, to: PartialDate(year: 2024, month: 3)!) == 60)
        #expect(PartialDate.days(from: PartialDate(year: 2024, month: 3, day: 1)!, to: PartialDate(year: 2024, month: 2, day: 1)!) == -29)
        #expect(PartialDate(year: 2024, month: 1, day: 1)!.adding(days: 365) == PartialDate(year: 2024, month: 12, day: 31))
        #expect(PartialDate(year: 2024, month: 3, day: 1)!.adding(days: -1) == PartialDate(year: 2024, month: 2, day: 29))
        #expect(PartialDate(year: 2023, month: 5)!.adding(days: 0) == PartialDate(year: 2023, month: 5, day: 1))
    }

    // MARK: The published files

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func thePublishedTablesReadAsTheyAre() throws {
        let claims = try RecruitmentClaimsReader.read(path: SharedData.url("loss-volume/recruitment_claims.csv").path)
        #expect(claims.filter { $0.origin == .row }.count == 17)
        let volunteers = claims.filter { $0.kind == .volunteers }
        #expect(volunteers.map(\.value) == [40_000, 18_000, 28_000, 36_000, 32_000])
        #expect(volunteers.map(\.isLowerBound) == [true, true, false, true, false])
        #expect(volunteers.last?.source == "D. Medvedev (final 2025 figure)")
        let decrees = try ConscriptionDecreesReader.read(path: SharedData.url("loss-volume/conscription_decrees.csv").path)
        #expect(decrees.count == 9 && decrees.last?.quota == 261_000)
        let estimate = try WeeklyCountsReader.read(path: SharedData.url("loss-volume/mediazona_probate_estimate_weekly.csv").path)
        #expect(estimate.weeks.count == 201 && isClose(estimate.weeks.reduce(0) { $0 + $1.value }, 351_817, relative: 0, absolute: 0.5))
    }
}
