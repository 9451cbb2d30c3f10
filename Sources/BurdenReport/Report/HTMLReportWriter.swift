/// Writes a report as one self-contained HTML page: the CSS inline, the charts as
/// inline SVG, no script, no font or image fetched from anywhere. The page is also
/// well-formed XML (every element closed, every text escaped), so XML tools read it.
///
/// A page that shows the report adds to it through ``ReportPageDecorations``: its
/// style after the page's, its controls before the header, its sections before the rates.
struct HTMLReportWriter {
    let report: Report
    let figures: [ReportFigure]
    var decorations = ReportPageDecorations()

    func render() -> String {
        let page = ReportPage(report: report, figures: figures)
        var html = "<!DOCTYPE html>\n"
        html += "<html lang=\"\(page.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html += "<meta name=\"generator\" content=\"warburden \(escape(report.toolVersion))\"/>\n"
        html += "<title>\(escape(page.title))</title>\n<style>\n\(HTMLStyle.css)\n\(decorations.style)</style>\n</head>\n<body>\n<main>\n"
        html += decorations.controls
        html += "<header>\n<h1>\(escape(page.title))</h1>\n<p>\(escape(page.subtitle))</p>\n"
        html += "<nav>" + page.sections.map { "<a href=\"#\($0.id)\">\(escape($0.title))</a>" }.joined(separator: " ") + "</nav>\n"
        html += "</header>\n"
        for section in page.sections {
            if section.id == "rates" { html += decorations.leadSections }
            html += "<section id=\"\(section.id)\">\n<h2>\(escape(section.title))</h2>\n"
            for block in section.blocks { html += render(block) }
            html += "</section>\n"
        }
        html += "<footer>warburden \(escape(report.toolVersion))"
        if let stamp = report.stamp { html += " · \(escape(stamp))" }
        html += "</footer>\n</main>\n</body>\n</html>\n"
        return html
    }

    private func escape(_ text: String) -> String { XMLText.escaped(text) }

    private func render(_ block: ReportPage.Block) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>\(escape(text))</p>\n"
        case .heading(let text):
            return "<h3>\(escape(text))</h3>\n"
        case .cards(let cards):
            return "<div class=\"cards\">\n" + cards.map { card in
                "<div class=\"card\"><div class=\"value\">\(escape(card.value))</div><div class=\"label\">\(escape(card.label))</div>"
                    + "<div class=\"detail\">\(escape(card.detail))</div></div>\n"
            }.joined() + "</div>\n"
        case .figure(let figure):
            return self.figure(figure)
        case .figures(let figures):
            return "<div class=\"figures\">\n" + figures.map(figure).joined() + "</div>\n"
        case .table(let table):
            return self.table(table)
        case .collapsible(let summary, let blocks):
            return "<details>\n<summary>\(escape(summary))</summary>\n" + blocks.map(render).joined() + "</details>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        case .commands(let commands):
            return "<ul class=\"commands\">\n" + commands.map { "<li><code>\(escape($0))</code></li>\n" }.joined() + "</ul>\n"
        case .definitions(let pairs):
            return "<dl>\n" + pairs.map { "<dt>\(escape($0[0]))</dt><dd>\(escape($0.count > 1 ? $0[1] : ""))</dd>\n" }.joined() + "</dl>\n"
        }
    }

    private func figure(_ figure: ReportFigure) -> String {
        "<figure id=\"figure-\(escape(figure.id))\" class=\"\(figure.widthClass)\">\n\(figure.svg)<figcaption><strong>\(escape(figure.title)).</strong> \(escape(figure.caption))</figcaption>\n</figure>\n"
    }

    private func table(_ table: ReportPage.Table) -> String {
        var html = "<div class=\"table\"><table>\n"
        html += "<thead><tr>" + zip(table.columns, table.numeric).map { title, numeric in
            numeric ? "<th class=\"num\">\(escape(title))</th>" : "<th>\(escape(title))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + zip(row, table.numeric).map { cell, numeric in
                numeric ? "<td class=\"num\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        if let caption = table.caption { html += "<p class=\"caption\">\(escape(caption))</p>\n" }
        return html
    }
}
