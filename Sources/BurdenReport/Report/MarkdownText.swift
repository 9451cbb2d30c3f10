/// Escaping of text for Markdown (CommonMark and GitHub tables): characters that
/// would start markup are backslash-escaped, and `<`, `>` and `&` become character
/// references, so that text from the input — a region name `<script>` — is shown as
/// written and never read as HTML.
enum MarkdownText {
    /// `text` safe inside a paragraph or a table cell; line breaks become spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": result += "\\" + String(scalar)
            case "\n", "\r", "\t": result += " "
            case _ where !XMLText.isAllowed(scalar): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
