extension Report {
    /// The report's page alone — the `index.html` of ``files()`` — without the other
    /// files, for a server that shows the page and nothing else.
    public func page() -> String {
        HTMLReportWriter(report: self, figures: ReportFigures(report: self).all).render()
    }
}
