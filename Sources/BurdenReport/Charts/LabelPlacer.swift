/// Places text labels beside points so that no two labels overlap, no label covers a
/// point or another obstacle, and every label stays inside the plot.
///
/// A greedy placement (the first-fit rule of Christensen, Marks & Shieber 1995):
/// labels are taken in priority order and each tries eight positions around its point
/// — right, left, above, below, then the four diagonals — keeping the first that
/// collides with nothing placed so far. A label with no free position is left out
/// (its point keeps its tooltip), as is every label after `limit` have been placed.
public enum LabelPlacer {
    /// A label to place.
    public struct Request: Sendable, Hashable {
        /// The point's centre.
        public let x: Double
        public let y: Double
        /// The point's radius (labels keep this far away, plus a gap).
        public let radius: Double
        /// The text's width and height.
        public let width: Double
        public let height: Double

        /// Creates a request.
        public init(x: Double, y: Double, radius: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.radius = radius
            self.width = width
            self.height = height
        }
    }

    /// Where a label went: its box, and where to write the text.
    public struct Placement: Sendable, Hashable {
        /// The label's box.
        public let box: ChartRect
        /// The text's anchor point: x at the box's left edge, y on the baseline.
        public let textX: Double
        public let baseline: Double
    }

    /// Places labels in the order given (most important first).
    ///
    /// - Parameters:
    ///   - requests: the labels, in priority order.
    ///   - obstacles: boxes no label may cover (the points themselves, a legend).
    ///   - bounds: the area labels must stay inside.
    ///   - limit: the most labels to place.
    /// - Returns: one placement per request, `nil` for a label left out.
    public static func place(
        _ requests: [Request], obstacles: [ChartRect], bounds: ChartRect, limit: Int = .max
    ) -> [Placement?] {
        var taken = obstacles
        var result: [Placement?] = []
        var placed = 0
        for request in requests {
            guard placed < limit else {
                result.append(nil)
                continue
            }
            let gap = request.radius + 2
            let (w, h) = (request.width, request.height)
            let (x, y) = (request.x, request.y)
            let diagonal = gap * 0.7
            let corners: [(Double, Double)] = [
                (x + gap, y - h / 2), (x - gap - w, y - h / 2), (x - w / 2, y - gap - h), (x - w / 2, y + gap),
                (x + diagonal, y - diagonal - h), (x + diagonal, y + diagonal), (x - diagonal - w, y - diagonal - h),
                (x - diagonal - w, y + diagonal),
            ]
            var chosen: Placement?
            for (left, top) in corners {
                let box = ChartRect(x: left, y: top, width: w, height: h)
                guard bounds.contains(box) else { continue }
                let own = ChartRect(x: x - request.radius, y: y - request.radius, width: 2 * request.radius, height: 2 * request.radius)
                if taken.contains(where: { $0 != own && $0.intersects(box) }) { continue }
                chosen = Placement(box: box, textX: left, baseline: top + h * 0.8)
                break
            }
            if let chosen {
                taken.append(chosen.box)
                placed += 1
            }
            result.append(chosen)
        }
        return result
    }
}
