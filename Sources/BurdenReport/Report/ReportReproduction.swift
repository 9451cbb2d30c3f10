import BurdenAnalysis

/// How a report says to compute each of its parts again, alone, from a shell — the
/// commands of its methods section: the program, the files the part's analysis read,
/// the arguments with which the program read the list, and the part's own options
/// (``AnalysisSpecification/commandLine``). Nothing of it is spelled by the report:
/// the options come from the specifications, the list's arguments from the caller.
public struct ReportReproduction: Sendable, Hashable {
    /// The program's name: `warburden`.
    public var program: String
    /// The arguments, after a command's files, that say how the program read the list:
    /// how it was given and read — a counts table, a region table, column mappings —
    /// as the caller's own parsed input options give them
    /// (``ArgumentParser/ParsableArguments/nonDefaultArguments``), files by their names.
    public var listArguments: [String]

    /// Creates the description.
    ///
    /// - Parameters:
    ///   - program: the program's name.
    ///   - listArguments: the arguments with which the program read the list.
    public init(program: String = "warburden", listArguments: [String] = []) {
        self.program = program
        self.listArguments = listArguments
    }

    /// The words of the command that computes `part` alone from the files of `inputs`.
    func command(for part: ReportContent.Part, inputs: [InputFile]) -> [String] {
        let analysis = part.specification.commandLine
        var words = [program] + analysis.prefix(1) + part.inputs.flatMap { Self.words(for: $0, in: inputs) }
        if part.inputs.contains(.list) { words += listArguments }
        return words + analysis.dropFirst()
    }

    /// The words that name a file the report read: its name (the report does not know
    /// its folder), `-` for standard input, `./` before a name that begins with `-`
    /// (which the program would take for an option); a placeholder when the report
    /// read no such file; after the option's name for a file given by an option.
    static func words(for input: ReportContent.Part.Input, in inputs: [InputFile]) -> [String] {
        let (file, placeholder): (InputFile?, String) =
            switch input {
            case .list: (inputs.first { $0.role.holdsDeaths }, "LIST")
            case .mortality: (inputs.first { $0.role == .mortality }, "DEATHS.csv")
            case .option(_, let role): (inputs.first { $0.role == role }, role.rawValue.uppercased() + ".csv")
            }
        let word: String
        if let file {
            word = file.isStandardInput ? "-" : file.name.hasPrefix("-") ? "./" + file.name : file.name
        } else {
            word = placeholder
        }
        guard case .option(let name, _) = input else { return [word] }
        return ["--\(name)", word]
    }
}
