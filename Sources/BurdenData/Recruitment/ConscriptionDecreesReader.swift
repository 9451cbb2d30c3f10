/// Reads conscription decrees in the layout of `conscription_decrees.csv`:
/// `decree_date, campaign, period_start, period_end, quota, age_range, decree_no,
/// notes, url` (`decree_date`, `age_range`, `decree_no`, notes and url may be absent
/// or empty).
public enum ConscriptionDecreesReader {
    /// Reads the table.
    ///
    /// - Parameters:
    ///   - path: the CSV file (TSV when it ends in `.tsv`, either optionally `.gz`).
    ///   - name: the name messages give the file (an upload's name); the path when `nil`.
    ///   - limits: the bounds on reading.
    /// - Throws: ``DataError`` naming the file, line and column of a missing column, a
    ///   call-up day that is not a full date, a call-up that ends before it starts, or a
    ///   quota that is not a whole number from 0 to 10^9.
    /// - Complexity: O(rows).
    public static func read(path: String, name: String? = nil, limits: ReadLimits = .standard) throws(DataError) -> [ConscriptionDecree] {
        let input = try ChunkedInput(path: path, name: name, limits: limits)
        let table = try SimpleTable(input: input, delimiter: InputFormat.guess(path: name ?? path) == .tsv ? 9 : UInt8(ascii: ","))
        return try read(table: table, name: name ?? path)
    }

    /// Reads the decrees from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name: String) throws(DataError) -> [ConscriptionDecree] {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "conscription decrees '\(name)': \(text)") }
        var columns: [String: Int] = [:]
        for column in ["decree_date", "campaign", "period_start", "period_end", "quota", "age_range", "decree_no", "notes", "url"] {
            if let index = table.column(column) { columns[column] = index }
        }
        for required in ["campaign", "period_start", "period_end", "quota"] where columns[required] == nil {
            throw problem("no '\(required)' column (columns: \(table.header.joined(separator: ", ")))")
        }
        func field(_ row: [String], _ column: String) -> String { columns[column].map { row[$0] } ?? "" }
        return try table.rows.enumerated().map { index, row throws(DataError) in
            let line = index + 2
            func day(_ column: String) throws(DataError) -> PartialDate {
                guard let date = PartialDate(parsing: field(row, column)), date.day != nil else {
                    throw problem("line \(line), column '\(column)': '\(FieldText.shown(field(row, column)))' is not a date (YYYY-MM-DD)")
                }
                return date
            }
            let (start, end) = (try day("period_start"), try day("period_end"))
            guard start <= end else { throw problem("line \(line): the call-up ends (\(end)) before it starts (\(start))") }
            let quotaText = field(row, "quota")
            guard case .value(let quota) = FieldText.number(quotaText), quota >= 0, quota == quota.rounded(),
                quota <= Double(FieldText.maximumCount)
            else {
                throw problem("line \(line), column 'quota': '\(FieldText.shown(quotaText))' is not a whole number from 0 to 1000000000")
            }
            let decreeText = field(row, "decree_date")
            let decreeDate = PartialDate(parsing: decreeText)
            guard decreeDate != nil || decreeText.isEmpty else {
                throw problem("line \(line), column 'decree_date': '\(FieldText.shown(decreeText))' is not a date")
            }
            return ConscriptionDecree(
                decreeDate: decreeDate, campaign: field(row, "campaign"), periodStart: start, periodEnd: end, quota: Int(quota),
                ageRange: field(row, "age_range"), decreeNumber: field(row, "decree_no"), notes: field(row, "notes"),
                url: field(row, "url"), line: line)
        }
    }
}
