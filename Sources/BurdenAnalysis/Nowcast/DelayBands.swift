import ArgumentParser
import BurdenData

/// The inner edges of the nowcast's delay bands, as `--bands` takes them: whole days
/// above 0, increasing, comma-separated (`14,28,56,91`).
public struct DelayBands: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    /// Bands of these edges.
    public init(_ edges: [Int]) { text = edges.map(String.init).joined(separator: ",") }

    /// The edges, in days; `nil` when a part is not a whole number.
    public var edges: [Int]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        let numbers = parts.map { Int($0) }
        return numbers.contains(nil) ? nil : numbers.compactMap { $0 }
    }

    public var problem: String? {
        guard let edges else { return "'\(text)' is not a list of whole days (e.g. 14,28,56,91)" }
        return Self.problem(of: edges)
    }

    /// What is wrong with a list of edges: none, one not above 0, or not increasing.
    static func problem(of edges: [Int]) -> String? {
        if edges.isEmpty { return "names no band edge" }
        if edges.count > 100 { return "has more than 100 band edges" }
        guard edges.allSatisfy({ $0 > 0 }), zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return "'\(edges.map(String.init).joined(separator: ","))' must be increasing whole days above 0"
        }
        return nil
    }

    public static var valueKind: ArgumentKind { .text }
}
