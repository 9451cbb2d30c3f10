/// An age band of a vital-statistics table: from ``lower`` to ``upper`` years of age,
/// both included (`15-19`), or open above (`85+`).
public struct AgeGroup: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The first year of age in the band.
    public let lower: Int
    /// The last year of age in the band; `nil` for an open band (`85+`).
    public let upper: Int?

    /// Creates a band; `upper` must not be below `lower`.
    public init(lower: Int, upper: Int?) {
        precondition(upper.map { $0 >= lower } ?? true, "an age band cannot end before it starts")
        self.lower = lower
        self.upper = upper
    }

    /// `15-19`, `85+` (or `0` for a band of one year).
    public var description: String {
        guard let upper else { return "\(lower)+" }
        return upper == lower ? "\(lower)" : "\(lower)-\(upper)"
    }

    /// Whether someone of this age (in whole years) is in the band.
    public func contains(_ age: Int) -> Bool {
        age >= lower && upper.map { age <= $0 } ?? true
    }

    /// Whether the two bands share a year of age.
    public func overlaps(_ other: AgeGroup) -> Bool {
        let end = upper ?? .max
        let otherEnd = other.upper ?? .max
        return lower <= otherEnd && other.lower <= end
    }

    /// Whether every age of `other` is in this band (a band holds itself).
    public func holds(_ other: AgeGroup) -> Bool {
        other.lower >= lower && (upper == nil || (other.upper != nil && other.upper! <= upper!))
    }

    /// Whether the two bands share an age without one holding the other (15–19 and
    /// 17–21): a table cannot hold both in one year.
    public func crosses(_ other: AgeGroup) -> Bool {
        overlaps(other) && !holds(other) && !other.holds(self)
    }

    /// Bands are ordered by their first year, then by their last (open last).
    public static func < (a: AgeGroup, b: AgeGroup) -> Bool {
        (a.lower, a.upper ?? .max) < (b.lower, b.upper ?? .max)
    }
}

/// What an age label of a vital-statistics table means: a band, the total over all
/// ages, or deaths whose age is unknown.
///
/// Rosstat's labels (`15-19 лет`, `85 и более`, `Всего`, `Неизвестно`) and plain ones
/// (`15-19`, `85+`, `total`, `unknown`) are understood:
///
/// ```swift
/// AgeLabel(parsing: "15-19 лет")   // .group(15-19)
/// AgeLabel(parsing: "85 и более")  // .group(85+)
/// AgeLabel(parsing: "Всего")       // .total
/// AgeLabel(parsing: "10 to 14")    // nil
/// ```
public enum AgeLabel: Sendable, Hashable {
    /// An age band.
    case group(AgeGroup)
    /// All ages together (Rosstat's «Всего»).
    case total
    /// Deaths whose age is not known (Rosstat's «Неизвестно»).
    case unknown

    /// Reads a label; `nil` when it is none of the forms above.
    ///
    /// Forms, in any case, with optional trailing «лет», «года», «год», `years` or
    /// `year`: `A-B` (also with an en dash), `A` (a band of one year), `A+`,
    /// `A и более`, `A и старше`, `A and over`, `A or more`; `всего`, `total`, `all`,
    /// `all ages`; `неизвестно`, `не указан`, `unknown`.
    public init?(parsing text: String) {
        var label = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for word in Self.totalWords where label == word {
            self = .total
            return
        }
        for word in Self.unknownWords where label == word {
            self = .unknown
            return
        }
        for suffix in [" лет", " года", " год", " years", " year"] where label.hasSuffix(suffix) {
            label.removeLast(suffix.count)
            break
        }
        for suffix in ["+", " и более", " и старше", " and over", " or more", " and older"] where label.hasSuffix(suffix) {
            label.removeLast(suffix.count)
            guard let lower = Self.age(label) else { return nil }
            self = .group(AgeGroup(lower: lower, upper: nil))
            return
        }
        let parts = label.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.filter { $0 != " " } }
        if parts.count == 1, let age = Self.age(parts[0]) {
            self = .group(AgeGroup(lower: age, upper: age))
            return
        }
        guard parts.count == 2, let lower = Self.age(parts[0]), let upper = Self.age(parts[1]), upper >= lower else {
            return nil
        }
        self = .group(AgeGroup(lower: lower, upper: upper))
    }

    private static let totalWords = ["всего", "total", "all", "all ages", "итого"]
    private static let unknownWords = ["неизвестно", "не указан", "не указано", "возраст не указан", "unknown"]

    /// A whole number of years from 0 to 150, written with digits only.
    private static func age(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0 >= "0" && $0 <= "9" }), let value = Int(text), value <= 150
        else {
            return nil
        }
        return value
    }
}
