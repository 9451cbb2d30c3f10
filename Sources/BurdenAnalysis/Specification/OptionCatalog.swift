import ArgumentParser
import Foundation

/// Every option of a specification, described: its names on the command line and in
/// the API, what it takes, its default, whether it is required or repeatable, and its
/// help — read from ArgumentParser's own description of the type (its help dump)
/// and from the option types (``ArgumentSchema``).
///
/// The server decodes queries with it, the OpenAPI document is generated from it,
/// and the tests walk it to check that the command line, the API and the document
/// agree.
public struct OptionCatalog: Sendable, Hashable {
    /// One option.
    public struct Entry: Sendable, Hashable {
        /// The long name on the command line, without the dashes: `rank-by`.
        public let name: String
        /// What the value is.
        public let kind: ArgumentKind
        /// The default, as the user would type it; `nil` when there is none.
        public let defaultValue: String?
        /// Whether the option must be given.
        public let isRequired: Bool
        /// Whether the option may be given more than once (a list).
        public let isRepeating: Bool
        /// The help line.
        public let help: String
        /// The placeholder of the value in the help (`method`, `date`).
        public let valueName: String?

        /// The name in the API's query strings: `rank_by`.
        public var parameterName: String { name.replacing("-", with: "_") }
        /// Whether it is a flag (no value).
        public var isFlag: Bool { kind == .flag }
        /// The default values of a repeatable option (ArgumentParser shows them joined by
        /// ", "); `nil` when there is no default.
        public var defaultValues: [String]? {
            defaultValue.map { $0.split(separator: ", ").map(String.init) }
        }
    }

    /// The options, in declaration order.
    public let entries: [Entry]

    /// The option with this command-line name.
    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// The option with this API parameter name.
    public func entry(parameter name: String) -> Entry? { entries.first { $0.parameterName == name } }

    /// The catalog of a `ParsableArguments` type.
    ///
    /// - Parameter sample: arguments that make a valid value of the type, for types
    ///   with required options (the values themselves do not matter).
    public init<T: ParsableArguments>(of type: T.Type, sample: [String] = []) {
        let dump = (try? JSONDecoder().decode(HelpDump.self, from: Data(type._dumpHelp().utf8)))?.command.arguments ?? []
        let parsed = try? type.parse(sample)
        let kinds = Dictionary(
            parsed.map(ReflectedOption.all(in:))?.map { ($0.name, $0.kind) } ?? [], uniquingKeysWith: { first, _ in first })
        entries = dump.compactMap { argument -> Entry? in
            guard argument.kind != "positional", let name = argument.preferredName?.name, name != "help" else { return nil }
            let kind = kinds[name] ?? (argument.kind == "flag" ? .flag : .text)
            return Entry(
                name: name, kind: kind, defaultValue: argument.kind == "flag" ? nil : argument.defaultValue,
                isRequired: !argument.isOptional, isRepeating: argument.isRepeating, help: argument.abstract ?? "",
                valueName: argument.valueName)
        }
    }
}

/// The part of ArgumentParser's help dump (`_dumpHelp()`, its ToolInfo format) that
/// the catalog reads.
private struct HelpDump: Decodable {
    struct Command: Decodable {
        let arguments: [Argument]?
    }
    struct Argument: Decodable {
        struct Name: Decodable {
            let name: String
        }
        let kind: String
        let preferredName: Name?
        let defaultValue: String?
        let isOptional: Bool
        let isRepeating: Bool
        let abstract: String?
        let valueName: String?
    }
    let command: Command
}
