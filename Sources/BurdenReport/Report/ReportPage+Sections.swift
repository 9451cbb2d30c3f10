import BurdenAnalysis
import BurdenData
import BurdenStats

extension ReportPage {
    /// The page of a report: headline numbers, map, rates, covariates, time, groups,
    /// excess mortality when given, and the methods.
    init(report: Report, figures: [ReportFigure]) {
        let builder = ReportPageBuilder(report: report, figures: figures)
        self.init(
            language: report.language, title: report.displayTitle, subtitle: builder.subtitle,
            sections: builder.sections)
    }
}

/// Writes the sections of a report page.
struct ReportPageBuilder {
    let report: Report
    let figures: [ReportFigure]

    private var names: ReportNames { report.names }
    private var format: NumberFormat { report.format }
    private var language: ReportLanguage { report.language }
    private var content: ReportContent { report.content }
    private var per: String { format.integer(Int(content.rates.per)) }

    private func number(_ value: Double?, _ decimals: Int) -> String {
        value.map { format.string($0, decimals: decimals) } ?? "—"
    }
    private func interval(_ low: Double?, _ high: Double?, _ decimals: Int) -> String {
        guard let low, let high else { return "—" }
        return format.interval(low, high, decimals: decimals)
    }
    private func figures(_ section: ReportFigure.Section) -> [ReportFigure] { figures.filter { $0.section == section } }

    var subtitle: String {
        let headline = content.headline
        let list = content.inputs.first { $0.role == "list" || $0.role == "counts" }?.name
        var text = list.map { language.pick("From ", "По файлу ") + $0 + ": " } ?? ""
        text += format.integer(headline.namedDeaths) + language.pick(" named deaths", " погибших, известных по именам")
        if let first = headline.firstDate, let last = headline.lastDate {
            text += ", " + names.date(first) + " – " + names.date(last)
        }
        return text + "."
    }

    var sections: [ReportPage.Section] {
        var result = [headline, map, rates, covariates, time, groups].compactMap { $0 }
        if let excess { result.append(excess) }
        if let volume { result.append(volume) }
        result.append(methods)
        return result
    }

    // MARK: 1. Headline

    private var headline: ReportPage.Section {
        let h = content.headline
        var cards: [ReportPage.Card] = []
        let withShare = h.namedDeaths > 0 ? Double(h.withRegion) / Double(h.namedDeaths) : 0
        cards.append(.init(
            value: format.integer(h.namedDeaths), label: language.pick("named deaths", "погибших, известных по именам"),
            detail: language.pick(
                "\(format.integer(h.withRegion)) with a region (\(format.percent(withShare))), \(format.integer(h.withoutRegion)) without",
                "\(format.integer(h.withRegion)) с указанием региона (\(format.percent(withShare))), \(format.integer(h.withoutRegion)) без")))
        if let first = h.firstDate, let last = h.lastDate {
            let basis = h.deathDates >= h.confirmationDates
                ? language.pick("dates of death", "даты гибели") : language.pick("dates the deaths were confirmed", "даты подтверждения гибели")
            cards.append(.init(
                value: names.date(first) + " – " + names.date(last), label: language.pick("period covered", "период"),
                detail: basis))
        }
        if let rate = h.rate {
            let regions = content.rates.regions.filter { $0.rate != nil }.count
            cards.append(.init(
                value: format.string(rate, decimals: 1),
                label: language.pick("deaths per \(per) ", "погибших на \(per) ") + names.denominator(content.rates.denominator),
                detail: language.pick("95% CI ", "95% ДИ ") + interval(h.rateConfLow, h.rateConfHigh, 1)
                    + language.pick(", \(regions) regions together", ", \(regions) регионов вместе")))
        }
        if let inequality = content.inequality {
            let q = inequality.quintiles
            let poorest = names.covariateShort(inequality.rankBy)
            cards.append(.init(
                value: format.string(q.estimate, decimals: 2) + "×",
                label: language.pick(
                    "rate of the poorest fifth of the population to the richest fifth (by \(poorest))",
                    "отношение показателей беднейшей и богатейшей пятых частей населения (по признаку: \(poorest))"),
                detail: language.pick("95% CI ", "95% ДИ ") + interval(q.confLow, q.confHigh, 2)))
            if let capitals = inequality.capitals {
                cards.append(.init(
                    value: format.string(capitals.rateRatio.ratio, decimals: 2) + "×",
                    label: language.pick(
                        "rate of Moscow, St Petersburg and Moscow Oblast to all other regions",
                        "отношение показателя Москвы, Петербурга и Московской области к остальным регионам"),
                    detail: language.pick(
                        "\(format.percent(capitals.deathShare)) of the deaths, \(format.percent(capitals.populationShare)) of the population at risk",
                        "\(format.percent(capitals.deathShare)) погибших, \(format.percent(capitals.populationShare)) населения")))
            }
        }
        if let excess = content.excess, let total = excess.nationalTotal.estimate {
            let years = excess.years.map(String.init).joined(separator: ", ")
            var detail = language.pick("ages \(excess.ageLabel.replacing("-", with: "–")), \(years); ± one standard deviation", "возраст \(excess.ageLabel.replacing("-", with: "–")), \(years); ± одно стандартное отклонение")
            if let share = content.coverage?.national.share {
                detail += language.pick("; the list names \(format.percent(share, decimals: 0))", "; список называет \(format.percent(share, decimals: 0))")
            }
            cards.append(.init(
                value: format.string(total.excess, decimals: 0) + " ± " + format.string(total.pm, decimals: 0),
                label: language.pick("excess male deaths in the vital statistics", "избыточных смертей мужчин по статистике смертности"),
                detail: detail))
        }
        let ranked = content.rates.regions.filter { $0.rate != nil }
        if let top = ranked.first, let bottom = ranked.last, let high = top.rate, let low = bottom.rate {
            cards.append(.init(
                value: names.region(top.code) + " " + format.string(high, decimals: 1),
                label: language.pick("highest rate per \(per)", "наибольший показатель на \(per)"),
                detail: language.pick("lowest: ", "наименьший: ") + names.region(bottom.code) + " " + format.string(low, decimals: 1)))
        }
        return ReportPage.Section(
            id: "headline", title: language.pick("Headline numbers", "Главные числа"),
            blocks: [.cards(cards), .paragraph(language.pick(
                "Counts are of deaths confirmed by name, not of all deaths: they are a lower bound, and how complete they are may differ between regions. Rates divide them by the population at risk at the 2021 census.",
                "Считаются смерти, подтверждённые по именам, а не все смерти: это нижняя граница, и полнота может различаться между регионами. Показатели — отношение к населению соответствующего возраста по переписи 2021 года."))])
    }

