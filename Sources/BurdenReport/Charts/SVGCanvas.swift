/// A small SVG builder: elements appended in drawing order, attribute values and
/// text escaped, coordinates written with at most two decimals so that the same
/// chart gives the same bytes everywhere.
///
/// ```swift
/// var canvas = SVGCanvas(width: 200, height: 100)
/// canvas.rect(x: 10, y: 10, width: 50, height: 20, fill: "#440154", title: "Tuva: 248.7")
/// canvas.text("Tuva", x: 70, y: 24, size: 12)
/// let svg = canvas.rendered(title: "A chart")
/// ```
public struct SVGCanvas: Sendable {
    /// The width in user units (pixels at scale 1).
    public let width: Double
    /// The height in user units.
    public let height: Double
    private var parts: [String] = []
    private var openGroups = 0

    /// The font family every chart uses: one with the metrics ``TextMeasure`` assumes.
    public static let fontFamily = "Liberation Sans, Arial, Helvetica, sans-serif"

    /// Creates an empty canvas.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Whether nothing has been drawn.
    public var isEmpty: Bool { parts.isEmpty }

    /// Appends an element with attributes, optional text content and an optional
    /// `<title>` child (the tooltip and accessible name).
    public mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil, title: String? = nil) {
        var line = "<" + name
        for (key, value) in attributes { line += " " + key + "=\"" + XMLText.escaped(value) + "\"" }
        if text == nil, title == nil {
            parts.append(line + "/>")
            return
        }
        line += ">"
        if let title { line += "<title>" + XMLText.escaped(title) + "</title>" }
        if let text { line += XMLText.escaped(text) }
        parts.append(line + "</" + name + ">")
    }

    /// Opens a group; close it with ``closeGroup()``.
    public mutating func openGroup(_ attributes: [(String, String)] = [], title: String? = nil) {
        var line = "<g"
        for (key, value) in attributes { line += " " + key + "=\"" + XMLText.escaped(value) + "\"" }
        line += ">"
        if let title { line += "<title>" + XMLText.escaped(title) + "</title>" }
        parts.append(line)
        openGroups += 1
    }

    /// Closes the innermost open group.
    public mutating func closeGroup() {
        precondition(openGroups > 0, "no group is open")
        parts.append("</g>")
        openGroups -= 1
    }

    /// A rectangle.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        strokeWidth: Double? = nil, opacity: Double? = nil, title: String? = nil
    ) {
        var attributes = [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
                          ("height", Self.number(max(0, height))), ("fill", fill)]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let strokeWidth { attributes.append(("stroke-width", Self.number(strokeWidth))) }
        if let opacity { attributes.append(("fill-opacity", Self.number(opacity))) }
        element("rect", attributes, title: title)
    }

    /// A straight line.
    public mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) {
        var attributes = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                          ("stroke", stroke), ("stroke-width", Self.number(width))]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("line", attributes)
    }

    /// A circle.
    public mutating func circle(
        cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, strokeWidth: Double? = nil,
        opacity: Double? = nil, title: String? = nil
    ) {
        var attributes = [("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("fill", fill)]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let strokeWidth { attributes.append(("stroke-width", Self.number(strokeWidth))) }
        if let opacity { attributes.append(("fill-opacity", Self.number(opacity))) }
        element("circle", attributes, title: title)
    }

    /// A path from its `d` data.
    public mutating func path(
        _ data: String, fill: String, stroke: String? = nil, strokeWidth: Double? = nil, opacity: Double? = nil,
        title: String? = nil
    ) {
        var attributes = [("d", data), ("fill", fill)]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let strokeWidth { attributes.append(("stroke-width", Self.number(strokeWidth))) }
        if let opacity { attributes.append(("fill-opacity", Self.number(opacity))) }
        element("path", attributes, title: title)
    }

    /// A closed polygon through points.
    public mutating func polygon(_ points: [(x: Double, y: Double)], fill: String, stroke: String? = nil, title: String? = nil) {
        let list = points.map { Self.number($0.x) + "," + Self.number($0.y) }.joined(separator: " ")
        var attributes = [("points", list), ("fill", fill)]
        if let stroke { attributes.append(("stroke", stroke)) }
        element("polygon", attributes, title: title)
    }

    /// How text is anchored at its x position.
    public enum Anchor: String, Sendable {
        case start, middle, end
    }

    /// One line of text; `y` is the baseline.
    public mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, bold: Bool = false,
        fill: String = "#222", title: String? = nil
    ) {
        var attributes = [("x", Self.number(x)), ("y", Self.number(y))]
        if size != 12 { attributes.append(("font-size", Self.number(size))) }
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        if fill != "#222" { attributes.append(("fill", fill)) }
        element("text", attributes, text: content, title: title)
    }

    /// The finished SVG document: a root `<svg>` with the view box, a `<title>` (the
    /// chart's accessible name) and an optional `<desc>`, then the elements.
    public func rendered(title: String, description: String? = nil) -> String {
        precondition(openGroups == 0, "a group is still open")
        var text = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
        text += " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" role=\"img\""
        text += " font-family=\"\(Self.fontFamily)\" font-size=\"12\" fill=\"#222\">\n"
        text += "<title>" + XMLText.escaped(title) + "</title>\n"
        if let description { text += "<desc>" + XMLText.escaped(description) + "</desc>\n" }
        for part in parts {
            text += part
            text += "\n"
        }
        return text + "</svg>\n"
    }

    /// A coordinate with at most two decimals, no trailing zeros, no negative zero.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        // Beyond 9·10¹³ (far outside any drawing) the coordinate is written whole, clamped.
        guard abs(hundredths) < 9e15 else { return value < 0 ? "-90000000000000" : "90000000000000" }
        let scaled = Int64(hundredths)
        if scaled == 0 { return "0" }
        let whole = abs(scaled) / 100
        let fraction = abs(scaled) % 100
        var text = scaled < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return text
    }
}
