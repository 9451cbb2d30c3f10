import ArgumentParser
import BurdenData

/// What `--group` takes: the size of a group by age band (and region), as a file of
/// `age_band,people[,region]` rows (see `GroupSizeTable`) or written out in the value
/// itself — `20-29:410,30-39:520`, with a region as a third part
/// (`20-29:410:Tuva`) — which is how the API takes it.
///
/// A value whose first item is a band of ages followed by `:` is written out and
/// checked here (bands as mortality tables write them, people a number from 0 to
/// 10¹⁰, no band twice in a region); anything else names a file, which the command reads.
public struct GroupArgument: CheckedArgument, Hashable {
    /// One band of the group as written out; the region as given, resolved by the analysis.
    public struct Row: Sendable, Hashable {
        public let band: AgeGroup
        public let people: Double
        public let region: String?
    }

    /// What the value is.
    public enum Value: Sendable, Hashable {
        /// The bands, written out.
        case rows([Row])
        /// A file of them.
        case file(String)
    }

    public let text: String
    /// The bands or the file.
    public let value: Value
    private let error: String?

    public init?(argument: String) {
        text = argument
        let items = argument.split(separator: ",", omittingEmptySubsequences: false).map { $0.split(separator: ":").map { String($0).trimmingSpaces() } }
        guard let first = items.first, first.count >= 2, case .group? = AgeLabel(parsing: first[0]) else {
            value = .file(argument)
            error = FileArgument.problem(of: argument)
            return
        }
        var rows: [Row] = []
        var problem: String?
        for item in items {
            guard (2...3).contains(item.count), case .group(let band)? = AgeLabel(parsing: item[0]),
                let people = DecimalText.number(item[1]), people >= 0, people <= 1e10
            else {
                problem = "'\(item.joined(separator: ":"))' is not a band of the group: it takes BAND:PEOPLE[:REGION], such as 20-29:410"
                break
            }
            let region = item.count == 3 ? item[2] : nil
            if rows.contains(where: { $0.band == band && $0.region == region }) {
                problem = "gives the band \(band)\(region.map { " in \($0)" } ?? "") twice"
                break
            }
            rows.append(Row(band: band, people: people, region: region))
        }
        value = .rows(rows)
        if problem == nil, argument.count > 100_000 || !PrintableText.isPrintable(argument) {
            problem = "is not a group written out (at most 100000 characters, no control characters)"
        }
        error = problem
    }

    /// The file; `nil` for bands written out.
    public var file: String? {
        if case .file(let file) = value { return file }
        return nil
    }

    public var problem: String? { error }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    public static var valueKind: ArgumentKind { .text }
}
