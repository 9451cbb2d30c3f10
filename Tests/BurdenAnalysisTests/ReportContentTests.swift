import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

struct ReportContentTests {
    private func simulated(_ records: Int, in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("list.csv").path
        let simulator = try CasualtySimulator(seed: 5)
        let sink = try ByteOutput(path: path)
        let writer = try CasualtyListWriter(output: sink, format: .csv)
        for index in 0..<records { try writer.write(simulator.row(at: index)) }
        try sink.flush()
        return path
    }

    /// A report of a list counted as it streams by holds what one of its kept records
    /// holds — with a filter, so that only kept records are counted.
    @Test func countsTakenAsTheListStreamsByEqualThoseOfTheKeptRecords() throws {
        let folder = try TemporaryFolder()
        let path = try simulated(4000, in: folder)
        let filter = RecordFilter(from: PartialDate(parsing: "2023-01-01"))
        let kept = try AnalysisDataset.load(path: path, filter: filter, keepRecords: true)
        let streamed = try AnalysisDataset.load(path: path, filter: filter, keepRecords: false, countForReport: true)
        #expect(streamed.records == nil && streamed.recordCounts != nil)
        let fromRecords = try ReportContent(dataset: kept)
        let fromCounts = try ReportContent(dataset: streamed)
        #expect(fromCounts.omitted.isEmpty, "\(fromCounts.omitted)")
        #expect(fromCounts.headline == fromRecords.headline)
        #expect(fromCounts.unitTypes == fromRecords.unitTypes)
        #expect(fromCounts.monthly == fromRecords.monthly)
        #expect(fromCounts.regionalShares == fromRecords.regionalShares)
        #expect(fromCounts.unitTypes == GroupBurden(records: kept.records!, grouping: .unitType, withinRegion: false, populations: [:]))
        #expect(fromCounts.headline.firstDate.map { $0 >= PartialDate(year: 2023, month: 1, day: 1)! } == true)
        #expect(fromCounts.monthly?.rows.reduce(0) { $0 + $1.deaths } == kept.records!.count - (fromCounts.monthly?.undated ?? 0) - (fromCounts.monthly?.unplaced ?? 0))
    }

