import ArgumentParser

/// A value an option takes that is read as text and checked when the options are
/// validated, so that a wrong value is answered with what the option expects:
/// `--from 'yesterday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`,
/// `--per must be a number from 1 to 1000000000 (got 1e+19)`.
///
/// Reading never fails (`init?(argument:)` always gives a value); ``problem`` says
/// what is wrong with it, and ``AnalysisSpecification/checkArguments()`` — which the
/// default `validate()` calls — throws the first problem of any option. The command
/// line answers it with exit status 2, the API with 400.
public protocol CheckedArgument: ExpressibleByArgument, ArgumentSchema, Sendable, CustomStringConvertible {
    /// The value as it was given.
    var text: String { get }
    /// What is wrong with the value, phrased to follow the option's name:
    /// `'yesterday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`; `nil` when it is right.
    var problem: String? { get }
}

extension CheckedArgument {
    public var description: String { text }
}
