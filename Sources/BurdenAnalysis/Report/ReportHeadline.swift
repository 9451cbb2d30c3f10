import BurdenData
import BurdenStats

/// The numbers a report leads with that no single analysis computes: how many
/// named deaths, how many with a region, the period the dates cover, and the rate
/// over all regions with a population.
public struct ReportHeadline: Sendable, Hashable {
    /// Deaths counted (after the filter), with or without a region.
    public let namedDeaths: Int
    /// Deaths with a region.
    public let withRegion: Int
    /// Deaths without a region.
    public let withoutRegion: Int
    /// The earliest date known to the day; `nil` when no date is.
    public let firstDate: PartialDate?
    /// The latest date known to the day.
    public let lastDate: PartialDate?
    /// Deaths whose date is known to the month or year only (not used for the period).
    public let impreciseDates: Int
    /// Deaths without a date.
    public let undated: Int
    /// Dates that are dates of death.
    public let deathDates: Int
    /// Dates that are dates of confirmation (the list gives no date of death).
    public let confirmationDates: Int
    /// Deaths in regions with a population, and that population.
    public let deathsWithPopulation: Int
    public let population: Double
    /// Deaths per 100,000 over the regions with a population, with the interval of
    /// the rate table's method.
    public let rate: Double?
    public let rateConfLow: Double?
    public let rateConfHigh: Double?

    /// Computes the headline of a data set and its rate table; the dates come from the
    /// counts of a list's records, or from a counts table's periods.
    public init(dataset: AnalysisDataset, dates recordDates: ReportRecordCounts.DateSpan?, rates: RegionalRates) {
        namedDeaths = dataset.counts.total
        withoutRegion = dataset.counts.unassigned
        withRegion = namedDeaths - withoutRegion
        var dates = recordDates ?? ReportRecordCounts.DateSpan()
        if recordDates == nil {
            for row in dataset.countRows ?? [] {
                dates.see(row.period.flatMap(PartialDate.init(parsing:)), weight: row.deaths)
            }
        }
        firstDate = dates.first
        lastDate = dates.last
        impreciseDates = dates.imprecise
        undated = dates.undated
        deathDates = dates.deathDates
        confirmationDates = dates.confirmationDates
        let counted = rates.regions.filter { $0.population != nil }
        let deaths = counted.reduce(0) { $0 + $1.deaths }
        let people = counted.reduce(0.0) { $0 + ($1.population ?? 0) }
        deathsWithPopulation = deaths
        population = people
        if people > 0 {
            let interval = ProportionInterval.interval(
                successes: Double(deaths), trials: people, method: rates.ci, confidence: rates.confidence)
            rate = Double(deaths) * rates.per / people
            rateConfLow = interval.lower * rates.per
            rateConfHigh = interval.upper * rates.per
        } else {
            (rate, rateConfLow, rateConfHigh) = (nil, nil, nil)
        }
    }
}
