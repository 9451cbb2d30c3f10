/// Writes a report as Markdown: the same sections as the HTML page, tables as
/// GitHub tables, the charts as images from `charts/` (files of the report folder).
struct MarkdownReportWriter {
    let report: Report
    let figures: [ReportFigure]

    func render() -> String {
        let page = ReportPage(report: report, figures: figures)
        var text = "# \(escape(page.title))\n\n\(escape(page.subtitle))\n"
        for section in page.sections {
            text += "\n## \(escape(section.title))\n"
            for block in section.blocks { text += "\n" + render(block) }
        }
        text += "\n---\n\nwarburden \(escape(report.toolVersion))"
        if let stamp = report.stamp { text += " · \(escape(stamp))" }
        return text + "\n"
    }

    private func escape(_ text: String) -> String { MarkdownText.escaped(text) }

    private func render(_ block: ReportPage.Block) -> String {
        switch block {
        case .paragraph(let text):
            return escape(text) + "\n"
        case .heading(let text):
            return "### \(escape(text))\n"
        case .cards(let cards):
            return cards.map { "- **\(escape($0.value))** — \(escape($0.label)); \(escape($0.detail))\n" }.joined()
        case .figure(let figure):
            return self.figure(figure)
        case .figures(let figures):
            return figures.map(figure).joined(separator: "\n")
        case .table(let table):
            return self.table(table)
        case .collapsible(_, let blocks):
            return blocks.map(render).joined(separator: "\n")
        case .list(let items):
            return items.map { "- \(escape($0))\n" }.joined()
        case .commands(let commands):
            return commands.map { "- \(MarkdownText.code($0))\n" }.joined()
        case .definitions(let pairs):
            return pairs.map { "- \(escape($0[0])): \(escape($0.count > 1 ? $0[1] : ""))\n" }.joined()
        }
    }

    private func figure(_ figure: ReportFigure) -> String {
        "![\(escape(figure.title))](charts/\(figure.id).svg)\n\n*\(escape(figure.title)).* \(escape(figure.caption))\n"
    }

    private func table(_ table: ReportPage.Table) -> String {
        var text = "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + table.numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows { text += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        if let caption = table.caption { text += "\n" + escape(caption) + "\n" }
        return text
    }
}
