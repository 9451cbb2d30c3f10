import ArgumentParser
import BurdenAnalysis
import BurdenData
import Foundation

/// A question of an exposure file (`warburden report --exposure FILE`): one
/// `warburden exposure` per row, its options the columns (``OptionRowsTable``), the
/// files it names read beside the exposure file.
struct ExposureRow {
    /// The row's label.
    let label: String
    /// The row's options, checked as the command checks them.
    let options: ExposureOptions
    /// The question they ask.
    let question: ExposureQuestion
    /// The folder of the exposure file, against which the files of a row are read.
    let folder: URL

    /// Reads the questions of an exposure file.
    ///
    /// - Throws: ``DataError`` naming the file and the row whose options are wrong or
    ///   ask no question.
    static func read(path: String) throws -> [ExposureRow] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try OptionRowsTable.read(path: path).map { row in
            do {
                let options = try ExposureOptions.parse(row.arguments)
                return ExposureRow(label: row.label, options: options, question: try options.question(), folder: folder)
            } catch let error as AnalysisError {
                throw DataError(.invalidArgument, "'\(path)' row \(row.number): \(error.message)")
            } catch {
                throw DataError(.invalidArgument, "'\(path)' row \(row.number): \(ExposureOptions.message(for: error))")
            }
        }
    }

    /// The tables of the files the row names, read from the exposure file's folder
    /// (a path from the root as it is), and the files read.
    ///
    /// - Throws: ``DataError`` for a file that cannot be read or is not such a table.
    func files(resolver: RegionResolver) throws -> (ExposureFiles, [InputFile]) {
        var files = ExposureFiles()
        var read: [InputFile] = []
        if let file = options.group?.file {
            let path = resolved(file)
            files.group = try GroupSizeTable.read(path: path, resolver: resolver)
            read.append(try InputFile(role: .group, path: path))
        }
        if let file = options.relatives?.file {
            let path = resolved(file)
            files.relatives = try RelativesTable.read(path: path)
            read.append(try InputFile(role: .relatives, path: path))
        }
        return (files, read)
    }

    private func resolved(_ file: String) -> String {
        file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path
    }
}
