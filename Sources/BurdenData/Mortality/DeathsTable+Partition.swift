extension DeathsTable {
    /// The finest partition of `ages` into groups that every one of `years` can make up
    /// from its bands, with the bands set aside.
    ///
    /// In each year the table's bands either nest or do not overlap (the reader refuses
    /// others), so they form a tree. A group [a, b] can be made up in a year when a chain of
    /// that year's bands runs from a to b without a gap; among such chains the one of
    /// fewest bands is summed (a band itself before the bands inside it). The groups are
    /// chosen by dynamic programming over the bands' boundaries: the partition with the
    /// most groups whose every group can be made up in every year. A band of a year that
    /// overlaps `ages` and is in no chain is set aside: *inside* a band that is used (15–17
    /// inside 15–19), *holding* bands that are used (a total 15–49 over the five-year
    /// groups), or *reaching beyond* the ages (45–54 for ages 15–49).
    ///
    /// - Parameters:
    ///   - ages: the band of ages.
    ///   - years: the years the estimate uses; every year of the table when empty.
    /// - Returns: the partition.
    /// - Throws: ``DataError`` naming the first year whose bands cannot cover `ages`, with
    ///   the bands it has.
    /// - Complexity: O(c² · y · n) for c boundaries, y years and n bands — a few thousand
    ///   steps for Rosstat's tables.
    public func partition(of ages: AgeGroup, years requested: [Int] = []) throws(DataError) -> AgePartition {
        let years = requested.isEmpty ? self.years : Array(Set(requested)).sorted()
        let start = ages.lower
        let stop = Self.end(of: ages)
        var inside: [Int: [AgeGroup]] = [:]
        var cuts: Set<Int> = [start, stop]
        for year in years {
            let bands = ageGroups(in: year).filter { $0.lower >= start && Self.end(of: $0) <= stop }
            inside[year] = bands
            for band in bands { cuts.insert(Self.end(of: band)) }
        }
        let points = cuts.sorted()
        var chains: [Int: [Int: [Int: [AgeGroup]?]]] = [:]
        func chain(_ from: Int, _ to: Int, _ year: Int) -> [AgeGroup]? {
            if let known = chains[year]?[from]?[to] { return known }
            let found = Self.shortestChain(from: from, to: to, bands: inside[year] ?? [])
            chains[year, default: [:]][from, default: [:]][to] = .some(found)
            return found
        }
        // best[i]: the most groups of a partition of [start, points[i]), and the point before.
        var best: [(count: Int, previous: Int)?] = Array(repeating: nil, count: points.count)
        best[0] = (0, -1)
        for target in 1..<points.count {
            for source in 0..<target {
                guard let before = best[source], best[target].map({ before.count + 1 > $0.count }) ?? true else { continue }
                if years.allSatisfy({ chain(points[source], points[target], $0) != nil }) {
                    best[target] = (before.count + 1, source)
                }
            }
        }
        guard best[points.count - 1] != nil else {
            let year = years.first { chain(start, stop, $0) == nil } ?? years.first ?? 0
            let known = ageGroups(in: year).map(\.description).joined(separator: ", ")
            let when = Set(years.map(ageGroups(in:))).count > 1 ? " in \(year)" : ""
            throw DataError(
                .invalidArgument,
                "ages \(ages) do not fall on the age groups of the deaths table\(when) (\(known.isEmpty ? "none" : known))")
        }
        var boundaries: [Int] = []
        var index = points.count - 1
        while index > 0 {
            boundaries.append(points[index])
            index = best[index]!.previous
        }
        boundaries.append(start)
        boundaries.reverse()
        let groups = zip(boundaries, boundaries.dropFirst()).map { lower, end in
            AgeGroup(lower: lower, upper: end == Int.max ? nil : end - 1)
        }

        var bands: [Int: [[AgeGroup]]] = [:]
        var setAside: [AgeGroup: [String: [Int]]] = [:]
        for year in years {
            let made = groups.map { chain($0.lower, Self.end(of: $0), year)! }
            bands[year] = made
            let used = made.flatMap { $0 }
            for band in ageGroups(in: year) where band.overlaps(ages) && !used.contains(band) {
                let reason: String
                if !ages.holds(band) {
                    reason = "reaches beyond the ages \(ages)"
                } else if let holder = used.first(where: { $0.holds(band) }) {
                    reason = "inside \(holder), which is used"
                } else {
                    let held = used.filter { band.holds($0) }.map(\.description).joined(separator: ", ")
                    reason = "holds \(held), which are used"
                }
                setAside[band, default: [:]][reason, default: []].append(year)
            }
        }
        let listed = setAside.keys.sorted().flatMap { band in
            setAside[band]!.sorted { $0.value.first! < $1.value.first! }.map { reason, years in
                AgePartition.SetAside(band: band, years: years, reason: reason)
            }
        }
        return AgePartition(ages: ages, groups: groups, setAside: listed, bands: bands)
    }

    /// Deaths in a group of a partition: the sum of the year's bands that make it up;
    /// `nil` when the table lacks one of them for the unit.
    public func deaths(unit code: String, year: Int, group: AgeGroup, of partition: AgePartition, sex: Sex) -> Int? {
        guard let bands = partition.bands(of: group, in: year) else { return nil }
        var sum = 0
        for band in bands {
            guard let count = deaths(unit: code, year: year, age: band, sex: sex) else { return nil }
            sum += count
        }
        return sum
    }

    /// The first age after a band; `Int.max` for an open band.
    static func end(of band: AgeGroup) -> Int { band.upper.map { $0 + 1 } ?? Int.max }

    /// The chain of fewest bands that runs from age `from` to just before `to` without a
    /// gap (breadth first over the bands' boundaries); `nil` when none does.
    static func shortestChain(from: Int, to: Int, bands: [AgeGroup]) -> [AgeGroup]? {
        let starting = Dictionary(grouping: bands, by: \.lower)
        var reached: [Int: AgeGroup?] = [from: nil]
        var frontier = [from]
        while !frontier.isEmpty, reached[to] == nil {
            var next: [Int] = []
            for point in frontier {
                for band in (starting[point] ?? []).sorted() {
                    let end = Self.end(of: band)
                    guard end <= to, reached[end] == nil else { continue }
                    reached[end] = band
                    next.append(end)
                }
            }
            frontier = next
        }
        guard reached[to] != nil else { return nil }
        var chain: [AgeGroup] = []
        var point = to
        while point != from, let band = reached[point]! {
            chain.append(band)
            point = band.lower
        }
        return chain.reversed()
    }
}
