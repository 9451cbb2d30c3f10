import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Testing

struct RegionalRatesTests {
    /// A small table of another country: four regions, one without a population.
    static let table: RegionTable = try! RegionTable(
        country: "XX",
        regions: ["XX-A", "XX-B", "XX-C", "XX-D"].map { Region(code: $0, name: "Region " + $0.suffix(1)) },
        columns: [RegionColumn(name: "population", label: "People", unit: "persons", values: [1000, 2000, 4000, nil])],
        defaultDenominator: "population")

    @Test func ratesIntervalsAndRanksFollowTheDefinitions() throws {
        let counts = RegionalCounts(deaths: ["XX-A": 10, "XX-B": 20, "XX-C": 4, "XX-D": 3], unassigned: 5)
        let rates = try RegionalRates(counts: counts, table: Self.table)
        #expect(rates.unassigned == 5 && rates.denominator == "population" && rates.ci == .wilsonCC && rates.per == 100_000)
        #expect(rates.regions.map(\.code) == ["XX-A", "XX-B", "XX-C", "XX-D"])
        #expect(rates.regions.map(\.rank) == [1, 1, 3, nil], "equal rates share the lower rank")
        let a = rates.regions[0]
        #expect(a.rate == 1000, "d × per / N, exact for whole numbers")
        let interval = ProportionInterval.interval(successes: 10, trials: 1000)
        #expect(a.confLow == interval.lower * 100_000 && a.confHigh == interval.upper * 100_000)
        let smoothed = EmpiricalBayes.smooth(counts: [10, 20, 4], populations: [1000, 2000, 4000])
        #expect(a.rateSmoothed == smoothed[0] * 100_000)
        let d = rates.regions[3]
        #expect(d.deaths == 3 && d.population == nil && d.rate == nil, "deaths without a population are kept")
        #expect(counts.total == 42)
    }

    @Test func regionsWithoutDeathsOrPopulationAreLeftOutButZeroDeathRegionsStay() throws {
        let rates = try RegionalRates(counts: RegionalCounts(deaths: ["XX-A": 1]), table: Self.table)
        #expect(rates.regions.map(\.code) == ["XX-A", "XX-B", "XX-C"])
        #expect(rates.regions.last?.deaths == 0 && rates.regions.last?.rate == 0)
    }

    @Test func badInputIsAnErrorThatNamesIt() {
        #expect { try RegionalRates(counts: RegionalCounts(deaths: [:]), table: Self.table, denominator: "men") } throws: {
            "\($0)".contains("unknown denominator 'men'")
        }
        #expect { try RegionalRates(counts: RegionalCounts(deaths: ["XX-Z": 1]), table: Self.table) } throws: {
            "\($0)".contains("'XX-Z'")
        }
        #expect { try RegionalRates(counts: RegionalCounts(deaths: ["XX-A": 1001]), table: Self.table) } throws: {
            "\($0)".contains("1001 deaths")
        }
    }

    @Test func countsFromRecordsKeepRecordsWithoutARegion() {
        let records = [
            CasualtyRecord(regionCode: "RU-TY"), CasualtyRecord(regionCode: "RU-TY"), CasualtyRecord(regionCode: nil),
        ]
        let counts = RegionalCounts(records: records)
        #expect(counts.deaths == ["RU-TY": 2] && counts.unassigned == 1 && counts.total == 3)
    }

    @Test func builtInReferenceReproducesThePublishedTuvaAndMoscowRows() throws {
        let rates = try RegionalRates(
            counts: RegionalCounts(deaths: ["RU-TY": 231, "RU-MOW": 125]), table: RussiaReference.table)
        let tuva = try #require(rates.regions.first { $0.code == "RU-TY" })
        let moscow = try #require(rates.regions.first { $0.code == "RU-MOW" })
        func printed(_ value: Double?) -> Double { ((value ?? .nan) * 1000).rounded() / 1000 }
        #expect(tuva.population == 92_884 && tuva.rank == 1)
        #expect([printed(tuva.rate), printed(tuva.confLow), printed(tuva.confHigh)] == [248.697, 218.155, 283.424])
        #expect([printed(moscow.rate), printed(moscow.confLow), printed(moscow.confHigh)] == [3.051, 2.550, 3.649])
        #expect(rates.regions.count == 85)
    }
}
