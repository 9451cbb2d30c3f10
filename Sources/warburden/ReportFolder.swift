import BurdenReport
import Foundation

/// Writes the files of a report into a folder, creating it and its `tables/` and
/// `charts/` subfolders; CSV and SVG files left there by an earlier report that this
/// one does not write are removed, so that the folder holds exactly this report.
enum ReportFolder {
    /// Writes the report; returns the paths written, `index.html` first.
    static func write(_ report: Report, to folder: String) throws(CommandFailure) -> [String] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        let files = report.files()
        let manager = FileManager.default
        do {
            for sub in ["", "tables", "charts"] {
                try manager.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
        } catch {
            throw .data("cannot create the report folder '\(folder)': \(error.localizedDescription)")
        }
        let written = Set(files.map(\.path))
        for (sub, suffix) in [("tables", ".csv"), ("charts", ".svg")] {
            let names = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(sub).path)) ?? []
            for name in names where name.hasSuffix(suffix) && !written.contains("\(sub)/\(name)") {
                try? manager.removeItem(at: root.appendingPathComponent(sub).appendingPathComponent(name))
            }
        }
        var paths: [String] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try Data(file.contents.utf8).write(to: url)
            } catch {
                throw .data("cannot write '\(url.path)': \(error.localizedDescription)")
            }
            paths.append(url.path)
        }
        return paths
    }
}