    // MARK: 2. Map

    private var map: ReportPage.Section? {
        let maps = figures(.map)
        guard !maps.isEmpty else { return nil }
        return ReportPage.Section(id: "map", title: language.pick("Map", "Карта"), blocks: maps.map { .figure($0) })
    }

    // MARK: 3. Rates

    private var rates: ReportPage.Section {
        let rows: [[String]] = content.rates.regions.map { row in
            [
                row.rank.map(String.init) ?? "—", names.region(row.code), format.integer(row.deaths),
                row.population.map { format.integer(Int($0)) } ?? "—", number(row.rate, 1),
                interval(row.confLow, row.confHigh, 1), number(row.rateSmoothed, 1),
            ]
        }
        let table = ReportPage.Table(
            caption: language.pick(
                "Deaths per \(per) \(names.denominator(content.rates.denominator)); smoothed: empirical Bayes (Marshall 1991), which pulls small regions towards the mean. Deaths without a region: \(format.integer(content.rates.unassigned)).",
                "Погибших на \(per) \(names.denominator(content.rates.denominator)); сглаженный показатель — эмпирический Байес (Marshall 1991), приближающий малые регионы к среднему. Погибших без указания региона: \(format.integer(content.rates.unassigned))."),
            columns: [language.pick("Rank", "Место"), language.pick("Region", "Регион"), language.pick("Deaths", "Погибших"),
                      language.pick("Population", "Население"), language.pick("Rate", "Показатель"),
                      language.pick("95% CI", "95% ДИ"), language.pick("Smoothed", "Сглаженный")],
            numeric: [true, false, true, true, true, true, true], rows: rows)
        var blocks: [ReportPage.Block] = figures(.rates).map { .figure($0) }
        blocks.append(.collapsible(summary: language.pick("The table of all \(rows.count) regions", "Таблица всех регионов (\(rows.count))"), [.table(table)]))
        return ReportPage.Section(id: "rates", title: language.pick("Rates by region", "Показатели по регионам"), blocks: blocks)
    }

    // MARK: 4. Covariates, models, inequality

    private var covariates: ReportPage.Section? {
        var blocks: [ReportPage.Block] = []
        let scatters = figures(.covariates)
        if !scatters.isEmpty {
            blocks.append(.paragraph(language.pick(
                "Are the dead drawn from poorer regions and from the national republics? Each chart sets the regional rate against one regional characteristic.",
                "Больше ли погибших в бедных регионах и национальных республиках? Каждый график сопоставляет показатель региона с одной его характеристикой.")))
            blocks.append(.figures(scatters))
        }
        if !content.relations.isEmpty {
            let rows = content.relations.map { relation -> [String] in
                let p = relation.correlation.pearson
                let s = relation.correlation.spearman
                return [
                    names.covariate(relation.covariate), format.integer(p.nobs),
                    format.string(p.estimate, decimals: 3) + " " + format.interval(p.confLow, p.confHigh, decimals: 3),
                    Self.pValue(p.pValue, format), format.string(s.estimate, decimals: 3), Self.pValue(s.pValue, format),
                    format.significant(relation.slope, digits: 3),
                ]
            }
            blocks.append(.table(ReportPage.Table(
                caption: language.pick(
                    "Correlations of the rate with each characteristic over the regions that have both; slope: change of the rate per \(per) per unit of the characteristic (least squares).",
                    "Корреляции показателя с каждой характеристикой по регионам, где известны оба; наклон — изменение показателя на \(per) на единицу характеристики (МНК)."),
                columns: [language.pick("Characteristic", "Характеристика"), "n", language.pick("Pearson r [95% CI]", "r Пирсона [95% ДИ]"),
                          "p", language.pick("Spearman ρ", "ρ Спирмена"), "p", language.pick("Slope", "Наклон")],
                numeric: [false, true, true, true, true, true, true], rows: rows)))
        }
        for model in content.models {
            blocks += modelBlocks(model)
        }
        if let inequality = content.inequality { blocks += inequalityBlocks(inequality) }
        guard !blocks.isEmpty else { return nil }
        return ReportPage.Section(
            id: "covariates", title: language.pick("Burden, poverty and ethnicity", "Бремя, бедность и национальный состав"), blocks: blocks)
    }

