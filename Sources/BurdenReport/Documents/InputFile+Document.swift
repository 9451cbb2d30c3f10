import BurdenAnalysis

extension InputFile {
    /// Files as a tidy table: role, file, bytes, sha256.
    public static func table(of files: [InputFile]) -> TidyTable {
        TidyTable(
            name: "inputs",
            columns: [.init("role"), .init("file"), .init("bytes"), .init("sha256")],
            rows: files.map { [.text($0.role.rawValue), .text($0.name), .integer($0.bytes), .text($0.sha256)] })
    }
}
