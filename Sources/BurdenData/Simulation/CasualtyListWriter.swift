/// Writes simulated rows in the column layout of the Mediazona/BBC list as published
/// by Bessudnov (2023): `id, first_name, last_name, impliedEthnicity, birthYear,
/// deathConfirmedDate, unitType, age, region, source`, with the three name columns
/// holding the word `removed`.
public struct CasualtyListWriter {
    /// The file formats.
    public enum Format: String, Sendable, CaseIterable {
        /// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; LF line ends.
        case csv
        /// One JSON object per line; numbers as numbers, missing values as `null`.
        case ndjson
    }

    /// The column names of the layout, in order.
    public static let columns = [
        "id", "first_name", "last_name", "impliedEthnicity", "birthYear", "deathConfirmedDate", "unitType",
        "age", "region", "source",
    ]

    private let output: ByteOutput
    private let format: Format

    /// Creates a writer and writes the CSV header line (NDJSON has none).
    public init(output: ByteOutput, format: Format) throws(DataError) {
        self.output = output
        self.format = format
        if format == .csv { try output.write(Self.columns.joined(separator: ",") + "\n") }
    }

    /// Writes one row.
    public func write(_ row: CasualtySimulator.Row) throws(DataError) {
        switch format {
        case .csv: try writeCSV(row)
        case .ndjson: try writeNDJSON(row)
        }
    }

    private func writeCSV(_ row: CasualtySimulator.Row) throws(DataError) {
        try output.write(integer: row.id)
        try output.write(",removed,removed,removed,")
        if let year = row.birthYear { try output.write(integer: year) }
        try output.write(byte: UInt8(ascii: ","))
        try output.write(row.dateText)
        try output.write(byte: UInt8(ascii: ","))
        try output.write(row.unitType.listLabel)
        try output.write(byte: UInt8(ascii: ","))
        if let age = row.age { try output.write(integer: age) }
        try output.write(byte: UInt8(ascii: ","))
        try CSVField.plain.write(row.regionText, to: output)
        try output.write(byte: UInt8(ascii: ","))
        try CSVField.plain.write(row.source, to: output)
        try output.write(byte: UInt8(ascii: "\n"))
    }

    private func writeNDJSON(_ row: CasualtySimulator.Row) throws(DataError) {
        try output.write("{\"id\":")
        try output.write(integer: row.id)
        try output.write(",\"first_name\":\"removed\",\"last_name\":\"removed\",\"impliedEthnicity\":\"removed\",\"birthYear\":")
        if let year = row.birthYear { try output.write(integer: year) } else { try output.write("null") }
        try output.write(",\"deathConfirmedDate\":")
        try writeJSONString(row.dateText)
        try output.write(",\"unitType\":")
        try writeJSONString(row.unitType.listLabel)
        try output.write(",\"age\":")
        if let age = row.age { try output.write(integer: age) } else { try output.write("null") }
        try output.write(",\"region\":")
        try writeJSONString(row.regionText)
        try output.write(",\"source\":")
        try writeJSONString(row.source)
        try output.write("}\n")
    }

    private func writeJSONString(_ text: String) throws(DataError) {
        try output.write(byte: UInt8(ascii: "\""))
        try output.write(JSONText.escaped(text))
        try output.write(byte: UInt8(ascii: "\""))
    }
}
