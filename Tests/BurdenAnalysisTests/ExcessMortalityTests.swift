import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import RealModule
import Testing

/// The excess-mortality estimator on made-up countries, against its definition
/// (METHODS.md §9) and against the QR least squares of ``LinearRegression``.
struct ExcessMortalityTests {
    static let groups = ["15-19", "20-24", "25-29"]
    static let baseline = Array(2015...2019)

    /// Expected male deaths and ± of one group by the QR least-squares route: a design
    /// of (1, year − 2017), Var(β̂) = σ̂²(XᵀX)⁻¹ from ``LinearRegression``, and
    /// ± = female × g × √(σ̂² + x₀ᵀVar(β̂)x₀).
    static func viaLinearRegression(
        male: [Int], female: [Int], years: [Int], target: Int, targetFemale: Int, log: Bool = false
    ) throws -> (expected: Double, pm: Double) {
        let ratios = zip(male, female).map { Double($0) / Double($1) }
        let response = log ? ratios.map { Double.log($0) } : ratios
        let design = try DesignMatrix(columns: [("year", years.map { Double($0 - 2017) })])
        let fit = try LinearRegression(response: response, design: design)
        let x = Double(target - 2017)
        let line = fit.terms[0].estimate + fit.terms[1].estimate * x
        let c = fit.covariance
        let meanVariance = c[0, 0] + 2 * x * c[0, 1] + x * x * c[1, 1]
        let ratio = log ? Double.exp(line) : line
        let scale = Double(targetFemale) * (log ? ratio : 1)
        return (ratio * Double(targetFemale), scale * (fit.sigma * fit.sigma + meanVariance).squareRoot())
    }

