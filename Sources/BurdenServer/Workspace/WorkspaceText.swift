/// The one rule for text that a person gives the workspace and that it shows back —
/// the label of a version or file, and the name of an uploaded file — used alike by
/// `warburden import` and by the server.
///
/// A text is trimmed of spaces (Zs) at both ends and must then hold 1 to
/// ``maximumScalars`` Unicode scalars, none of which is a control character (general
/// category Cc: ESC, BEL, newlines…), a format character (Cf: U+202E RIGHT-TO-LEFT
/// OVERRIDE, zero-width joiners, the BOM…), a line or paragraph separator (Zl, Zp), a
/// private-use (Co) or surrogate (Cs) code point, or one that Unicode has not
/// assigned (Cn, noncharacters among them). Such scalars can reorder, hide or forge
/// what a terminal, a page or a spreadsheet shows. A file name may in addition hold no
/// folder: no `/` or `\`, and neither `.` nor `..`.
public enum WorkspaceText {
    /// The most Unicode scalars a label or file name may hold.
    public static let maximumScalars = 200

    /// A checked label.
    ///
    /// - Parameters:
    ///   - text: the label as given.
    ///   - parameter: how the caller spells it in messages (`label`, `--label`).
    /// - Returns: the label trimmed of spaces.
    /// - Throws: ``WorkspaceError`` (`invalidText`) naming `parameter` and the rule.
    /// - Complexity: O(n) in the text's length.
    public static func label(_ text: String, parameter: String = "label") throws(WorkspaceError) -> String {
        let trimmed = trimmed(text)
        guard fits(trimmed) else {
            throw WorkspaceError(
                .invalidText,
                "\(parameter) must be 1 to \(maximumScalars) characters without control, format, separator, private-use or unassigned characters")
        }
        return trimmed
    }

    /// A checked file name.
    ///
    /// - Parameters:
    ///   - text: the name as given.
    ///   - parameter: how the caller spells it in messages (`name`).
    /// - Returns: the name trimmed of spaces.
    /// - Throws: ``WorkspaceError`` (`invalidText`) naming `parameter` and the rule.
    /// - Complexity: O(n) in the text's length.
    public static func fileName(_ text: String, parameter: String = "name") throws(WorkspaceError) -> String {
        let trimmed = trimmed(text)
        guard fits(trimmed), !trimmed.contains("/"), !trimmed.contains("\\"), trimmed != ".", trimmed != ".." else {
            throw WorkspaceError(
                .invalidText,
                "\(parameter) must be a file name without folders, 1 to \(maximumScalars) characters without control, format, separator, private-use or unassigned characters")
        }
        return trimmed
    }

    /// `text` without the space separators (U+0020, U+00A0, U+3000…) at its ends; a
    /// zero-width space is a format character, not a space, and stays to be refused.
    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// Whether every scalar of a scalar-wise non-empty, short enough text is allowed.
    private static func fits(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard !scalars.isEmpty, scalars.count <= maximumScalars else { return false }
        return scalars.allSatisfy { !refused.contains($0.properties.generalCategory) }
    }

    /// The general categories no label or file name may hold.
    private static let refused: Set<Unicode.GeneralCategory> = [
        .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned,
    ]
}
