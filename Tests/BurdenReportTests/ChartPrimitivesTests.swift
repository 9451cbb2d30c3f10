import BurdenData
import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// Golden tests of the SVG layer's small pieces: ticks, scales, escaping, numbers, colours.
struct ChartPrimitivesTests {
    // Expected values from an independent transcription of Heckbert's `loose_label` (Python).
    @Test("Heckbert's nice ticks", arguments: [
        (0.0, 248.7, 5, [0.0, 100, 200, 300], 0),
        (0.03, 0.97, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0], 1),
        (-3.2, 7.9, 5, [-5.0, 0, 5, 10], 0),
        (1_000_000, 3_700_000, 5, [1_000_000, 2_000_000, 3_000_000, 4_000_000], 0),
        (2.2, 31.7, 6, [0.0, 10, 20, 30, 40], 0),
        (0.001, 0.0093, 5, [0.0, 0.002, 0.004, 0.006, 0.008, 0.01], 3),
        (16_877, 85_000, 5, [0.0, 20_000, 40_000, 60_000, 80_000, 100_000], 0),
        (5.0, 5.0, 5, [2.0, 3, 4, 5, 6, 7, 8], 0),
        (0.0, 0.0, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0], 1),
    ])
    func niceTicks(minimum: Double, maximum: Double, count: Int, expected: [Double], digits: Int) {
        let ticks = NiceTicks(minimum: minimum, maximum: maximum, count: count)
        #expect(ticks.values == expected)
        #expect(ticks.fractionDigits == digits)
        #expect(ticks.lower <= min(minimum, maximum) && ticks.upper >= max(minimum, maximum))
    }

    @Test func niceNumbersRoundOrCeilToOneTwoFive() {
        #expect(NiceTicks.niceNumber(1.4, round: true).value == 1)
        #expect(NiceTicks.niceNumber(1.6, round: true).value == 2)
        #expect(NiceTicks.niceNumber(6.9, round: true).value == 5)
        #expect(NiceTicks.niceNumber(7.1, round: true).value == 10)
        #expect(NiceTicks.niceNumber(1000, round: false).value == 1000)
        #expect(NiceTicks.niceNumber(2.01, round: false).value == 5)
        #expect(NiceTicks.niceNumber(0.031, round: false).value == 0.05)
    }

    @Test func scalesMapDomainsToRanges() {
        let linear = LinearScale(domain: (0, 250), range: (100, 600))
        #expect(linear(0) == 100 && linear(250) == 600 && linear(125) == 350)
        let flipped = LinearScale(domain: (0, 1), range: (300, 20))
        #expect(flipped(0.25) == 230)
        #expect(LinearScale(domain: (3, 3), range: (0, 10))(3) == 5)
        let log = LogScale(domain: (0.1, 10), range: (0, 200))
        #expect(isClose(log(1), 100, relative: 1e-12) && isClose(log(10), 200, relative: 1e-12))
        #expect(LogScale(domain: (0.15, 2.4), range: (0, 1)).ticks() == [0.2, 0.3, 0.5, 1, 2])
        #expect(LogScale(domain: (3.05, 248.7), range: (0, 1)).ticks(count: 6) == [5, 10, 20, 50, 100, 200])
        #expect(LogScale(domain: (0.9, 1.3), range: (0, 1)).ticks().count >= 2)
        let bands = BandScale(count: 4, range: (0, 100), padding: 0.2)
        #expect(bands.step == 25 && bands.bandwidth == 20 && bands.position(1) == 27.5 && bands.center(3) == 87.5)
    }

    @Test func textIsEscapedForXML() {
        #expect(XMLText.escaped("Tuva") == "Tuva")
        #expect(XMLText.escaped("<script>\"&'") == "&lt;script&gt;&quot;&amp;&#39;")
        #expect(XMLText.escaped("a\u{0}b\u{1B}c\td\u{FFFE}") == "abc\td")
        #expect(XMLText.escaped("Ёлки &amp;") == "Ёлки &amp;amp;")
    }

    @Test func coordinatesHaveAtMostTwoDecimalsAndNoNegativeZero() {
        let cases: [(Double, String)] = [
            (12, "12"), (3.1, "3.1"), (3.10, "3.1"), (-2.25, "-2.25"), (0.004, "0"), (-0.004, "0"), (1.006, "1.01"),
            (0.07, "0.07"), (-0.5, "-0.5"), (1234.567, "1234.57"), (.nan, "0"),
        ]
        for (value, text) in cases { #expect(SVGCanvas.number(value) == text, "\(value)") }
    }

    @Test func aCanvasRendersEscapedElementsInOrder() {
        var canvas = SVGCanvas(width: 120, height: 40.5)
        canvas.rect(x: 1, y: 2.25, width: 30, height: 10, fill: "#440154", title: "Tuva: 248.7 <high>")
        canvas.text("A & B", x: 40, y: 20, size: 10, anchor: .middle)
        canvas.line(x1: 0, y1: 39.999, x2: 120, y2: 40, stroke: "#888888")
        #expect(canvas.rendered(title: "Golden \"chart\"") == """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40.5" width="120" height="40.5" role="img" \
            font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-size="12" fill="#222">
            <title>Golden &quot;chart&quot;</title>
            <rect x="1" y="2.25" width="30" height="10" fill="#440154"><title>Tuva: 248.7 &lt;high&gt;</title></rect>
            <text x="40" y="20" font-size="10" text-anchor="middle">A &amp; B</text>
            <line x1="0" y1="40" x2="120" y2="40" stroke="#888888" stroke-width="1"/>
            </svg>

            """)
    }

    @Test func numbersAreWrittenPerLanguage() {
        let en = NumberFormat.english
        let ru = NumberFormat.russian
        #expect(en.integer(20_253) == "20,253" && ru.integer(20_253) == "20\u{A0}253")
        #expect(en.integer(1047) == "1,047" && ru.integer(1047) == "1047")
        #expect(en.string(248.697, decimals: 1) == "248.7" && ru.string(248.697, decimals: 1) == "248,7")
        #expect(en.string(-0.0155, decimals: 3) == "\u{2212}0.016" && en.string(-0.0004, decimals: 3) == "0.000")
        #expect(en.string(1_234_567.891, decimals: 2) == "1,234,567.89" && ru.string(1_234_567.891, decimals: 2) == "1\u{A0}234\u{A0}567,89")
        #expect(en.percent(0.0428) == "4.3%" && ru.percent(0.0428) == "4,3\u{A0}%")
        #expect(en.significant(0.000197348) == "0.000197" && en.significant(2.6005) == "2.60" && en.significant(1234.5) == "1,235")
        #expect(en.string(.nan, decimals: 2) == "NA")
    }

    @Test func viridisRunsFromLightToDarkAndLogSpacesRatios() {
        let scale = SequentialColorScale(lower: 1, upper: 100, palette: .viridis, transform: .log)
        #expect(scale.color(1).hex == "#fde725" && scale.color(100).hex == "#440154")
        #expect(scale.color(0.5).hex == "#fde725" && scale.color(1000).hex == "#440154")
        #expect(isClose(scale.position(10), 0.5, relative: 1e-12))
        #expect(scale.color(at: 0.5).hex == "#21918c")
        #expect(scale.color(at: 0.95).hex == RGBColor(hex: "#482475").mixed(with: RGBColor(hex: "#440154"), 0.5).hex)
        let cividis = SequentialColorScale(lower: 0, upper: 1, palette: .cividis, darkIsHigh: false)
        #expect(cividis.color(0).hex == "#00224e" && cividis.color(1).hex == "#fee838")
        #expect(RGBColor(hex: "#440154").contrastingText == "#ffffff" && RGBColor(hex: "#fde725").contrastingText == "#111111")
        // Lightness falls steadily along the scale (perceptual order).
        let luminances = stride(from: 0.0, through: 1.0, by: 0.05).map { scale.color(at: $0).luminance }
        #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func textWidthsFollowTheFontsAdvances() {
        #expect(isClose(TextMeasure.width("Tuva", size: 10), 22.23, relative: 1e-12))
        #expect(isClose(TextMeasure.width("Тыва", size: 10), (6.11 + 7.19 + 5.31 + 5.56), relative: 1e-12))
        #expect(TextMeasure.width("WWW", size: 12) > TextMeasure.width("iii", size: 12) * 3)
    }

    @Test func albersKeepsTheCentreAndJoinsTheAntimeridian() {
        let projection = AlbersProjection.russia
        let centre = projection.project(GeoPoint(longitude: 100, latitude: 56))
        #expect(abs(centre.x) < 1e-12 && abs(centre.y) < 1e-12)
        let west = projection.project(GeoPoint(longitude: -170, latitude: 66))
        let east = projection.project(GeoPoint(longitude: 190, latitude: 66))
        #expect(west == east)
        let nearDateLine = projection.project(GeoPoint(longitude: 179.9, latitude: 66))
        #expect(west.x > nearDateLine.x && abs(west.x - nearDateLine.x) < 0.2)
        let left = projection.project(GeoPoint(longitude: 80, latitude: 60))
        let right = projection.project(GeoPoint(longitude: 120, latitude: 60))
        #expect(isClose(left.x, -right.x, relative: 1e-12) && isClose(left.y, right.y, relative: 1e-12))
        // Equal area: a 1° cell at 52° N and one at 64° N keep the ratio of their areas on the sphere.
        func area(_ longitude: Double, _ latitude: Double) -> Double {
            let a = projection.project(GeoPoint(longitude: longitude, latitude: latitude))
            let b = projection.project(GeoPoint(longitude: longitude + 1, latitude: latitude))
            let c = projection.project(GeoPoint(longitude: longitude + 1, latitude: latitude + 1))
            let d = projection.project(GeoPoint(longitude: longitude, latitude: latitude + 1))
            return abs((a.x * b.y - b.x * a.y) + (b.x * c.y - c.x * b.y) + (c.x * d.y - d.x * c.y) + (d.x * a.y - a.x * d.y)) / 2
        }
        let sphere = { (latitude: Double) in sin((latitude + 1) * .pi / 180) - sin(latitude * .pi / 180) }
        #expect(isClose(area(100, 52) / area(140, 64), sphere(52) / sphere(64), relative: 1e-9))
    }

    @Test func labelsNeverOverlapEachOtherOrThePoints() {
        var generator = SeededRandom(seed: 7)
        let bounds = ChartRect(x: 0, y: 0, width: 400, height: 300)
        let points = (0..<150).map { _ in (x: generator.uniform() * 400, y: generator.uniform() * 300) }
        let obstacles = points.map { ChartRect(x: $0.x - 3, y: $0.y - 3, width: 6, height: 6) }
        let requests = points.map { LabelPlacer.Request(x: $0.x, y: $0.y, radius: 3, width: 20 + generator.uniform() * 40, height: 12) }
        let placed = LabelPlacer.place(requests, obstacles: obstacles, bounds: bounds)
        let boxes = placed.compactMap { $0?.box }
        #expect(boxes.count > 30)
        for (i, a) in boxes.enumerated() {
            #expect(bounds.contains(a))
            for b in boxes[(i + 1)...] { #expect(!a.intersects(b)) }
            for point in obstacles { #expect(!a.intersects(point)) }
        }
        #expect(LabelPlacer.place(requests, obstacles: obstacles, bounds: bounds, limit: 5).compactMap { $0 }.count == 5)
    }

    @Test func scatterLabelsAvoidEachOtherThePointsAndTheNote() {
        let points = RussiaReference.table.regions.prefix(85).enumerated().map { index, region in
            ScatterChart.Point(
                x: Double(index % 17) * 2.3, y: Double(index * 37 % 100), label: region.name, tooltip: region.name, fill: "#21918c")
        }
        let chart = ScatterChart(
            points: points, line: (10, 1.5), note: ["r = 0.29", "n = 85"], xTitle: "x", yTitle: "y", format: .english)
        let layout = chart.layout()
        let boxes = layout.labels.compactMap { $0?.box }
        #expect(!boxes.isEmpty && boxes.count <= chart.labelLimit)
        for (i, a) in boxes.enumerated() {
            #expect(layout.plot.contains(a) && !a.intersects(layout.note))
            for b in boxes[(i + 1)...] { #expect(!a.intersects(b)) }
        }
        #expect(XMLCheck.problem(in: chart.svg(title: "t")) == nil)
    }

    @Test func ringsAreSimplifiedAndTinyOnesDropped() {
        let square = [(0.0, 0.0), (10, 0), (10.2, 0.1), (10, 10), (0, 10), (0, 0)].map { (x: $0.0, y: $0.1) }
        #expect(ChoroplethMap.pathData(square) == "M0 0l10 0l0 10l-10 0z")
        let speck = [(0.0, 0.0), (0.5, 0), (0.5, 0.5), (0, 0)].map { (x: $0.0, y: $0.1) }
        #expect(ChoroplethMap.pathData(speck).isEmpty)
    }
}
