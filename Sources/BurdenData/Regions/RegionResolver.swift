/// What a region spelling resolved to.
public enum RegionMatch: Sendable, Hashable {
    /// One region of the table.
    case region(Region)
    /// A unit above the regions: the country, a federal district, a composite.
    case aggregate(RegionAggregate)
    /// A sub-heading of a statistical table, such as «в том числе» ("of which").
    case heading

    /// The code of the region or aggregate; `nil` for a heading.
    public var code: String? {
        switch self {
        case .region(let region): region.code
        case .aggregate(let aggregate): aggregate.code
        case .heading: nil
        }
    }
}

/// Where a spelling comes from, which can change what it means.
public enum ResolutionContext: Sendable, Hashable {
    /// Casualty lists, user tables and everything else.
    case general
    /// Rosstat's statistical tables, where «Архангельская область» and «Тюменская
    /// область» are the oblasts *with* their autonomous okrugs (composites), and the
    /// «… без АО» rows are the oblasts proper.
    case rosstatStatistics
}

/// Turns any spelling of a region into its code.
///
/// Resolution tries, in order: the spelling as given; a code (`RU-TY`, `ru-ty`, or
/// the part after the dash in upper case, `TY`); then the three keys of
/// ``RegionNameKey`` from strict to loose. A key that matches spellings of more than
/// one unit is ambiguous and resolution stops there with an error naming the
/// candidates, rather than guessing.
///
/// ```swift
/// let resolver = RussiaReference.resolver
/// try resolver.resolve("г. Москва").code          // "RU-MOW"
/// try resolver.resolve("Ямало-Hенецкий АО").code  // "RU-YAN" (Latin H)
/// try resolver.resolve("Российская Федерация")   // .aggregate(country RU)
/// ```
public final class RegionResolver: Sendable {
    private enum Target: Hashable, Sendable {
        case region(Int)
        case aggregate(Int)
    }

    private let table: RegionTable
    private let exact: [String: Target]
    private let codes: [String: Target]
    private let normalized: [String: Set<Target>]
    private let stripped: [String: Set<Target>]
    private let loose: [String: Set<Target>]
    private let contextual: [ResolutionContext: [String: Target]]
    private let suggestionKeys: [(key: [Unicode.Scalar], target: Target)]

    /// Builds the indexes for a table and its known spellings.
    ///
    /// - Parameters:
    ///   - table: the regions and aggregates spellings may name.
    ///   - aliases: known spellings, each with the code of its region or aggregate.
    ///     Each region's code and names are always known spellings.
    ///   - ambiguousAliases: spellings known to mean several units (`Алтай`: the
    ///     republic or the krai); resolving one is an error naming them.
    ///   - contextAliases: spellings that mean something else in one context; they
    ///     win over every other spelling there.
    /// - Throws: ``DataError`` when an alias names a code the table does not have.
    public init(
        table: RegionTable,
        aliases: [(code: String, alias: String)] = [],
        ambiguousAliases: [(codes: [String], alias: String)] = [],
        contextAliases: [ResolutionContext: [(code: String, alias: String)]] = [:]
    ) throws(DataError) {
        self.table = table
        var targetByCode: [String: Target] = [:]
        for (row, region) in table.regions.enumerated() { targetByCode[region.code] = .region(row) }
        for (index, aggregate) in table.aggregates.enumerated() { targetByCode[aggregate.code] = .aggregate(index) }

        func target(for code: String) throws(DataError) -> Target {
            guard let target = targetByCode[code] else {
                throw DataError(.invalidRegionTable, "a spelling names unknown code '\(code)'")
            }
            return target
        }

        var spellings: [(String, Target)] = []
        for (row, region) in table.regions.enumerated() {
            for name in [region.code, region.name, region.officialName, region.nativeName, region.nativeShortName] {
                if let name { spellings.append((name, .region(row))) }
            }
        }
        for (index, aggregate) in table.aggregates.enumerated() {
            for name in [aggregate.code, aggregate.name, aggregate.nativeName] {
                if let name { spellings.append((name, .aggregate(index))) }
            }
        }
        for (code, alias) in aliases { spellings.append((alias, try target(for: code))) }

        var exact: [String: Target] = [:]
        var normalized: [String: Set<Target>] = [:]
        var stripped: [String: Set<Target>] = [:]
        var loose: [String: Set<Target>] = [:]
        var suggestionKeys: [(key: [Unicode.Scalar], target: Target)] = []
        var seenKeys: Set<String> = []
        for (spelling, target) in spellings {
            exact[Self.trimmed(spelling)] = target
            let key = RegionNameKey(spelling)
            normalized[key.normalized, default: []].insert(target)
            if !key.stripped.isEmpty { stripped[key.stripped, default: []].insert(target) }
            if !key.loose.isEmpty { loose[key.loose, default: []].insert(target) }
            if seenKeys.insert("\(target)|\(key.loose)").inserted {
                suggestionKeys.append((Array(key.loose.unicodeScalars), target))
            }
        }
        for (ambiguousCodes, alias) in ambiguousAliases {
            let targets = try Set(ambiguousCodes.map { code throws(DataError) in try target(for: code) })
            normalized[RegionNameKey(alias).normalized, default: []].formUnion(targets)
        }
        var codes: [String: Target] = [:]
        for (code, target) in targetByCode {
            codes[code.uppercased()] = target
            if let dash = code.firstIndex(of: "-"), code.hasPrefix(table.country + "-") {
                let suffix = String(code[code.index(after: dash)...]).uppercased()
                if codes[suffix] == nil { codes[suffix] = target }
            }
        }
        var contextual: [ResolutionContext: [String: Target]] = [:]
        for (context, pairs) in contextAliases {
            for (code, alias) in pairs {
                contextual[context, default: [:]][RegionNameKey(alias).normalized] = try target(for: code)
            }
        }
        self.exact = exact
        self.codes = codes
        self.normalized = normalized
        self.stripped = stripped
        self.loose = loose
        self.contextual = contextual
        self.suggestionKeys = suggestionKeys
    }

