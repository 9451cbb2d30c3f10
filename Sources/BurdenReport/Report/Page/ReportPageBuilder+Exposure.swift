import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// Observed and expected: for each question of the exposure file, what was observed
    /// and expected, the ratio with its intervals and p-value, and the inputs with
    /// their sources.
    var exposure: ReportPage.Section? {
        guard !content.exposures.isEmpty else { return nil }
        let text = ExposureText.in(language)
        var blocks: [ReportPage.Block] = [.paragraph(text.intro)]
        for (question, answer) in content.exposures {
            blocks.append(.heading(question.label))
            let level = format.levelPercent(answer.confidence)
            if let ratio = answer.standardised {
                blocks.append(.definitions(ratioRows(ratio, answer, text, level)))
            } else if let comparison = answer.comparison {
                blocks.append(.definitions(shareRows(comparison, text, level)))
            }
            blocks.append(.collapsible(
                summary: text.inputs, [.list(answer.inputs.map { text.input($0.name, $0.value, $0.source) })]))
        }
        return ReportPage.Section(id: "exposure", title: text.title, blocks: blocks)
    }

    /// A bound or a value: `≤ 0.435` for an upper bound.
    private func bounded(_ value: String, _ isBound: Bool, upper: Bool, _ text: ExposureText) -> String {
        guard isBound else { return value }
        return upper ? text.upperBound(value) : text.lowerBound(value)
    }

    private func limits(_ interval: ConfidenceInterval, decimals: Int, _ text: ExposureText) -> String {
        interval.upper.isFinite ? format.interval(interval.lower, interval.upper, decimals: decimals) : text.lowerBound(format.string(interval.lower, decimals: decimals))
    }

    private func ratioRows(_ ratio: StandardisedRatio, _ answer: Exposure, _ text: ExposureText, _ level: String) -> [[String]] {
        let bound = ratio.observed.isUpperBound
        let count = format.integer(ratio.observed.count)
        let banded = answer.expectedBands.filter { $0.rateAges != nil }.count
        let how = answer.expectedBands.isEmpty
            ? text.expectedGiven : text.expectedAtRates(format.integer(banded), format.integer(answer.expectedBands.count - banded))
        let value = bounded(format.string(ratio.ratio, decimals: 3), bound, upper: true, text)
        return [
            [text.observed, bound ? text.atMost(count) : count],
            [text.expected, "\(format.string(ratio.expected, decimals: 2)) (\(how))"],
            [text.ratio, text.ratioWithIntervals(value, level, limits(ratio.exact, decimals: 3, text), limits(ratio.midP, decimals: 3, text))],
            [text.pValue, bound ? text.fewerThanExpected(Self.pPhrase(ratio.pValues.exact, format)) : text.twoSided(Self.pPhrase(ratio.pValues.exact, format))],
        ]
    }

    private func shareRows(_ comparison: ShareComparison, _ text: ExposureText, _ level: String) -> [[String]] {
        let bound = comparison.observed.isUpperBound
        let count = format.integer(comparison.observed.count)
        let share = bounded(format.percent(comparison.observedShare, decimals: 3), bound, upper: true, text)
        let interval = "[" + format.percent(comparison.exact.lower, decimals: 3) + (format.decimalSeparator == "," ? "; " : ", ")
            + format.percent(comparison.exact.upper, decimals: 3) + "]"
        let expected = comparison.expected
        let expectedText = expected.isPoint
            ? format.percent(expected.low, decimals: 3)
            : text.overRanges(format.percent(expected.low, decimals: 3), format.percent(expected.high, decimals: 3))
        let ratioValue = expected.isPoint
            ? format.string(comparison.low.ratio, decimals: 2)
            : "\(format.string(comparison.low.ratio, decimals: 2)) – \(format.string(comparison.high.ratio, decimals: 2))"
        let ratioInterval = comparison.ratioInterval
        let ratioText = bound || !ratioInterval.upper.isFinite
            ? text.ratioLowerLimit(bounded(ratioValue, bound, upper: false, text), level, format.string(ratioInterval.lower, decimals: 2))
            : text.ratioInterval(ratioValue, level, format.interval(ratioInterval.lower, ratioInterval.upper, decimals: 2))
        let tests = expected.isPoint ? [comparison.low.pValues] : [comparison.low.pValues, comparison.high.pValues]
        let p = tests.map { Self.pPhrase($0.exact, format) }.joined(separator: " … ")
        return [
            [text.members, format.integer(comparison.members)],
            [text.withRelative, text.observedShare(bound ? text.atMost(count) : count, share, level, interval)],
            [text.expectedShare, expectedText],
            [text.expectedToObserved, ratioText],
            [text.pValue, bound ? text.fewerThanExpected(p) : text.twoSided(p)],
        ]
    }
}
