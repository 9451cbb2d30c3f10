import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenServer
import Foundation

/// `warburden import`: add a version of a list (or a region table, or a mortality
/// file) to a workspace.
struct ImportCommand: ParsableCommand {
    /// What the file is.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case list, regions, mortality
    }

    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add a version of a list (or a region table, or a mortality file) to a workspace.",
        discussion: """
            Imports FILE as `check` reads it into the workspace's SQLite database as a new \
            version with a label: the records without names, the ledger, the SHA-256, the import \
            time. The import is one transaction: if it stops half-way the workspace is as it was. \
            A running `warburden serve` on the same workspace sees the new version at once.

            Examples:
              warburden import list.csv --label 2023-04-12
              warburden import list-2023-05.csv --label 2023-05-19 --workspace news
              warburden import deaths.csv.gz --kind mortality --label rosstat-2023
              warburden import my-country.csv --kind regions --label xx --denominator adults
            """
    )

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The version's label, e.g. the date of the list.", valueName: "label"))
    var label: String

    @Option(help: ArgumentHelp("The workspace folder; created if missing.", valueName: "dir"))
    var workspace: String = Workspace.defaultFolder

    @Option(help: ArgumentHelp("What FILE is: list (default), regions (a region table) or mortality (deaths by region, year, age group and sex).", valueName: "kind"))
    var kind: Kind = .list

    @Option(name: .customLong("regions-table"), help: ArgumentHelp("The id of a region table of the workspace whose regions the list (or mortality file) names.", valueName: "id"))
    var regionsTable: Int64?

    @Option(help: ArgumentHelp("The population column of a region table (--kind regions).", valueName: "column"))
    var denominator: String?

    @OptionGroup var input: ListImportOptions

    @OptionGroup var categoryOptions: CategoriesOption

    func validate() throws {
        do {
            _ = try WorkspaceText.label(label, parameter: "--label")
        } catch {
            throw ValidationError(error.message)
        }
        if let regionsTable, regionsTable <= 0 { throw ValidationError("--regions-table must be a positive id") }
    }

    func run() throws {
        do {
            let opened = try Workspace(folder: workspace)
            printToStandardError("importing \(file) into \(workspace) …")
            switch kind {
            case .list:
                var options = input.importerOptions
                options.categories = try categoryOptions.mapping()
                let (version, ledger) = try opened.importList(
                    path: file, label: label, options: options, regionTable: regionsTable, strict: input.strict)
                printToStandardError(ledger.summary)
                print("dataset \(version.id) '\(version.label)': \(version.records) records from \(version.file) (sha256 \(version.sha256.prefix(12))…)")
            case .regions, .mortality:
                let stored = try opened.importFile(
                    path: file, kind: kind == .regions ? .regions : .mortality, label: label, denominator: denominator,
                    regionTable: kind == .mortality ? regionsTable : nil)
                print("\(kind.rawValue) \(stored.id) '\(stored.label)': \(stored.file), \(stored.bytes) bytes")
            }
        } catch let error as WorkspaceError {
            throw CommandFailure.data(error.message)
        }
    }
}
