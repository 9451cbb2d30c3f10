/// Which column of an input fills which field of the record model.
///
/// Known layouts are recognised by their header: the Mediazona/BBC list as published
/// by Bessudnov in 2023 (`id, first_name, last_name, impliedEthnicity, birthYear,
/// deathConfirmedDate, unitType, age, region, source` — also what `warburden
/// simulate` writes) and in 2022 (`id, firstName, lastName, region, birthYear,
/// deathConfirmedDate, source`). Other headers are matched by common column names
/// (`region`, `birth_year`, `date_of_death`, `регион`…); `--map field=column`
/// overrides any of it — but for a column the header names as a person's name
/// (`first_name`, `surname`, `фамилия`…): names never leave the importer, so a field
/// other than a name mapped onto one is refused, or, when allowed, dropped.
public struct ColumnLayout: Sendable, Hashable {
    /// The layout's name: `mediazona-2023`, `mediazona-2022` or `custom`.
    public let name: String
    /// The column index of each mapped field.
    public let columns: [RecordField: Int]
    /// The header names of columns no field uses.
    public let ignoredColumns: [String]

    /// Recognises the layout of a header, with explicit mappings taking precedence.
    ///
    /// - Parameters:
    ///   - header: the column names.
    ///   - overrides: field → column name, from `--map`.
    ///   - allowingNameColumns: what to do with an override that maps a field other
    ///     than a name onto a column of names: drop it (the column stays the name it
    ///     is, the field is read as if the override had not been given) when `true`,
    ///     refuse it when `false`.
    /// - Throws: ``DataError`` when an override names a column the header lacks, maps
    ///   a field onto a column of names (unless allowed), or no column holds the region.
    public init(header: [String], overrides: [RecordField: String] = [:], allowingNameColumns: Bool = false) throws(DataError) {
        var columns: [RecordField: Int] = [:]
        let known = header.map(Self.key)
        let mediazona2023 = ["id", "firstname", "lastname", "impliedethnicity", "birthyear", "deathconfirmeddate", "unittype", "age", "region", "source"]
        let mediazona2022 = ["id", "firstname", "lastname", "region", "birthyear", "deathconfirmeddate", "source"]
        // first_name and firstName reduce to one key: the 2022 layout is the one without
        // the unit type, age and ethnicity columns.
        if Set(mediazona2023).isSubset(of: known) {
            name = "mediazona-2023"
        } else if Set(mediazona2022).isSubset(of: known) {
            name = "mediazona-2022"
        } else {
            name = "custom"
        }
        for (index, column) in known.enumerated() {
            guard let field = Self.synonyms[column], columns[field] == nil else { continue }
            columns[field] = index
        }
        for (field, column) in overrides {
            guard let index = header.firstIndex(of: column) ?? known.firstIndex(of: Self.key(column)) else {
                let list = header.map { "'\($0)'" }.joined(separator: ", ")
                throw DataError(.invalidArgument, "--map \(field.rawValue)=\(column): no column '\(column)' (the file has \(list))")
            }
            if !field.isName, Self.synonyms[known[index]]?.isName == true {
                guard allowingNameColumns else {
                    throw DataError(
                        .invalidArgument,
                        "--map \(field.rawValue)=\(column): '\(header[index])' is a column of names, which are never stored; "
                            + "map another column, or give --allow-name-columns (allow_name_columns=true over HTTP) to drop this mapping")
                }
                continue
            }
            columns = columns.filter { $0.value != index }
            columns[field] = index
        }
        guard columns[.region] != nil else {
            let list = header.map { "'\($0)'" }.joined(separator: ", ")
            throw DataError(.invalidArgument, "no region column among \(list); name it with --map region=COLUMN")
        }
        let used = Set(columns.values)
        self.columns = columns
        self.ignoredColumns = header.indices.filter { !used.contains($0) }.map { header[$0] }
    }

    /// A column name reduced for matching: lower case, without spaces, `_`, `-` and `.`.
    static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-.".unicodeScalars.contains($0) })
    }

    /// Column names (reduced by ``key(_:)``) that mean a field.
    static let synonyms: [String: RecordField] = {
        let table: [RecordField: [String]] = [
            .id: ["id", "recordid", "personid", "№"],
            .firstName: ["firstname", "givenname", "name", "имя"],
            .lastName: ["lastname", "surname", "familyname", "фамилия"],
            .patronymic: ["patronymic", "middlename", "отчество"],
            .fullName: ["fullname", "фио"],
            .region: ["region", "regionname", "subject", "federalsubject", "регион", "субъект", "область"],
            .settlement: ["settlement", "city", "town", "village", "place", "населенныйпункт", "город"],
            .birthDate: ["birthdate", "dateofbirth", "датарождения"],
            .birthYear: ["birthyear", "yearofbirth", "born", "годрождения"],
            .deathDate: ["deathdate", "dateofdeath", "died", "датасмерти", "датагибели"],
            .confirmationDate: ["deathconfirmeddate", "confirmationdate", "dateconfirmed", "reportdate", "publicationdate", "датаподтверждения"],
            .age: ["age", "возраст"],
            .unitType: ["unittype", "unit", "category", "type", "категория"],
            .rank: ["rank", "звание"],
            .ethnicity: ["ethnicity", "impliedethnicity", "ethnicgroup", "национальность"],
            .source: ["source", "sources", "link", "links", "url", "источник"],
        ]
        var map: [String: RecordField] = [:]
        for (field, names) in table { for name in names { map[name] = field } }
        return map
    }()
}
