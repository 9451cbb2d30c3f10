import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct RussiaReferenceTests {
    let table = RussiaReference.table

    @Test func referenceHoldsEightyNineUnitsOfThreeStatuses() {
        #expect(table.regions.count == 89)
        #expect(Set(table.regions.map(\.code)).count == 89)
        let byStatus = Dictionary(grouping: table.regions, by: \.status).mapValues { $0.map(\.code).sorted() }
        #expect(byStatus[.subject]?.count == 83)
        #expect(byStatus[.occupiedUkraine2014] == ["UA-40", "UA-43"])
        #expect(byStatus[.annexedUkraine2022] == ["UA-09", "UA-14", "UA-23", "UA-65"])
        #expect(table.regions.filter { $0.status == .subject }.allSatisfy { $0.code.hasPrefix("RU-") })
    }

    @Test func everyUnitHasNamesKindAndDistrict() {
        for region in table.regions {
            #expect(!region.name.isEmpty && region.officialName != nil && region.nativeName != nil, "\(region.code)")
            #expect(region.kind != nil, "\(region.code)")
            if region.status != .annexedUkraine2022 { #expect(region.federalDistrict != nil, "\(region.code)") }
        }
        let kinds = Dictionary(grouping: table.regions.filter { $0.status == .subject }, by: { $0.kind! }).mapValues(\.count)
        #expect(kinds == [.republic: 21, .krai: 9, .oblast: 46, .federalCity: 2, .autonomousOblast: 1, .autonomousOkrug: 4])
    }

    @Test func twentyOneNationalRepublicsEachWithATitularGroup() {
        let republics = table.regions.filter(\.isNationalRepublic)
        #expect(republics.count == 21)
        #expect(republics.allSatisfy { $0.kind == .republic && !$0.titularGroups.isEmpty && $0.status == .subject })
        #expect(table.region(code: "UA-43")?.isNationalRepublic == false, "Crimea is flagged by its status instead")
        #expect(table.region(code: "RU-TY")?.titularGroups == ["Tuvan"])
    }

    @Test func everyFigureColumnCitesItsPrimarySourceAndYear() {
        #expect(table.columns.count >= 12)
        for column in table.columns {
            #expect(column.source?.title.isEmpty == false, "\(column.name)")
            #expect(column.source?.year?.count == 4, "\(column.name)")
            #expect(!column.unit.isEmpty && !column.label.isEmpty, "\(column.name)")
        }
    }

    @Test func censusFiguresCoverTheEightyFiveUnitsAndNotTheAnnexedOblasts() throws {
        for name in ["men_16_61_2021", "men_2021", "population_2021", "urban_population_2021", "urban_share_2021",
                     "population_avg_2021", "below_subsistence_pct_2020", "unemployment_pct_2020", "mean_income_2020",
                     "subsistence_level_2020", "area_km2"] {
            for region in table.regions {
                let value = table.value(name, for: region.code)
                if region.status == .annexedUkraine2022 {
                    #expect(value == nil, "\(name) \(region.code)")
                } else {
                    #expect((value ?? 0) > 0, "\(name) \(region.code)")
                }
            }
        }
        // The 2010 census did not cover Crimea and Sevastopol.
        let withEthnicity = table.regions.filter { table.value("russian_share_men_2010", for: $0.code) != nil }
        #expect(withEthnicity.count == 83)
        // Rosstat's totals: 147,182,123 people, 110,075,322 urban (74.8%).
        let population = table.regions.compactMap { table.value("population_2021", for: $0.code) }.reduce(0, +)
        let urban = table.regions.compactMap { table.value("urban_population_2021", for: $0.code) }.reduce(0, +)
        #expect(population == 147_182_123)
        #expect(urban == 110_075_322)
    }

    /// The figures of three regions, copied by hand from the sources named in docs/DATA.md.
    @Test("Tuva, Moscow and Buryatia equal their source values", arguments: [
        ("RU-TY", [92_884, 159_045, 336_651, 183_931, 54.64, 331_487, 31.7, 18, 18_972, 10_674, 16.695611902280884, 168_604]),
        ("RU-MOW", [4_096_435, 6_042_742, 13_010_112, 13_010_112, 100, 12_645_258, 6.1, 2.6, 77_283, 17_740, 90.65412416107722, 2_561]),
        ("RU-BU", [278_885, 458_832, 978_588, 578_514, 59.12, 984_029, 20, 10.5, 26_092, 12_333, 65.13491166983033, 351_334]),
    ])
    func figuresEqualSourceValues(code: String, expected: [Double]) {
        let columns = [
            "men_16_61_2021", "men_2021", "population_2021", "urban_population_2021", "urban_share_2021",
            "population_avg_2021", "below_subsistence_pct_2020", "unemployment_pct_2020", "mean_income_2020",
            "subsistence_level_2020", "russian_share_men_2010", "area_km2",
        ]
        for (column, value) in zip(columns, expected) {
            #expect(table.value(column, for: code) == value, "\(code) \(column)")
        }
    }

    @Test func aggregatesCoverTheCountryAndItsDistricts() throws {
        let country = try #require(table.aggregate(code: "RU"))
        #expect(country.members.count == 85)
        let districts = table.aggregates.filter { $0.kind == .federalDistrict }
        #expect(districts.count == 8)
        #expect(Set(districts.flatMap(\.members)) == Set(country.members))
        #expect(table.aggregate(code: "RU-ARK+NEN")?.members == ["RU-ARK", "RU-NEN"])
        #expect(table.aggregate(code: "RU-TYU+KHM+YAN")?.members == ["RU-TYU", "RU-KHM", "RU-YAN"])
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func everyFigureEqualsTheSharedSourceTables() throws {
        let census = try CSVTestTable(SharedData.text("regions/census2021_population_urban.csv"))
        let reference = try CSVTestTable(SharedData.text("regions/ru_subjects_reference.csv"))
        let characteristics = try CSVTestTable(SharedData.text("ru-casualties-2023-04/regionCharacteristics.csv"))
        let ethnicity = try CSVTestTable(SharedData.text("ru-casualties-2023-04/census_2010_ethn.csv"))
        func code(_ iso: String) -> String { ["RU-CR": "UA-43", "RU-SEV": "UA-40"][iso] ?? iso }
        var checked = 0
        for row in census.rows {
            let c = code(row["iso_3166_2"]!)
            for (column, source) in [("men_16_61_2021", "men_working_age_2021_census"), ("men_2021", "men_2021_census"),
                                     ("population_2021", "population_2021_census"),
                                     ("urban_population_2021", "urban_population_2021_census"),
                                     ("urban_share_2021", "urban_share_pct")] {
                #expect(table.value(column, for: c) == Double(row[source]!), "\(c) \(column)")
                checked += 1
            }
        }
        for row in reference.rows {
            let c = code(row["iso_3166_2"]!)
            #expect(table.value("population_avg_2021", for: c) == Double(row["pop_avg_2021_rosstat"]!), "\(c)")
            #expect(table.value("area_km2", for: c) == Double(row["area_km2"]!), "\(c)")
            #expect(table.region(code: c)?.nativeName != nil)
            checked += 2
        }
        let isoShort = Dictionary(uniqueKeysWithValues: reference.rows.map { ($0["iso_short"]!, code($0["iso_3166_2"]!)) })
            .merging(["UA-43": "UA-43", "UA-40": "UA-40"]) { a, _ in a }
        for row in characteristics.rows {
            let c = try #require(isoShort[row["regNameISO"]!])
            for (column, source) in [("below_subsistence_pct_2020", "percBelowSubsistence"),
                                     ("unemployment_pct_2020", "unemploymentRate"), ("mean_income_2020", "meanIncome"),
                                     ("subsistence_level_2020", "subsistenceLevel")] {
                #expect(table.value(column, for: c) == Double(row[source]!), "\(c) \(column)")
                checked += 1
            }
        }
        for row in ethnicity.rows {
            let c = try #require(isoShort[row["regNameISO"]!])
            #expect(table.value("russian_share_men_2010", for: c) == Double(row["percRus"]!), "\(c)")
            checked += 1
        }
        #expect(checked == 85 * 5 + 85 * 2 + 85 * 4 + 83)
    }
}
