import BurdenData
import Testing

/// Day numbers of dates: the count of days from 1970-01-01 and back.
struct PartialDateDayNumberTests {
    /// Values printed by Python's `(datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days`.
    static let known: [(Int, Int, Int, Int)] = [
        (1970, 1, 1, 0), (2022, 2, 24, 19_047), (2000, 2, 29, 11_016), (1969, 12, 31, -1),
        (1, 1, 1, -719_162), (9999, 12, 31, 2_932_896), (2024, 3, 1, 19_783),
    ]

    @Test(arguments: known)
    func dayNumberMatchesTheProlepticGregorianCalendar(_ year: Int, _ month: Int, _ day: Int, _ number: Int) throws {
        let date = try #require(PartialDate(year: year, month: month, day: day))
        #expect(date.dayNumber == number)
        #expect(PartialDate(dayNumber: number) == date)
    }

    @Test func monthsAndYearsHaveNoDayNumber() {
        #expect(PartialDate(year: 2023, month: 5)?.dayNumber == nil)
        #expect(PartialDate(year: 2023)?.dayNumber == nil)
    }

    @Test func everyDayOfFourCenturiesRoundTripsAndFollowsTheLast() throws {
        var previous = try #require(PartialDate(year: 1900, month: 1, day: 1)?.dayNumber)
        for number in (previous + 1)...(previous + 146_097) {
            let date = try #require(PartialDate(dayNumber: number))
            #expect(date.dayNumber == number)
            #expect(number == previous + 1)
            previous = number
        }
    }

    @Test func outsideTheYearsOneToTenThousandThereIsNoDate() {
        #expect(PartialDate(dayNumber: -719_163) == nil)
        #expect(PartialDate(dayNumber: 2_932_897) == nil)
    }
}
