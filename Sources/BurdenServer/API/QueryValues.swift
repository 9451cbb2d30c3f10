import BurdenAnalysis
import BurdenData
import Foundation

/// The query string of a request, checked: only the parameters the endpoint takes,
/// each at most once (but for the repeatable ones), none longer than
/// ``maximumValueBytes``, percent-decoded. Accessors check each value's form and
/// range and throw a ``ServerError`` (`badQuery`) that names the parameter.
struct QueryValues: Sendable {
    /// The longest value accepted, in bytes.
    static let maximumValueBytes = 512
    /// The longest query string accepted, in bytes.
    static let maximumQueryBytes = 8192

    private let values: [String: [String]]
    /// The parameters given, in a fixed order: a key for caches.
    let canonical: String

    /// Parses `query` for an endpoint that takes `allowed` parameters.
    init(_ query: String?, allowed: Set<String>, repeatable: Set<String> = []) throws(ServerError) {
        let query = query ?? ""
        var values: [String: [String]] = [:]
        guard query.utf8.count <= Self.maximumQueryBytes else {
            throw ServerError(.badQuery, "the query string is longer than \(Self.maximumQueryBytes) bytes")
        }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw ServerError(.badQuery, "the query string is not valid percent-encoded UTF-8")
            }
            guard allowed.contains(key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw ServerError(.badQuery, "unknown query parameter '\(Self.shown(key))'; this endpoint takes: \(known.isEmpty ? "none" : known)")
            }
            guard value.utf8.count <= Self.maximumValueBytes else {
                throw ServerError(.badQuery, "\(key) is longer than \(Self.maximumValueBytes) bytes")
            }
            if value.isEmpty { continue }
            if values[key] != nil, !repeatable.contains(key) {
                throw ServerError(.badQuery, "\(key) is given more than once")
            }
            values[key, default: []].append(value)
        }
        self.values = values
        canonical = values.keys.sorted().map { key in values[key]!.map { "\(key)=\($0)" }.joined(separator: "&") }
            .joined(separator: "&")
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacing("+", with: " ").removingPercentEncoding
    }

    /// A value as it may be echoed in a message: at most 60 characters, control characters dropped.
    static func shown(_ text: String) -> String {
        let clean = String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        return clean.count > 60 ? String(clean.prefix(60)) + "…" : clean
    }

    /// Every parameter given with its values, in the order of ``canonical``, but for `excluded` ones.
    func parameters(excluding excluded: Set<String>) -> [(name: String, values: [String])] {
        values.keys.sorted().filter { !excluded.contains($0) }.map { ($0, values[$0]!) }
    }

    /// The value of `key`, if given.
    func string(_ key: String) -> String? { values[key]?.first }

    /// Every value of a repeatable `key`, each split at commas.
    func list(_ key: String) -> [String] {
        (values[key] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The value of a required `key`.
    func required(_ key: String) throws(ServerError) -> String {
        guard let value = string(key) else { throw ServerError(.badQuery, "\(key) is required") }
        return value
    }

    /// A number in an open or closed range.
    func number(_ key: String, default fallback: Double, above lower: Double, below upper: Double? = nil) throws(ServerError) -> Double {
        guard let text = string(key) else { return fallback }
        guard let value = Double(text), value.isFinite, value > lower, upper.map({ value < $0 }) ?? true else {
            let range = upper.map { "between \(Self.plain(lower)) and \(Self.plain($0))" } ?? "above \(Self.plain(lower))"
            throw ServerError(.badQuery, "\(key) must be a number \(range) (got '\(Self.shown(text))')")
        }
        return value
    }

    /// One of a fixed set of names.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) throws(ServerError) -> T
    where T.RawValue == String {
        guard let text = string(key) else { return fallback }
        guard let value = T(rawValue: text) else {
            throw ServerError(
                .badQuery, "\(key) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(Self.shown(text))')")
        }
        return value
    }

    /// A workspace id: a positive whole number.
    func id(_ key: String) throws(ServerError) -> Int64? {
        guard let text = string(key) else { return nil }
        guard let value = Int64(text), value > 0 else {
            throw ServerError(.badQuery, "\(key) must be a dataset or file id, a positive whole number (got '\(Self.shown(text))')")
        }
        return value
    }

    /// `true` or `false`.
    func flag(_ key: String) throws(ServerError) -> Bool {
        guard let text = string(key) else { return false }
        switch text {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw ServerError(.badQuery, "\(key) must be true or false (got '\(Self.shown(text))')")
        }
    }

    /// A column name of the region table: letters, digits and `_.-`, at most 64.
    func column(_ key: String, in table: RegionTable? = nil) throws(ServerError) -> String? {
        guard let text = string(key) else { return nil }
        guard text.count <= 64, text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) })
        else {
            throw ServerError(.badQuery, "\(key) must be a column name: letters, digits, '_', '.', '-' (got '\(Self.shown(text))')")
        }
        if let table, table.column(named: text) == nil {
            throw ServerError(
                .badQuery, "\(key) '\(text)' is not a column of the region table; it has: \(table.columns.map(\.name).joined(separator: ", "))")
        }
        return text
    }

    /// The date filter and unit types (`from`, `to`, `unit_type`), checked as the
    /// command line checks `--from`, `--to` and `--unit-type`.
    func filter() throws(ServerError) -> RecordFilter {
        var dates: [PartialDate?] = []
        for key in ["from", "to"] {
            guard let text = string(key) else {
                dates.append(nil)
                continue
            }
            guard let date = PartialDate(parsing: text) else {
                throw ServerError(.badQuery, "\(key) '\(Self.shown(text))' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
            dates.append(date)
        }
        if let start = dates[0], let end = dates[1], start.earliestDay > end.latestDay {
            throw ServerError(.badQuery, "from \(start) is after to \(end)")
        }
        var units: Set<UnitType> = []
        for text in list("unit_type") {
            guard let unit = UnitType(rawValue: text) ?? UnitType(label: text) else {
                let known = UnitType.allCases.map(\.rawValue).joined(separator: ", ")
                throw ServerError(.badQuery, "unit_type '\(Self.shown(text))' is not one of \(known)")
            }
            units.insert(unit)
        }
        return RecordFilter(from: dates[0], to: dates[1], unitTypes: units)
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
