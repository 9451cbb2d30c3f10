import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that text is well-formed XML (an SVG, an XHTML-compatible HTML page) with
/// Foundation's XMLParser (libxml2).
public enum XMLCheck {
    /// `nil` when the text parses, else the parser's error with its line and column.
    public static func problem(in text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        if parser.parse() { return nil }
        let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
        return "line \(parser.lineNumber), column \(parser.columnNumber): \(error)"
    }

    /// The names of the elements of a document, in order (empty when it does not parse).
    public static func elements(in text: String) -> [String] {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector.names : []
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var names: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            names.append(elementName)
        }
    }
}
