import ArgumentParser
import BurdenData

/// Words an option takes to name who made a claim or an estimate, for the output to
/// say (`General Staff of Ukraine`): 1 to 200 characters, none of them a control or
/// format character.
public struct SourceLabel: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    public var problem: String? {
        let plausible = ColumnName.isPlausible(text, maximumLength: 200) && text.trimmingSpaces() == text
        return plausible ? nil : "'\(text)' is not a name of a source (1 to 200 characters, no control characters, no spaces around)"
    }

    public static var valueKind: ArgumentKind { .text }
}
