import ArgumentParser

/// The options of one analysis, declared once: each option's name, default, the
/// range or choices of its values, and its help.
///
/// A specification is an ArgumentParser `ParsableArguments` value, so that the
/// command fills it through `@OptionGroup`, the server decodes it from a query string
/// with the same names, defaults and errors (``parse(query:)``), the report and the
/// dashboard take it as it is, and the OpenAPI document is generated from it
/// (``OptionCatalog``). Values other than choices are ``CheckedArgument`` types
/// (numbers with their ranges, dates, column names…), checked by ``checkArguments()``,
/// which the default `validate()` calls — a specification that validates more calls
/// it first.
///
/// Names follow one rule: a property `rankBy` is the option `--rank-by` on the command
/// line and the parameter `rank_by` in the API.
public protocol AnalysisSpecification: CheckedOptions, Sendable {
    /// The analysis's name: its command (`warburden rates`) and its route
    /// (`/datasets/{id}/rates`).
    static var name: String { get }
    /// One line saying what the analysis computes.
    static var abstract: String { get }
}

extension AnalysisSpecification {
    public func validate() throws {
        try checkArguments()
    }

    /// The specification with every option at its default.
    ///
    /// - Throws: when an option is required (it has no default).
    public static func defaults() throws -> Self { try parse([]) }
}

/// Options whose values are ``CheckedArgument``s: a specification, or a group of
/// options several specifications share (`@OptionGroup`).
public protocol CheckedOptions: ParsableArguments {}

extension CheckedOptions {
    public func validate() throws {
        try checkArguments()
    }

    /// Throws the first problem of an option's value — not a number, outside its
    /// range, not a date… — here or in a group of options inside.
    ///
    /// - Throws: `ValidationError` naming the option and what it expects.
    public func checkArguments() throws(ValidationError) {
        for option in ReflectedOption.all(in: self) {
            if let problem = option.problems.first { throw ValidationError("--\(option.name) \(problem)") }
        }
    }
}
