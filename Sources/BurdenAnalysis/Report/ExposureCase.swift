/// A question of observed against expected that a report answers beside the list
/// (`warburden report LIST --exposure FILE`, one row of the file each): its label,
/// its options as `warburden exposure` takes them, and the tables the command read
/// from the files they name.
public struct ExposureCase: Sendable {
    /// What the question is about, as the file labels it (`Officials, Proekt 2025`).
    public let label: String
    /// The options.
    public let options: ExposureOptions
    /// The tables of the files `--group` and `--relatives` name.
    public let files: ExposureFiles

    /// Creates a case.
    public init(label: String, options: ExposureOptions, files: ExposureFiles = ExposureFiles()) {
        self.label = label
        self.options = options
        self.files = files
    }
}
