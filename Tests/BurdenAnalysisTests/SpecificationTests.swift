import ArgumentParser
@testable import BurdenAnalysis
import Testing

/// The specifications of the analyses: what the catalog says of each option agrees
/// with the option's declaration, and every kind of wrong value is refused with a
/// message that names the option.
struct SpecificationTests {
    /// Every specification, with arguments that make a valid value of it.
    static let specifications: [(any AnalysisSpecification.Type, [String])] = [
        (RatesOptions.self, []), (GroupsOptions.self, ["--by", "republic"]), (ModelOptions.self, ["--covariates", "a,b"]),
        (InequalityOptions.self, []), (TrendsOptions.self, []), (CorrelateOptions.self, []), (ExcessOptions.self, []),
        (CoverageOptions.self, []), (VolumeOptions.self, []), (ReportOptions.self, []), (NowcastOptions.self, []), (ExposureOptions.self, []),
        (BalanceOptions.self, []),
    ]

    static var names: [String] { specifications.map { $0.0.name } }

    @Test("the catalog names every declared option, with help, in the naming rule", arguments: names)
    func catalogMatchesDeclarations(name: String) throws {
        let (type, sample) = try #require(Self.specifications.first { $0.0.name == name })
        let catalog = OptionCatalog(of: type, sample: sample)
        let parsed = try type.parse(sample)
        let reflected = ReflectedOption.all(in: parsed).map(\.name)
        #expect(catalog.entries.map(\.name) == reflected, "names by reflection and by ArgumentParser differ")
        for entry in catalog.entries {
            #expect(!entry.help.isEmpty, "--\(entry.name) has no help")
            #expect(entry.parameterName == entry.name.replacing("-", with: "_"))
            if case .choice(let choices) = entry.kind, let value = entry.defaultValue {
                #expect(choices.contains(value), "--\(entry.name)'s default \(value) is not one of its choices")
            }
            if case .number(let range) = entry.kind, let value = entry.defaultValue {
                let number = try #require(DecimalText.number(value), "--\(entry.name)'s default \(value) is not a number")
                #expect(range.contains(number), "--\(entry.name)'s default \(value) is outside \(range)")
            }
        }
    }

    /// Values of every kind that an option of a number must refuse.
    static let badNumbers = [
        "nan", "NaN", "inf", "-inf", "infinity", "0x10", "1e400", "-1e400", "", " ", "1,5", "1.2.3", "e5", "5e", "--1",
        "1e19", "-1e19", "9223372036854775808", "١٢", "0.5%", "½",
    ]

    @Test("every number option refuses what is not a number in its range", arguments: names)
    func numberOptionsRefuseBadValues(name: String) throws {
        let (type, sample) = try #require(Self.specifications.first { $0.0.name == name })
        for entry in OptionCatalog(of: type, sample: sample).entries {
            guard case .number(let range) = entry.kind else { continue }
            var bad = Self.badNumbers
            for end in [range.lower, range.upper] {
                let nudge: Double = 1e-9 * max(1, abs(end))
                for value in [end - nudge, end + nudge] where !range.contains(value) { bad.append("\(value)") }
            }
            if !range.includesLower { bad.append(NumberRange.plain(range.lower)) }
            if !range.includesUpper { bad.append(NumberRange.plain(range.upper)) }
            for value in bad where !(DecimalText.number(value).map(range.contains) ?? false) {
                do {
                    _ = try type.parse(sample + ["--\(entry.name)=\(value)"])
                    Issue.record("--\(entry.name)=\(value) was accepted")
                } catch {
                    let message = type.message(for: error)
                    #expect(message.contains("--\(entry.name)"), "\(message)")
                    #expect(type.exitCode(for: error) == .validationFailure)
                }
            }
            for value in [range.lower, range.upper, (range.lower + range.upper) / 2] where range.contains(value) {
                let text = range.wholeNumbers ? NumberRange.plain(value.rounded()) : NumberRange.plain(value)
                #expect(throws: Never.self) { _ = try type.parse(sample + ["--\(entry.name)=\(text)"]) }
            }
        }
    }