    /// `p = 0.0251` or `p < 0.0001`.
    static func pPhrase(_ p: Double?, _ format: NumberFormat) -> String {
        guard let p, !p.isNaN else { return "p = NA" }
        return p < 0.0001 ? "p < " + format.string(0.0001, decimals: 4) : "p = " + format.string(p, decimals: 4)
    }

    static func pValue(_ p: Double, _ format: NumberFormat) -> String {
        if p.isNaN { return "NA" }
        if p < 0.0001 { return "<" + format.string(0.0001, decimals: 4) }
        return format.string(p, decimals: 4)
    }

    private func modelBlocks(_ model: RegionalModel) -> [ReportPage.Block] {
        var blocks: [ReportPage.Block] = []
        let covariates = model.covariates.map(names.term).joined(separator: ", ")
        if let fit = model.linear {
            blocks.append(.heading(language.pick("Linear model of the rate (the published model)", "Линейная модель показателя (опубликованная модель)")))
            blocks.append(.paragraph(language.pick(
                "Least squares of the rate per \(per) on \(covariates), as Bessudnov (2023) fitted it: R² = \(format.string(fit.rSquared, decimals: 3)), adjusted \(format.string(fit.adjRSquared, decimals: 3)), F-test \(Self.pPhrase(fit.pValue, format)), n = \(fit.nobs) regions.",
                "МНК-регрессия показателя на \(per) на \(covariates), как у Бессуднова (2023): R² = \(format.string(fit.rSquared, decimals: 3)), скорректированный \(format.string(fit.adjRSquared, decimals: 3)), F-критерий: \(Self.pPhrase(fit.pValue, format)), n = \(fit.nobs) регионов.")))
            blocks.append(.table(ReportPage.Table(
                caption: nil,
                columns: [language.pick("Term", "Член"), language.pick("Estimate", "Оценка"), language.pick("Std. error", "Ст. ошибка"),
                          "t", "p", language.pick("95% CI", "95% ДИ")],
                numeric: [false, true, true, true, true, true],
                rows: fit.terms.map { term in
                    [names.term(term.term), format.string(term.estimate, decimals: 4), format.string(term.stdError, decimals: 4),
                     format.string(term.statistic, decimals: 2), Self.pValue(term.pValue, format), interval(term.confLow, term.confHigh, 3)]
                })))
        }
        if case .poisson(let fit) = model.fit {
            blocks.append(.heading(language.pick("Poisson model of deaths", "Пуассоновская модель числа погибших")))
            var text = language.pick(
                "Deaths on \(covariates) with the log of the population as offset: rate ratios, the factor by which the rate changes per unit. Dispersion \(format.string(fit.dispersion, decimals: 1)) (1 for a Poisson variable).",
                "Число погибших на \(covariates) со смещением — логарифмом населения: отношения показателей (во сколько раз меняется показатель на единицу признака). Дисперсия \(format.string(fit.dispersion, decimals: 1)) (у пуассоновской величины — 1).")
            if fit.dispersion > 1.5 {
                text += language.pick(
                    " The regions vary far more than chance allows: trust the quasi-Poisson standard errors, √dispersion times the Poisson ones, and read the Poisson intervals and p-values as too narrow.",
                    " Регионы различаются гораздо сильнее случайного: следует ориентироваться на квазипуассоновские стандартные ошибки (в √дисперсии раз больше), а пуассоновские интервалы и p-значения считать слишком узкими.")
            }
            blocks.append(.paragraph(text))
            blocks.append(.table(ReportPage.Table(
                caption: nil,
                columns: [language.pick("Term", "Член"), language.pick("Rate ratio", "Отношение"), language.pick("95% CI", "95% ДИ"), "p",
                          language.pick("Quasi-Poisson SE", "Квазипуассоновская ст. ошибка")],
                numeric: [false, true, true, true, true],
                rows: zip(fit.terms, fit.quasiPoissonTerms).map { term, quasi in
                    let irr = term.incidenceRateRatioInterval
                    let digits = term.term == "(Intercept)" ? 4 : 5
                    return [names.term(term.term), format.significant(term.incidenceRateRatio, digits: digits),
                            "[" + format.significant(irr.lower, digits: digits) + (format.decimalSeparator == "," ? "; " : ", ")
                                + format.significant(irr.upper, digits: digits) + "]",
                            Self.pValue(term.pValue, format), format.significant(quasi.stdError, digits: 3)]
                })))
        }
        if !model.frame.dropped.isEmpty {
            blocks.append(.paragraph(language.pick("Left out of the model: ", "Не вошли в модель: ")
                + model.frame.dropped.map { "\(names.region($0.code)) (\($0.reason))" }.joined(separator: "; ") + "."))
        }
        return blocks
    }

