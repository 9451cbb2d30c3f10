import ArgumentParser
@testable import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// The replacement balance on inputs whose every figure is computed by hand
/// (``BalanceFixture``), the rules that choose a claim for a period (partial claims
/// scaled only when asked, differences of claims), the ranges and the seeded draws;
/// and, when the shared data is beside the checkout, the published figures for 2025.
struct ReplacementBalanceTests {
    /// The fixture's inputs, read by the readers as the command reads them.
    static func inputs(in folder: TemporaryFolder, named: Bool = false) throws -> BalanceInputs {
        let files = try BalanceFixture(in: folder)
        return BalanceInputs(
            claims: try RecruitmentClaimsReader.read(path: files.claims),
            decrees: try ConscriptionDecreesReader.read(path: files.decrees),
            claimedLosses: try CumulativeSeriesReader.read(path: files.series),
            estimate: try WeeklyCountsReader.read(path: files.estimate),
            named: named ? .weekly(try WeeklyCountsReader.read(path: files.estimate, preferring: WeeklyCountsReader.namedColumns)) : nil)
    }

    static func balance(_ arguments: [String], named: Bool = false) throws -> ReplacementBalance {
        let folder = try TemporaryFolder()
        return try BalanceOptions.parse(arguments).run(on: try inputs(in: folder, named: named))
    }

    @Test func everyFigureOfAYearIsTheHandComputedOne() throws {
        let balance = try Self.balance(["--return-to-duty", "0.5"], named: true)
        #expect(balance.rows.map(\.span.label) == ["2022", "2023", "2024"])
        let year = balance.rows[1]
        #expect(year.contracts?.measure.value == 50_000 && year.contracts?.claim.source == "Official A (final)")
        #expect(year.contracts?.measure.isPartial == false && year.contracts?.baseline == nil)
        #expect(year.volunteers?.measure.value == 5_000 && year.volunteers?.isLowerBound == true)
        #expect(year.conscripts == 18_000)
        #expect(year.claimedLosses?.value == 36_500 && year.estimatedKilled?.value == 5_200)
        #expect(year.estimateWeeks == ReplacementBalance.Weeks(present: 52, expected: 52))
        #expect(year.named?.value == 2_600)
        let expected: [BalanceFigure: Double] = [
            .intakeContracts: 50_000, .intakeWithVolunteers: 55_000, .killed: 5_200, .claimedLosses: 36_500, .wounded: 31_300,
            .returning: 15_650, .otherLasting: 0, .permanent: 20_850, .balanceContracts: 29_150, .balanceWithVolunteers: 34_150,
        ]
        for (figure, value) in expected {
            #expect(year.figures[figure]?.value == value, "\(figure)")
            #expect(year.figures[figure]?.low == value && year.figures[figure]?.high == value, "\(figure): no range without ranges")
        }
        // 2022: the losses from the war's start (31,200 claimed; 45 weeks of 40), no claim of contracts.
        let first = balance.rows[0]
        #expect(first.first == PartialDate(year: 2022, month: 2, day: 24) && first.claimedLosses?.value == 31_200)
        #expect(first.estimatedKilled?.value == 1_800 && first.estimateWeeks?.expected == 45)
        #expect(first.gaps == [.contracts] && first.figures[.balanceContracts] == nil && first.figures[.permanent]?.value == 1_800 + 14_700)
        // 2024: the series stops after 90 days (9,000), no estimate, no claim.
        let last = balance.rows[2]
        #expect(last.gaps == [.contracts, .estimate] && last.claimedLosses?.value == 9_000)
        #expect(last.claimedLosses?.coverage.days == 90 && last.claimedLosses?.coverage.periodDays == 366 && last.claimedLosses?.isPartial == true)
    }

