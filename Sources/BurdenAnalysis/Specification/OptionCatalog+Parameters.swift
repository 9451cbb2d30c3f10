import BurdenData

/// The API's side of a catalog: query parameters (`rank_by=…`) turned into the
/// command-line arguments the specification parses (`--rank-by=…`), and the
/// parser's messages turned back into the API's names — so that the server decodes
/// an analysis's options with the command line's own names, defaults and errors.
extension OptionCatalog {
    /// A query parameter the catalog does not know.
    public struct UnknownParameter: Error, Sendable, Hashable {
        /// The parameter's name.
        public let name: String
    }

    /// The arguments that give the specification these query parameters.
    ///
    /// Each value becomes `--name=value` (so that a value starting with `-` stays a
    /// value); a flag takes `true`, `1` or `yes` (given) and `false`, `0` or `no` (not
    /// given); a repeatable option takes several values, repeated or comma-separated.
    ///
    /// - Parameter parameters: name and values of each parameter, in the order given.
    /// - Throws: ``UnknownParameter`` for a name the catalog has no option for, and
    ///   `FlagValueError` for a flag whose value is not a truth value.
    public func arguments(fromParameters parameters: [(name: String, values: [String])]) throws -> [String] {
        var arguments: [String] = []
        for (name, values) in parameters {
            guard let entry = entry(parameter: name) else { throw UnknownParameter(name: name) }
            if entry.isFlag {
                for value in values {
                    switch value.lowercased() {
                    case "true", "1", "yes": arguments.append("--\(entry.name)")
                    case "false", "0", "no": break
                    default: throw FlagValueError(name: name, value: value)
                    }
                }
                continue
            }
            let split = entry.isRepeating ? values.flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces() } } : values
            for value in split where !value.isEmpty { arguments.append("--\(entry.name)=\(value)") }
        }
        return arguments
    }

    /// A flag given a value that is not a truth value.
    public struct FlagValueError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The parameter and its value.
        public let name: String, value: String
        public var description: String { "\(name) must be true or false (got '\(value)')" }
    }

    /// A message of the parser with the API's names: `'--rank-by <column>'` and
    /// `--rank-by` become `rank_by`.
    public func parameterMessage(_ message: String) -> String {
        var text = message
        for entry in entries.sorted(by: { $0.name.count > $1.name.count }) {
            if let placeholder = entry.valueName {
                text = text.replacing("'--\(entry.name) <\(placeholder)>'", with: "'\(entry.parameterName)'")
            }
            text = text.replacing("--\(entry.name)", with: entry.parameterName)
        }
        return text
    }
}