    private func inequalityBlocks(_ inequality: BurdenInequality) -> [ReportPage.Block] {
        let by = names.covariateShort(inequality.rankBy)
        var rows: [[String]] = [
            [language.pick("Gini of regional rates", "Джини региональных показателей"), format.string(inequality.gini.estimate, decimals: 3), "—"],
            [language.pick("Concentration index by \(by) (negative: deaths concentrate in poorer regions)", "Индекс концентрации по признаку «\(by)» (отрицательный — смерти сосредоточены в бедных регионах)"),
             format.string(inequality.concentration.estimate, decimals: 3),
             interval(inequality.concentration.confLow, inequality.concentration.confHigh, 3)],
            [language.pick("Rate of the poorest fifth over the richest (by \(by))", "Отношение показателей беднейшей и богатейшей пятых частей (по признаку «\(by)»)"),
             format.string(inequality.quintiles.estimate, decimals: 2),
             interval(inequality.quintiles.confLow, inequality.quintiles.confHigh, 2)],
        ]
        if let capitals = inequality.capitals {
            rows.append([
                language.pick("Rate of Moscow, St Petersburg and Moscow Oblast over the rest", "Отношение показателя Москвы, Петербурга и Московской области к остальным"),
                format.string(capitals.rateRatio.ratio, decimals: 3),
                interval(capitals.rateRatio.interval.lower, capitals.rateRatio.interval.upper, 3),
            ])
        }
        return [
            .heading(language.pick("Inequality of the burden", "Неравенство бремени")),
            .table(ReportPage.Table(
                caption: language.pick(
                    "Gini: population-weighted, regions counted as internally equal (a lower bound). Concentration index: deaths ranked by \(by), poorest first, with its delta-method interval. Fifths: regions sorted poorest first and cut at fifths of the population, log-Wald interval. Capitals: Koopman score interval.",
                    "Джини — взвешенный по населению, регионы считаются внутренне однородными (нижняя граница). Индекс концентрации — смерти, упорядоченные по признаку «\(by)» от бедных к богатым, интервал дельта-методом. Пятые части — регионы от беднейших, разрезанные по пятым частям населения, логарифмический интервал Вальда. Столицы — интервал Купмана."),
                columns: [language.pick("Measure", "Мера"), language.pick("Estimate", "Оценка"), language.pick("95% CI", "95% ДИ")],
                numeric: [false, true, true], rows: rows)),
        ]
    }

    // MARK: 5. Time

    private var time: ReportPage.Section? {
        var blocks: [ReportPage.Block] = figures(.time).map { .figure($0) }
        if let units = content.unitTypes {
            let rows = units.rows.sorted { $0.deaths > $1.deaths }.map { row in
                [names.unitType(row.group), format.integer(Int(row.deaths)), format.percent(row.deathShare), number(row.meanAge, 1)]
            }
            blocks.append(.table(ReportPage.Table(
                caption: language.pick("Deaths by unit type, as the list labels them.", "Погибшие по видам формирований, как они обозначены в списке."),
                columns: [language.pick("Unit type", "Вид формирования"), language.pick("Deaths", "Погибших"), language.pick("Share", "Доля"),
                          language.pick("Mean age", "Средний возраст")],
                numeric: [false, true, true, true], rows: rows)))
        }
        guard !blocks.isEmpty else { return nil }
        return ReportPage.Section(id: "time", title: language.pick("Over time", "Во времени"), blocks: blocks)
    }

    // MARK: 6. Groups

