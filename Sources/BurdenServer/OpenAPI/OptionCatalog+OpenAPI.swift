import BurdenAnalysis
import OpenAPIKit

extension OptionCatalog.Entry {
    /// The option as a query parameter: its API name, whether it is required, its
    /// schema (kind, range or choices, default) and its help.
    var queryParameter: OpenAPI.Parameter {
        .query(name: parameterName, required: isRequired, schema: schema, description: help + " As `--\(name)`.")
    }

    /// The schema of the option's values; a list of them for a repeatable option, whose
    /// default is the list of its default values.
    var schema: JSONSchema {
        guard isRepeating else { return Self.schema(of: kind, defaultValue: defaultValue) }
        return .array(items: Self.schema(of: kind, defaultValue: nil), defaultValue: defaultValues.map { AnyCodable($0) })
    }

    private static func schema(of kind: ArgumentKind, defaultValue: String?) -> JSONSchema {
        switch kind {
        case .number(let range):
            let number = defaultValue.flatMap(Double.init)
            if range.wholeNumbers {
                return .integer(
                    maximum: (Int(range.upper), exclusive: !range.includesUpper), minimum: (Int(range.lower), exclusive: !range.includesLower),
                    defaultValue: number.map { AnyCodable(Int($0)) })
            }
            return .number(
                maximum: (range.upper, exclusive: !range.includesUpper), minimum: (range.lower, exclusive: !range.includesLower),
                defaultValue: number.map(AnyCodable.init))
        case .numberRange(let range):
            return .string(
                description: "\(range.description.prefix(1).uppercased())\(range.description.dropFirst()), or a range low-high of them.",
                pattern: "^[-+0-9.eE]+([-–][-+0-9.eE]+)?$", defaultValue: defaultValue.map(AnyCodable.init))
        case .choice(let choices):
            return .string(allowedValues: choices.map(AnyCodable.init), defaultValue: defaultValue.map(AnyCodable.init))
        case .choiceOrPattern(let choices, let pattern, let example):
            return .any(of: [
                .string(allowedValues: choices.map(AnyCodable.init)), .string(pattern: pattern, examples: [AnyCodable(example)]),
            ])
        case .date:
            return .string(pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", defaultValue: defaultValue.map(AnyCodable.init))
        case .column:
            return .string(minLength: 1, maxLength: 128, defaultValue: defaultValue.map(AnyCodable.init))
        case .text:
            return .string(defaultValue: defaultValue.map(AnyCodable.init))
        case .flag:
            return .boolean(defaultValue: false)
        }
    }
}
