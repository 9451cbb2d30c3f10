extension Report {
    /// The report's page alone — the `index.html` of ``files()`` — without the other
    /// files, for a server that shows the page and nothing else, with what that page
    /// adds to it (its controls, its sections).
    ///
    /// - Parameter decorations: the style, controls and sections the showing page adds.
    public func page(decorations: ReportPageDecorations = ReportPageDecorations()) -> String {
        HTMLReportWriter(report: self, figures: ReportFigures(report: self).all, decorations: decorations).render()
    }
}
