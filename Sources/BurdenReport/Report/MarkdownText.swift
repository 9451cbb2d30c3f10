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

    /// `text` as an inline code span, shown exactly as written: between fences of
    /// backticks longer than any run of backticks inside (with a space inside the fences
    /// when the text begins or ends with one), so that no character of it is markup.
    /// Line breaks become spaces, as CommonMark shows them in a code span anyway (a line
    /// of the text must not start a block); characters XML does not allow are dropped.
    static func code(_ text: String) -> String {
        var content = ""
        var run = 0
        var longest = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
            switch scalar {
            case "\n", "\r": content += " "
            case _ where !XMLText.isAllowed(scalar): continue
            default: content.unicodeScalars.append(scalar)
            }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = content.hasPrefix("`") || content.hasSuffix("`") ? " " : ""
        return fence + padding + content + padding + fence
    }
}
