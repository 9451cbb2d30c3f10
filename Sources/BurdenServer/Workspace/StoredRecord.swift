import BurdenData
import GRDB

/// A row of the `record` table: every field of ``CasualtyRecord`` but the source
/// links, dates as their ISO 8601 text, read by the names of its columns
/// (``Columns``). There is no column for a name — the importer never hands one on.
///
/// Versions hold up to millions of rows, so a row is read by `init(row:)` rather than
/// through `Decodable` (8 times slower to load 600,000 records), and written through
/// one prepared statement per import (``insertSQL``, ``arguments``) rather than
/// `PersistableRecord.insert`, which encodes each record into a dictionary first (3.7
/// times slower to import them).
struct StoredRecord: FetchableRecord {
    /// The columns of `record`.
    enum Columns {
        static let dataset = Column("dataset"), position = Column("position"), sourceID = Column("source_id")
        static let region = Column("region"), settlement = Column("settlement"), birthDate = Column("birth_date")
        static let deathDate = Column("death_date"), confirmationDate = Column("confirmation_date"), age = Column("age")
        static let unitType = Column("unit_type"), rank = Column("rank"), ethnicity = Column("ethnicity")
    }

    let dataset: Int64
    let position: Int
    let sourceId: String?
    let region: String?
    let settlement: String?
    let birthDate: String?
    let deathDate: String?
    let confirmationDate: String?
    let age: Int?
    let unitType: String
    let rank: String?
    let ethnicity: String?

    /// The insert of one row; its arguments in the order ``arguments`` gives them.
    static let insertSQL = """
        INSERT INTO record (dataset, position, source_id, region, settlement, birth_date, death_date, confirmation_date,
            age, unit_type, rank, ethnicity)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The row's values in the order of ``insertSQL``.
    var arguments: StatementArguments {
        [dataset, position, sourceId, region, settlement, birthDate, deathDate, confirmationDate, age, unitType, rank, ethnicity]
    }

    /// The row as read from the table, by column name.
    init(row: Row) {
        dataset = row[Columns.dataset]
        position = row[Columns.position]
        sourceId = row[Columns.sourceID]
        region = row[Columns.region]
        settlement = row[Columns.settlement]
        birthDate = row[Columns.birthDate]
        deathDate = row[Columns.deathDate]
        confirmationDate = row[Columns.confirmationDate]
        age = row[Columns.age]
        unitType = row[Columns.unitType]
        rank = row[Columns.rank]
        ethnicity = row[Columns.ethnicity]
    }

    /// The row of the `position`-th record (from 1) of version `dataset`.
    init(dataset: Int64, position: Int, record: CasualtyRecord) {
        self.dataset = dataset
        self.position = position
        sourceId = record.id
        region = record.regionCode
        settlement = record.settlement
        birthDate = record.birthDate?.description
        deathDate = record.deathDate?.description
        confirmationDate = record.confirmationDate?.description
        age = record.age
        unitType = record.unitType.rawValue
        rank = record.rank
        ethnicity = record.ethnicity
    }

    /// The record the row holds.
    var record: CasualtyRecord {
        CasualtyRecord(
            id: sourceId, regionCode: region, settlement: settlement, birthDate: Self.date(birthDate),
            deathDate: Self.date(deathDate), confirmationDate: Self.date(confirmationDate), age: age,
            unitType: UnitType(rawValue: unitType) ?? .unknown, rank: rank, ethnicity: ethnicity)
    }

    private static func date(_ text: String?) -> PartialDate? {
        text.flatMap(PartialDate.init(parsing:))
    }
}
