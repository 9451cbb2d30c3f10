import ArgumentParser
import Foundation

extension AnalysisSpecification {
    /// The command line of the analysis with these options, after the program's name:
    /// the analysis's name, then its ``nonDefaultArguments``
    /// — `["groups", "--by", "republic", "--confidence", "0.9"]`.
    public var commandLine: [String] { [Self.name] + nonDefaultArguments }

    /// A specification made in code: every option at its default, then changed by `change`.
    ///
    /// Options without a default (`groups --by`, `model --covariates`) take `required`,
    /// their values in the order the options are declared. The result is validated as
    /// a parsed one is, so a value set in code outside its range is refused as the
    /// command line refuses it.
    ///
    /// - Parameters:
    ///   - required: the values of the options without a default, in declaration order.
    ///   - change: sets the options that differ from their defaults.
    /// - Throws: ``AnalysisError`` with the message the command line would give.
    public static func make(
        required: [any ExpressibleByArgument] = [], _ change: (inout Self) -> Void = { _ in }
    ) throws(AnalysisError) -> Self {
        let options = OptionArguments.catalog(of: Self.self).entries.filter(\.isRequired)
        precondition(options.count == required.count, "\(name) takes \(options.count) required values, not \(required.count)")
        let arguments = zip(options, required).flatMap { option, value in
            OptionArguments.words(name: option.name, value: value.defaultValueDescription)
        }
        do {
            var specification = try parse(arguments)
            change(&specification)
            try specification.validate()
            return specification
        } catch {
            throw AnalysisError(message(for: error))
        }
    }
}

extension ParsableArguments {
    /// The command-line arguments of this value's options that differ from their
    /// defaults, in the order the options are declared: `--name value` (or
    /// `--name=value` when the value begins with `-`), a flag that is on as `--name`,
    /// a repeatable option once for each value. Options at their default are left out.
    ///
    /// The names and defaults are ArgumentParser's own (``OptionCatalog``), the values
    /// are read from the parsed value by reflection and spelled as the help spells a
    /// default (`defaultValueDescription`: an enumeration's raw value, a checked
    /// argument's text), so that parsing the arguments gives the same options again.
    /// Positional arguments are not options and are left to the caller.
    ///
    /// - Complexity: O(n) in the number of options, plus reading the type's help dump.
    public var nonDefaultArguments: [String] {
        let options = OptionArguments.catalog(of: Self.self).entries
        let values = OptionArguments.values(in: self)
        precondition(options.count == values.count, "\(Self.self): \(options.count) options described, \(values.count) reflected")
        return zip(options, values).flatMap { option, value -> [String] in
            switch value {
            case .flag(let isOn):
                return isOn ? ["--\(option.name)"] : []
            case .texts(let texts):
                let isDefault =
                    option.isRepeating
                    ? texts.joined(separator: ", ") == (option.defaultValue ?? "") : texts.first == option.defaultValue
                if isDefault || texts.isEmpty { return [] }
                return texts.flatMap { OptionArguments.words(name: option.name, value: $0) }
            }
        }
    }
}

/// The values of a parsed value's options, as the command line spells them.
enum OptionArguments {
    /// The value of one option.
    enum Value {
        /// A flag, on or off.
        case flag(Bool)
        /// The texts of an option's values: none (no value), one, or one per repetition.
        case texts([String])
    }

    /// The catalog of a type, read once per process: reading ArgumentParser's help dump
    /// is the slow part of writing arguments, and a type's options never change.
    static func catalog<T: ParsableArguments>(of type: T.Type) -> OptionCatalog {
        catalogs.lock.lock()
        defer { catalogs.lock.unlock() }
        if let known = catalogs.byType[ObjectIdentifier(type)] { return known }
        let catalog = OptionCatalog(of: type)
        catalogs.byType[ObjectIdentifier(type)] = catalog
        return catalog
    }

    /// The catalogs read so far, by type; every access holds the lock.
    private final class Catalogs: @unchecked Sendable {
        let lock = NSLock()
        var byType: [ObjectIdentifier: OptionCatalog] = [:]
    }

    private static let catalogs = Catalogs()

    /// The words of one option with one value.
    static func words(name: String, value: String) -> [String] {
        value.hasPrefix("-") ? ["--\(name)=\(value)"] : ["--\(name)", value]
    }

    /// The values of the options of `value`, a parsed `ParsableArguments`, in
    /// declaration order, options of `@OptionGroup`s in their place.
    static func values(in value: Any) -> [Value] {
        Mirror(reflecting: value).children.flatMap { child -> [Value] in
            guard child.label?.hasPrefix("_") == true else { return [] }
            if let group = child.value as? any ReflectableGroup { return values(in: group.groupValue) }
            return (child.value as? any OptionValueText).map { [$0.optionValue] } ?? []
        }
    }

    /// The texts of a value: one for a value users type, none for `nil`, each
    /// element's for an array.
    static func texts(of value: Any) -> [String] {
        // A cast to the existential looks through an optional that holds a value.
        if let argument = value as? any ExpressibleByArgument { return [argument.defaultValueDescription] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection: return mirror.children.flatMap { texts(of: $0.value) }
        default: preconditionFailure("an option's value that is not ExpressibleByArgument: \(type(of: value))")
        }
    }
}

/// An `@Option` or `@Flag` whose value the command line can spell.
protocol OptionValueText {
    var optionValue: OptionArguments.Value { get }
}

extension Option: OptionValueText {
    var optionValue: OptionArguments.Value { .texts(OptionArguments.texts(of: wrappedValue)) }
}

extension Flag: OptionValueText where Value == Bool {
    var optionValue: OptionArguments.Value { .flag(wrappedValue) }
}
