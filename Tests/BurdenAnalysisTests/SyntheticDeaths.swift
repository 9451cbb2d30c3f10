import BurdenData
import BurdenTestSupport
import Foundation

/// Deaths tables of a made-up country, written in the tidy layout and read back as a
/// user would: three regions, `XX-N`, `XX-S`, `XX-E`, with populations and two
/// covariates, and country rows under `ALL` when asked for.
struct SyntheticDeaths {
    /// The region table: populations (men of working age) and two covariates.
    static let regionText = """
        code,name,population,poverty_pct,minority_pct
        XX-N,North,120000,12.5,10
        XX-S,South,80000,22.0,35
        XX-E,East,50000,18.0,60
        XX-W,West,40000,30.0,5

        """

    let folder: TemporaryFolder
    let table: RegionTable
    let resolver: RegionResolver

    init() throws {
        folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("regions.csv")
        try Self.regionText.write(to: url, atomically: true, encoding: .utf8)
        (table, resolver) = try RegionTableReader.read(path: url.path)
    }

    /// Writes the counts `deaths(region, year, group, sex)` (`nil`: no row) for the
    /// regions, years and groups given, and reads them back. The country's rows (`ALL`)
    /// sum the regions' rows that exist; a cell no region has is missing.
    func table(
        regions: [String] = ["XX-N", "XX-S", "XX-E"], country: Bool = true, years: [Int], groups: [String],
        deaths: (String, Int, String, Sex) -> Int?
    ) throws -> DeathsTable {
        var lines = ["region,year,age_group,sex,deaths"]
        for region in regions + (country ? ["ALL"] : []) {
            for year in years {
                for group in groups {
                    for sex in Sex.allCases {
                        let count: Int?
                        if region == "ALL" {
                            let parts = regions.compactMap { deaths($0, year, group, sex) }
                            count = parts.isEmpty ? nil : parts.reduce(0, +)
                        } else {
                            count = deaths(region, year, group, sex)
                        }
                        if let count { lines.append("\(region),\(year),\(group),\(sex.rawValue),\(count)") }
                    }
                }
            }
        }
        let url = folder.url.appendingPathComponent("deaths-\(UUID().uuidString).csv")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        let resolver = self.resolver
        return try DeathsTableReader.read(path: url.path, resolver: resolver)
    }

    /// A deterministic, irregular count: a base with a trend and a wobble by year,
    /// group, sex and region.
    static func count(_ region: String, _ year: Int, _ group: String, _ sex: Sex, base: Int = 400) -> Int {
        let r = region.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 17
        let g = group.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 13
        let wobble = ((year * 7919 + r * 104_729 + g * 1_299_709 + (sex == .male ? 31 : 0)) % 97) - 48
        let trend = (year - 2010) * (sex == .male ? 3 : 1)
        return base * (sex == .male ? 2 : 1) + 5 * r + 9 * g + trend + wobble
    }
}
