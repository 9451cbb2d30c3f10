import ArgumentParser

/// The options of a parsed specification as plain values, found by reflection:
/// each option's name (as the command line spells it), the kind of value, and the
/// numbers it holds — what range checks and the OpenAPI document need.
///
/// Options declared inside an `@OptionGroup` are found too, in declaration order.
struct ReflectedOption {
    /// The long name: the property's name in kebab case (`rankBy` → `rank-by`).
    let name: String
    /// The kind of value.
    let kind: ArgumentKind
    /// The numbers the option holds now (none for other kinds, or when unset).
    let numbers: [Double]

    /// The options of `value`, a parsed `ParsableArguments`.
    static func all(in value: Any) -> [ReflectedOption] {
        var found: [ReflectedOption] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, label.hasPrefix("_") else { continue }
            if let group = child.value as? any ReflectableGroup {
                found += all(in: group.groupValue)
            } else if let option = child.value as? any ReflectableOption {
                found.append(ReflectedOption(name: kebabCase(String(label.dropFirst())), kind: option.kind, numbers: option.numbers))
            }
        }
        return found
    }

    /// `keepPandemicYears` → `keep-pandemic-years`, as ArgumentParser names options.
    static func kebabCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result.append("-") }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// An `@Option` or `@Flag` whose value type describes itself.
protocol ReflectableOption {
    var kind: ArgumentKind { get }
    var numbers: [Double] { get }
}

/// An `@OptionGroup`.
protocol ReflectableGroup {
    var groupValue: Any { get }
}

extension Option: ReflectableOption where Value: ArgumentSchema {
    var kind: ArgumentKind { Value.valueKind }
    var numbers: [Double] { BoundedValues.numbers(in: wrappedValue) }
}

extension Flag: ReflectableOption where Value: ArgumentSchema {
    var kind: ArgumentKind { Value.valueKind }
    var numbers: [Double] { [] }
}

extension OptionGroup: ReflectableGroup {
    var groupValue: Any { wrappedValue }
}

/// The numbers inside a value that may be a bounded number, an optional one or an array of them.
enum BoundedValues {
    static func numbers(in value: Any) -> [Double] {
        switch value {
        case let number as any BoundedNumber: return [number.value]
        case let numbers as [any BoundedNumber]: return numbers.map(\.value)
        default:
            // An optional: look inside.
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value else { return [] }
            return numbers(in: wrapped)
        }
    }
}
