import BurdenData
import GRDB

/// How a record is kept in the `record` table: every field of ``CasualtyRecord``
/// but the source links, dates as their ISO 8601 text. There is no column for a
/// name — the importer never hands one on.
enum StoredRecord {
    /// The insert statement's SQL; arguments as ``arguments(dataset:position:record:)`` gives them.
    static let insertSQL = """
        INSERT INTO record (dataset, position, source_id, region, settlement, birth_date, death_date, confirmation_date,
            age, unit_type, rank, ethnicity)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The insert's arguments for one record.
    static func arguments(dataset: Int64, position: Int, record: CasualtyRecord) -> StatementArguments {
        [
            dataset, position, record.id, record.regionCode, record.settlement, record.birthDate?.description,
            record.deathDate?.description, record.confirmationDate?.description, record.age, record.unitType.rawValue,
            record.rank, record.ethnicity,
        ]
    }

    /// A record from a row of `source_id, region, settlement, birth_date, death_date,
    /// confirmation_date, age, unit_type, rank, ethnicity`.
    static func record(from row: Row) -> CasualtyRecord {
        CasualtyRecord(
            id: row[0], regionCode: row[1], settlement: row[2], birthDate: date(row[3]), deathDate: date(row[4]),
            confirmationDate: date(row[5]), age: row[6], unitType: UnitType(rawValue: row[7]) ?? .unknown, rank: row[8],
            ethnicity: row[9])
    }

    private static func date(_ text: String?) -> PartialDate? {
        text.flatMap(PartialDate.init(parsing:))
    }
}