    @Test("every option of an uncertain number refuses what is not one value or a range A-B in its range", arguments: names)
    func rangeOptionsRefuseBadValues(name: String) throws {
        let (type, sample) = try #require(Self.specifications.first { $0.0.name == name })
        for entry in OptionCatalog(of: type, sample: sample).entries {
            // --relatives also takes a table file, whose name may be anything.
            guard case .numberOrRange(let range, let words) = entry.kind, words.isEmpty, entry.name != "relatives" else { continue }
            let (low, high) = (NumberRange.plain(range.includesLower ? range.lower : range.lower + 1e-3), NumberRange.plain(range.upper))
            var bad = Self.badNumbers.filter { !(DecimalText.number($0).map(range.contains) ?? false) }
            bad += ["\(high)-\(low)", "\(low)-", "-\(high)-", "\(low)-\(high)-\(high)", "\(low)--\(high)", "\(low)-nan", "\(low)-\(range.upper * 2 + 1)"]
            for value in bad {
                do {
                    _ = try type.parse(sample + ["--\(entry.name)=\(value)"])
                    Issue.record("--\(entry.name)=\(value) was accepted")
                } catch {
                    #expect(type.message(for: error).contains("--\(entry.name)"), "\(type.message(for: error))")
                    #expect(type.exitCode(for: error) == .validationFailure)
                }
            }
            for value in [low, high, "\(low)-\(high)", "\(low)–\(high)"] {
                #expect(throws: Never.self) { _ = try type.parse(sample + ["--\(entry.name)=\(value)"]) }
            }
        }
    }

    @Test("decimal text reads numbers and nothing else", arguments: [
        ("0.95", 0.95), ("100000", 100_000), ("1e5", 1e5), ("-2.5E-3", -2.5e-3), ("+3", 3), (".5", 0.5), ("5.", 5),
    ])
    func decimalTextReadsNumbers(text: String, value: Double) {
        #expect(DecimalText.number(text) == value)
    }

    @Test("decimal text refuses what Double(String) would read", arguments: ["nan", "inf", "0x1p3", "1e400", "infinity", "-nan", "1_000"])
    func decimalTextRefusesOthers(text: String) {
        #expect(DecimalText.number(text) == nil)
    }

    @Test func rangesSayWhatTheyAccept() {
        #expect(NumberRange.open(0, 1).description == "a number between 0 and 1")
        #expect(NumberRange.closed(1, 1e9).description == "a number from 1 to 1000000000")
        #expect(NumberRange.whole(0, 5).contains(3) && !NumberRange.whole(0, 5).contains(2.5))
        #expect(!NumberRange.open(0, 1).contains(.nan) && !NumberRange.closed(0, .greatestFiniteMagnitude).contains(.infinity))
    }

    @Test func messagesNameTheOptionAndWhatItExpects() throws {
        func message(_ arguments: [String]) -> String {
            do {
                _ = try RatesOptions.parse(arguments)
                return ""
            } catch {
                return RatesOptions.message(for: error)
            }
        }
        #expect(message(["--per=1e19"]) == "--per must be a number from 1 to 1000000000 (got 1e19)")
        #expect(message(["--confidence=nan"]) == "--confidence 'nan' is not a number: it takes a number between 0 and 1")
        #expect(message(["--from=yesterday"]) == "--from 'yesterday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        #expect(message(["--from=2023", "--to=2022"]) == "--from 2023 is after --to 2022")
        #expect(message(["--denominator=a\u{202E}b"]).hasPrefix("--denominator 'a"))
        do {
            _ = try ExcessOptions.parse(["--baseline=2018-2019"])
            Issue.record("a baseline of two years was accepted")
        } catch {
            #expect(ExcessOptions.message(for: error).contains("a baseline of two years"))
        }
    }
}

extension SpecificationTests {
    @Test("property names become the long names ArgumentParser gives them", arguments: [
        ("rankBy", "rank-by"), ("keepPandemicYears", "keep-pandemic-years"), ("maxUploadMB", "max-upload-mb"),
        ("urlString", "url-string"), ("URLString", "url-string"), ("per", "per"), ("ages2010", "ages2010"),
    ])
    func kebabCase(property: String, name: String) {
        #expect(ReflectedOption.kebabCase(property) == name)
    }
}
