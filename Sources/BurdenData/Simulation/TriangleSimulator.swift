import BurdenStats
import RealModule

/// Simulates reporting triangles whose delays are known: deaths by day, named after
/// delays drawn from a given reverse-time-hazard distribution, overdispersed month by
/// month, seen in snapshots that start late, skip days and catch corrections.
///
/// 1. **Deaths**: day t has N_t ~ Poisson(λ_t) deaths, λ_t = λ·(1 + a·sin(2π(t − t₀)/365.25)).
/// 2. **Delays**: a death of day t is named d days later with probability
///    F_t(d) − F_t(d − 1), F the ``ReverseHazardDelay`` of the given bands, hazards and
///    trend (measured from the last snapshot), so every death is named within the
///    maximum delay D.
/// 3. **Overdispersion**: the deaths of a calendar month are named on days s with shares
///    Dirichlet(κ·m(s)), m the mixture of their days' delay distributions — the
///    Dirichlet-multinomial the nowcast's dispersion assumes — and each named death's
///    day is drawn from the days of the month in proportion to N_t·f_t(s − t). With
///    κ = ∞ the shares are m itself.
/// 4. **Corrections**: each named death is moved, with the given probability, to a day
///    1–3 days away (within the days of death, not after its naming day) on a later day 1–60 days on; the count of
///    its first day then goes down in later snapshots. The truth is the final day.
/// 5. **Snapshots** every `snapshotEvery` days from the first to the last snapshot date,
///    without those in `gaps`; each death counts in every snapshot from its naming day on.
/// 6. **Regions**, when given: each named death's region drawn uniformly.
///
/// The same settings and seed give the same triangle.
public struct TriangleSimulation: Sendable {
    /// What to simulate.
    public struct Settings: Sendable, Hashable {
        /// The first and last days of death.
        public var firstDeathDate: PartialDate
        public var lastDeathDate: PartialDate
        /// The first and last snapshot days.
        public var firstSnapshot: PartialDate
        public var lastSnapshot: PartialDate
        /// Days between snapshots.
        public var snapshotEvery: Int
        /// Days on which no snapshot is taken.
        public var gaps: [ClosedRange<Int>]
        /// The mean deaths per day λ and the seasonal amplitude a.
        public var deathsPerDay: Double
        public var seasonalAmplitude: Double
        /// The delay bands' edges (days), the reverse-time hazard of each band (per day),
        /// and the trend per year of the date of death.
        public var edges: [Int]
        public var hazards: [Double]
        public var trend: Double
        /// The Dirichlet concentration κ of a month's naming; `.infinity` for none.
        public var concentration: Double
        /// The probability that a named death is later moved to another day.
        public var correctionProbability: Double
        /// Region codes drawn uniformly; none when empty.
        public var regions: [String]
        /// The seed.
        public var seed: UInt64

        /// Settings with defaults for everything but the dates: weekly snapshots, 60
        /// deaths a day, delays like the named list's (half named within about half a
        /// year), κ = 80, two corrections in a thousand.
        public init(
            firstDeathDate: PartialDate, lastDeathDate: PartialDate, firstSnapshot: PartialDate, lastSnapshot: PartialDate,
            snapshotEvery: Int = 7, gaps: [ClosedRange<Int>] = [], deathsPerDay: Double = 60, seasonalAmplitude: Double = 0.3,
            edges: [Int] = [0, 14, 28, 56, 91, 182, 365, 730], hazards: [Double] = [0.25, 0.08, 0.03, 0.012, 0.004, 0.0015, 0.0006],
            trend: Double = 0, concentration: Double = 80, correctionProbability: Double = 0.002, regions: [String] = [],
            seed: UInt64 = 1
        ) {
            self.firstDeathDate = firstDeathDate
            self.lastDeathDate = lastDeathDate
            self.firstSnapshot = firstSnapshot
            self.lastSnapshot = lastSnapshot
            self.snapshotEvery = snapshotEvery
            self.gaps = gaps
            self.deathsPerDay = deathsPerDay
            self.seasonalAmplitude = seasonalAmplitude
            self.edges = edges
            self.hazards = hazards
            self.trend = trend
            self.concentration = concentration
            self.correctionProbability = correctionProbability
            self.regions = regions
            self.seed = seed
        }
    }

