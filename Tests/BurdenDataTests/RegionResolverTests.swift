import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct RegionResolverTests {
    let resolver = RussiaReference.resolver

    /// The committed fixture: spelling, expected code (or `!unknown` / `!ambiguous`), note.
    static let spellings: [(spelling: String, expected: String)] = {
        let url = Bundle.module.url(forResource: "region-spellings", withExtension: "tsv", subdirectory: "Fixtures")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), String(fields[1]))
        }
    }()

    @Test func fixtureHoldsAtLeastThreeHundredSpellingsOfEveryUnit() {
        let positive = Self.spellings.filter { !$0.expected.hasPrefix("!") }
        #expect(positive.count >= 300)
        let covered = Set(positive.map(\.expected))
        for region in RussiaReference.table.regions { #expect(covered.contains(region.code), "\(region.code)") }
    }

    @Test func everyFixtureSpellingResolvesToItsCode() {
        var failures: [String] = []
        for (spelling, expected) in Self.spellings {
            do {
                let code = try resolver.resolve(spelling).code ?? "(heading)"
                if code != expected { failures.append("\(spelling) → \(code), expected \(expected)") }
            } catch {
                let kind = error.code == .ambiguousRegion ? "!ambiguous" : "!unknown"
                if kind != expected { failures.append("\(spelling) → \(error), expected \(expected)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.spellings.count): \(failures.joined(separator: "; "))")
    }

    @Test func everyNameAndCodeOfTheReferenceResolvesToItsOwnUnit() throws {
        for region in RussiaReference.table.regions {
            for name in [region.code, region.name, region.officialName!, region.nativeName!, region.code.lowercased()] {
                #expect(try resolver.resolve(name).code == region.code, "\(name)")
            }
        }
    }

    @Test func unknownNameIsAnErrorQuotingItWithThreeSuggestions() {
        #expect {
            try resolver.resolve("Moskow")
        } throws: { error in
            let error = error as! DataError
            return error.code == .unknownRegion && error.message.contains("\"Moskow\"")
                && error.message.contains("Moscow (RU-MOW)") && error.message.components(separatedBy: "(RU-").count == 4
        }
        let suggestions = resolver.suggestions(for: "Tuwa Republik").compactMap(\.code)
        #expect(suggestions.count == 3 && suggestions.first == "RU-TY")
    }

    @Test func ambiguousNamesListTheirCandidates() {
        for text in ["Altai", "Алтай", "Moscow and Moscow Oblast", "Донбасс"] {
            #expect(throws: DataError.self) { try resolver.resolve(text) }
        }
        do {
            _ = try resolver.resolve("Altai")
        } catch {
            #expect(error.code == .ambiguousRegion)
            #expect(error.message.contains("RU-AL") && error.message.contains("RU-ALT"))
        }
    }

    @Test func rosstatContextReadsPlainOblastsWithTheirOkrugs() throws {
        #expect(try resolver.resolve("Архангельская область", in: .rosstatStatistics).code == "RU-ARK+NEN")
        #expect(try resolver.resolve("Тюменская область", in: .rosstatStatistics).code == "RU-TYU+KHM+YAN")
        #expect(try resolver.resolve("Архангельская область без АО", in: .rosstatStatistics).code == "RU-ARK")
        #expect(try resolver.resolve("Тюменская область без АО", in: .rosstatStatistics).code == "RU-TYU")
        #expect(try resolver.resolve("Архангельская область").code == "RU-ARK")
        #expect(try resolver.resolve("Российская Федерация", in: .rosstatStatistics).code == "RU")
        #expect(try resolver.resolve("в том числе:") == .heading)
    }

    @Test func regionForRejectsAggregates() {
        #expect(throws: DataError.self) { try resolver.region(for: "Российская Федерация") }
        #expect(throws: DataError.self) { try resolver.region(for: "Центральный федеральный округ") }
        #expect((try? resolver.region(for: "Tuva"))?.code == "RU-TY")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func everyRegionOfTheSharedCasualtyListResolves() throws {
        let table = try CSVTestTable(SharedData.text("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").replacing(/"[^"]*"/, with: "\"\""))
        let names = Set(table.rows.compactMap { $0["region"] }).filter { !$0.isEmpty }
        #expect(names.count == 85)
        var codes: Set<String> = []
        for name in names {
            let region = try resolver.region(for: name)
            codes.insert(region.code)
        }
        #expect(codes.count == 85, "85 distinct strings name 85 distinct regions")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func everyRegionRowOfTheRosstatMortalityFileResolves() throws {
        let text = try SharedData.text("ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz")
        let names = Set(text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) })
        #expect(names.count == 88)
        var codes: [String: String] = [:]
        for name in names {
            let match = try resolver.resolve(name, in: .rosstatStatistics)
            codes[name] = match.code
        }
        #expect(Set(codes.values).count == 88, "88 rows name 88 distinct units")
        #expect(codes["Российская Федерация"] == "RU")
        #expect(codes["Ямало-Hенецкий АО"] == "RU-YAN")
        #expect(codes["Архангельская область"] == "RU-ARK+NEN")
        #expect(codes["Архангельская область без АО"] == "RU-ARK")
        #expect(codes["Республика Крым"] == "UA-43")
    }
}
