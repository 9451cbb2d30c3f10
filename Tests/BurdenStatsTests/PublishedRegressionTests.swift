import BurdenStats
import BurdenTestSupport
import Testing

/// Bessudnov (2023), the regional regression of the replication analysis: deaths per
/// 100,000 men aged 16–61 on the share below the subsistence level and the share of
/// non-Russians (100 − percRus, 2010 census), over the 83 regions with ethnicity data.
struct PublishedRegressionTests {
    static let folder = "ru-casualties-2023-04/"

    /// The regional rates and covariates, computed from the raw files.
    static func bessudnovData() throws -> (codes: [String], rate: [Double], below: [Double], nonRussian: [Double], unassigned: Int) {
        let list = QuotedCSV(try SharedData.text(folder + "dfFatalitiesAnonymised.csv"))
        var deaths: [String: Int] = [:]
        var unassigned = 0
        for row in list.rows {
            let region = row["region"] ?? ""
            if region.isEmpty { unassigned += 1 } else { deaths[region, default: 0] += 1 }
        }
        let census = QuotedCSV(try SharedData.text(folder + "census2021_nMen16-615.csv")).rows
        let characteristics = QuotedCSV(try SharedData.text(folder + "regionCharacteristics.csv")).rows
        let ethnicity = QuotedCSV(try SharedData.text(folder + "census_2010_ethn.csv")).rows
        var poverty: [String: Double] = [:]
        for row in characteristics { poverty[row["regNameISO"]!] = Double(row["percBelowSubsistence"]!) }
        var russian: [String: Double] = [:]
        for row in ethnicity { russian[row["regNameISO"]!] = Double(row["percRus"]!) }
        var codes: [String] = []
        var rate: [Double] = []
        var below: [Double] = []
        var nonRussian: [Double] = []
        for row in census.sorted(by: { $0["regNameISO"]! < $1["regNameISO"]! }) {
            let code = row["regNameISO"]!
            guard let p = poverty[code], let r = russian[code] else { continue }
            let men = Double(row["nMen16_615_2021"]!)!
            codes.append(code)
            rate.append(Double(deaths[row["regNameEng"]!] ?? 0) / men * 100_000)
            below.append(p)
            nonRussian.append(100 - r)
        }
        return (codes, rate, below, nonRussian, unassigned)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func bessudnovRegionalRegressionReproducesThePublishedCoefficients() throws {
        let data = try Self.bessudnovData()
        #expect(data.unassigned == 358)
        #expect(data.codes.count == 83)
        #expect(!data.codes.contains("UA-43") && !data.codes.contains("UA-40"))
        let design = try DesignMatrix(columns: [("percBelowSubsistence", data.below), ("percentNonRus", data.nonRussian)])
        let fit = try LinearRegression(response: data.rate, design: design)
        // To the printed digits: 28.366, 2.6005, −0.01555, R² 0.08803, n = 83.
        #expect((fit.terms[0].estimate * 1000).rounded() / 1000 == 28.366)
        #expect((fit.terms[1].estimate * 10000).rounded() / 10000 == 2.6005)
        #expect((fit.terms[2].estimate * 100_000).rounded() / 100_000 == -0.01555)
        #expect((fit.rSquared * 100_000).rounded() / 100_000 == 0.08803)
        #expect(fit.nobs == 83)
        // And statsmodels on the same regions, to 1e-8.
        let reference = try #require(ModelsFixture.shared.published_ols)
        #expect(data.codes == reference.regions)
        #expect(fit.terms.map(\.term) == reference.terms)
        for (j, term) in fit.terms.enumerated() {
            expectClose(term.estimate, reference.estimate[j], relative: 1e-8, "\(term.term) estimate")
            expectClose(term.stdError, reference.std_error[j], relative: 1e-8, "\(term.term) SE")
            expectClose(term.pValue, reference.p_value[j], relative: 1e-8, "\(term.term) p")
        }
        expectClose(fit.rSquared, reference.r_squared, relative: 1e-8, "R²")
        expectClose(fit.statistic ?? .nan, reference.f_statistic, relative: 1e-8, "F")
        expectClose(fit.sigma, reference.sigma, relative: 1e-8, "sigma")
    }

    @Test func quotedLineBreaksStayInsideTheirField() {
        let table = QuotedCSV("id,source,region\r\n1,\"a\nb, \"\"c\"\"\",Tuva\n2,,\n")
        #expect(table.header == ["id", "source", "region"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["source"] == "a\nb, \"c\"")
        #expect(table.rows[0]["region"] == "Tuva")
        #expect(table.rows[1]["region"] == "")
    }
}
