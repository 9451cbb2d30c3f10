/// What a page that shows a report adds to it — the dashboard its form of controls
/// and its sections — in places the report's page keeps for them, so that nothing
/// has to search the page's HTML and splice into it.
///
/// The texts are HTML and CSS put in as they are: whoever makes them escapes what
/// they show (``XMLText``), as the page escapes its own texts.
public struct ReportPageDecorations: Sendable, Hashable {
    /// CSS added to the end of the page's style sheet.
    public var style: String
    /// HTML at the top of the page, before its header: a form of controls.
    public var controls: String
    /// HTML sections after the headline numbers and the map, before the rates.
    public var leadSections: String

    /// Creates the decorations; none by default.
    public init(style: String = "", controls: String = "", leadSections: String = "") {
        self.style = style
        self.controls = controls
        self.leadSections = leadSections
    }
}