    @Test func theRangeOfTheReturnToDutyHoldsTheBalancesAtBothEnds() throws {
        let ranged = try Self.balance(["--return-to-duty", "0.3-0.7"])
        let figure = try #require(ranged.rows[1].figures[.balanceContracts])
        // 50,000 − 5,200 − 31,300 × 0.7 = 22,890 and 50,000 − 5,200 − 31,300 × 0.3 = 35,410.
        for r in ["0.3", "0.7"] {
            let single = try #require(try Self.balance(["--return-to-duty", r]).rows[1].figures[.balanceContracts]?.value)
            #expect(figure.low <= single && single <= figure.high, "r = \(r): \(single) outside [\(figure.low), \(figure.high)]")
        }
        #expect(isClose(figure.low, 22_890, relative: 1e-12) && isClose(figure.high, 35_410, relative: 1e-12))
        #expect(figure.value == 29_150)
        let draws = try #require(figure.draws)
        #expect(figure.low <= draws.low && draws.low < draws.high && draws.high <= figure.high)
    }

    @Test func theSameSeedGivesTheSameBalanceAndAnotherSeedOtherDraws() throws {
        let arguments = ["--return-to-duty", "0.3-0.7", "--intake-factor", "0.8-1", "--draws", "500"]
        let first = try Self.balance(arguments + ["--seed", "11"])
        #expect(first == (try Self.balance(arguments + ["--seed", "11"])))
        let other = try Self.balance(arguments + ["--seed", "12"])
        #expect(first.rows[1].figures[.balanceContracts]?.draws != other.rows[1].figures[.balanceContracts]?.draws)
        #expect(first.rows[1].figures[.balanceContracts]?.low == other.rows[1].figures[.balanceContracts]?.low, "exact ranges do not draw")
    }

    @Test func otherLastingLossesCountForThePeriodsDays() throws {
        let year = try Self.balance(["--return-to-duty", "0.5", "--missing", "3650", "--captured", "365", "--deserted", "0-730"])
        // 3,650 + 365 + 365 (the middle of 0–730) a year, for the 365 days of 2023.
        #expect(year.rows[1].figures[.otherLasting]?.value == 4_380)
        #expect(year.rows[1].figures[.otherLasting]?.low == 4_015 && year.rows[1].figures[.otherLasting]?.high == 4_745)
        let quarters = try Self.balance(["--period", "quarter", "--missing", "3650"])
        // 2023-Q1 has 90 days: 3,650 × 90 / 365 = 900; 2022-Q1 counts from 24 February: 36 days, 360.
        #expect(quarters.rows.first { $0.span.label == "2023-Q1" }?.figures[.otherLasting]?.value == 900)
        #expect(quarters.rows.first?.span.label == "2022-Q1" && quarters.rows.first?.figures[.otherLasting]?.value == 360)
    }

    // MARK: The claims of a period

    @Test func halvesTakeAClaimOfTheirOwnOrTheDifferenceOfTwo() throws {
        let halves = try Self.balance(["--period", "half"])
        let first = try #require(halves.rows.first { $0.span.label == "2023-H1" })
        #expect(first.contracts?.measure.value == 20_000 && first.contracts?.baseline == nil && first.volunteers?.measure.value == 2_000)
        let second = try #require(halves.rows.first { $0.span.label == "2023-H2" })
        // 50,000 to 31 December less 20,000 to 30 June; volunteers >5,000 less 2,000.
        #expect(second.contracts?.measure.value == 30_000 && second.contracts?.baseline?.value == 20_000)
        #expect(second.contracts?.measure.isPartial == false && second.contracts?.measure.coverage.first == PartialDate(year: 2023, month: 7, day: 1))
        #expect(second.volunteers?.measure.value == 3_000 && second.volunteers?.isLowerBound == true)
    }

    /// One claim of contracts for 2023, in code.
    static func claim(
        _ value: Double, to end: PartialDate, from start: PartialDate = PartialDate(year: 2023, month: 1, day: 1)!,
        published: PartialDate? = nil, line: Int = 2
    ) -> RecruitmentClaim {
        RecruitmentClaim(
            published: published, periodStart: start, periodEnd: end, source: "S\(line)", quantity: "contracts_signed", value: value,
            line: line)
    }

    static let year2023 = BalanceSpan(label: "2023", start: PartialDate(year: 2023, month: 1, day: 1)!, end: PartialDate(year: 2023, month: 12, day: 31)!)

