import ArgumentParser
import BurdenData

/// Where a figure an option gives comes from — a publication, a page, a table — as
/// the user writes it (`--share-source "Medvedev, TASS 2025-01-24, https://…"`):
/// 1 to 1,000 characters, none of them a control or format character, so that it can
/// be printed in a terminal, a table and a report as it is.
public struct SourceText: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    public var problem: String? {
        if text.trimmingSpaces().isEmpty || text.count > 1000 || !PrintableText.isPrintable(text) {
            return "is not a source (1 to 1000 characters, no control characters)"
        }
        return nil
    }

    public static var valueKind: ArgumentKind { .text }
}
