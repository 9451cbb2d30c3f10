/// The built-in region reference for Russia: the 83 federal subjects of 2021,
/// Crimea and Sevastopol (occupied territory of Ukraine, `UA-43` and `UA-40`), and
/// the four Ukrainian oblasts Russia claimed to annex in 2022 (`UA-14`, `UA-09`,
/// `UA-23`, `UA-65`), with census denominators and regional covariates, each column
/// citing its primary source (see ``RegionColumn/source``).
///
/// The figures are compiled by `scripts/build-russia-reference.py` from the public
/// tables listed in `docs/DATA.md` and embedded in the binary.
public enum RussiaReference {
    /// The name of the default denominator: men aged 16–61 at the 2021 census, the
    /// population at risk of Bessudnov (2023).
    public static let defaultDenominator = "men_16_61_2021"

    /// The reference table of 89 units.
    public static let table: RegionTable = {
        do {
            return try load()
        } catch {
            fatalError("the built-in region reference is malformed: \(error)")
        }
    }()

    /// A resolver for every known spelling of the reference's units.
    public static let resolver: RegionResolver = {
        do {
            let aliases = EmbeddedTable(RussiaReferenceData.aliases).rows.map { (code: $0["code"], alias: $0["alias"]) }
            let rosstat = EmbeddedTable(RussiaReferenceData.rosstatAliases).rows.map {
                (code: $0["code"], alias: $0["alias"])
            }
            let ambiguous = EmbeddedTable(RussiaReferenceData.ambiguous).rows.map {
                (codes: $0["codes"].split(separator: "|").map(String.init), alias: $0["alias"])
            }
            return try RegionResolver(
                table: table, aliases: aliases, ambiguousAliases: ambiguous,
                contextAliases: [.rosstatStatistics: rosstat])
        } catch {
            fatalError("the built-in spellings are malformed: \(error)")
        }
    }()

    private static func load() throws(DataError) -> RegionTable {
        let regionRows = EmbeddedTable(RussiaReferenceData.regions)
        let columnRows = EmbeddedTable(RussiaReferenceData.columns)
        let regions = try regionRows.rows.map { row throws(DataError) -> Region in
            func required<T: RawRepresentable<String>>(_ type: T.Type, _ field: String) throws(DataError) -> T? {
                let text = row[field]
                if text.isEmpty { return nil }
                guard let value = T(rawValue: text) else {
                    throw DataError(.invalidRegionTable, "unknown \(field) '\(text)' for \(row["code"])")
                }
                return value
            }
            return Region(
                code: row["code"],
                name: row["name_en_short"],
                officialName: row["name_en"],
                nativeName: row["name_ru"],
                nativeShortName: row["name_ru_short"],
                federalDistrict: try required(FederalDistrict.self, "federal_district"),
                kind: try required(RegionKind.self, "kind"),
                status: try required(RegionStatus.self, "status") ?? .subject,
                isNationalRepublic: row["national_republic"] == "true",
                titularGroups: row["titular_groups"].isEmpty ? [] : row["titular_groups"].split(separator: "|").map(String.init),
                okato: row["okato"].isEmpty ? nil : row["okato"],
                oktmo: row["oktmo"].isEmpty ? nil : row["oktmo"]
            )
        }
        let columns = try columnRows.rows.map { meta throws(DataError) -> RegionColumn in
            let name = meta["column"]
            let values = try regionRows.rows.map { row throws(DataError) -> Double? in
                let text = row[name]
                if text.isEmpty { return nil }
                guard let value = Double(text) else {
                    throw DataError(.invalidRegionTable, "non-numeric \(name) '\(text)' for \(row["code"])")
                }
                return value
            }
            let source = SourceCitation(
                title: meta["source"], year: meta["year"], url: meta["url"],
                note: meta["note"].isEmpty ? nil : meta["note"])
            return RegionColumn(name: name, label: meta["label"], unit: meta["unit"], source: source, values: values)
        }
        let aggregates = EmbeddedTable(RussiaReferenceData.aggregates).rows.map { row -> RegionAggregate in
            let kind = RegionAggregate.Kind(rawValue: row["kind"]) ?? .composite
            let members: [String] =
                switch kind {
                case .country:
                    regions.filter { $0.status != .annexedUkraine2022 }.map(\.code)
                case .federalDistrict:
                    regions.filter { $0.federalDistrict?.rawValue == row["federal_district"] }.map(\.code)
                case .composite: row["members"].split(separator: "|").map(String.init)
                }
            return RegionAggregate(code: row["code"], kind: kind, name: row["name_en"], nativeName: row["name_ru"], members: members)
        }
        return try RegionTable(
            country: "RU", regions: regions, columns: columns, aggregates: aggregates,
            defaultDenominator: defaultDenominator)
    }
}
