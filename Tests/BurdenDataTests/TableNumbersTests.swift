@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Numbers read from tables are plain finite decimals within documented bounds: NaN,
/// infinities, hexadecimal and overflowing values are errors naming the row and the
/// column in every reader, never values and never a trap downstream.
struct TableNumbersTests {
    private func file(_ text: String, _ name: String) throws -> (TemporaryFolder, String) {
        try TemporaryFolder.holding(text, named: name)
    }

    /// Texts that are not numbers the readers take.
    static let notNumbers = [
        "nan", "NaN", "-nan", "inf", "-inf", "Infinity", "0x10", "0X1p3", "1e400", "-1e400", "1e16", "1_000", "1 000",
        "+-1", "1e", ".", "e5", "12abc", "１２", "1.2.3", "\u{1B}1",
    ]

    @Test("FieldText.number reads plain decimals only", arguments: [
        ("12", 12.0), ("-0.5", -0.5), (".5", 0.5), ("5.", 5.0), ("+3", 3.0), ("1.2e6", 1.2e6), ("1E-3", 0.001), (" 7 ", 7.0),
        ("1e15", 1e15), ("-1e15", -1e15),
    ])
    func plainDecimalsAreNumbers(text: String, value: Double) {
        #expect(FieldText.number(text) == .value(value))
    }

    @Test("anything else is not a number", arguments: notNumbers)
    func otherTextIsNotANumber(text: String) {
        guard case .invalid = FieldText.number(text) else {
            Issue.record("'\(text)' read as \(FieldText.number(text))")
            return
        }
    }

    @Test("an empty field or a placeholder is a missing number, NaN is not", arguments: ["", " ", "NA", "n/a", "null", "-"])
    func placeholdersAreMissing(text: String) {
        #expect(FieldText.number(text) == .missing)
    }

