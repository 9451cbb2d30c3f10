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
            return number(range, defaultValue: defaultValue.flatMap(Double.init))
        case .numberOrRange(let range, let words):
            // A number, two of them `A-B` (an optional sign and exponent on each), or a word.
            let end = "[+]?[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?"
            // The default is a number's (`1`) or a range's (`0.3-0.7`).
            let numericDefault = defaultValue.flatMap(Double.init)
            let rangeDefault = numericDefault == nil ? defaultValue.map(AnyCodable.init) : nil
            var forms: [JSONSchema] = [
                number(range, defaultValue: numericDefault),
                .string(pattern: "^\(end) *[-–] *\(end)$", defaultValue: rangeDefault, examples: [AnyCodable(Self.rangeExample(range))]),
            ]
            if !words.isEmpty { forms.append(.string(allowedValues: words.map(AnyCodable.init))) }
            return .any(of: forms)
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

    /// A number in `range`: an integer schema for whole numbers.
    private static func number(_ range: NumberRange, defaultValue: Double?) -> JSONSchema {
        if range.wholeNumbers {
            return .integer(
                maximum: (Int(range.upper), exclusive: !range.includesUpper), minimum: (Int(range.lower), exclusive: !range.includesLower),
                defaultValue: defaultValue.map { AnyCodable(Int($0)) })
        }
        return .number(
            maximum: (range.upper, exclusive: !range.includesUpper), minimum: (range.lower, exclusive: !range.includesLower),
            defaultValue: defaultValue.map(AnyCodable.init))
    }

    /// A range inside `range`, for the document's example: its first and second quarter points.
    private static func rangeExample(_ range: NumberRange) -> String {
        let (low, high) = (range.lower + (range.upper - range.lower) / 4, range.lower + (range.upper - range.lower) / 2)
        return range.wholeNumbers ? "\(NumberRange.plain(low.rounded()))-\(NumberRange.plain(high.rounded()))" : "\(NumberRange.plain(low))-\(NumberRange.plain(high))"
    }
}