    /// Resolves a spelling to a region, an aggregate or a table heading.
    ///
    /// - Parameters:
    ///   - text: the spelling as found in the data.
    ///   - context: where the spelling comes from (see ``ResolutionContext``).
    /// - Throws: ``DataError`` with code `unknownRegion` (quoting the spelling and the
    ///   three closest known names) or `ambiguousRegion` (naming the candidates).
    public func resolve(_ text: String, in context: ResolutionContext = .general) throws(DataError) -> RegionMatch {
        let trimmed = Self.trimmed(text)
        guard !trimmed.isEmpty else { throw DataError(.unknownRegion, "empty region name") }
        let key = RegionNameKey(trimmed)
        if let byContext = contextual[context]?[key.normalized] { return match(byContext) }
        if let target = exact[trimmed] ?? codes[trimmed.uppercased()] { return match(target) }
        for (index, value) in [(normalized, key.normalized), (stripped, key.stripped), (loose, key.loose)] {
            guard !value.isEmpty, let targets = index[value] else { continue }
            if targets.count == 1, let target = targets.first { return match(target) }
            let names = targets.map(describe).sorted().joined(separator: ", ")
            throw DataError(.ambiguousRegion, "ambiguous region \"\(trimmed)\": could be \(names)")
        }
        if Self.headings.contains(where: { key.normalized.hasPrefix($0) }) { return .heading }
        if let parts = combination(trimmed, in: context) {
            throw DataError(.ambiguousRegion, "ambiguous region \"\(trimmed)\": names several units, \(parts)")
        }
        let closest = suggestions(for: trimmed).map(describe).joined(separator: ", ")
        throw DataError(.unknownRegion, "unknown region \"\(trimmed)\"; closest known: \(closest)")
    }

    /// Resolves a spelling that must name one region (not an aggregate).
    ///
    /// - Throws: ``DataError`` as ``resolve(_:in:)``, or `unknownRegion` when the
    ///   spelling names an aggregate or a heading.
    public func region(for text: String, in context: ResolutionContext = .general) throws(DataError) -> Region {
        switch try resolve(text, in: context) {
        case .region(let region): return region
        case .aggregate(let aggregate):
            throw DataError(.unknownRegion, "\"\(Self.trimmed(text))\" names \(aggregate.name), not one region")
        case .heading:
            throw DataError(.unknownRegion, "\"\(Self.trimmed(text))\" is a table heading, not a region")
        }
    }

    /// The closest known regions or aggregates to a spelling, by edit distance of
    /// their loose keys, nearest first.
    ///
    /// - Complexity: O(*a* · *m* · *n*) for *a* known spellings of lengths *n* and a
    ///   spelling of length *m*; used on the error path only.
    public func suggestions(for text: String, limit: Int = 3) -> [RegionMatch] {
        let key = RegionNameKey(text)
        let probe = Array((key.loose.isEmpty ? key.normalized : key.loose).unicodeScalars)
        var best: [Target: Int] = [:]
        for (candidate, target) in suggestionKeys {
            let distance = Self.editDistance(probe, candidate)
            if distance < best[target] ?? .max { best[target] = distance }
        }
        return best.sorted { ($0.value, describe($0.key)) < ($1.value, describe($1.key)) }
            .prefix(limit)
            .map { match($0.key) }
    }

    /// Every known spelling with the code it resolves to, sorted by code then spelling:
    /// a lookup table for joining other data (`warburden regions --spellings`).
    public var spellings: [(spelling: String, code: String)] {
        exact.compactMap { spelling, target in match(target).code.map { (spelling, $0) } }
            .sorted { ($0.code, $0.spelling) < ($1.code, $1.spelling) }
    }

    // MARK: - Helpers

    /// When `text` joins names of two or more distinct units (`Москва и Московская
    /// область`, `Moscow/Moscow Oblast`), their descriptions; otherwise `nil`.
    private func combination(_ text: String, in context: ResolutionContext) -> String? {
        let parts = text.split(separator: /\s+(?:и|and|или|or)\s+|\s*[,;\/&+]\s*/)
        guard parts.count >= 2 else { return nil }
        var matches: [RegionMatch] = []
        for part in parts {
            guard let match = try? resolve(String(part), in: context), match != .heading else { return nil }
            if !matches.contains(match) { matches.append(match) }
        }
        return matches.count >= 2 ? matches.map(describe).joined(separator: ", ") : nil
    }

    private func match(_ target: Target) -> RegionMatch {
        switch target {
        case .region(let row): .region(table.regions[row])
        case .aggregate(let index): .aggregate(table.aggregates[index])
        }
    }

    private func describe(_ target: Target) -> String {
        describe(match(target))
    }

    private func describe(_ match: RegionMatch) -> String {
        switch match {
        case .region(let region): "\(region.name) (\(region.code))"
        case .aggregate(let aggregate): "\(aggregate.name) (\(aggregate.code))"
        case .heading: "a table heading"
        }
    }

    private static func trimmed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let headings = ["в том числе", "из них", "including", "of which"]

    /// Levenshtein distance between two scalar sequences, in two rows of memory.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
