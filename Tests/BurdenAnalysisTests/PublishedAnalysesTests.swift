import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// The published analysis of Bessudnov (2023), reproduced from the raw list: to the
/// printed digits quoted in the publication, and to the reference values that
/// scripts/reference/published_reference.py computes independently (csv, scipy,
/// statsmodels). Runs when ../shared/data is present.
@Suite(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
struct PublishedAnalysesTests {
    struct Reference: Decodable {
        struct Rate: Decodable { let code: String; let deaths: Int; let population: Double; let rate, conf_low, conf_high: Double }
        struct OLS: Decodable { let estimate, std_error, p_value: [Double]; let r_squared, adj_r_squared, f_statistic: Double; let nobs: Int }
        struct Correlation: Decodable { let file, expression: String; let to: String?; let n: Int; let pearson, spearman: Double }
        struct National: Decodable { let group: String; let deaths: Int; let rr, conf_low, conf_high: Double }
        struct Republic: Decodable { let region: String; let killed, killed_total, non_slavic_men, men: Int; let rr, conf_low, conf_high: Double }
        let rates: [Rate]
        let ols: OLS
        let correlations: [Correlation]
        let national: [National]
        let republic: [Republic]
        let mean_age: Double
        let unit_types: [String: Int]
    }

    static let reference: Reference = {
        let url = Bundle.module.url(forResource: "published", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static let folder = "ru-casualties-2023-04/"
    static let dataset: AnalysisDataset = try! AnalysisDataset.load(path: SharedData.url(folder + "dfFatalitiesAnonymised.csv").path)

    private func printed(_ value: Double?, _ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return ((value ?? .nan) * scale).rounded() / scale
    }

    @Test func allEightyFiveRatesAndIntervalsMatchPropTest() throws {
        let rates = try RegionalRates(counts: Self.dataset.counts, table: Self.dataset.table)
        #expect(rates.regions.count == 85 && rates.unassigned == 358)
        for expected in Self.reference.rates {
            let row = try #require(rates.regions.first { $0.code == expected.code })
            #expect(row.deaths == expected.deaths && row.population == expected.population, "\(expected.code)")
            #expect(isClose(row.rate!, expected.rate, relative: 1e-12), "\(expected.code)")
            #expect(isClose(row.confLow!, expected.conf_low, relative: 1e-12), "\(expected.code)")
            #expect(isClose(row.confHigh!, expected.conf_high, relative: 1e-12), "\(expected.code)")
        }
        let tuva = rates.regions.first { $0.code == "RU-TY" }!
        #expect([printed(tuva.rate, 3), printed(tuva.confLow, 3), printed(tuva.confHigh, 3)] == [248.697, 218.155, 283.424])
        let moscow = rates.regions.first { $0.code == "RU-MOW" }!
        #expect([printed(moscow.rate, 3), printed(moscow.confLow, 3), printed(moscow.confHigh, 3)] == [3.051, 2.550, 3.649])
    }

    @Test func olsOfTheRateOnPovertyAndNonRussianShareMatchesThePaper() throws {
        let model = try RegionalModel(
            counts: Self.dataset.counts, table: Self.dataset.table,
            covariates: ["percBelowSubsistence", "percentNonRus"], family: .ols)
        let fit = try #require(model.linear)
        #expect(fit.nobs == 83 && model.frame.dropped.map(\.code) == ["UA-43", "UA-40"])
        #expect(model.terms.map(\.term) == ["(Intercept)", "percBelowSubsistence", "percentNonRus"])
        for (term, (estimate, (error, p))) in zip(model.terms, zip(Self.reference.ols.estimate, zip(Self.reference.ols.std_error, Self.reference.ols.p_value))) {
            #expect(isClose(term.estimate, estimate, relative: 1e-8), "\(term.term)")
            #expect(isClose(term.stdError, error, relative: 1e-8), "\(term.term)")
            #expect(isClose(term.pValue, p, relative: 1e-8), "\(term.term)")
        }
        #expect(isClose(fit.rSquared, Self.reference.ols.r_squared, relative: 1e-8))
        #expect(printed(model.terms[0].estimate, 3) == 28.366)
        #expect(printed(model.terms[1].estimate, 4) == 2.6005)
        #expect(printed(model.terms[2].estimate, 5) == -0.01555)
        #expect(printed(fit.rSquared, 5) == 0.08803)
    }

    @Test func correlationsWithSearchesAndPensionsMatchThePaper() throws {
        for expected in Self.reference.correlations {
            let dataset = try AnalysisDataset.load(
                path: SharedData.url(Self.folder + "dfFatalitiesAnonymised.csv").path,
                filter: RecordFilter(to: expected.to.flatMap(PartialDate.init(parsing:))))
            let indicator = try IndicatorTable.read(
                path: SharedData.url(Self.folder + expected.file).path, expression: expected.expression,
                resolver: RussiaReference.resolver)
            let result = try IndicatorCorrelation(
                counts: dataset.counts, table: dataset.table, indicator: expected.expression, values: indicator.values,
                unresolved: indicator.unresolved)
            #expect(result.pearson.nobs == expected.n, "\(expected.expression)")
            #expect(isClose(result.pearson.estimate, expected.pearson, relative: 1e-12), "\(expected.expression)")
            #expect(isClose(result.spearman.estimate, expected.spearman, relative: 1e-12), "\(expected.expression)")
        }
        let printedPearson = Self.reference.correlations.map { printed($0.pearson, 4) }
        #expect(printedPearson == [0.3610, 0.5263, 0.6128, 0.5954])
    }

    @Test func ethnicRelativeRisksFromThePublishedCountsMatchThePaper() throws {
        let census = try CSVRows(SharedData.text(Self.folder + "census2010EthnPropPopulationAll.csv"))
        var populations: [GroupBurden.GroupKey: Double] = [:]
        for row in census.rows { populations[.init(region: nil, group: row["newEthn"]!)] = Double(row["nPopulation_8_32"]!)! }
        var deaths: [GroupBurden.GroupKey: Double] = [:]
        for expected in Self.reference.national { deaths[.init(region: nil, group: expected.group)] = Double(expected.deaths) }
        let national = GroupBurden(by: "ethnicity", deaths: deaths, populations: populations)
        for expected in Self.reference.national {
            let row = try #require(national.rows.first { $0.group == expected.group })
            let risk = try #require(row.relativeRisk)
            #expect(isClose(risk.ratio, expected.rr, relative: 1e-12), "\(expected.group)")
            #expect(isClose(risk.interval.lower, expected.conf_low, relative: 1e-9), "\(expected.group)")
            #expect(isClose(risk.interval.upper, expected.conf_high, relative: 1e-9), "\(expected.group)")
        }
        let tuvan = national.rows.first { $0.group == "Tuvan" }!.relativeRisk!
        #expect([printed(tuvan.ratio, 6), printed(tuvan.interval.lower, 6), printed(tuvan.interval.upper, 6)] == [4.657596, 4.070133, 5.328843])
        let buryat = national.rows.first { $0.group == "Buryat" }!.relativeRisk!
        #expect([printed(buryat.ratio, 6), printed(buryat.interval.lower, 6), printed(buryat.interval.upper, 6)] == [3.834316, 3.436811, 4.276989])

        var republicDeaths: [GroupBurden.GroupKey: Double] = [:]
        var republicMen: [GroupBurden.GroupKey: Double] = [:]
        for row in Self.reference.republic {
            republicDeaths[.init(region: row.region, group: "non_slavic")] = Double(row.killed)
            republicDeaths[.init(region: row.region, group: "slavic")] = Double(row.killed_total - row.killed)
            republicMen[.init(region: row.region, group: "non_slavic")] = Double(row.non_slavic_men)
            republicMen[.init(region: row.region, group: "slavic")] = Double(row.men - row.non_slavic_men)
        }
        let within = GroupBurden(by: "ethnicity", deaths: republicDeaths, populations: republicMen)
        #expect(Self.reference.republic.count == 13)
        for expected in Self.reference.republic {
            let row = try #require(within.rows.first { $0.region == expected.region && $0.group == "non_slavic" })
            #expect(isClose(row.relativeRisk!.ratio, expected.rr, relative: 1e-12), "\(expected.region)")
            #expect(isClose(row.relativeRisk!.interval.lower, expected.conf_low, relative: 1e-9), "\(expected.region)")
            #expect(isClose(row.relativeRisk!.interval.upper, expected.conf_high, relative: 1e-9), "\(expected.region)")
        }
    }

    @Test func meanAgeAndUnitTypesMatchThePaper() throws {
        let groups = GroupBurden(records: Self.dataset.records!, grouping: .unitType, withinRegion: false, populations: [:])
        #expect(isClose(groups.meanAge!, Self.reference.mean_age, relative: 1e-12))
        #expect(printed(groups.meanAge, 1) == 33.7)
        let labels = ["professional army": "contract", "": "unknown", "inmates": "inmate", "volunteers": "volunteer",
                      "conscripted": "conscripted", "private military company": "private_military_company",
                      "police / national guard / FSB": "security_forces"]
        for (label, count) in Self.reference.unit_types {
            #expect(groups.rows.first { $0.group == labels[label] }?.deaths == Double(count), "\(label)")
        }
    }
}

/// A minimal reader of one-record-a-line CSV text for the tests.
struct CSVRows {
    let rows: [[String: String]]

    init(_ text: String) {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).replacing("\u{FEFF}", with: "") }
        let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
        rows = lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }
}