    /// The settings simulated.
    public let settings: Settings
    /// The triangle the snapshots show.
    public let triangle: ReportingTriangle
    /// The true eventual deaths of each day from the first date of death (all named by the maximum delay).
    public let eventualDeaths: [Int]
    /// The delay model deaths were named by.
    public let delay: ReverseHazardDelay
    /// Its parameters: ln of each band's hazard, then the trend.
    public let parameters: [Double]

    /// Simulates.
    ///
    /// - Throws: ``DataError`` `invalidArgument` for dates that are not full days or out
    ///   of order, a spacing below 1, hazards that do not match the bands, or a negative rate.
    public init(settings: Settings) throws(DataError) {
        func day(_ date: PartialDate, _ what: String) throws(DataError) -> Int {
            guard let day = date.dayNumber else { throw DataError(.invalidArgument, "the \(what) \(date) is not a full day") }
            return day
        }
        let first = try day(settings.firstDeathDate, "first date of death")
        let last = try day(settings.lastDeathDate, "last date of death")
        let firstSnapshot = try day(settings.firstSnapshot, "first snapshot")
        let lastSnapshot = try day(settings.lastSnapshot, "last snapshot")
        guard first <= last, last <= lastSnapshot, firstSnapshot <= lastSnapshot, settings.snapshotEvery >= 1 else {
            throw DataError(.invalidArgument, "the simulated dates must run first death ≤ last death ≤ last snapshot, with snapshots ≥ 1 day apart")
        }
        guard settings.hazards.count == settings.edges.count - 1, settings.hazards.allSatisfy({ $0 > 0 }),
            settings.deathsPerDay >= 0, abs(settings.seasonalAmplitude) < 1, settings.concentration > 0
        else {
            throw DataError(.invalidArgument, "one positive hazard per delay band, a rate ≥ 0, |amplitude| < 1 and κ > 0 are needed")
        }
        let model: ReverseHazardDelay
        do {
            model = try ReverseHazardDelay(
                edges: settings.edges, longestObservedDelay: Int.max, hasTrend: settings.trend != 0, referenceDay: lastSnapshot)
        } catch {
            throw DataError(.invalidArgument, "the simulated delay bands: \(error.message)")
        }
        let theta = settings.hazards.map { Double.log($0) } + (settings.trend != 0 ? [settings.trend] : [])
        let maximumDelay = model.maximumDelay
        var generator = SeededGenerator(seed: settings.seed)
        let dayCount = lastSnapshot - first + 1
        let regionCount = max(settings.regions.count, 1)

        // Deaths by day, then each month's deaths over naming days and back onto days.
        var deaths = [Int](repeating: 0, count: last - first + 1)
        for t in first...last {
            let phase = 2 * Double.pi * Double(t - first) / 365.25
            deaths[t - first] = RandomVariates.poisson(
                mean: settings.deathsPerDay * (1 + settings.seasonalAmplitude * Double.sin(phase)), using: &generator)
        }
        /// f_t(d) for d = 0 … D: one table without a trend, one per day with it.
        func table(_ t: Int) -> [Double] {
            (0...maximumDelay).map { d in model.share(theta, day: t, delay: d) - model.share(theta, day: t, delay: d - 1) }
        }
        let flat = model.hasTrend ? [] : table(first)
        /// (death day, naming day, region, change at that naming day) events.
        var events: [(day: Int, at: Int, region: Int, change: Int)] = []
        var eventual = [Int](repeating: 0, count: dayCount)
        var monthStart = first
        while monthStart <= last {
            let date = PartialDate(dayNumber: monthStart)!
            let monthEnd = min(last, monthStart + PartialDate.daysIn(month: date.month!, year: date.year) - date.day!)
            let total = deaths[(monthStart - first)...(monthEnd - first)].reduce(0, +)
            let pmfs = (monthStart...monthEnd).map { model.hasTrend ? table($0) : flat }
            func pmf(_ t: Int, _ d: Int) -> Double { d >= 0 && d <= maximumDelay ? pmfs[t - monthStart][d] : 0 }
            let namingDays = Array(monthStart...(monthEnd + maximumDelay))
            var base = namingDays.map { s in
                (monthStart...monthEnd).reduce(0.0) { sum, t in sum + Double(deaths[t - first]) * pmf(t, s - t) }
            }
            if settings.concentration.isFinite && total > 0 {
                let sum = base.reduce(0, +)
                let logs = base.map { RandomVariates.logGamma(shape: settings.concentration * $0 / sum, using: &generator) }
                let top = logs.max()!
                base = logs.map { Double.exp($0 - top) }
            }
            let named = total > 0 ? RandomVariates.multinomial(trials: total, weights: base, using: &generator) : []
            for (index, count) in named.enumerated() where count > 0 {
                let s = namingDays[index]
                let days = Array(monthStart...min(monthEnd, s))
                let weights = days.map { t in Double(deaths[t - first]) * pmf(t, s - t) }
                let split = RandomVariates.multinomial(trials: count, weights: weights, using: &generator)
                for (position, onDay) in split.enumerated() where onDay > 0 {
                    let t = days[position]
                    let byRegion = settings.regions.isEmpty
                        ? [onDay]
                        : RandomVariates.multinomial(trials: onDay, weights: Array(repeating: 1, count: regionCount), using: &generator)
                    for (region, c) in byRegion.enumerated() where c > 0 {
                        events.append((t, s, region, c))
                        let moved = RandomVariates.binomial(trials: c, probability: settings.correctionProbability, using: &generator)
                        eventual[t - first] += c - moved
                        for _ in 0..<moved {
                            let at = s + 1 + generator.nextInt(below: 60)
                            let shift = 1 + generator.nextInt(below: 3)
                            var target = generator.nextInt(below: 2) == 0 ? t - shift : t + shift
                            target = min(max(target, first), s, last)
                            events.append((t, at, region, -1))
                            events.append((target, at, region, 1))
                            eventual[target - first] += 1
                        }
                    }
                }
            }
            monthStart = monthEnd + 1
        }

        // Snapshots and their cumulative counts.
        var snapshotDays: [Int] = []
        var s = firstSnapshot
        while s <= lastSnapshot {
            if !settings.gaps.contains(where: { $0.contains(s) }) { snapshotDays.append(s) }
            s += settings.snapshotEvery
        }
        if snapshotDays.last != lastSnapshot { snapshotDays.append(lastSnapshot) }
        var counts = [[Int32]](repeating: [Int32](repeating: 0, count: snapshotDays.count * dayCount), count: regionCount)
        for event in events {
            // The first snapshot on or after the event's day, by bisection.
            var low = 0
            var high = snapshotDays.count
            while low < high {
                let middle = (low + high) / 2
                if snapshotDays[middle] < event.at { low = middle + 1 } else { high = middle }
            }
            guard low < snapshotDays.count else { continue }
            let k = low
            counts[event.region][k * dayCount + event.day - first] += Int32(event.change)
        }
        for r in 0..<regionCount {
            for k in 1..<max(snapshotDays.count, 1) {
                for i in 0..<dayCount { counts[r][k * dayCount + i] += counts[r][(k - 1) * dayCount + i] }
            }
        }
        self.settings = settings
        self.triangle = ReportingTriangle(
            snapshotDays: snapshotDays, firstDeathDay: first,
            regions: settings.regions.isEmpty ? [nil] : settings.regions.map { Optional($0) }, counts: counts)
        self.eventualDeaths = Array(eventual[0...(last - first)])
        self.delay = model
        self.parameters = theta
    }
}
