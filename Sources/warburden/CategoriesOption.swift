import ArgumentParser
import BurdenData

/// `--categories FILE`: a user's table of category names added to the built-in mapping
/// of unit types (``CategoryMapping/builtIn``), for the commands that read unit types —
/// `check`, `import` and every analysis.
struct CategoriesOption: ParsableArguments {
    @Option(help: ArgumentHelp("A table of category names (category,unit_type) added to the built-in mapping of unit types; its names override the built-in ones.", valueName: "file"))
    var categories: String?

    /// The mapping: the built-in reference, with the table when one is given.
    ///
    /// - Throws: ``DataError`` when the table cannot be read.
    func mapping() throws(DataError) -> CategoryMapping {
        guard let categories else { return .builtIn }
        return CategoryMapping.builtIn.adding(try CategoryMappingReader.read(path: categories))
    }
}
