/// Text an option takes that is printed back — in messages, tables, reports — as it
/// was given: it must hold no control, format or unassigned character (no terminal
/// escapes, no bidirectional overrides).
enum PrintableText {
    /// Whether `text` holds no control, format, line or paragraph separator, or
    /// unassigned character.
    static func isPrintable(_ text: String) -> Bool {
        !text.unicodeScalars.contains {
            [.control, .format, .lineSeparator, .paragraphSeparator, .unassigned].contains($0.properties.generalCategory)
        }
    }
}