    private var groups: ReportPage.Section? {
        guard !content.regionGroups.isEmpty else { return nil }
        var blocks: [ReportPage.Block] = figures(.groups).map { .figure($0) }
        var rows: [[String]] = []
        for groups in content.regionGroups {
            for row in groups.rows {
                let risk = row.relativeRisk
                rows.append([
                    names.grouping(groups.by), names.group(row.group, by: groups.by), format.integer(Int(row.deaths)),
                    format.percent(row.deathShare), row.populationShare.map { format.percent($0) } ?? "—",
                    number(risk?.ratio, 3), interval(risk?.interval.lower, risk?.interval.upper, 3),
                ])
            }
        }
        blocks.append(.collapsible(summary: language.pick("The groups as a table", "Группы в таблице"), [.table(ReportPage.Table(
            caption: nil,
            columns: [language.pick("Grouping", "Группировка"), language.pick("Group", "Группа"), language.pick("Deaths", "Погибших"),
                      language.pick("Share of deaths", "Доля погибших"), language.pick("Share of population", "Доля населения"),
                      language.pick("Relative risk", "Относительный риск"), language.pick("95% CI", "95% ДИ")],
            numeric: [false, false, true, true, true, true, true], rows: rows))]))
        return ReportPage.Section(id: "groups", title: language.pick("Groups of regions", "Группы регионов"), blocks: blocks)
    }

    // MARK: Loss volume

    private var volume: ReportPage.Section? {
        guard let volume = content.volume else { return nil }
        var blocks: [ReportPage.Block] = [.paragraph(language.pick(
            "Claims, named lists and estimates count different things: the claim, killed and wounded; the list, the dead confirmed by name; the excess, men's deaths above those expected. Here they stand on one time axis, and every ratio says what it divides.",
            "Заявления, именные списки и оценки считают разное: заявление — убитых и раненых; список — погибших, подтверждённых по именам; избыточная смертность — смерти мужчин сверх ожидаемых. Здесь они на одной оси времени, и каждое отношение называет, что на что делится."))]
        blocks += figures(.volume).map { .figure($0) }
        let rows = volume.rows.map { row -> [String] in
            [row.period, row.claimedIncrease.map { format.string($0, decimals: 0) + (row.claimedPartial ? "*" : "") } ?? "—",
             row.namedDeaths.map { format.integer($0) + (row.namedPartial ? "*" : "") } ?? "—",
             row.excess.map { format.string($0, decimals: 0) + " ± " + format.string(row.excessPlusMinus ?? 0, decimals: 0) } ?? "—"]
        }
        blocks.append(.table(ReportPage.Table(
            caption: language.pick(
                "Per year: the claimed increase (the series on 1 January of the next year minus on 1 January), the named deaths dated in the year, and the excess male deaths (\(content.excess?.ageLabel ?? "—")); * the source stops within the year.",
                "По годам: прирост заявленных потерь (значение на 1 января следующего года минус на 1 января), погибшие по именам с датой в этом году и избыточные смерти мужчин (\(content.excess?.ageLabel ?? "—")); * источник обрывается внутри года."),
            columns: [language.pick("Year", "Год"), language.pick("Claimed", "Заявлено"), language.pick("Named", "По именам"),
                      language.pick("Excess", "Избыток")],
            numeric: [false, true, true, true], rows: rows)))
        if !volume.ratios.isEmpty {
            blocks.append(.list(volume.ratios.map { ratio in
                "\(ratio.period): \(ratio.numerator) / \(ratio.denominator) = \(format.string(ratio.value, decimals: 3))"
                    + (ratio.low.map { " " + format.interval($0, ratio.high ?? .infinity, decimals: 3) } ?? "") + " — \(ratio.note)"
            }))
        }
        let findings = volume.checks.findings
        if !findings.isEmpty {
            blocks.append(.collapsible(
                summary: language.pick("Checks of the claimed series: \(findings.count) findings", "Проверки ряда заявленных потерь: \(findings.count)"),
                [.list(findings.map { "\($0.date) — \($0.kind): \($0.detail)" })]))
        }
        return ReportPage.Section(id: "volume", title: language.pick("Losses on one scale", "Потери на одной шкале"), blocks: blocks)
    }

    // MARK: 7. Excess mortality

