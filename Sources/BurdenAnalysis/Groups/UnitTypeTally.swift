import BurdenData

extension GroupBurden {
    /// Deaths and ages by unit type, counted one record at a time — by the unit type's
    /// place in `UnitType.allCases`, with no text key per record — so that the burden
    /// by unit type can be counted while a list streams by.
    public struct UnitTypeTally: Sendable, Hashable {
        /// Per unit type, in the order of `UnitType.allCases`.
        struct Entry: Sendable, Hashable {
            var deaths = 0.0
            var ageSum = 0.0
            var ages = 0.0
        }

        private(set) var entries = Array(repeating: Entry(), count: UnitType.allCases.count)

        /// An empty tally.
        public init() {}

        /// Counts one record.
        public mutating func add(_ record: CasualtyRecord) {
            let slot = record.unitType.ordinal
            entries[slot].deaths += 1
            if let age = record.age {
                entries[slot].ageSum += Double(age)
                entries[slot].ages += 1
            }
        }
    }
}
