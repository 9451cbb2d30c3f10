import ArgumentParser
import BurdenData

/// A copy of a list with the day it was taken, as `--list DATE=FILE` gives it: one
/// snapshot of the nowcast.
struct DatedList: ExpressibleByArgument, Sendable {
    /// The day the copy was taken.
    let date: PartialDate
    /// The list file.
    let path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
            let date = PartialDate(parsing: String(argument[..<equals])), date.dayNumber != nil
        else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.date = date
        self.path = path
    }

    static var defaultCompletionKind: CompletionKind { .file() }
}
