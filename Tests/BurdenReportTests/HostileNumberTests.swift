import BurdenReport
import Testing

/// Values that reach the charts from outside (a region table's figures, a GeoJSON's
/// coordinates, rates of tiny populations) can be anything a Double holds; no chart
/// primitive may trap on one, and every result stays finite or says it is not.
struct HostileNumberTests {
    static let hostile: [Double] = [
        .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e19, -1e19, 9.3e18, 1e300,
        -1e300, .leastNonzeroMagnitude, 0, -0.0, 1, -1, 1e-300, Double(Int.max), 123_456.789,
    ]

    static let pairs: [(Double, Double)] = hostile.flatMap { a in hostile.map { b in (a, b) } }

    @Test("nice ticks of any range", arguments: pairs)
    func niceTicksOfAnyRange(minimum: Double, maximum: Double) throws {
        let ticks = NiceTicks(minimum: minimum, maximum: maximum, count: 5)
        #expect(!ticks.values.isEmpty && ticks.values.count < 1000)
        #expect(!ticks.values.contains { !$0.isFinite })
    }

    @Test("log scale ticks of any domain", arguments: pairs)
    func logTicksOfAnyDomain(lower: Double, upper: Double) throws {
        let scale = LogScale(domain: (lower, upper), range: (0, 100))
        let ticks = scale.ticks(count: 7)
        #expect(ticks.count < 1000 && !ticks.contains { !$0.isFinite })
        _ = scale(lower)
    }

    @Test("numbers as text", arguments: hostile)
    func numbersAsText(value: Double) throws {
        #expect(!SVGCanvas.number(value).isEmpty)
        let format = NumberFormat.english
        #expect(!format.string(value, decimals: 2).isEmpty)
        #expect(!format.significant(value).isEmpty)
        #expect(!format.integer(Int.min).isEmpty && !format.integer(Int.max).isEmpty)
    }

    @Test("colours of any value", arguments: pairs)
    func coloursOfAnyValue(lower: Double, value: Double) {
        for transform in [SequentialColorScale.Transform.linear, .log] {
            let scale = SequentialColorScale(lower: lower, upper: value, transform: transform)
            _ = scale.color(value)
            _ = scale.color(at: value)
        }
    }
}