    @Test func aPartialClaimIsScaledOnlyWhenAskedAndThenMarked() throws {
        let claims = [Self.claim(50_000, to: PartialDate(year: 2023, month: 6, day: 30)!)]
        let kept = try #require(ClaimedIntake.choose(.contractsSigned, from: claims, in: Self.year2023, from: Self.year2023.start, scale: false))
        // 181 of 365 days, used as it is and marked partial.
        #expect(kept.measure.value == 50_000 && kept.measure.isPartial && !kept.measure.isScaled)
        #expect(kept.measure.coverage.days == 181 && kept.measure.coverage.periodDays == 365)
        let scaled = try #require(ClaimedIntake.choose(.contractsSigned, from: claims, in: Self.year2023, from: Self.year2023.start, scale: true))
        // 50,000 × 365 / 181 = 100,828.729…, marked scaled with its factor.
        #expect(isClose(scaled.measure.value, 100_828.729_281_768, relative: 1e-12))
        #expect(scaled.measure.isScaled && !scaled.measure.isPartial && isClose(scaled.measure.scaleFactor, 365.0 / 181, relative: 1e-15))
        #expect(scaled.measure.read == 50_000)
        // A claim that covers the whole period is never scaled.
        let whole = [Self.claim(80_000, to: Self.year2023.end)]
        let full = try #require(ClaimedIntake.choose(.contractsSigned, from: whole, in: Self.year2023, from: Self.year2023.start, scale: true))
        #expect(full.measure.value == 80_000 && !full.measure.isScaled)
    }

    @Test func theDocumentMarksPartialAndScaledFigures() throws {
        let folder = try TemporaryFolder()
        var inputs = try Self.inputs(in: folder)
        // Keep only the claim to a day of December that is not stated.
        inputs = BalanceInputs(
            claims: inputs.claims.filter { $0.source == "Official B" }, decrees: inputs.decrees, claimedLosses: inputs.claimedLosses,
            estimate: inputs.estimate)
        let kept = try BalanceOptions.parse([]).run(on: inputs).rows[1].contracts
        // Counted to 16 December, the middle of the month: 350 of 365 days.
        #expect(kept?.measure.coverage.last == PartialDate(year: 2023, month: 12, day: 16) && kept?.measure.coverage.days == 350)
        #expect(kept?.measure.isPartial == true && kept?.measure.coverage.note?.contains("2023-12") == true)
        let scaled = try BalanceOptions.parse(["--scale-partial"]).run(on: inputs).rows[1].contracts
        #expect(isClose(scaled?.measure.value ?? 0, 48_000.0 * 365 / 350, relative: 1e-12) && scaled?.measure.isScaled == true)
    }

    @Test func aWholeClaimIsPreferredThenAClaimOfItsOwnThenTheLaterStatement() throws {
        let december = PartialDate(year: 2023, month: 12, day: 31)!
        let june = PartialDate(year: 2023, month: 6, day: 30)!
        let choose = { (claims: [RecruitmentClaim]) in
            ClaimedIntake.choose(.contractsSigned, from: claims, in: Self.year2023, from: Self.year2023.start, scale: false)
        }
        // A later end wins among partial claims; a whole claim wins over any partial one.
        #expect(choose([Self.claim(1, to: june, line: 2), Self.claim(2, to: PartialDate(year: 2023, month: 11, day: 30)!, line: 3)])?.claim.line == 3)
        #expect(choose([Self.claim(3, to: december, line: 2), Self.claim(4, to: PartialDate(year: 2023, month: 12)!, line: 3)])?.claim.line == 2)
        // Two whole claims: the later statement.
        let later = choose([
            Self.claim(5, to: december, published: PartialDate(year: 2024, month: 1, day: 20), line: 2),
            Self.claim(6, to: december, published: PartialDate(year: 2024, month: 1, day: 10), line: 3),
        ])
        #expect(later?.claim.line == 2)
        // A claim that counts from before the period, with no claim ending the day before it, is not used.
        let earlier = Self.claim(9, to: december, from: PartialDate(year: 2022, month: 1, day: 1)!)
        #expect(choose([earlier]) == nil)
    }

    // MARK: Findings and sensitivity

