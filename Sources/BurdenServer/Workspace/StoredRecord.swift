import BurdenData
import GRDB

/// A row of the `record` table: every field of ``CasualtyRecord`` but the source
/// links, dates as their ISO 8601 text, read and written by the names of the columns
/// (`source_id` ↔ `sourceID`, …) through `Codable`. There is no column for a name —
/// the importer never hands one on.
struct StoredRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "record"

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

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

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
