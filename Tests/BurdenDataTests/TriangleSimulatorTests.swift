import BurdenData
import BurdenStats
import BurdenTestSupport
import Testing

/// The simulator of reporting triangles: reproducible, the snapshots it promises, the
/// truth it keeps, corrections that show as decreases, the delays it was given.
struct TriangleSimulatorTests {
    static func settings(seed: UInt64 = 3, corrections: Double = 0.002, regions: [String] = []) -> TriangleSimulation.Settings {
        TriangleSimulation.Settings(
            firstDeathDate: PartialDate(parsing: "2023-01-01")!, lastDeathDate: PartialDate(parsing: "2023-12-31")!,
            firstSnapshot: PartialDate(parsing: "2023-06-01")!, lastSnapshot: PartialDate(parsing: "2024-03-31")!,
            snapshotEvery: 5, gaps: [PartialDate(parsing: "2023-10-01")!.dayNumber!...PartialDate(parsing: "2023-10-20")!.dayNumber!],
            deathsPerDay: 20, correctionProbability: corrections, regions: regions, seed: seed)
    }

    @Test func theSameSeedGivesTheSameTriangleAndAnotherSeedAnother() throws {
        let first = try TriangleSimulation(settings: Self.settings())
        let again = try TriangleSimulation(settings: Self.settings())
        #expect(first.triangle == again.triangle && first.eventualDeaths == again.eventualDeaths)
        #expect(try TriangleSimulation(settings: Self.settings(seed: 4)).triangle != first.triangle)
    }

    @Test func snapshotsStartLateSkipTheGapAndEndOnTheLastDay() throws {
        let simulation = try TriangleSimulation(settings: Self.settings())
        let days = simulation.triangle.snapshotDays
        let gap = PartialDate(parsing: "2023-10-01")!.dayNumber!...PartialDate(parsing: "2023-10-20")!.dayNumber!
        #expect(days.first == PartialDate(parsing: "2023-06-01")!.dayNumber)
        #expect(days.last == PartialDate(parsing: "2024-03-31")!.dayNumber)
        #expect(!days.contains(where: gap.contains))
        #expect(zip(days, days.dropFirst()).allSatisfy { $1 - $0 == 5 || $1 - $0 > 20 || $0 == days[days.count - 2] })
        #expect(simulation.triangle.firstDeathDate.description == "2023-01-01")
    }

    @Test func withoutCorrectionsCountsOnlyGrowAndNeverExceedTheTruth() throws {
        let simulation = try TriangleSimulation(settings: Self.settings(corrections: 0))
        let triangle = simulation.triangle
        #expect(triangle.decreases.isEmpty)
        let last = triangle.snapshotDays.count - 1
        var above = 0
        for day in simulation.eventualDeaths.indices where triangle.count(region: 0, snapshot: last, day: day) > simulation.eventualDeaths[day] {
            above += 1
        }
        #expect(above == 0)
        let total = simulation.eventualDeaths.reduce(0, +)
        #expect(abs(Double(total) - 20 * 365) < 5 * (20 * 365).squareRoot() * 1.5, "deaths ~ Poisson(20) a day, seasonal")
    }

    @Test func correctionsShowAsDecreases() throws {
        let simulation = try TriangleSimulation(settings: Self.settings(corrections: 0.01))
        #expect(simulation.triangle.decreases.count > 10)
        #expect(simulation.triangle.decreases.allSatisfy { $0.from > $0.to })
    }

    @Test func regionsShareTheDeaths() throws {
        let simulation = try TriangleSimulation(settings: Self.settings(regions: ["XX-A", "XX-B"]))
        let triangle = simulation.triangle
        #expect(triangle.regions == ["XX-A", "XX-B"])
        let a = try triangle.totals(regionCodes: ["XX-A"]).reduce(0) { $0 + Int($1) }
        let b = try triangle.totals(regionCodes: ["XX-B"]).reduce(0) { $0 + Int($1) }
        #expect(a > 0 && b > 0 && abs(a - b) < (a + b) / 10)
    }

    /// The named share of all deaths by each delay, pooled over the deaths of the first
    /// half of 2023 seen on the last snapshot (long after), is the model's F within
    /// Dirichlet noise.
    @Test func theDelaysAreTheOnesGiven() throws {
        var settings = Self.settings(corrections: 0)
        settings.firstSnapshot = settings.firstDeathDate
        // Daily snapshots long enough to see the deaths of the first half year a year later.
        settings.lastSnapshot = PartialDate(parsing: "2024-06-30")!
        settings.snapshotEvery = 1
        settings.gaps = []
        settings.concentration = .infinity
        settings.deathsPerDay = 200
        let simulation = try TriangleSimulation(settings: settings)
        let triangle = simulation.triangle
        let first = triangle.firstDeathDay
        for delay in [14, 56, 182, 365] {
            var named = 0
            var total = 0
            for t in first..<(first + 180) {
                named += triangle.count(region: 0, snapshot: t + delay - first, day: t - first)
                total += simulation.eventualDeaths[t - first]
            }
            let expected = simulation.delay.share(simulation.parameters, day: first, delay: delay)
            let observed = Double(named) / Double(total)
            let standardError = (expected * (1 - expected) / Double(total)).squareRoot()
            #expect(abs(observed - expected) < 5 * standardError, "delay \(delay): \(observed) against \(expected)")
        }
    }
}
