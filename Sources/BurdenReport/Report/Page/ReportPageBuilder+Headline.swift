import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// The headline numbers: named deaths, the period, the overall rate, the poorest
    /// fifth and the capitals against the rest, the excess, the highest and lowest rate.
    var headline: ReportPage.Section {
        let text = HeadlineText.in(language)
        let h = content.headline
        var cards: [ReportPage.Card] = []
        let withShare = h.namedDeaths > 0 ? Double(h.withRegion) / Double(h.namedDeaths) : 0
        cards.append(.init(
            value: format.integer(h.namedDeaths), label: text.namedDeaths,
            detail: text.withRegion(format.integer(h.withRegion), format.percent(withShare), format.integer(h.withoutRegion))))
        if let first = h.firstDate, let last = h.lastDate {
            let basis = h.deathDates >= h.confirmationDates ? text.deathDates : text.confirmationDates
            cards.append(.init(value: names.date(first) + " – " + names.date(last), label: text.period, detail: basis))
        }
        if let rate = h.rate {
            let regions = content.rates.regions.filter { $0.rate != nil }.count
            cards.append(.init(
                value: format.string(rate, decimals: 1),
                label: text.ratePer(per, names.denominator(content.rates.denominator)),
                detail: common.ci(format.level(content.rates.confidence)) + " " + interval(h.rateConfLow, h.rateConfHigh, 1)
                    + text.regionsTogether(String(regions))))
        }
        if let inequality = content.inequality {
            let q = inequality.quintiles
            cards.append(.init(
                value: format.string(q.estimate, decimals: 2) + "×", label: text.poorestFifth(names.covariateShort(inequality.rankBy)),
                detail: common.ci(level) + " " + interval(q.confLow, q.confHigh, 2)))
            if let capitals = inequality.capitals {
                cards.append(.init(
                    value: format.string(capitals.rateRatio.ratio, decimals: 2) + "×", label: text.capitals,
                    detail: text.capitalsShares(format.percent(capitals.deathShare), format.percent(capitals.populationShare))))
            }
        }
        if let excess = content.excess, let total = excess.nationalTotal.estimate {
            let years = excess.years.map(String.init).joined(separator: ", ")
            var detail = text.excessScope(excess.ageLabel.replacing("-", with: "–"), years)
            if let share = content.coverage?.national.share {
                detail += text.excessNamed(format.percent(share, decimals: 0))
            }
            cards.append(.init(
                value: format.string(total.excess, decimals: 0) + " ± " + format.string(total.pm, decimals: 0), label: text.excess,
                detail: detail))
        }
        let ranked = content.rates.regions.filter { $0.rate != nil }
        if let top = ranked.first, let bottom = ranked.last, let high = top.rate, let low = bottom.rate {
            cards.append(.init(
                value: names.region(top.code) + " " + format.string(high, decimals: 1), label: text.highestRate(per),
                detail: text.lowest + names.region(bottom.code) + " " + format.string(low, decimals: 1)))
        }
        return ReportPage.Section(id: "headline", title: text.title, blocks: [.cards(cards), .paragraph(text.note)])
    }
}
