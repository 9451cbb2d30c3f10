import Foundation

/// Reads a small text file named on the command line, failing with a one-line
/// message that names the file and the reason (exit status 1).
func readTextFile(_ path: String) throws(CommandFailure) -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw .data("cannot read '\(path)': no such file")
    }
    guard !isFolder.boolValue else { throw .data("cannot read '\(path)': it is a folder") }
    guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
        throw .data("cannot read '\(path)': permission denied")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw .data("cannot read '\(path)': not UTF-8 text")
    }
    return text
}
