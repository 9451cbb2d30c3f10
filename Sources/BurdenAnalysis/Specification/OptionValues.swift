import ArgumentParser

/// The options of a parsed specification as plain values, found by reflection:
/// each option's name (as the command line spells it), the kind of value, and the
/// problems of the values it holds — what validation and the OpenAPI document need.
///
/// Options declared inside an `@OptionGroup` are found too, in declaration order.
struct ReflectedOption {
    /// The long name: the property's name in kebab case (`rankBy` → `rank-by`).
    let name: String
    /// The kind of value.
    let kind: ArgumentKind
    /// What is wrong with the values the option holds now (see ``CheckedArgument``).
    let problems: [String]

    /// The options of `value`, a parsed `ParsableArguments`.
    static func all(in value: Any) -> [ReflectedOption] {
        var found: [ReflectedOption] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, label.hasPrefix("_") else { continue }
            if let group = child.value as? any ReflectableGroup {
                found += all(in: group.groupValue)
            } else if let option = child.value as? any ReflectableOption {
                found.append(ReflectedOption(name: kebabCase(String(label.dropFirst())), kind: option.kind, problems: option.problems))
            }
        }
        return found
    }

    /// `keepPandemicYears` → `keep-pandemic-years`, `maxUploadMB` → `max-upload-mb`:
    /// the long name ArgumentParser gives a property (a run of capitals is one word).
    static func kebabCase(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { result.append("-") }
            }
            result += character.lowercased()
        }
        return result
    }
}

/// An `@Option` or `@Flag` whose value type describes itself.
protocol ReflectableOption {
    var kind: ArgumentKind { get }
    var problems: [String] { get }
}

/// An `@OptionGroup`.
protocol ReflectableGroup {
    var groupValue: Any { get }
}

extension Option: ReflectableOption where Value: ArgumentSchema {
    var kind: ArgumentKind { Value.valueKind }
    var problems: [String] { CheckedValues.problems(in: wrappedValue) }
}

extension Flag: ReflectableOption where Value: ArgumentSchema {
    var kind: ArgumentKind { Value.valueKind }
    var problems: [String] { [] }
}

extension OptionGroup: ReflectableGroup {
    var groupValue: Any { wrappedValue }
}

/// The problems of a value that may be a checked argument, an optional one or an array of them.
enum CheckedValues {
    static func problems(in value: Any) -> [String] {
        switch value {
        case let checked as any CheckedArgument: return checked.problem.map { [$0] } ?? []
        case let values as [any CheckedArgument]: return values.compactMap(\.problem)
        default:
            // An optional: look inside.
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value else { return [] }
            return problems(in: wrapped)
        }
    }
}
