/// What a report page says, section by section, independent of the format: the
/// HTML and Markdown writers render the same page, so they cannot disagree.
struct ReportPage: Sendable {
    /// A headline number.
    struct Card: Sendable, Hashable {
        let value: String
        let label: String
        let detail: String
    }

    /// A table for reading: column titles (numeric columns are right-aligned) and text cells.
    struct Table: Sendable, Hashable {
        let caption: String?
        let columns: [String]
        let numeric: [Bool]
        let rows: [[String]]
    }

    /// A piece of a section.
    indirect enum Block: Sendable, Hashable {
        case paragraph(String)
        case cards([Card])
        case figure(ReportFigure)
        /// Figures side by side where the page is wide enough.
        case figures([ReportFigure])
        case table(Table)
        /// Blocks hidden under a summary line until opened.
        case collapsible(summary: String, [Block])
        case list([String])
        /// Command lines to run in a shell, each already quoted (``ShellText``).
        case commands([String])
        /// A definition list: term and description.
        case definitions([[String]])
        /// A subheading.
        case heading(String)
    }

    /// A section: an anchor, a heading and its blocks.
    struct Section: Sendable, Hashable {
        let id: String
        let title: String
        let blocks: [Block]
    }

    let language: ReportLanguage
    let title: String
    let subtitle: String
    let sections: [Section]
}
