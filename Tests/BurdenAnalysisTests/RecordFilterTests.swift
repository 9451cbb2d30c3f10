import BurdenAnalysis
import BurdenData
import Testing

struct RecordFilterTests {
    private func record(_ date: String?, _ unit: UnitType = .contract, confirmed: Bool = false) -> CasualtyRecord {
        let parsed = date.flatMap(PartialDate.init(parsing:))
        return confirmed
            ? CasualtyRecord(confirmationDate: parsed, unitType: unit) : CasualtyRecord(deathDate: parsed, unitType: unit)
    }

    @Test func datesAreKeptOnlyWhenEveryDayTheyCanMeanIsInRange() {
        let filter = RecordFilter(from: PartialDate(parsing: "2023-06"), to: PartialDate(parsing: "2023"))
        #expect(filter.from == PartialDate(year: 2023, month: 6, day: 1))
        #expect(filter.to == PartialDate(year: 2023, month: 12, day: 31))
        let cases: [(String?, RecordFilter.Decision)] = [
            ("2023-06-01", .kept), ("2023-12-31", .kept), ("2023-07", .kept), ("2023-05-31", .excluded),
            ("2024-01-01", .excluded), ("2022", .excluded), ("2023", .imprecise), ("2023-05", .excluded), (nil, .undated),
        ]
        for (date, expected) in cases { #expect(filter.decide(record(date)) == expected, "\(date ?? "none")") }
        #expect(filter.decide(record("2023-07-01", confirmed: true)) == .kept, "the confirmation date stands in")
    }

    @Test func unitTypesAndTheTallyAccountForEveryRecord() {
        let filter = RecordFilter(from: PartialDate(parsing: "2023"), unitTypes: [.volunteer])
        let records = [record("2023-05-01", .volunteer), record("2023-05-01", .inmate), record(nil, .volunteer),
                       record("2022", .volunteer)]
        let (kept, tally) = filter.apply(to: records)
        #expect(kept.count == 1)
        #expect(tally == RecordFilter.Tally(kept: 1, excluded: 2, undated: 1, imprecise: 0))
        #expect(RecordFilter().keepsEverything && !filter.keepsEverything)
    }
}
