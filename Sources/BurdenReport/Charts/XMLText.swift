/// Escaping of text for XML, SVG and HTML: in element content and in attribute
/// values alike.
///
/// `&`, `<`, `>`, `"` and `'` become character references, and characters that XML 1.0
/// does not allow at all (control characters other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) are dropped, so that any input text — a region name, a
/// column header — yields a well-formed document.
public enum XMLText {
    /// `text` escaped for element content or a quoted attribute value.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case _ where !isAllowed(scalar): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether XML 1.0 allows the character (its production `Char`).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "&" || scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "'" || !isAllowed(scalar)
    }
}
