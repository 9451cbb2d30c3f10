import ArgumentParser

/// The options of one analysis, declared once: each option's name, default, the
/// range or choices of its values, and its help.
///
/// A specification is an ArgumentParser `ParsableArguments` value, so that the
/// command fills it through `@OptionGroup`, the server decodes it from a query string
/// with the same names, defaults and errors (``parse(query:)``), the report and the
/// dashboard take it as it is, and the OpenAPI document is generated from it
/// (``optionCatalog``). Numeric options are ``BoundedNumber`` types; their ranges are
/// checked by ``checkRanges()``, which the default `validate()` calls — a
/// specification that validates more calls it first.
///
/// Names follow one rule: a property `rankBy` is the option `--rank-by` on the command
/// line and the parameter `rank_by` in the API.
public protocol AnalysisSpecification: ParsableArguments, Sendable {
    /// The analysis's name: its command (`warburden rates`) and its route
    /// (`/datasets/{id}/rates`).
    static var name: String { get }
    /// One line saying what the analysis computes.
    static var abstract: String { get }
}

extension AnalysisSpecification {
    public func validate() throws {
        try checkRanges()
    }

    /// Throws when a number of an option lies outside its range.
    ///
    /// - Throws: `ValidationError` naming the option, the range and the value.
    public func checkRanges() throws(ValidationError) {
        for option in ReflectedOption.all(in: self) {
            guard case .number(let range) = option.kind else { continue }
            for value in option.numbers where !range.contains(value) {
                throw ValidationError("--\(option.name) must be \(range) (got \(NumberRange.plain(value)))")
            }
        }
    }

    /// The specification with every option at its default.
    ///
    /// - Throws: when an option is required (it has no default).
    public static func defaults() throws -> Self { try parse([]) }
}
