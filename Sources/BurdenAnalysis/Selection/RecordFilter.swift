import BurdenData

/// Which records an analysis counts: a date range and unit types.
///
/// A record's date is its date of death, or its confirmation date when the list gives
/// no date of death. With a date range, a record counts when every day its date can
/// mean lies in the range (`2023-05` is in 2023-01-01…2023-12-31); a date that only
/// partly overlaps the range (`2023` for a range starting 2023-06-01) cannot be placed
/// and is left out, as are records without a date — both are counted in ``Tally`` so
/// that nothing is dropped silently.
public struct RecordFilter: Sendable, Hashable {
    /// The first day counted, when set.
    public var from: PartialDate?
    /// The last day counted, when set.
    public var to: PartialDate?
    /// The unit types counted; all when empty.
    public var unitTypes: Set<UnitType>

    /// Creates a filter; with no arguments it keeps every record.
    public init(from: PartialDate? = nil, to: PartialDate? = nil, unitTypes: Set<UnitType> = []) {
        self.from = from.map(\.earliestDay)
        self.to = to.map(\.latestDay)
        self.unitTypes = unitTypes
    }

    /// Whether the filter keeps every record.
    public var keepsEverything: Bool { from == nil && to == nil && unitTypes.isEmpty }

    /// What filtering did to a set of records.
    public struct Tally: Sendable, Hashable {
        /// Records kept.
        public var kept = 0
        /// Records outside the date range or of another unit type.
        public var excluded = 0
        /// Records left out because they have no date (only with a date range).
        public var undated = 0
        /// Records left out because their date is too coarse to place in the range.
        public var imprecise = 0

        /// Creates a tally.
        public init(kept: Int = 0, excluded: Int = 0, undated: Int = 0, imprecise: Int = 0) {
            self.kept = kept
            self.excluded = excluded
            self.undated = undated
            self.imprecise = imprecise
        }
    }

    /// The outcome for one record.
    public enum Decision: Sendable, Hashable {
        case kept, excluded, undated, imprecise
    }

    /// Decides one record.
    public func decide(_ record: CasualtyRecord) -> Decision {
        if !unitTypes.isEmpty, !unitTypes.contains(record.unitType) { return .excluded }
        guard from != nil || to != nil else { return .kept }
        guard let date = record.deathDate ?? record.confirmationDate else { return .undated }
        let (first, last) = (date.earliestDay, date.latestDay)
        if let from, last < from { return .excluded }
        if let to, first > to { return .excluded }
        if let from, first < from { return .imprecise }
        if let to, last > to { return .imprecise }
        return .kept
    }

    /// The records the filter keeps, and the tally.
    public func apply(to records: [CasualtyRecord]) -> (records: [CasualtyRecord], tally: Tally) {
        var tally = Tally()
        var kept: [CasualtyRecord] = []
        kept.reserveCapacity(records.count)
        for record in records {
            switch decide(record) {
            case .kept:
                tally.kept += 1
                kept.append(record)
            case .excluded: tally.excluded += 1
            case .undated: tally.undated += 1
            case .imprecise: tally.imprecise += 1
            }
        }
        return (kept, tally)
    }
}