    @Test func theAssumptionThatMovesTheBalanceMostRanksFirst() throws {
        let balance = try Self.balance(["--return-to-duty", "0.3-0.7", "--intake-factor", "0.9-1"])
        let effects = balance.effects.filter { $0.period == "2023" && $0.balance == .balanceContracts }
        #expect(effects.count == BalanceAssumption.allCases.count)
        // r moves the balance by 31,300 × 0.4 = 12,520; the intake factor by 50,000 × 0.1 = 5,000.
        #expect(effects[0].assumption == .returnToDuty && effects[0].rank == 1 && isClose(effects[0].swing, 12_520, relative: 1e-12))
        #expect(effects[1].assumption == .intakeFactor && isClose(effects[1].swing, 5_000, relative: 1e-12))
        // With the others at their middle (f_I = 0.95): 47,500 − 5,200 − 31,300 × 0.7 = 20,390.
        #expect(isClose(effects[0].atLow, 20_390, relative: 1e-12))
        // 10% more of the return to duty (0.5 → 0.55) returns 1,565 more wounded.
        #expect(isClose(effects[0].perTenPercent, 1_565, relative: 1e-9))
        #expect(balance.effects.contains { $0.period == nil } && balance.stockThrough == "2023")
    }

    @Test func sourcesThatContradictEachOtherAreReported() throws {
        let folder = try TemporaryFolder()
        let inputs = try Self.inputs(in: folder)
        let tenfold = BalanceInputs(
            claims: inputs.claims, claimedLosses: inputs.claimedLosses,
            estimate: WeeklyCounts(weeks: inputs.estimate.weeks.map { .init(start: $0.start, value: $0.value * 100) }, label: "x"),
            named: .weekly(inputs.estimate))
        let balance = try BalanceOptions.parse([]).run(on: tenfold)
        #expect(balance.findings.map(\.kind) == [.estimateAboveClaim, .estimateAboveClaim])
        #expect(balance.findings.map(\.period) == ["2022", "2023"] && balance.findings[1].value == 520_000 && balance.findings[1].against == 36_500)
        #expect(balance.rows[1].figures[.wounded].map { $0.value < 0 } == true)
        let fewer = BalanceInputs(
            claims: inputs.claims, claimedLosses: inputs.claimedLosses, estimate: inputs.estimate,
            named: .weekly(WeeklyCounts(weeks: inputs.estimate.weeks.map { .init(start: $0.start, value: $0.value * 2) }, label: "n")))
        #expect(try BalanceOptions.parse([]).run(on: fewer).findings.map(\.kind) == [.namedAboveEstimate, .namedAboveEstimate])
    }

    @Test func aListCountsTheNamedByDateOfDeath() throws {
        let folder = try TemporaryFolder()
        let inputs = try Self.inputs(in: folder)
        let records = [
            CasualtyRecord(deathDate: PartialDate(parsing: "2023-05-01")), CasualtyRecord(deathDate: PartialDate(parsing: "2023-02")),
            CasualtyRecord(deathDate: PartialDate(parsing: "2023")), CasualtyRecord(confirmationDate: PartialDate(parsing: "2023-09-01")),
            CasualtyRecord(deathDate: PartialDate(parsing: "2023-10-20")),
        ]
        let balance = try BalanceOptions.parse([]).run(on: BalanceInputs(
            claims: inputs.claims, claimedLosses: inputs.claimedLosses, estimate: inputs.estimate, named: .records(records)))
        // The list ends on its last date known to the day, 20 October.
        #expect(balance.rows[1].named?.value == 5 && balance.rows[1].named?.coverage.last == PartialDate(year: 2023, month: 10, day: 20))
        #expect(balance.rows[2].named == nil, "the list ends before 2024")
        let quarters = try BalanceOptions.parse(["--period", "quarter"]).run(on: BalanceInputs(
            claims: inputs.claims, claimedLosses: inputs.claimedLosses, estimate: inputs.estimate, named: .records(records)))
        // A date known only to the year is too coarse for a quarter; the list ends on 20 October.
        #expect(quarters.rows.first { $0.span.label == "2023-Q4" }?.named?.value == 1)
        #expect(quarters.rows.first { $0.span.label == "2023-Q4" }?.named?.coverage.isPartial == true)
    }

    // MARK: Options

