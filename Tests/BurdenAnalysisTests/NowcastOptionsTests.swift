import ArgumentParser
import BurdenAnalysis
import BurdenData
import Testing

/// The specification of the nowcast: its defaults are the settings', its ranges and
/// choices are refused with the option named, and the settings it gives are what was typed.
struct NowcastOptionsTests {
    @Test func defaultsAreTheSettingsAndEveryChoiceIsSpecified() throws {
        let settings = NowcastSettings()
        try settings.validate()
        #expect(NowcastSettings.Period.allCases.map(\.rawValue) == ["day", "week", "month"])
        #expect(try NowcastOptions.defaults().settings(regions: []) == settings)
    }

    @Test func theSettingsAreWhatWasTyped() throws {
        let options = try NowcastOptions.parse([
            "--as-of", "2024-06", "--period", "week", "--confidence", "0.8", "--max-delay", "365", "--bands", "7, 30,90",
            "--trend", "--no-level-prior", "--dispersion-spacing", "14", "--draws", "500", "--seed", "7", "--target", "2024",
        ])
        let settings = options.settings(regions: ["RU-DA"])
        #expect(settings.asOf?.description == "2024-06-30" && settings.target?.description == "2024-12-31")
        #expect(settings.period == .week && settings.confidence == 0.8 && settings.maximumDelay == 365)
        #expect(settings.delayBands == [7, 30, 90] && settings.edges == [0, 7, 30, 90, 365])
        #expect(settings.trend && !settings.levelPrior && settings.dispersionSpacing == 14)
        #expect(settings.draws == 500 && settings.seed == 7 && settings.regions == ["RU-DA"])
        try settings.validate()
    }

    @Test(arguments: [
        (["--confidence", "1.5"], "--confidence"),
        (["--max-delay", "27"], "--max-delay"),
        (["--max-delay", "3651"], "--max-delay"),
        (["--max-delay", "100.5"], "--max-delay"),
        (["--dispersion-spacing", "6"], "--dispersion-spacing"),
        (["--draws", "199"], "--draws"),
        (["--backtest-horizon", "61"], "--backtest-horizon"),
        (["--bands", "14,x"], "--bands"),
        (["--bands", "28,14"], "--bands"),
        (["--bands", "0,14"], "--bands"),
        (["--as-of", "yesterday"], "--as-of"),
        (["--period", "year"], "--period"),
        (["--as-of", "2024-06-30", "--target", "2024-05"], "--target"),
        (["--region", " "], "--region"),
        (["--backtest-from", "2024-06-30"], "--backtest-from"),
    ])
    func wrongValuesAreRefusedNamingTheOption(arguments: [String], option: String) {
        #expect(throws: (any Error).self) { try NowcastOptions.parse(arguments) }
        let message = NowcastOptions.message(for: failure(arguments))
        #expect(message.contains(option), "\(message)")
        #expect(!message.contains("\n"), "one line: \(message)")
    }

    @Test func aTargetInTheAsOfMonthIsAccepted() throws {
        let options = try NowcastOptions.parse(["--as-of", "2024-06-15", "--target", "2024-06"])
        #expect(options.settings(regions: []).target?.description == "2024-06-30")
    }

    @Test(arguments: [
        (NowcastSettings { $0.seed = UInt64(1) << 60 }, "--seed"),
        (NowcastSettings { $0.delayBands = [] }, "--bands"),
        (NowcastSettings { $0.target = PartialDate(year: 2024, month: 5) }, "--target"),
    ])
    func settingsBuiltInCodeAreCheckedLikeTheOptions(settings: NowcastSettings, option: String) {
        #expect { try settings.validate() } throws: { "\($0)".hasPrefix(option) }
    }

    private func failure(_ arguments: [String]) -> any Error {
        do {
            _ = try NowcastOptions.parse(arguments)
            return ValidationError("parsed")
        } catch {
            return error
        }
    }
}