    @Test("a population is whole, from 0 to 1e10", arguments: ["1e19", "1e11", "10000000001", "12.5", "-1", "nan", "0x10"])
    func populationsAreBounded(text: String) throws {
        guard case .invalid = FieldText.population(text) else {
            Issue.record("'\(text)' read as a population")
            return
        }
        let (folder, path) = try file("code,name,population\nXX-A,One,\(text)\n", "regions.csv")
        #expect { try RegionTableReader.read(path: path) } throws: { error in
            "\(error)".contains("row 1 ('XX-A'), column 'population'")
        }
        _ = folder
    }

    @Test("a region table refuses every non-number, naming row and column", arguments: notNumbers)
    func regionTables(text: String) throws {
        let (folder, path) = try file("code,name,population,poverty\nXX-A,One,1000,5\nXX-B,Two,2000,\"\(text)\"\n", "regions.csv")
        #expect { try RegionTableReader.read(path: path) } throws: { error in
            "\(error)".contains("row 2 ('XX-B'), column 'poverty'") && !"\(error)".contains("\n")
        }
        _ = folder
    }

    @Test("the bounds themselves are read: a population of 1e10, a covariate of ±1e15")
    func boundsAreRead() throws {
        let (folder, path) = try file("code,name,population,x\nXX-A,One,10000000000,1e15\nXX-B,Two,1.2e6,-1e15\n", "regions.csv")
        let (table, _) = try RegionTableReader.read(path: path)
        #expect(table.columns.first { $0.name == "population" }?.values == [1e10, 1.2e6])
        _ = folder
    }

    @Test("a counts table refuses counts that are not whole numbers from 0 to 10^9", arguments: [
        "nan", "inf", "0x10", "1e400", "1e3", "99999999999999999999", "1000000001", "-1", "2.5",
    ])
    func countsTables(text: String) throws {
        let (folder, path) = try file("region,deaths\nTuva,\(text)\n", "counts.csv")
        #expect { try CountsTableReader.read(path: path, resolver: RussiaReference.resolver) } throws: { error in
            "\(error)".contains("no row could be used (1 rows): row 1 (line 2): column 'deaths': ")
                && "\(error)".contains(" is not a whole number from 0 to 10^9") && !"\(error)".contains("\n")
        }
        _ = folder
    }

    @Test("a deaths table refuses counts that are not whole numbers from 0 to 10^9", arguments: [
        "nan", "inf", "0x10", "1e400", "99999999999999999999", "1000000001", "4294967296",
    ])
    func deathsTables(text: String) throws {
        let (folder, path) = try file("region,year,age_group,sex,deaths\nTuva,2019,15-19,m,\(text)\n", "deaths.csv")
        #expect { try DeathsTableReader.read(path: path) } throws: { error in "\(error)".contains("line 2: deaths") }
        _ = folder
    }

    @Test func aSparseDeathsTableIsRefusedRatherThanAllocated() throws {
        var text = "region,year,age_group,sex,deaths\n"
        for index in 0..<200 {
            text += "\(["Tuva", "Buryatia", "Moscow"][index % 3]),\(index % 2 == 0 ? 1000 : 9999),\(index % 100)-\(index % 100),m,1\n"
        }
        let (folder, path) = try file(text, "deaths.csv")
        #expect { try DeathsTableReader.read(path: path) } throws: { error in "\(error)".contains("too sparse") }
        _ = folder
    }

    @Test("a series refuses values that are not whole bounded numbers, naming line and column", arguments: notNumbers)
    func series(text: String) throws {
        let (folder, path) = try file("date,value\n2023-01-01,10\n2023-01-02,\"\(text)\"\n", "series.csv")
        #expect { try CumulativeSeriesReader.read(path: path) } throws: { error in "\(error)".contains("line 3, column 'value'") }
        _ = folder
    }

    @Test("published estimates refuse values that are not numbers, naming line and column", arguments: notNumbers)
    func estimates(text: String) throws {
        for column in ["value", "low", "high"] {
            let values = ["value": "100", "low": "", "high": ""].merging([column: "\"\(text)\""]) { $1 }
            let (folder, path) = try file(
                "as_of,source,quantity,value,low,high\n2023-01,A,killed,\(values["value"]!),\(values["low"]!),\(values["high"]!)\n",
                "estimates.csv")
            #expect { try PublishedEstimatesReader.read(path: path) } throws: { error in
                "\(error)".contains("line 2, column '\(column)'")
            }
            _ = folder
        }
    }

    @Test("a discrepancy table refuses cells of a source column that are not numbers", arguments: notNumbers)
    func discrepancies(text: String) throws {
        let (folder, path) = try file("date,a,b\n2023-01-01,10,11\n2023-01-02,12,\"\(text)\"\n", "discrepancies.csv")
        #expect { try DiscrepancyTableReader.read(path: path) } throws: { error in "\(error)".contains("line 3, column 'b'") }
        _ = folder
    }

    @Test("indicators and group populations refuse non-numbers, naming row and column", arguments: notNumbers)
    func sideTables(text: String) throws {
        let (folder, path) = try file("region,x,population,group\nTuva,1,100,a\nBuryatia,\"\(text)\",\"\(text)\",b\n", "side.csv")
        #expect { try IndicatorTable.read(path: path, expression: "x", resolver: RussiaReference.resolver) } throws: { error in
            "\(error)".contains("row 2, column 'x'")
        }
        #expect { try GroupPopulationTable.read("\(path):population", withinRegion: false, resolver: RussiaReference.resolver) } throws: {
            error in "\(error)".contains("row 2, column 'population'")
        }
        _ = folder
    }

    @Test func aRatioThatDividesByZeroGivesNoValue() throws {
        let (folder, path) = try file("region,a,b\nTuva,1,0\nBuryatia,2,4\n", "side.csv")
        let table = try IndicatorTable.read(path: path, expression: "a/b", resolver: RussiaReference.resolver)
        #expect(table.values == ["RU-BU": 0.5])
        _ = folder
    }
}
