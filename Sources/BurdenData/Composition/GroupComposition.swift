/// The men of each region split into groups — urban and rural, ethnic Russians and
/// others, or any groups a user's table gives — for ecological inference: the death
/// rate of each group estimated from each region's deaths and its composition.
///
/// Counts are stored per region in the order of ``groups``. The population of a region
/// is the sum of its groups; a region the composition lacks is left out by the
/// analyses that use it, and listed.
public struct GroupComposition: Sendable, Hashable, Codable {
    /// What the groups split (`urban`, `ethnic-russian`, or a file's name).
    public let split: String
    /// The group names, in order (`urban`, `rural`).
    public let groups: [String]
    /// The regions with a composition, by code.
    public let regions: [String]
    /// The men of each group, per region: `counts[r][g]` for `regions[r]` and `groups[g]`.
    public let counts: [[Double]]
    /// Where the figures come from, in one line.
    public let source: String

    /// Creates a composition, checking its shape.
    ///
    /// - Parameters:
    ///   - split: what the groups split.
    ///   - groups: two or more distinct group names.
    ///   - regions: distinct region codes.
    ///   - counts: one row of `groups.count` finite, non-negative counts per region, each
    ///     row with a positive sum.
    ///   - source: where the figures come from.
    /// - Throws: ``DataError`` naming the group, region or count that breaks a rule.
    /// - Complexity: O(regions × groups).
    public init(split: String, groups: [String], regions: [String], counts: [[Double]], source: String)
        throws(DataError)
    {
        guard groups.count >= 2 else {
            throw DataError(.invalidArgument, "a group composition needs at least two groups (got \(groups.count))")
        }
        guard Set(groups).count == groups.count else {
            throw DataError(.invalidArgument, "a group name appears twice in the composition: \(groups.joined(separator: ", "))")
        }
        guard Set(regions).count == regions.count, regions.count == counts.count else {
            throw DataError(.invalidArgument, "a composition needs one row of counts per distinct region")
        }
        for (code, row) in zip(regions, counts) {
            guard row.count == groups.count else {
                throw DataError(.invalidArgument, "region \(code) has \(row.count) counts for \(groups.count) groups")
            }
            if let bad = row.first(where: { !($0 >= 0 && $0.isFinite) }) {
                throw DataError(.invalidArgument, "region \(code) has a count of \(bad); counts must be finite and non-negative")
            }
            guard row.reduce(0, +) > 0 else {
                throw DataError(.invalidArgument, "region \(code) has no men in any group")
            }
        }
        self.split = split
        self.groups = groups
        self.regions = regions
        self.counts = counts
        self.source = source
    }

    /// The counts of the region `code`, one per group; `nil` when the composition lacks it.
    ///
    /// - Complexity: O(regions).
    public func counts(for code: String) -> [Double]? {
        regions.firstIndex(of: code).map { counts[$0] }
    }
}