    @Test func theReportRunsTheAnalysesAsTheirCommandsDo() throws {
        let folder = try TemporaryFolder()
        let dataset = try AnalysisDataset.load(path: try simulated(3000, in: folder))
        let content = try ReportContent(dataset: dataset)
        #expect(content.omitted.isEmpty, "\(content.omitted)")
        #expect(content.rates == (try RegionalRates(counts: dataset.counts, table: dataset.table)))
        #expect(content.regionGroups.map(\.by) == ["macro-region", "republic", "below_subsistence_pct_2020-quintile"])
        let groups = try GroupBurden(
            counts: dataset.counts, table: dataset.table, by: "macro-region", groupOf: { Grouping.macroRegion.group(of: $0) })
        #expect(content.regionGroups[0] == groups)
        #expect(content.models.map(\.family) == [.ols, .poisson])
        #expect(content.models[0].covariates == ["percBelowSubsistence", "percentNonRus"])
        #expect(content.monthly == Trends(records: dataset.records!, table: dataset.table, period: .month, grouping: .unitType))
        #expect(content.regionalShares?.period == .quarter && content.regionalShares?.grouping == .macroRegion)
        #expect(content.relations.map(\.covariate) == [
            "below_subsistence_pct_2020", "mean_income_2020", "unemployment_pct_2020", "urban_share_2021",
            "non_russian_share_men_2010",
        ])
        let relation = content.relations[0]
        #expect(relation.codes.count == relation.values.count && relation.values.count == relation.rates.count)
        #expect(relation.model.linear?.terms[1].estimate == relation.slope)
    }

    @Test func theHeadlineCountsEveryDeathAndTheDatesItCovers() throws {
        let folder = try TemporaryFolder()
        let dataset = try AnalysisDataset.load(path: try simulated(3000, in: folder))
        let content = try ReportContent(dataset: dataset)
        let headline = content.headline
        #expect(headline.namedDeaths == dataset.records!.count)
        #expect(headline.withRegion + headline.withoutRegion == headline.namedDeaths)
        let days = dataset.records!.compactMap { $0.deathDate ?? $0.confirmationDate }.filter { $0.day != nil }
        #expect(headline.firstDate == days.min() && headline.lastDate == days.max())
        #expect(headline.impreciseDates + headline.undated + days.count == headline.namedDeaths)
        let counted = content.rates.regions.filter { $0.population != nil }
        let deaths = counted.reduce(0) { $0 + $1.deaths }
        let population = counted.reduce(0.0) { $0 + $1.population! }
        #expect(isClose(headline.rate!, Double(deaths) * 100_000 / population, relative: 1e-15))
        #expect(headline.rateConfLow! < headline.rate! && headline.rate! < headline.rateConfHigh!)
    }

    @Test func whatTheDataCannotSupportIsListedNotDropped() throws {
        let folder = try TemporaryFolder()
        let counts = folder.url.appendingPathComponent("counts.csv")
        try "region,deaths\nTuva,231\nMoscow,125\nBuryatia,643\nSt.Petersburg,100\nKursk,50\n".write(to: counts, atomically: true, encoding: .utf8)
        let dataset = try AnalysisDataset.load(path: counts.path, isCounts: true)
        let content = try ReportContent(dataset: dataset)
        #expect(content.unitTypes == nil && content.regionalShares == nil)
        #expect(Set(content.omitted.map(\.part)).isSuperset(of: ["groups_unit-type", "trends_macro-region", "trends_month"]))
        #expect(content.headline.namedDeaths == 1149 && content.headline.firstDate == nil)
    }

    /// Each part keeps the specification it ran with: the options its command takes,
    /// with the report's filter, denominator and confidence level — and running that
    /// specification alone gives the part.
    @Test func everyPartKeepsTheSpecificationItRanWith() throws {
        let folder = try TemporaryFolder()
        let path = try simulated(3000, in: folder)
        let plain = try ReportContent(dataset: try AnalysisDataset.load(path: path))
        let model = ["model", "--covariates", "percBelowSubsistence,percentNonRus"]
        #expect(plain.parts.map(\.name) == [
            "rates", "inequality", "groups_macro-region", "groups_republic", "groups_below_subsistence_pct_2020-quintile",
            "model_ols", "model_poisson", "groups_unit-type", "trends_unit-type", "trends_macro-region",
        ])
        #expect(plain.parts.map(\.specification.commandLine) == [
            ["rates"], ["inequality"], ["groups", "--by", "macro-region"], ["groups", "--by", "republic"],
            ["groups", "--by", "below_subsistence_pct_2020-quintile"], model, model + ["--family", "poisson"],
            ["groups", "--by", "unit-type"], ["trends", "--by", "unit-type"], ["trends", "--by", "macro-region", "--period", "quarter"],
        ])
        #expect(plain.selection.nonDefaultArguments.isEmpty)

        let filter = RecordFilter(from: PartialDate(parsing: "2023-01"), unitTypes: [.volunteer, .mobilised])
        let dataset = try AnalysisDataset.load(path: path, filter: filter, keepRecords: true)
        var options = ReportContent.Options()
        options.confidence = 0.9
        options.denominator = "men_2021"
        let content = try ReportContent(dataset: dataset, options: options)
        let selection = ["--from", "2023-01-01", "--unit-type", "mobilised", "--unit-type", "volunteer", "--denominator", "men_2021"]
        #expect(content.selection.nonDefaultArguments == selection)
        #expect(content.parts[0].specification.commandLine == ["rates"] + selection + ["--confidence", "0.9"])
        #expect(content.parts[5].specification.commandLine == ["model"] + selection + Array(model.dropFirst()) + ["--confidence", "0.9"])
        #expect(content.parts[8].specification.commandLine == ["trends"] + selection + ["--by", "unit-type"])
        let rates = try #require(content.parts[0].specification as? RatesOptions)
        #expect(try rates.run(on: dataset) == content.rates)
        let groups = try #require(content.parts[2].specification as? GroupsOptions)
        #expect(try groups.run(on: dataset) == content.regionGroups[0])
        #expect(content.parts.allSatisfy { $0.inputs == [.list] })
    }

    /// Options out of their ranges are refused as the command line refuses them.
    @Test func optionsOutsideTheirRangesAreRefused() throws {
        let folder = try TemporaryFolder()
        let dataset = try AnalysisDataset.load(path: try simulated(500, in: folder))
        var options = ReportContent.Options()
        options.confidence = 1.5
        #expect(throws: AnalysisError.self) { try ReportContent(dataset: dataset, options: options) }
    }
}
