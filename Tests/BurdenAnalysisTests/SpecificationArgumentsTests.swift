import ArgumentParser
@testable import BurdenAnalysis
import BurdenData
import Foundation
import Testing

/// The command-line arguments of a specification parse back to the same
/// specification, for every analysis and random valid values of every option.
struct SpecificationArgumentsTests {
    /// Every analysis's specification.
    static let specifications: [any AnalysisSpecification.Type] = [
        RatesOptions.self, GroupsOptions.self, ModelOptions.self, InequalityOptions.self, TrendsOptions.self,
        CorrelateOptions.self, ExcessOptions.self, CoverageOptions.self, VolumeOptions.self, ReportOptions.self, ExposureOptions.self,
        BalanceOptions.self,
    ]

    /// Every option's value, as the arguments spell it: what two equal specifications share.
    static func values(_ specification: some ParsableArguments) -> [String] {
        OptionArguments.values(in: specification).map { value in
            switch value {
            case .flag(let isOn): "flag \(isOn)"
            case .texts(let texts): "texts \(texts)"
            }
        }
    }

    /// Random valid arguments for the options of `type`: every required option, and
    /// each other option half of the time, with a value of its kind.
    static func randomArguments(for type: any AnalysisSpecification.Type, _ random: inout SeededGenerator) throws -> [String] {
        var arguments: [String] = []
        // A sample of the required options, for the catalog to read the kinds of values.
        let sample = ["groups": ["--by", "republic"], "model": ["--covariates", "x"]][type.name] ?? []
        for option in OptionCatalog(of: type, sample: sample).entries where option.isRequired || Bool.random(using: &random) {
            if option.isFlag {
                arguments.append("--\(option.name)")
                continue
            }
            let count = option.isRepeating ? Int.random(in: 1...3, using: &random) : 1
            for _ in 0..<count {
                let value = try value(for: option, &random)
                arguments += value.hasPrefix("-") ? ["--\(option.name)=\(value)"] : ["--\(option.name)", value]
            }
        }
        return arguments
    }

