import ArgumentParser
import BurdenAnalysis

extension CheckedOptions {
    /// The options a query gives: its parameters (but for the `excluded`
    /// ones, which the route reads itself) decoded as the command line's options of the
    /// same names, with the same defaults, ranges and messages.
    ///
    /// - Throws: ``ServerError`` (`badQuery`) naming the parameter: unknown, not a
    ///   truth value for a flag, or refused by the specification.
    static func decode(_ query: QueryValues, catalog: OptionCatalog, excluding excluded: Set<String>) throws(ServerError) -> Self {
        do {
            return try parse(catalog.arguments(fromParameters: query.parameters(excluding: excluded)))
        } catch let error as OptionCatalog.FlagValueError {
            throw ServerError(.badQuery, error.description)
        } catch let error as OptionCatalog.UnknownParameter {
            throw ServerError(.badQuery, "unknown query parameter '\(QueryValues.shown(error.name))'")
        } catch {
            throw ServerError(.badQuery, catalog.parameterMessage(message(for: error)))
        }
    }
}