    private var excess: ReportPage.Section? {
        guard let excess = content.excess else { return nil }
        var blocks: [ReportPage.Block] = [.paragraph(language.pick(
            "The named list counts only the deaths someone confirmed by name. Vital statistics show the war as excess male mortality: the men's deaths above those expected from the women's, by the pre-war trend of the sex ratio of deaths (Kobak et al. 2025). The estimate is independent of who gets an obituary.",
            "Именной список учитывает только смерти, подтверждённые по именам. В статистике смертности война видна как избыточная смертность мужчин: смерти мужчин сверх ожидаемых по смертям женщин при довоенном тренде их соотношения (Kobak et al. 2025). Эта оценка не зависит от того, о ком написали некролог."))]
        let figures = figures(.excess)
        if let ages = figures.first(where: { $0.id == "excess-ages" }) { blocks.append(.figure(ages)) }
        var national: [[String]] = excess.national.map { row in
            [row.year.map(String.init) ?? "—", row.estimate.map { format.integer($0.observed) } ?? "—",
             number(row.estimate?.expected, 0), number(row.estimate?.excess, 0), number(row.estimate?.pm, 0),
             number(row.estimate?.z, 1)]
        }
        if excess.years.count > 1, let total = excess.nationalTotal.estimate {
            national.append([language.pick("all", "все"), format.integer(total.observed), number(total.expected, 0),
                             number(total.excess, 0), number(total.pm, 0), number(total.z, 1)])
        }
        blocks.append(.table(ReportPage.Table(
            caption: language.pick(
                "Male deaths at ages \(excess.ageLabel.replacing("-", with: "–")), the country as a whole; ± is one prediction standard deviation, z = excess / ±. Baseline \(ExcessSettings.describe(excess.settings.baseline)), \(excess.settings.fit.rawValue) trend.",
                "Смерти мужчин в возрасте \(excess.ageLabel.replacing("-", with: "–")), страна в целом; ± — одно стандартное отклонение прогноза, z = избыток / ±. База \(ExcessSettings.describe(excess.settings.baseline)), тренд: \(excess.settings.fit.rawValue)."),
            columns: [language.pick("Year", "Год"), language.pick("Observed", "Наблюдалось"), language.pick("Expected", "Ожидалось"),
                      language.pick("Excess", "Избыток"), "±", "z"],
            numeric: [false, true, true, true, true, true], rows: national)))
        if let coverage = content.coverage {
            blocks += figures.filter { $0.id != "excess-ages" }.map { .figure($0) }
            let rows = ([coverage.national] + coverage.regions).map { row -> [String] in
                [names.region(row.code) == row.code && row.code == "RU" ? language.pick("Russia", "Россия") : names.region(row.code),
                 format.integer(row.named), number(row.estimate?.excess, 0), number(row.estimate?.pm, 0),
                 row.share.map { format.percent($0, decimals: 0) } ?? "—",
                 row.share == nil ? "—" : "[\(row.shareLow.map { format.percent($0, decimals: 0) } ?? "—")\(format.decimalSeparator == "," ? ";" : ",") \(row.shareHigh.map { format.percent($0, decimals: 0) } ?? "—")]",
                 number(row.excessRate(), 1), number(row.namedRate(), 1)]
            }
            blocks.append(.collapsible(summary: language.pick("Coverage of every region as a table", "Покрытие по всем регионам в таблице"), [.table(ReportPage.Table(
                caption: language.pick(
                    "Named: the list's deaths in \(excess.years.map(String.init).joined(separator: ", ")) at ages \(excess.ageLabel.replacing("-", with: "–")) (\(format.integer(coverage.tally.withoutAge)) without an age and \(format.integer(coverage.tally.otherYears)) of other years are not counted). Share: named / excess, with the interval of the excess.",
                    "По именам — погибшие из списка за \(excess.years.map(String.init).joined(separator: ", ")) в возрасте \(excess.ageLabel.replacing("-", with: "–")) (не учтены \(format.integer(coverage.tally.withoutAge)) без возраста и \(format.integer(coverage.tally.otherYears)) за другие годы). Доля — по именам / избыток, с интервалом оценки избытка."),
                columns: [language.pick("Region", "Регион"), language.pick("Named", "По именам"), language.pick("Excess", "Избыток"), "±",
                          language.pick("Share", "Доля"), language.pick("95% CI", "95% ДИ"),
                          language.pick("Excess per \(per)", "Избыток на \(per)"), language.pick("Named per \(per)", "По именам на \(per)")],
                numeric: [false, true, true, true, true, true, true, true], rows: rows))]))
            if let excessModel = coverage.excessModel, let namedModel = coverage.namedModel {
                let rows = zip(excessModel.terms, namedModel.terms).map { excessTerm, namedTerm in
                    [names.term(excessTerm.term), format.string(excessTerm.estimate, decimals: 3), interval(excessTerm.confLow, excessTerm.confHigh, 3),
                     format.string(namedTerm.estimate, decimals: 3), interval(namedTerm.confLow, namedTerm.confHigh, 3)]
                }
                blocks.append(.table(ReportPage.Table(
                    caption: language.pick(
                        "The published model fitted to the excess per \(per) and to the named deaths per \(per) of the same regions and years: does the relationship of the list hold on the estimated toll?",
                        "Опубликованная модель, оценённая на избыточной смертности на \(per) и на погибших по именам на \(per) в тех же регионах и годах: сохраняется ли зависимость, найденная по списку, на оценке полных потерь?"),
                    columns: [language.pick("Term", "Член"), language.pick("Excess: estimate", "Избыток: оценка"), language.pick("95% CI", "95% ДИ"),
                              language.pick("Named: estimate", "По именам: оценка"), language.pick("95% CI", "95% ДИ")],
                    numeric: [false, true, true, true, true], rows: rows)))
            } else if let problem = coverage.modelProblem {
                blocks.append(.paragraph(language.pick("The models could not be fitted: ", "Модели не оценены: ") + problem))
            }
        }
        if !excess.notEstimable.isEmpty {
            blocks.append(.paragraph(language.pick(
                "\(excess.notEstimable.count) age groups of regions could not be estimated (see results.json, not_estimable); their regions' sums leave them out.",
                "\(excess.notEstimable.count) возрастных групп в регионах не оцениваются (см. results.json, not_estimable); суммы по этим регионам их не включают.")))
        }
        if !excess.dataChecks.isEmpty {
            blocks.append(.paragraph(language.pick(
                "Rows of the vital statistics whose age groups do not add up to their total: ",
                "Строки статистики смертности, где возрастные группы не дают итог: ")
                + Set(excess.dataChecks.map { "\($0.name) \($0.year)" }).sorted().joined(separator: "; ") + "."))
        }
        return ReportPage.Section(
            id: "excess", title: language.pick("Excess male mortality", "Избыточная смертность мужчин"), blocks: blocks)
    }