    /// A random valid value of an option: in its range, one of its choices, a date,
    /// a column name (some of them odd: spaces, quotes, a leading `-`, Cyrillic).
    static func value(for option: OptionCatalog.Entry, _ random: inout SeededGenerator) throws -> String {
        let columns = ["mean_income_2020", "a b", "it's", "-minus", "доля_русских", "x,y", "$(id)"]
        switch option.kind {
        case .number(let range):
            let low = range.includesLower ? range.lower : range.lower + (range.upper - range.lower) * 1e-3
            let high = range.includesUpper ? range.upper : range.upper - (range.upper - range.lower) * 1e-3
            if range.wholeNumbers { return String(Int.random(in: Int(low)...Int(high), using: &random)) }
            let value = Double.random(in: low...high, using: &random)
            return Bool.random(using: &random) ? String(value) : String(format: "%.3e", value)
        case .choice(let choices):
            return try #require(choices.randomElement(using: &random))
        case .numberOrRange(let range, let words):
            if let word = words.randomElement(using: &random), Bool.random(using: &random) { return word }
            let ends = [Double.random(in: range.lower...range.upper, using: &random), Double.random(in: range.lower...range.upper, using: &random)]
                .map { range.wholeNumbers ? $0.rounded(.down) : $0 }.sorted()
            return Bool.random(using: &random) ? NumberRange.plain(ends[0]) : "\(NumberRange.plain(ends[0]))-\(NumberRange.plain(ends[1]))"
        case .choiceOrPattern(let choices, _, _):
            if Bool.random(using: &random) { return try #require(choices.randomElement(using: &random)) }
            return try #require(columns.randomElement(using: &random)) + "-quintile"
        case .date:
            // `--from` in the 2000s, `--to` after it, so that every range is valid.
            let year = option.name == "to" ? Int.random(in: 2011...2030, using: &random) : Int.random(in: 2000...2010, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            return [String(year), "\(year)-\(month < 10 ? "0" : "")\(month)", "\(year)-\(month < 10 ? "0" : "")\(month)-15"]
                .randomElement(using: &random)!
        case .column:
            return try #require(columns.randomElement(using: &random))
        case .text where option.valueName == "years" && option.name == "baseline":
            let first = Int.random(in: 1995...2008, using: &random)
            return ["\(first)", "\(first)-\(first + Int.random(in: 2...4, using: &random))", "\(first),\(first + 2),\(first + 4)"]
                .randomElement(using: &random)!
        case .text where option.valueName == "years":
            let first = Int.random(in: 2022...2026, using: &random)
            return ["\(first)", "\(first)-\(first + 2)", "\(first),\(first + 3)"].randomElement(using: &random)!
        case .text where option.valueName == "ages":
            return try #require(["15-49", "50+", "20", "20-39", "15-59"].randomElement(using: &random))
        case .text where option.valueName == "name":
            return try #require(["the General Staff of Ukraine", "Медиазона", "a \"quoted\" source", "-x"].randomElement(using: &random))
        case .text where option.valueName == "a,b,…":
            return (0..<Int.random(in: 1...3, using: &random)).map { _ in columns.filter { !$0.contains(",") }.randomElement(using: &random)! }
                .joined(separator: ",")
        case .text where option.valueName == "file":
            return try #require(["groups.csv", "20-29:410,30-39:520", "-odd name.csv", "группа.csv", "16-61:12.5:Tuva"].randomElement(using: &random))
        case .text where option.valueName == "text":
            return try #require(["Proekt, 2025", "it's \"quoted\"", "-dash first", "Медведев, ТАСС"].randomElement(using: &random))
        case .text, .flag:
            Issue.record("--\(option.name): no generator for its kind \(option.kind)")
            return ""
        }
    }

    @Test(arguments: 0..<4)
    func argumentsParseBackToTheSameSpecification(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        for type in Self.specifications {
            for _ in 0..<10 {
                let arguments = try Self.randomArguments(for: type, &random)
                let specification = try type.parse(arguments)
                let again = try type.parse(specification.nonDefaultArguments)
                #expect(Self.values(again) == Self.values(specification), "\(type.name) \(arguments) → \(specification.nonDefaultArguments)")
                #expect(specification.commandLine == [type.name] + specification.nonDefaultArguments)
                // Only what differs from the default is written, and nothing twice.
                #expect(specification.nonDefaultArguments.count <= arguments.count, "\(arguments) → \(specification.nonDefaultArguments)")
            }
        }
    }

    @Test func defaultsGiveNoArgumentsAndRequiredOptionsAreAlwaysWritten() throws {
        #expect(try RatesOptions.defaults().commandLine == ["rates"])
        #expect(try ExcessOptions.defaults().commandLine == ["excess"])
        #expect(try GroupsOptions.parse(["--by", "republic", "--confidence", "0.95"]).commandLine == ["groups", "--by", "republic"])
        #expect(try ModelOptions.parse(["--covariates", "a,b"]).commandLine == ["model", "--covariates", "a,b"])
    }

    @Test func flagsRepeatedOptionsAndValuesThatLookLikeOptions() throws {
        let groups = try GroupsOptions.parse(["--by", "unit-type", "--within-region", "--unit-type", "mobilised", "--unit-type", "volunteers"])
        #expect(groups.commandLine == [
            "groups", "--unit-type", "mobilised", "--unit-type", "volunteer", "--by", "unit-type", "--within-region",
        ])
        let inequality = try InequalityOptions.parse(["--rank-by=-x", "--denominator", "men 2021"])
        #expect(inequality.nonDefaultArguments == ["--denominator", "men 2021", "--rank-by=-x"])
        #expect(try InequalityOptions.parse(inequality.nonDefaultArguments).rankBy.name == "-x")
        let excess = try ExcessOptions.parse(["--keep-pandemic-years", "--baseline", "2010-2021", "--by", "region"])
        #expect(excess.nonDefaultArguments == ["--baseline", "2010-2021", "--keep-pandemic-years", "--by", "region"])
    }

    @Test func specificationsMadeInCodeAreCheckedAsParsedOnes() throws {
        let made = try GroupsOptions.make(required: [GroupsGrouping.quintile("urban-share")]) { $0.confidence = 0.9 }
        #expect(made.commandLine == ["groups", "--by", "urban-share-quintile", "--confidence", "0.9"])
        #expect(Self.values(made) == Self.values(try GroupsOptions.parse(made.nonDefaultArguments)))
        #expect(throws: AnalysisError.self) { try RatesOptions.make { $0.confidence = 1.5 } }
        #expect(throws: AnalysisError.self) { try RatesOptions.make { $0.per = 1e19 } }
        #expect(try RatesOptions.make().commandLine == ["rates"])
    }
}
