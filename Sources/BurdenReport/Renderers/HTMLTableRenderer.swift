/// Writes a document as HTML for reading in a page: the metadata as a definition
/// list, then each table the terminal shows as a `<table>` inside a scrolling
/// `<div class="table">` — numbers rounded and grouped as the terminal shows them,
/// right-aligned, missing values `NA`, every text escaped for XML. The fragment is
/// well-formed XML, so it can go into the report page.
public struct HTMLTableRenderer: DocumentRenderer {
    /// Whether to write the metadata before the tables.
    public var showsMetadata: Bool

    /// Creates the renderer.
    public init(showsMetadata: Bool = true) {
        self.showsMetadata = showsMetadata
    }

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        if showsMetadata, !document.metadata.isEmpty {
            output.write("<dl>\n")
            for item in document.metadata {
                output.write("<dt>\(XMLText.escaped(item.key))</dt><dd>\(XMLText.escaped(TerminalTableRenderer.text(item.value, decimals: 3)))</dd>\n")
            }
            output.write("</dl>\n")
        }
        for table in document.tables where table.inTerminal {
            let shown = table.columns.indices.filter { table.columns[$0].inTerminal }
            let numeric = shown.map { column in
                table.rows.contains { row in
                    switch row[column] {
                    case .integer, .number: true
                    default: false
                    }
                }
            }
            output.write("<div class=\"table\"><table data-table=\"\(XMLText.escaped(table.name))\">\n<thead><tr>")
            for (slot, column) in shown.enumerated() {
                let name = XMLText.escaped(table.columns[column].name)
                output.write(numeric[slot] ? "<th class=\"num\">\(name)</th>" : "<th>\(name)</th>")
            }
            output.write("</tr></thead>\n<tbody>\n")
            for row in table.rows {
                output.write("<tr>")
                for (slot, column) in shown.enumerated() {
                    let text = XMLText.escaped(TerminalTableRenderer.text(row[column], decimals: table.columns[column].decimals))
                    output.write(numeric[slot] ? "<td class=\"num\">\(text)</td>" : "<td>\(text)</td>")
                }
                output.write("</tr>\n")
            }
            output.write("</tbody>\n</table></div>\n")
        }
        for note in document.notes { output.write("<p class=\"caption\">\(XMLText.escaped(note))</p>\n") }
    }
}
