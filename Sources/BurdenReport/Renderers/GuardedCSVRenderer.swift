/// The CSV of ``CSVRenderer`` guarded for spreadsheets (`CSVRenderer(guardsFormulas: true)`):
/// the renderer of the server's downloads.
public struct GuardedCSVRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        CSVRenderer(guardsFormulas: true).render(document, to: &output)
    }
}