    @Test func aSexRatioOnAStraightLineLeavesOnlyTheExtraMaleDeaths() throws {
        let data = try SyntheticDeaths()
        // female 100 every year; male/female = 2 + 0.1·(year − 2015) until 2019; 2022 has 130 extra.
        let deaths = try data.table(regions: ["XX-N"], years: Self.baseline + [2022], groups: ["20-24"]) { _, year, _, sex in
            sex == .female ? 100 : 200 + 10 * (year - 2015) + (year == 2022 ? 130 : 0)
        }
        let result = try ExcessMortality(
            deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 20, upper: 24)),
            byRegion: false)
        #expect(result.years == [2022])
        let row = try #require(result.national.first?.estimate)
        #expect(row.observed == 400 && row.female == 100)
        #expect(isClose(row.expected, 270, relative: 1e-13) && isClose(row.excess, 130, relative: 1e-13))
        #expect(row.pm < 1e-9, "a line through every point has no prediction error")
    }

    @Test("± is the prediction standard deviation of the fitted line", arguments: [ExcessFit.linear, .log])
    func plusMinusIsThePredictionStandardDeviation(fit: ExcessFit) throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(years: Self.baseline + [2022], groups: Self.groups) { region, year, group, sex in
            SyntheticDeaths.count(region, year, group, sex) + (year == 2022 && sex == .male ? 150 : 0)
        }
        let result = try ExcessMortality(
            deaths: deaths, regions: data.table, settings: try ExcessSettings(fit: fit, ages: AgeGroup(lower: 15, upper: 29)),
            byRegion: true)
        #expect(result.regionalAges.count == 9 && result.nationalAges.count == 3)
        for row in result.regionalAges + result.nationalAges {
            func counts(_ sex: Sex) -> [Int] {
                Self.baseline.map { deaths.deaths(unit: row.code, year: $0, age: row.ageGroup, sex: sex)! }
            }
            let female2022 = deaths.deaths(unit: row.code, year: 2022, age: row.ageGroup, sex: .female)!
            let reference = try Self.viaLinearRegression(
                male: counts(.male), female: counts(.female), years: Self.baseline, target: 2022, targetFemale: female2022,
                log: fit == .log)
            // Two algorithms (centred sums; Householder QR) on a well-conditioned design.
            #expect(isClose(row.estimate.expected, reference.expected, relative: 1e-12), "\(row.code) \(row.ageGroup)")
            #expect(isClose(row.estimate.pm, reference.pm, relative: 1e-12), "\(row.code) \(row.ageGroup)")
            #expect(row.estimate.excess == Double(row.estimate.observed) - row.estimate.expected)
            #expect(isClose(row.predictedRatio * Double(female2022), row.estimate.expected, relative: 1e-15))
        }
    }

    @Test func ageGroupsAndRegionsAddWithPlusMinusInQuadrature() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(years: Self.baseline + [2022], groups: Self.groups) { region, year, group, sex in
            SyntheticDeaths.count(region, year, group, sex)
        }
        let result = try ExcessMortality(
            deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29)),
            byRegion: true)
        for unit in result.regions + result.national {
            let parts = (result.regionalAges + result.nationalAges).filter { $0.code == unit.code }.map(\.estimate)
            let total = try #require(unit.estimate)
            #expect(total.observed == parts.reduce(0) { $0 + $1.observed })
            #expect(isClose(total.expected, parts.reduce(0) { $0 + $1.expected }, relative: 1e-15))
            #expect(isClose(total.pm, parts.reduce(0) { $0 + $1.pm * $1.pm }.squareRoot(), relative: 1e-15))
            #expect(unit.groupsEstimated == 3 && unit.isComplete)
        }
        let comparison = try #require(result.comparisons.first)
        #expect(comparison.regions == 3 && comparison.completeRegions == 3)
        let regional = result.regions.compactMap(\.estimate)
        #expect(isClose(comparison.regionalSum.excess, regional.reduce(0) { $0 + $1.excess }, relative: 1e-12))
        #expect(isClose(comparison.regionalSum.pm, regional.reduce(0) { $0 + $1.pm * $1.pm }.squareRoot(), relative: 1e-15))
        #expect(comparison.regionalSum.excess != comparison.national?.excess, "the method is not additive")
        #expect(result.regionsWithoutRows == ["XX-W"])
        let north = try #require(result.regions.first { $0.code == "XX-N" })
        #expect(north.population == 120_000 && north.excessRate() == north.estimate!.excess * 100_000 / 120_000)
    }

    @Test func oneBaselineYearProjectsThatYearsRatioWithNoPlusMinus() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(years: [2019, 2022], groups: ["15-19"]) { region, year, group, sex in
            SyntheticDeaths.count(region, year, group, sex)
        }
        let result = try ExcessMortality(
            deaths: deaths, regions: data.table,
            settings: try ExcessSettings(baseline: [2019], ages: AgeGroup(lower: 15, upper: 19)), byRegion: false)
        let row = try #require(result.nationalAges.first)
        let group = AgeGroup(lower: 15, upper: 19)
        let ratio = Double(deaths.deaths(unit: "ALL", year: 2019, age: group, sex: .male)!)
            / Double(deaths.deaths(unit: "ALL", year: 2019, age: group, sex: .female)!)
        #expect(row.predictedRatio == ratio && row.estimate.pm == 0 && row.estimate.z == nil)
    }

    @Test func severalTargetYearsCountTheErrorOfTheLineOnce() throws {
        let data = try SyntheticDeaths()
        let years = [2017, 2018, 2019]
        let deaths = try data.table(regions: ["XX-N"], years: Array(2010...2019), groups: ["15-19"]) { region, year, group, sex in
            SyntheticDeaths.count(region, year, group, sex)
        }
        let baseline = Array(2010...2016)
        let result = try ExcessMortality(
            deaths: deaths, regions: data.table,
            settings: try ExcessSettings(baseline: baseline, ages: AgeGroup(lower: 15, upper: 19), years: years), byRegion: false)
        let group = AgeGroup(lower: 15, upper: 19)
        func count(_ year: Int, _ sex: Sex) -> Int { deaths.deaths(unit: "ALL", year: year, age: group, sex: sex)! }
        let ratios = baseline.map { Double(count($0, .male)) / Double(count($0, .female)) }
        let fit = try LinearRegression(
            response: ratios, design: try DesignMatrix(columns: [("year", baseline.map { Double($0 - 2017) })]))
        // Var(Σ f_t e_t) = Σ_t Σ_u f_t f_u (σ²δ_tu + x_tᵀ Var(β̂) x_u)
        var variance = 0.0
        for t in years {
            for u in years {
                let (xt, xu) = (Double(t - 2017), Double(u - 2017))
                let c = fit.covariance
                let shared = c[0, 0] + (xt + xu) * c[0, 1] + xt * xu * c[1, 1]
                variance += Double(count(t, .female) * count(u, .female)) * (shared + (t == u ? fit.sigma * fit.sigma : 0))
            }
        }
        let total = try #require(result.nationalTotal.estimate)
        #expect(result.nationalTotal.year == nil && result.national.count == 3)
        #expect(isClose(total.pm, variance.squareRoot(), relative: 1e-12))
        let perYear = result.national.map { $0.estimate!.pm }
        #expect(total.pm > perYear.reduce(0) { $0 + $1 * $1 }.squareRoot(), "the years share the error of one line")
        #expect(isClose(total.excess, result.national.reduce(0) { $0 + $1.estimate!.excess }, relative: 1e-12))
    }

    @Test func aGroupWithoutFemaleDeathsIsNotEstimableAndTheRestGoesOn() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(years: Self.baseline + [2022], groups: Self.groups) { region, year, group, sex in
            if sex == .female, region == "XX-E", group == "15-19", year == 2017 { return 0 }
            if sex == .female, region == "XX-S", group == "25-29", year == 2022 { return 0 }
            if region == "XX-N", group == "20-24", year == 2016 { return nil }
            return SyntheticDeaths.count(region, year, group, sex)
        }
        let result = try ExcessMortality(
            deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29)),
            byRegion: true)
        let reasons = result.notEstimable.map { "\($0.code) \($0.year.map(String.init) ?? "all") \($0.ageGroup): \($0.reason)" }
        #expect(reasons == [
            "XX-N all 20-24: no male row for 2016 (baseline)",
            "XX-S 2022 25-29: no female deaths in 2022",
            "XX-E all 15-19: no female deaths in 2017 (baseline)",
        ])
        #expect(result.regions.map(\.groupsEstimated) == [2, 2, 2])
        #expect(result.regions.allSatisfy { !$0.isComplete && $0.estimate != nil })
        #expect(result.national.first?.isComplete == true, "the nation's sums have female deaths")
        let east = try #require(result.regions.first { $0.code == "XX-E" })
        let eastParts = result.regionalAges.filter { $0.code == "XX-E" }
        #expect(eastParts.map(\.ageGroup.lower) == [20, 25])
        #expect(east.estimate?.observed == eastParts.reduce(0) { $0 + $1.estimate.observed })
    }

    @Test func theLogFitNeedsMaleDeathsInEveryBaselineYear() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(regions: ["XX-N", "XX-S"], years: Self.baseline + [2022], groups: ["15-19"]) { region, year, group, sex in
            region == "XX-S" && sex == .male && year == 2018 ? 0 : SyntheticDeaths.count(region, year, group, sex)
        }
        let settings = try ExcessSettings(fit: .log, ages: AgeGroup(lower: 15, upper: 19))
        let result = try ExcessMortality(deaths: deaths, regions: data.table, settings: settings, byRegion: true)
        #expect(result.notEstimable.map(\.reason) == ["no male deaths in 2018 (the log fit needs a ratio above 0) (baseline)"])
        let linear = try ExcessMortality(
            deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 19)), byRegion: true)
        #expect(linear.notEstimable.isEmpty)
    }

    @Test func aMissingNationalRowIsAnErrorNamingIt() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(years: Self.baseline + [2022], groups: Self.groups) { region, year, group, sex in
            year == 2018 && group == "20-24" && sex == .female ? nil : SyntheticDeaths.count(region, year, group, sex)
        }
        #expect {
            try ExcessMortality(deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29)), byRegion: false)
        } throws: {
            "\($0)" == "the deaths table has no row for All regions (ALL), 2018, ages 20-24, female (a baseline year)"
        }
    }

    @Test func withoutCountryRowsTheNationIsTheSumOfTheRegions() throws {
        let data = try SyntheticDeaths()
        let make = { (country: Bool) in
            try data.table(country: country, years: Self.baseline + [2022], groups: Self.groups) { region, year, group, sex in
                SyntheticDeaths.count(region, year, group, sex)
            }
        }
        let settings = try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29))
        let summed = try ExcessMortality(deaths: make(false), regions: data.table, settings: settings, byRegion: false)
        let rows = try ExcessMortality(deaths: make(true), regions: data.table, settings: settings, byRegion: false)
        #expect(summed.countrySpelling == nil && rows.countrySpelling == "ALL")
        #expect(summed.national.first?.code == "ALL")
        #expect(summed.national.first?.estimate == rows.national.first?.estimate)
    }

    @Test func theYearsAreThoseAfterTheBaselineAndThePandemicUnlessNamed() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(years: Array(2015...2023), groups: ["15-19"]) { region, year, group, sex in
            SyntheticDeaths.count(region, year, group, sex)
        }
        let band = AgeGroup(lower: 15, upper: 19)
        let byDefault = try ExcessMortality(deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: band), byRegion: false)
        #expect(byDefault.years == [2022, 2023] && byDefault.national.count == 2)
        let named = try ExcessMortality(
            deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: band, years: [2023]), byRegion: false)
        #expect(named.years == [2023])
        #expect {
            try ExcessMortality(deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: band, years: [2024]), byRegion: false)
        } throws: { "\($0)" == "the deaths table has no rows for 2024 (its years: 2015–2023)" }
        #expect {
            try ExcessMortality(deaths: deaths, regions: data.table, settings: try ExcessSettings(baseline: [2012, 2013, 2014], ages: band), byRegion: false)
        } throws: { "\($0)".contains("no rows for 2012, a baseline year") }
        #expect {
            try ExcessMortality(deaths: deaths, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 16, upper: 19)), byRegion: false)
        } throws: { "\($0)" == "ages 16-19 do not fall on the age groups of the deaths table (15-19)" }
    }

    @Test("baselines and year lists that are rejected", arguments: [
        ([2018, 2019], nil as [Int]?, "a baseline of two years (2018, 2019)"),
        ([2020, 2021], nil, "the baseline has no year left"),
        (Array(2015...2019), [2019], "target year 2019 is not after the baseline (2015–2019)"),
        (Array(2015...2019), [], "no target year"),
    ])
    func settingsRejectWhatCannotBeEstimated(baseline: [Int], years: [Int]?, message: String) {
        #expect { try ExcessSettings(baseline: baseline, years: years) } throws: { "\($0)".hasPrefix(message) }
    }

    @Test func thePandemicYearsLeaveTheBaselineUnlessKept() throws {
        let settings = try ExcessSettings(baseline: ExcessSettings.years(parsing: "2015-2021"))
        #expect(settings.baseline == Array(2015...2019) && settings.leftOutOfBaseline == [2020, 2021])
        let kept = try ExcessSettings(baseline: Array(2015...2021), keepPandemicYears: true)
        #expect(kept.baseline == Array(2015...2021) && kept.leftOutOfBaseline.isEmpty)
    }

    @Test("year lists", arguments: [
        ("2015-2019", [2015, 2016, 2017, 2018, 2019]), ("2022", [2022]), ("2013, 2015-2016", [2013, 2015, 2016]),
        ("2022,2022", [2022]),
    ])
    func yearListsAreRead(text: String, years: [Int]) throws {
        #expect(try ExcessSettings.years(parsing: text) == years)
    }

    @Test("text that is not a year list", arguments: ["2019-2015", "twenty", "2015-2017-2019", "15-19", ""])
    func badYearListsAreRejected(text: String) {
        #expect(throws: AnalysisError.self) { try ExcessSettings.years(parsing: text) }
    }
}