    // MARK: 8. Methods

    private var methods: ReportPage.Section {
        var blocks: [ReportPage.Block] = []
        let list = content.inputs.first { $0.role == "list" || $0.role == "counts" }?.name ?? "LIST"
        let options = content.options
        var filter: [String] = []
        if let from = content.scope.filter.from { filter.append("--from \(from)") }
        if let to = content.scope.filter.to { filter.append("--to \(to)") }
        for unit in content.scope.filter.unitTypes.map(\.rawValue).sorted() { filter.append("--unit-type \(unit)") }
        if let denominator = options.denominator { filter.append("--denominator \(denominator)") }
        if content.scope.input == "counts" { filter.append("--counts") }
        if content.table.country != "RU" { filter.append("--regions REGIONS.csv") }
        let common = ([list] + filter).joined(separator: " ")
        var commands = [
            "warburden rates \(common)",
            "warburden inequality \(common) --rank-by \(options.rankBy)",
            "warburden groups \(common) --by macro-region",
            "warburden groups \(common) --by republic",
            "warburden groups \(common) --by \(options.fifthsBy)-quintile",
            "warburden model \(common) --covariates \(options.modelCovariates.joined(separator: ","))",
            "warburden model \(common) --covariates \(options.modelCovariates.joined(separator: ",")) --family poisson",
        ]
        if content.scope.input == "records" {
            commands += [
                "warburden groups \(common) --by unit-type",
                "warburden trends \(common) --by unit-type",
                "warburden trends \(common) --by macro-region --period quarter",
            ]
        } else {
            commands.append("warburden trends \(common)")
        }
        if content.excess != nil {
            let mortality = content.inputs.first { $0.role == "mortality" }?.name ?? "DEATHS.csv"
            commands.append("warburden excess \(mortality) --by region")
            if content.coverage != nil { commands.append("warburden coverage \(common) \(mortality)") }
        }
        blocks.append(.paragraph(language.pick(
            "Every number of this report is computed by warburden's analyses with the options below, and is in results.json at full precision; the tables are in tables/ as CSV. Each analysis can be run alone, with the same result:",
            "Все числа отчёта вычислены анализами warburden с параметрами ниже и приведены с полной точностью в results.json; таблицы — в папке tables/ в формате CSV. Каждый анализ можно запустить отдельно, с тем же результатом:")))
        blocks.append(.list(commands))
        var settings: [[String]] = [
            [language.pick("Population at risk", "Население"), "\(content.rates.denominator) — \(content.table.column(named: content.rates.denominator)?.label ?? "")"],
            [language.pick("Rate intervals", "Интервалы показателей"), "\(content.rates.ci.rawValue), \(format.percent(content.rates.confidence, decimals: 0))"],
            [language.pick("Filter", "Фильтр"), filter.isEmpty ? language.pick("none: every record", "нет: все записи") : filter.joined(separator: " ")],
            [language.pick("Model covariates", "Признаки моделей"), options.modelCovariates.joined(separator: ", ")],
            [language.pick("Ranking for inequality", "Упорядочение для неравенства"), options.rankBy],
            [language.pick("Fifths by", "Пятые части по"), options.fifthsBy],
        ]
        let tally = content.scope.tally
        if !content.scope.filter.keepsEverything {
            settings.append([
                language.pick("Left out by the filter", "Исключены фильтром"),
                language.pick(
                    "\(format.integer(tally.excluded)) outside, \(format.integer(tally.undated)) undated, \(format.integer(tally.imprecise)) with dates too coarse; \(format.integer(tally.kept)) kept",
                    "\(format.integer(tally.excluded)) вне диапазона, \(format.integer(tally.undated)) без даты, \(format.integer(tally.imprecise)) с неточной датой; оставлено \(format.integer(tally.kept))"),
            ])
        }
        blocks.append(.heading(language.pick("Options", "Параметры")))
        blocks.append(.definitions(settings))

        if let ledger = content.ledger {
            blocks.append(.heading(language.pick("Import", "Импорт")))
            blocks.append(.definitions([
                [language.pick("Rows", "Строк"), format.integer(ledger.rows)],
                [language.pick("Accepted", "Приняты"), format.integer(ledger.accepted)],
                [language.pick("Accepted with warnings", "Приняты с предупреждениями"), format.integer(ledger.acceptedWithWarnings)],
                [language.pick("Duplicates", "Повторы"), format.integer(ledger.duplicates)],
                [language.pick("Rejected", "Отклонены"), format.integer(ledger.rejected)],
                [language.pick("With a region / without", "С регионом / без"), "\(format.integer(ledger.withRegion)) / \(format.integer(ledger.withoutRegion))"],
                [language.pick("Layout", "Формат"), "\(ledger.format), \(ledger.layout)"],
            ]))
            if !ledger.reasons.isEmpty {
                blocks.append(.table(ReportPage.Table(
                    caption: language.pick("Warnings, duplicates and rejections by reason.", "Предупреждения, повторы и отказы по причинам."),
                    columns: [language.pick("Outcome", "Исход"), language.pick("Reason", "Причина"), language.pick("Rows", "Строк")],
                    numeric: [false, false, true],
                    rows: ledger.reasons.map { [$0.outcome, $0.code, format.integer($0.count)] })))
            }
            if !ledger.unresolvedRegions.isEmpty {
                let shown = ledger.unresolvedRegions.prefix(20)
                blocks.append(.table(ReportPage.Table(
                    caption: language.pick(
                        "Region spellings that did not resolve (\(ledger.unresolvedRegions.count); the first \(shown.count)): their deaths count as without a region.",
                        "Нераспознанные написания регионов (\(ledger.unresolvedRegions.count); первые \(shown.count)): эти погибшие считаются без региона."),
                    columns: [language.pick("Spelling", "Написание"), language.pick("Problem", "Проблема"), language.pick("Rows", "Строк"),
                              language.pick("Closest known", "Ближайшие известные")],
                    numeric: [false, false, true, false],
                    rows: shown.map { [$0.text, $0.problem, format.integer($0.count), $0.suggestions.joined(separator: "; ")] })))
            }
        } else if !content.scope.skippedTotals.isEmpty {
            blocks.append(.paragraph(language.pick("Total rows skipped in the counts table: ", "Итоговые строки, пропущенные в таблице: ")
                + content.scope.skippedTotals.joined(separator: ", ") + "."))
        }

        blocks.append(.heading(language.pick("Inputs and version", "Входные файлы и версия")))
        if !content.inputs.isEmpty {
            blocks.append(.table(ReportPage.Table(
                caption: language.pick("SHA-256 checksums of the files read: a reader with the same files gets the same report.",
                                       "Контрольные суммы SHA-256 прочитанных файлов: с теми же файлами получится тот же отчёт."),
                columns: [language.pick("Role", "Роль"), language.pick("File", "Файл"), language.pick("Bytes", "Байт"), "SHA-256"],
                numeric: [false, false, true, false],
                rows: content.inputs.map { [$0.role, $0.name, $0.bytes.map(format.integer) ?? "—", $0.sha256 ?? "—"] })))
        }
        var version = [[language.pick("Tool", "Программа"), "warburden \(report.toolVersion)"]]
        if let stamp = report.stamp { version.append([language.pick("Made", "Создан"), stamp]) }
        version.append([language.pick("Region reference", "Справочник регионов"),
                        content.table.country == "RU"
                            ? language.pick("built-in (Rosstat; see docs/DATA.md)", "встроенный (Росстат; см. docs/DATA.md)")
                            : language.pick("a user's table", "таблица пользователя")])
        blocks.append(.definitions(version))

        if content.table.country == "RU" {
            let used = Set([content.rates.denominator] + content.relations.map(\.covariate) + [options.rankBy, options.fifthsBy]
                + options.modelCovariates.compactMap { CovariateName.publishedNames[$0] ?? $0 })
            let sources = content.table.columns.filter { used.contains($0.name) }.map { column in
                "\(column.name): \(column.label). \(column.source?.title ?? "")" + (column.source?.year.map { ", \($0)" } ?? "") + "."
            }
            blocks.append(.heading(language.pick("Sources of the regional figures", "Источники региональных данных")))
            blocks.append(.list(sources))
        }
        if !content.omitted.isEmpty {
            blocks.append(.heading(language.pick("Not computed", "Не вычислено")))
            blocks.append(.list(content.omitted.map { "\($0.part): \($0.reason)" }))
        }
        blocks.append(.paragraph(language.pick(
            "Methods are specified, with their sources and tests, in docs/METHODS.md of warburden. References: Bessudnov, A. (2023), Ethnic and regional inequalities in the Russian military fatalities in Ukraine, SocArXiv s43yf; Marshall, R. J. (1991), Mapping disease and mortality rates using empirical Bayes estimators, Applied Statistics 40(2).",
            "Методы с источниками и тестами описаны в docs/METHODS.md программы warburden. Литература: Bessudnov, A. (2023), Ethnic and regional inequalities in the Russian military fatalities in Ukraine, SocArXiv s43yf; Marshall, R. J. (1991), Mapping disease and mortality rates using empirical Bayes estimators, Applied Statistics 40(2).")))
        return ReportPage.Section(id: "methods", title: language.pick("Methods and data", "Методы и данные"), blocks: blocks)
    }
}
