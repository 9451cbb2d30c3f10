/// Reads recruitment claims in the layout of `recruitment_claims.csv`:
/// `published_date, period_start, period_end, source, quantity, value, notes, url`,
/// and an optional `volunteers` column.
///
/// The table as published keeps the volunteers a statement gave beside its contracts
/// in the row's notes ("plus >36,000 volunteers"). So that they are a figure the tool
/// can read without editing the rows, each is read as a claim of its own
/// (quantity `volunteers`, the same statement's date, period, source and url, origin
/// ``RecruitmentClaim/Origin/notes``). The same figure may also be written as a row of
/// quantity `volunteers`, or in a `volunteers` column of the contract row; either takes
/// the place of the figure in the notes of the same statement (same published date,
/// period and source).
public enum RecruitmentClaimsReader {
    /// Reads the table.
    ///
    /// Values are plain decimal numbers from 0 to 10^15; dates are ISO days, months or
    /// years (`2025-12-24`, `2023-12`).
    ///
    /// - Parameters:
    ///   - path: the CSV file (TSV when it ends in `.tsv`, either optionally `.gz`).
    ///   - name: the name messages give the file (an upload's name); the path when `nil`.
    ///   - limits: the bounds on reading.
    /// - Throws: ``DataError`` naming the file, line and column of a missing column, a
    ///   date that cannot be read, a period that ends before it starts, or a value that
    ///   is not a number ≥ 0.
    /// - Complexity: O(rows).
    public static func read(path: String, name: String? = nil, limits: ReadLimits = .standard) throws(DataError) -> [RecruitmentClaim] {
        let input = try ChunkedInput(path: path, name: name, limits: limits)
        let table = try SimpleTable(input: input, delimiter: InputFormat.guess(path: name ?? path) == .tsv ? 9 : UInt8(ascii: ","))
        return try read(table: table, name: name ?? path)
    }

    /// Reads the claims from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name: String) throws(DataError) -> [RecruitmentClaim] {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "recruitment claims '\(name)': \(text)") }
        var columns: [String: Int] = [:]
        for column in ["published_date", "period_start", "period_end", "source", "quantity", "value", "notes", "url", "volunteers"] {
            if let index = table.column(column) { columns[column] = index }
        }
        for required in ["period_start", "period_end", "source", "quantity", "value"] where columns[required] == nil {
            throw problem("no '\(required)' column (columns: \(table.header.joined(separator: ", ")))")
        }
        func field(_ row: [String], _ column: String) -> String { columns[column].map { row[$0] } ?? "" }

        var claims: [RecruitmentClaim] = []
        var fromNotes: [RecruitmentClaim] = []
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            func date(_ column: String) throws(DataError) -> PartialDate {
                guard let date = PartialDate(parsing: field(row, column)) else {
                    throw problem("line \(line), column '\(column)': '\(FieldText.shown(field(row, column)))' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
                }
                return date
            }
            func count(_ column: String) throws(DataError) -> Double? {
                switch FieldText.number(field(row, column)) {
                case .missing: return nil
                case .invalid(let reason): throw problem("line \(line), column '\(column)': \(reason)")
                case .value(let value):
                    guard value >= 0 else { throw problem("line \(line), column '\(column)': a count cannot be negative (\(field(row, column)))") }
                    return value
                }
            }
            let start = try date("period_start")
            let end = try date("period_end")
            guard start.earliestDay <= end.latestDay else {
                throw problem("line \(line): the period ends (\(end)) before it starts (\(start))")
            }
            let publishedText = field(row, "published_date")
            let published = PartialDate(parsing: publishedText)
            guard published != nil || publishedText.isEmpty else {
                throw problem("line \(line), column 'published_date': '\(FieldText.shown(publishedText))' is not a date")
            }
            guard let value = try count("value") else { throw problem("line \(line), column 'value': no value") }
            let (source, quantity, notes, url) = (field(row, "source"), field(row, "quantity"), field(row, "notes"), field(row, "url"))
            guard !quantity.isEmpty else { throw problem("line \(line), column 'quantity': empty") }
            claims.append(RecruitmentClaim(
                published: published, periodStart: start, periodEnd: end, source: source, quantity: quantity, value: value,
                notes: notes, url: url, line: line))
            let volunteers = RecruitmentClaim.Quantity.volunteers.rawValue
            if let stated = try count("volunteers") {
                claims.append(RecruitmentClaim(
                    published: published, periodStart: start, periodEnd: end, source: source, quantity: volunteers, value: stated,
                    notes: notes, url: url, line: line, origin: .column))
            } else if quantity != volunteers, let note = VolunteersNote(notes) {
                fromNotes.append(RecruitmentClaim(
                    published: published, periodStart: start, periodEnd: end, source: source, quantity: volunteers, value: note.value,
                    isLowerBound: note.isLowerBound, notes: notes, url: url, line: line, origin: .notes))
            }
        }
        // A figure written out (row or column) takes the place of the same statement's note.
        let written = Set(claims.filter { $0.kind == .volunteers }.map(StatementKey.init))
        claims += fromNotes.filter { !written.contains(StatementKey($0)) }
        return claims.sorted { ($0.line, $0.origin == .row ? 0 : 1) < ($1.line, $1.origin == .row ? 0 : 1) }
    }

    /// What identifies one statement: when it was published, the period and who made it.
    private struct StatementKey: Hashable {
        let published: PartialDate?
        let start: PartialDate
        let end: PartialDate
        let source: String

        init(_ claim: RecruitmentClaim) {
            (published, start, end, source) = (claim.published, claim.periodStart, claim.periodEnd, claim.source)
        }
    }
}