    @Test("ranges are read as one value or low-high, within their meaning", arguments: [
        (["--return-to-duty", "0.3-0.7"], nil), (["--return-to-duty", "0.5"], nil), (["--return-to-duty=1e-1-2e-1"], nil),
        (["--return-to-duty", "0.7-0.3"], "lower end is above its upper end"), (["--return-to-duty", "1.2"], "must be a number from 0 to 1"),
        (["--return-to-duty", "half"], "is not a number or a range"), (["--intake-factor", "0"], "must be a number above 0"),
        (["--missing", "5000-"], "is not a number or a range"), (["--draws", "99"], "--draws must be"),
        (["--claimed-by", " x"], "is not a name of a source"),
    ] as [([String], String?)])
    func rangesAreChecked(arguments: [String], problem: String?) {
        do {
            _ = try BalanceOptions.parse(arguments)
            #expect(problem == nil, "\(arguments) was accepted")
        } catch {
            let message = BalanceOptions.message(for: error)
            #expect(problem.map { message.contains($0) } == true, "\(arguments): \(message)")
            #expect(message.contains(arguments[0].split(separator: "=")[0]), "the message names the option: \(message)")
        }
    }

    @Test func theSettingsAreTheOptions() throws {
        let options = try BalanceOptions.parse(["--return-to-duty", "0.2-0.6", "--seed", "9", "--war-start", "2022-02"])
        let settings = options.settings
        #expect(settings.range(.returnToDuty) == ParameterRange(0.2, 0.6) && settings.seed == 9)
        #expect(settings.warStart == PartialDate(year: 2022, month: 2, day: 1))
        #expect(try BalanceOptions.defaults().commandLine == ["balance"])
        #expect(options.commandLine == ["balance", "--return-to-duty", "0.2-0.6", "--war-start", "2022-02", "--seed", "9"])
    }

    // MARK: The published files

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func thePublishedFilesGiveThe2025Balance() throws {
        let folder = "loss-volume/"
        let inputs = BalanceInputs(
            claims: try RecruitmentClaimsReader.read(path: SharedData.url(folder + "recruitment_claims.csv").path),
            decrees: try ConscriptionDecreesReader.read(path: SharedData.url(folder + "conscription_decrees.csv").path),
            claimedLosses: try CumulativeSeriesReader.read(path: SharedData.url(folder + "ua_genstaff_personnel_daily.csv").path),
            estimate: try WeeklyCountsReader.read(path: SharedData.url(folder + "mediazona_probate_estimate_weekly.csv").path))
        let balance = try BalanceOptions.parse(["--period", "year", "--return-to-duty", "0.5"]).run(on: inputs)
        let year = try #require(balance.rows.first { $0.span.label == "2025" })
        #expect(year.contracts?.measure.value == 422_704 && year.contracts?.claim.source == "D. Medvedev (final 2025 figure)")
        #expect(year.volunteers?.measure.value == 32_000)
        #expect(year.claimedLosses?.value == 418_170)
        // The weekly estimate carries decimals (145,549.787 for 2025); the published figures are those to the unit.
        #expect(year.estimatedKilled?.value.rounded() == 145_550)
        #expect(year.figures[.wounded]?.value.rounded() == 272_620)
        #expect(year.figures[.permanent]?.value.rounded() == 281_860)
        #expect(year.figures[.balanceContracts]?.value.rounded() == 140_844)
        #expect(year.figures[.balanceWithVolunteers]?.value.rounded() == 172_844)
        #expect(year.conscripts == 295_000)
        // 2023 and 2024 from what the files hold; 2022 and 2026 lack a claim of contracts.
        #expect(balance.rows.filter { $0.gaps.isEmpty }.map(\.span.label) == ["2023", "2024", "2025"])
        #expect(balance.rows.filter { !$0.gaps.isEmpty }.map(\.span.label) == ["2022", "2026"])
        #expect(balance.rows.first { $0.span.label == "2024" }?.contracts?.measure.value == 450_000)
        #expect(balance.rows.first { $0.span.label == "2023" }?.contracts?.measure.isPartial == true)
        let ranged = try BalanceOptions.parse(["--return-to-duty", "0.3-0.7"]).run(on: inputs)
        let figure = try #require(ranged.rows.first { $0.span.label == "2025" }?.figures[.balanceContracts])
        // The exact range holds the balances at r = 0.3 and r = 0.7: 422,704 − (k + 0.7·w) and 422,704 − (k + 0.3·w).
        #expect(figure.low.rounded() == 86_320 && figure.high.rounded() == 195_368)
    }
}
