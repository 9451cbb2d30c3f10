import BurdenAnalysis
import BurdenData

/// The charts of a report, built from its results with the project's SVG layer.
struct ReportFigures {
    let report: Report

    var names: ReportNames { report.names }
    var format: NumberFormat { report.format }
    var language: ReportLanguage { report.language }
    var content: ReportContent { report.content }
    /// The confidence level of every interval the charts draw.
    var confidence: Double { content.options.confidence }

    /// Every chart, in the order of the page.
    var all: [ReportFigure] {
        var figures: [ReportFigure] = []
        if let tiles = tileMap { figures.append(tiles) }
        if let choropleth { figures.append(choropleth) }
        if let rates = rateChart { figures.append(rates) }
        figures += scatters
        if let monthly { figures.append(monthly) }
        if let shares { figures.append(shares) }
        if let forest { figures.append(forest) }
        figures += excessFigures
        if let volumeFigure { figures.append(volumeFigure) }
        return figures
    }

    // MARK: Rates and their colours

    /// The colour scale of rates: viridis on a log scale over the positive rates.
    var colorScale: SequentialColorScale {
        let positive = content.rates.regions.compactMap(\.rate).filter { $0 > 0 }
        let lower = positive.min() ?? 1
        let upper = max(positive.max() ?? 1, lower * 1.01)
        return SequentialColorScale(lower: lower, upper: upper, palette: .viridis, transform: .log)
    }

    private func legend(_ scale: SequentialColorScale, extras: [ColorLegend.Swatch]) -> ColorLegend {
        let ticks = LogScale(domain: (scale.lower, scale.upper), range: (0, 1)).ticks(count: 6)
        let decimals = ticks.map(LogScale.fractionDigits(of:)).max() ?? 0
        return ColorLegend(
            scale: scale, ticks: ticks, decimals: decimals,
            title: language.pick("Named deaths per \(format.integer(Int(content.rates.per))) ", "Погибших на \(format.integer(Int(content.rates.per))) ")
                + names.denominator(content.rates.denominator) + language.pick(" (log scale)", " (логарифмическая шкала)"),
            extras: extras)
    }

    static let noRateFill = "#9a9a9a"
    static let noDataFill = "#e3e3e3"
    /// A region with no deaths: paler than the scale's lowest colour (a log scale has no 0).
    static let zeroFill = "#fef6b4"

    /// The fill of a rate on the scale; ``zeroFill`` for 0.
    static func fill(_ rate: Double, _ scale: SequentialColorScale) -> String {
        rate > 0 ? scale.color(rate).hex : zeroFill
    }

    private static let zeroSwatch = (en: "no deaths", ru: "нет погибших")

    /// The tooltip of a region: name, deaths, rate and interval.
    func tooltip(_ row: RegionalRates.Row) -> String {
        let deaths = language.pick("deaths", "погибших") + ": " + format.integer(row.deaths)
        guard let rate = row.rate, let low = row.confLow, let high = row.confHigh else {
            return "\(names.region(row.code)) — \(deaths); " + language.pick("no population figure", "нет численности населения")
        }
        return "\(names.region(row.code)) — \(deaths); \(format.string(rate, decimals: 1)) [\(format.string(low, decimals: 1))–\(format.string(high, decimals: 1))] "
            + language.pick("per ", "на ") + format.integer(Int(content.rates.per))
    }

    // MARK: Maps

    var tileMap: ReportFigure? {
        guard let grid = report.tileGrid else { return nil }
        let rows = Dictionary(content.rates.regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let scale = colorScale
        let tiles = grid.tiles.map { tile -> TileGridMap.Tile in
            let label = language == .ru ? tile.nativeLabel ?? tile.label : tile.label
            guard let row = rows[tile.code] else {
                return TileGridMap.Tile(
                    row: tile.row, column: tile.column, label: label, fill: Self.noDataFill,
                    tooltip: names.region(tile.code) + " — " + language.pick("no deaths, no population figure", "нет погибших и численности населения"),
                    hatched: false)
            }
            guard let rate = row.rate else {
                return TileGridMap.Tile(
                    row: tile.row, column: tile.column, label: label, fill: Self.noRateFill, tooltip: tooltip(row), hatched: true)
            }
            return TileGridMap.Tile(
                row: tile.row, column: tile.column, label: label, fill: Self.fill(rate, scale), tooltip: tooltip(row))
        }
        var extras: [ColorLegend.Swatch] = []
        if tiles.contains(where: { $0.fill == Self.zeroFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.zeroFill, label: language.pick(Self.zeroSwatch.en, Self.zeroSwatch.ru)))
        }
        if tiles.contains(where: \.hatched) {
            extras.append(ColorLegend.Swatch(fill: Self.noRateFill, label: language.pick("no population figure", "нет численности")))
        }
        if tiles.contains(where: { $0.fill == Self.noDataFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.noDataFill, label: language.pick("no deaths, no population figure", "нет данных")))
        }
        let map = TileGridMap(tiles: tiles, legend: legend(scale, extras: extras), format: format)
        let title = language.pick("Named deaths per \(format.integer(Int(content.rates.per))) ", "Погибшие на \(format.integer(Int(content.rates.per))) ")
            + names.denominator(content.rates.denominator) + language.pick(", by region", " по регионам")
        let caption = language.pick(
            "One square per region, placed roughly where the region lies; Moscow (MOW) and St Petersburg (SPE) are set apart in the top-left corner, as in the grid of Bessudnov (2023). The colour scale is logarithmic: each step of colour is the same ratio of rates. The Ukrainian oblasts Russia claimed to annex in 2022 have no population figure: grey, hatched when the list has deaths there. Point at a square for its numbers.",
            "Каждый квадрат — регион, примерно на своём месте; Москва (МСК) и Петербург (СПБ) вынесены в левый верхний угол, как в сетке Бессуднова (2023). Шкала цвета логарифмическая: каждый шаг цвета — одно и то же отношение показателей. У областей Украины, которые Россия в 2022 г. объявила аннексированными, нет численности населения: они серые, заштрихованные, если в списке есть погибшие оттуда. Наведите указатель на квадрат, чтобы увидеть числа.")
        return ReportFigure(id: "map-tiles", section: .map, title: title, caption: caption, svg: map.svg(title: title, description: caption))
    }

    var choropleth: ReportFigure? {
        guard let shapes = report.shapes else { return nil }
        let rows = Dictionary(content.rates.regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let scale = colorScale
        let areas = shapes.shapes.map { shape -> ChoroplethMap.Area in
            guard let row = rows[shape.code] else {
                return ChoroplethMap.Area(shape: shape, fill: Self.noDataFill, tooltip: names.region(shape.code))
            }
            return ChoroplethMap.Area(shape: shape, fill: row.rate.map { Self.fill($0, scale) } ?? Self.noRateFill, tooltip: tooltip(row))
        }
        let missing = content.rates.regions.filter { shapes.shape(code: $0.code) == nil }.map { names.region($0.code) }
        var extras: [ColorLegend.Swatch] = []
        if areas.contains(where: { $0.fill == Self.zeroFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.zeroFill, label: language.pick(Self.zeroSwatch.en, Self.zeroSwatch.ru)))
        }
        if areas.contains(where: { $0.fill == Self.noRateFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.noRateFill, label: language.pick("no population figure", "нет численности")))
        }
        if areas.contains(where: { $0.fill == Self.noDataFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.noDataFill, label: language.pick("no data", "нет данных")))
        }
        let map = ChoroplethMap(areas: areas, legend: legend(scale, extras: extras), format: format)
        let title = language.pick("The same rates on a map", "Те же показатели на карте")
        var caption = language.pick(
            "Albers equal-area conic projection (standard parallels 52° and 64° N, central meridian 100° E), so that each region's area is true to scale; large, thinly populated regions take much ink.",
            "Равновеликая коническая проекция Альберса (стандартные параллели 52° и 64° с. ш., центральный меридиан 100° в. д.): площади регионов в масштабе; большие малонаселённые регионы занимают много места.")
        if !missing.isEmpty {
            caption += language.pick(" Not in the map file: ", " Нет в файле карты: ") + missing.joined(separator: ", ") + "."
        }
        if !shapes.unmatched.isEmpty {
            caption += language.pick(" Map features that name no region: ", " Объекты карты, не совпавшие с регионами: ")
                + shapes.unmatched.joined(separator: ", ") + "."
        }
        return ReportFigure(id: "map-choropleth", section: .map, title: title, caption: caption, svg: map.svg(title: title, description: caption))
    }

    // MARK: Rates

    var rateChart: ReportFigure? {
        let scale = colorScale
        let rows = content.rates.regions.compactMap { row -> DotWhiskerChart.Row? in
            guard let rate = row.rate, let low = row.confLow, let high = row.confHigh else { return nil }
            return DotWhiskerChart.Row(
                label: names.region(row.code), value: rate, low: low, high: high, fill: Self.fill(rate, scale), tooltip: tooltip(row))
        }
        guard !rows.isEmpty else { return nil }
        let headline = content.headline
        let reference = headline.rate.map {
            (value: $0, label: language.pick("all regions: ", "все регионы: ") + format.string($0, decimals: 1))
        }
        let confidence = format.string(content.rates.confidence * 100, decimals: 0)
        let chart = DotWhiskerChart(
            rows: rows, reference: reference,
            axisTitle: language.pick("Named deaths per \(format.integer(Int(content.rates.per))) ", "Погибших на \(format.integer(Int(content.rates.per))) ")
                + names.denominator(content.rates.denominator),
            format: format)
        let title = language.pick("Rates with \(confidence)% confidence intervals, every region", "Показатели с \(confidence)-процентными доверительными интервалами, все регионы")
        var caption = language.pick(
            "Dots: rates, coloured as on the map; lines: \(confidence)% intervals (\(Self.intervalName(content.rates.ci.rawValue, language))). Dashed line: all regions with a population figure together.",
            "Точки — показатели (цвет как на карте), линии — \(confidence)-процентные интервалы (\(Self.intervalName(content.rates.ci.rawValue, language))). Пунктир — все регионы с численностью населения вместе.")
        let without = content.rates.regions.filter { $0.rate == nil }
        if !without.isEmpty {
            caption += language.pick(" Not shown, with no population figure: ", " Не показаны (нет численности населения): ")
                + without.map { "\(names.region($0.code)) (\(format.integer($0.deaths)))" }.joined(separator: ", ") + "."
        }
        return ReportFigure(id: "rates", section: .rates, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    static func intervalName(_ method: String, _ language: ReportLanguage) -> String {
        switch method {
        case "wilson-cc": language.pick("Wilson score with continuity correction, as R's prop.test", "Уилсона с поправкой на непрерывность, как prop.test в R")
        case "wilson": language.pick("Wilson score", "Уилсона")
        case "wald": language.pick("Wald", "Вальда")
        default: method
        }
    }

    // MARK: Covariates

    var scatters: [ReportFigure] {
        let scale = colorScale
        return content.relations.map { relation in
            let rows = Dictionary(content.rates.regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            let points = relation.codes.indices.map { index -> ScatterChart.Point in
                let code = relation.codes[index]
                let decimals = relation.values[index].magnitude >= 1000 ? 0 : 1
                let tip = rows[code].map(tooltip) ?? names.region(code)
                return ScatterChart.Point(
                    x: relation.values[index], y: relation.rates[index], label: names.region(code),
                    tooltip: tip + "; " + names.covariateShort(relation.covariate) + ": " + format.string(relation.values[index], decimals: decimals),
                    fill: Self.fill(relation.rates[index], scale))
            }
            let pearson = relation.correlation.pearson
            let spearman = relation.correlation.spearman
            let note = [
                "r = " + format.string(pearson.estimate, decimals: 2) + " " + format.interval(pearson.confLow, pearson.confHigh, decimals: 2),
                "ρ = \(format.string(spearman.estimate, decimals: 2)); n = \(format.integer(pearson.nobs))",
            ]
            let chart = ScatterChart(
                points: points, line: (relation.intercept, relation.slope), note: note,
                xTitle: names.covariate(relation.covariate),
                yTitle: language.pick("Deaths per \(format.integer(Int(content.rates.per)))", "Погибших на \(format.integer(Int(content.rates.per)))"),
                format: format)
            let title = language.pick("Rates and ", "Показатели и ") + names.covariateShort(relation.covariate)
            let caption = language.pick(
                "Each dot a region. Red line: least squares fit of the rate on the covariate (slope \(format.significant(relation.slope)) per unit). r: Pearson's correlation with its 95% interval (Fisher's z); ρ: Spearman's rank correlation. Labels: the regions farthest from the line, where there is room; point at a dot for any region.",
                "Каждая точка — регион. Красная линия — регрессия показателя на признак методом наименьших квадратов (наклон \(format.significant(relation.slope)) на единицу). r — корреляция Пирсона с 95-процентным интервалом (z Фишера); ρ — ранговая корреляция Спирмена. Подписаны регионы, дальше всего отстоящие от линии, где хватает места; наведите указатель на точку, чтобы увидеть любой регион.")
            return ReportFigure(
                id: "scatter-\(Self.fileSafe(relation.covariate))", section: .covariates, title: title, caption: caption,
                svg: chart.svg(title: title, description: caption))
        }
    }

    /// A name safe for a file: letters, digits, `_` and `-`; anything else becomes `_`.
    static func fileSafe(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let safe = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || scalar == "_" || scalar == "-"
            return safe ? Character(scalar) : "_"
        })
    }

    // MARK: Time

    /// Periods and groups of a trend as a table `[period][group]`, groups ordered by `order`.
    static func matrix(_ trends: Trends, order: [String]) -> (periods: [String], groups: [String], values: [[Double]]) {
        let periods = Array(Set(trends.rows.map(\.period))).sorted()
        let present = Set(trends.rows.map(\.group))
        let groups = order.filter(present.contains) + present.subtracting(order).sorted()
        var index: [String: Int] = [:]
        for (position, group) in groups.enumerated() { index[group] = position }
        var periodIndex: [String: Int] = [:]
        for (position, period) in periods.enumerated() { periodIndex[period] = position }
        var values = Array(repeating: Array(repeating: 0.0, count: groups.count), count: periods.count)
        for row in trends.rows { values[periodIndex[row.period]!][index[row.group]!] += Double(row.deaths) }
        return (periods, groups, values)
    }

    static let unitTypeOrder = ["contract", "conscripted", "mobilised", "volunteer", "inmate", "private_military_company",
                                "security_forces", "other", "unknown"]
    static let unitTypeColors: [String: String] = [
        "contract": "#0072B2", "conscripted": "#56B4E9", "mobilised": "#E69F00", "volunteer": "#009E73",
        "inmate": "#D55E00", "private_military_company": "#CC79A7", "security_forces": "#F0E442", "other": "#7f7f7f",
        "unknown": "#cccccc", "all": "#0072B2",
    ]
    static let macroRegionOrder = ["capital_regions", "central", "northwestern", "volga", "ural", "siberian", "far_eastern",
                                   "southern", "north_caucasian", "crimea", "annexed_2022", "other", "unknown"]

    var monthly: ReportFigure? {
        guard let trends = content.monthly, !trends.rows.isEmpty else { return nil }
        let byUnit = trends.grouping == .unitType
        let (periods, groups, values) = Self.matrix(trends, order: Self.unitTypeOrder)
        let series = groups.enumerated().map { index, group in
            StackedBarChart.Series(
                label: byUnit ? names.unitType(group) : group,
                fill: Self.unitTypeColors[group] ?? CategoricalPalette.okabeIto[index % CategoricalPalette.okabeIto.count])
        }
        let labels = periods.enumerated().map { names.period($1, first: $0 == 0) }
        let chart = StackedBarChart(
            periods: labels, series: series, values: values,
            yTitle: language.pick("Named deaths per month", "Погибших в месяц"), format: format)
        let title = byUnit
            ? language.pick("Named deaths per month, by unit type", "Погибшие по месяцам и видам формирований")
            : language.pick("Named deaths per month", "Погибшие по месяцам")
        var caption = content.headline.deathDates >= content.headline.confirmationDates
            ? language.pick("By the date of death (of confirmation where the list gives none).", "По дате гибели (подтверждения, если дата гибели не указана).")
            : language.pick("By the date the death was confirmed: the list gives no date of death, and confirmation lags death by weeks or months.", "По дате подтверждения гибели: дат гибели в списке нет, а подтверждение запаздывает на недели и месяцы.")
        if trends.undated + trends.unplaced > 0 {
            caption += language.pick(
                " Not shown: \(format.integer(trends.undated)) without a date, \(format.integer(trends.unplaced)) with a date known only to the year.",
                " Не показаны: \(format.integer(trends.undated)) без даты, \(format.integer(trends.unplaced)) с датой, известной лишь до года.")
        }
        caption += language.pick(" The last month may be incomplete.", " Последний месяц может быть неполным.")
        return ReportFigure(id: "monthly-unit-type", section: .time, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    var shares: ReportFigure? {
        guard let trends = content.regionalShares, !trends.rows.isEmpty else { return nil }
        let (periods, groups, values) = Self.matrix(trends, order: Self.macroRegionOrder)
        let series = groups.enumerated().map { index, group in
            let position = Self.macroRegionOrder.firstIndex(of: group) ?? index
            let fill = group == "unknown" ? CategoricalPalette.missing : CategoricalPalette.muted[position % CategoricalPalette.muted.count]
            return StackedBarChart.Series(label: names.group(group, by: "macro-region"), fill: fill)
        }
        let labels = periods.enumerated().map { names.period($1, first: $0 == 0) }
        let chart = StackedAreaChart(
            periods: labels, series: series, values: values, yTitle: language.pick("Share of named deaths", "Доля погибших"),
            format: format)
        let title = language.pick("Each macro-region's share of the named deaths, by quarter", "Доля макрорегионов среди погибших по кварталам")
        let caption = language.pick(
            "Macro-regions: the federal districts, with the capital regions — Moscow, St Petersburg, Moscow Oblast and Leningrad Oblast — taken out as one group, and Crimea with Sevastopol as another. Shares of each quarter's deaths, including those without a region (grey). The last quarter may be incomplete.",
            "Макрорегионы — федеральные округа, из которых выделены столичные регионы — Москва, Петербург, Московская и Ленинградская области (одна группа) — и Крым с Севастополем (другая). Доли погибших в каждом квартале, включая погибших без указания региона (серый). Последний квартал может быть неполным.")
        return ReportFigure(id: "shares-macro-region", section: .time, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }

    // MARK: Groups

    /// The text of a relative risk: `1.11 [1.07, 1.16]`.
    func ratioText(_ estimate: Double?, _ low: Double?, _ high: Double?) -> String {
        guard let estimate else { return "—" }
        let decimals = estimate < 10 ? 2 : 1
        guard let low, let high else { return format.string(estimate, decimals: decimals) }
        return format.string(estimate, decimals: decimals) + " " + format.interval(low, high, decimals: decimals)
    }

    var forest: ReportFigure? {
        guard !content.regionGroups.isEmpty else { return nil }
        var rows: [ForestPlot.Row] = []
        for groups in content.regionGroups {
            rows.append(.heading(names.grouping(groups.by)))
            let ordered = groups.by == "macro-region"
                ? groups.rows.sorted { (Self.macroRegionOrder.firstIndex(of: $0.group) ?? 99) < (Self.macroRegionOrder.firstIndex(of: $1.group) ?? 99) }
                : groups.rows
            for row in ordered {
                let risk = row.relativeRisk
                let text = ratioText(risk?.ratio, risk?.interval.lower, risk?.interval.upper)
                let tooltip = "\(names.group(row.group, by: groups.by)): " + language.pick("deaths ", "погибших ") + format.integer(Int(row.deaths))
                    + " (\(format.percent(row.deathShare))), " + language.pick("population ", "население ")
                    + format.percent(row.populationShare ?? 0) + "; RR " + text
                rows.append(.estimate(
                    label: names.group(row.group, by: groups.by), value: risk?.ratio, low: risk?.interval.lower,
                    high: risk?.interval.upper, text: text, tooltip: tooltip))
            }
        }
        let plot = ForestPlot(
            rows: rows, axisTitle: language.pick("Relative risk against all other regions (log scale)", "Относительный риск по сравнению с остальными регионами (лог. шкала)"),
            format: format)
        let title = language.pick("Relative risk of death by group of regions", "Относительный риск гибели по группам регионов")
        let caption = language.pick(
            "Each group's rate over the rate of all other regions, with 95% Koopman score intervals; 1 means the same rate. Capital regions: Moscow, St Petersburg, Moscow Oblast and Leningrad Oblast. Fifths: regions sorted by the covariate and cut where the population passes each fifth, each region whole in the fifth that holds the middle of its population.",
            "Показатель группы, делённый на показатель всех остальных регионов, с 95-процентными интервалами Купмана; 1 — одинаковый показатель. Столичные регионы — Москва, Петербург, Московская и Ленинградская области. Пятые части: регионы упорядочены по признаку и разрезаны там, где население переходит каждую пятую часть; регион целиком попадает в ту часть, где лежит середина его населения.")
        return ReportFigure(id: "groups-forest", section: .groups, title: title, caption: caption, svg: plot.svg(title: title, description: caption))
    }
}

// MARK: Excess mortality

extension ReportFigures {
    /// "ages 15–49, 2022".
    func excessScope(_ excess: ExcessMortality) -> String {
        let ages = excess.ageLabel.replacing("-", with: "–")
        let years = excess.years.map(String.init).joined(separator: ", ")
        return language.pick("ages \(ages), \(years)", "возраст \(ages), \(years)")
    }

    var excessFigures: [ReportFigure] {
        guard let excess = content.excess else { return [] }
        var figures: [ReportFigure] = []
        let rows = excess.nationalAges.map { row -> DotWhiskerChart.Row in
            let e = row.estimate
            let label = (excess.years.count > 1 ? "\(row.year) · " : "") + row.ageGroup.description.replacing("-", with: "–")
            return DotWhiskerChart.Row(
                label: label, value: e.excess, low: e.interval(confidence: confidence).low,
                high: e.interval(confidence: confidence).high,
                fill: "#2166ac",
                tooltip: "\(label): " + language.pick("excess ", "избыточных ") + format.string(e.excess, decimals: 0) + " ± "
                    + format.string(e.pm, decimals: 0) + language.pick(" (observed ", " (наблюдалось ") + format.integer(e.observed)
                    + language.pick(", expected ", ", ожидалось ") + format.string(e.expected, decimals: 0) + ")")
        }
        if !rows.isEmpty {
            let chart = DotWhiskerChart(
                rows: rows, axisTitle: language.pick("Excess male deaths", "Избыточные смерти мужчин"), format: format)
            let total = excess.nationalTotal.estimate
            let title = language.pick("Excess male deaths by age group, ", "Избыточная смертность мужчин по возрастам, ")
                + excess.years.map(String.init).joined(separator: ", ")
            var caption = language.pick(
                "Male deaths observed minus those expected from the trend of the sex ratio of deaths over \(ExcessSettings.describe(excess.settings.baseline)) (Kobak et al. 2025); lines: ± 1.96 × the prediction standard deviation (95%).",
                "Наблюдавшиеся смерти мужчин минус ожидаемые по тренду соотношения смертей мужчин и женщин за \(ExcessSettings.describe(excess.settings.baseline)) (Kobak et al. 2025); линии — ± 1,96 стандартного отклонения прогноза (95 %).")
            if let total {
                caption += language.pick(" In all: ", " Всего: ") + format.string(total.excess, decimals: 0) + " ± " + format.string(total.pm, decimals: 0) + "."
            }
            figures.append(ReportFigure(
                id: "excess-ages", section: .excess, title: title, caption: caption, svg: chart.svg(title: title, description: caption)))
        }
        guard let coverage = content.coverage else { return figures }
        let shares = coverage.regions.filter { $0.share != nil && $0.isComplete }.sorted {
            ($0.share ?? 0, $1.code) > ($1.share ?? 0, $0.code)
        }
        if !shares.isEmpty {
            let cap = 3.0
            let chartRows = shares.map { row -> DotWhiskerChart.Row in
                let share = row.share ?? 0
                let upper = row.shareHigh.map { format.percent($0, decimals: 0) } ?? language.pick("no upper limit", "без верхней границы")
                return DotWhiskerChart.Row(
                    label: names.region(row.code), value: share * 100, low: (row.shareLow ?? 0) * 100,
                    high: (row.shareHigh ?? .infinity) * 100, fill: "#2166ac",
                    tooltip: "\(names.region(row.code)): " + language.pick("named ", "по именам ") + format.integer(row.named) + language.pick(" of ", " из ")
                        + format.string(row.estimate?.excess ?? 0, decimals: 0) + " ± " + format.string(row.estimate?.pm ?? 0, decimals: 0)
                        + "; " + format.percent(share, decimals: 0) + " [" + format.percent(row.shareLow ?? 0, decimals: 0)
                        + (format.decimalSeparator == "," ? "; " : ", ") + upper + "]")
            }
            var chart = DotWhiskerChart(
                rows: chartRows,
                reference: coverage.national.share.map { (value: $0 * 100, label: language.pick("Russia: ", "Россия: ") + format.percent($0, decimals: 0)) },
                axisTitle: language.pick("Named deaths as % of the excess male deaths", "Погибшие по именам, % от избыточной смертности мужчин"),
                format: format)
            chart.axisMaximum = cap * 100
            let title = language.pick("How much of the excess the list names, by region", "Какую долю избыточной смертности покрывает список, по регионам")
            let left = coverage.regions.count - shares.count
            let caption = language.pick(
                "Named deaths (\(excessScope(coverage.excess)), by year of death or of confirmation) over the estimated excess, with the interval of the excess (95%); arrows: no upper limit, or beyond \(format.integer(Int(cap * 100)))%. Above 100%: the list names more than the excess — the estimate is uncertain in small regions. Not shown: \(left) regions whose excess is not above zero or not estimable in every age group.",
                "Погибшие по именам (\(excessScope(coverage.excess)), по году гибели или подтверждения), делённые на оценку избыточной смертности, с интервалом оценки (95 %); стрелки — нет верхней границы или она больше \(format.integer(Int(cap * 100))) %. Больше 100 % — список называет больше, чем оценка: в малых регионах оценка неточна. Не показаны \(left) регионов, где избыток не больше нуля или не оценивается во всех возрастах.")
            figures.append(ReportFigure(
                id: "coverage-regions", section: .excess, title: title, caption: caption, svg: chart.svg(title: title, description: caption)))
        }
        let pairs = coverage.regions.compactMap { row -> (NamedCoverage.Row, Double, Double)? in
            guard row.isComplete, let excessRate = row.excessRate(), let namedRate = row.namedRate() else { return nil }
            return (row, excessRate, namedRate)
        }
        if pairs.count >= 4 {
            let scale = colorScale
            let points = pairs.map { row, excessRate, namedRate in
                ScatterChart.Point(
                    x: excessRate, y: namedRate, label: names.region(row.code),
                    tooltip: "\(names.region(row.code)): " + language.pick("excess ", "избыток ") + format.string(excessRate, decimals: 1)
                        + language.pick(", named ", ", по именам ") + format.string(namedRate, decimals: 1) + language.pick(" per ", " на ") + per,
                    fill: Self.fill(namedRate, scale))
            }
            var note = ["n = \(format.integer(pairs.count))"]
            if let rho = coverage.rankCorrelation { note.insert("ρ = \(format.string(rho.estimate, decimals: 2))", at: 0) }
            let chart = ScatterChart(
                points: points, line: nil, note: note,
                xTitle: language.pick("Excess male deaths per \(per)", "Избыточных смертей мужчин на \(per)"),
                yTitle: language.pick("Named deaths per \(per)", "Погибших по именам на \(per)"), format: format)
            let title = language.pick("Named deaths against the excess, per \(per)", "Погибшие по именам и избыточная смертность на \(per)")
            let caption = language.pick(
                "Each dot a region (\(excessScope(coverage.excess))), both per \(per) \(names.denominator(coverage.excess.denominator)). ρ: Spearman's correlation of the two rankings — does the regional pattern of the list hold on the estimated toll?",
                "Каждая точка — регион (\(excessScope(coverage.excess))), оба показателя на \(per) \(names.denominator(coverage.excess.denominator)). ρ — корреляция Спирмена двух рейтингов: сохраняется ли региональная картина списка на оценке полных потерь?")
            figures.append(ReportFigure(
                id: "coverage-scatter", section: .excess, title: title, caption: caption, svg: chart.svg(title: title, description: caption)))
        }
        return figures
    }

    private var per: String { format.integer(Int(content.rates.per)) }

    // MARK: Loss volume

    /// Cumulative claimed losses, named deaths and excess deaths on one time axis, with
    /// the published estimates that count deaths or casualties cumulatively.
    var volumeFigure: ReportFigure? {
        guard let volume = content.volume else { return nil }
        let series = volume.series
        var lines: [CumulativeChart.Line] = []
        let step = max(1, series.points.count / 400)
        let claimed = series.points.enumerated().filter { $0.offset % step == 0 || $0.offset == series.points.count - 1 }
            .map { (date: $0.element.date, value: $0.element.value) }
        lines.append(.init(label: language.pick("claimed killed and wounded (", "заявленные убитые и раненые (") + series.label + ")",
                           color: "#D55E00", points: claimed))
        if !volume.namedCumulative.isEmpty {
            let points = volume.namedCumulative.map { (date: $0.date, value: Double($0.count)) }
            let thinned = points.enumerated().filter { $0.offset % max(1, points.count / 400) == 0 || $0.offset == points.count - 1 }.map(\.element)
            lines.append(.init(label: language.pick("named dead (the list, by date)", "погибшие по именам (список, по дате)"), color: "#0072B2", points: thinned))
        }
        var bands: [CumulativeChart.Band] = []
        var cumulative = (value: 0.0, variance: 0.0)
        var excessPoints: [(date: PartialDate, value: Double, low: Double, high: Double)] = []
        for row in volume.rows {
            guard let value = row.excess, let pm = row.excessPlusMinus else { continue }
            cumulative = (cumulative.value + value, cumulative.variance + pm * pm)
            let band = ExcessEstimate.interval(cumulative.value, plusMinus: cumulative.variance.squareRoot(), confidence: confidence)
            let end = PartialDate(year: row.end.year - (row.end.month == 1 ? 1 : 0), month: row.end.month == 1 ? 12 : row.end.month! - 1, day: 28)!.latestDay
            if excessPoints.isEmpty { excessPoints.append((row.start, 0, 0, 0)) }
            excessPoints.append((end, cumulative.value, band.low, band.high))
        }
        if !excessPoints.isEmpty {
            bands.append(.init(label: language.pick("excess male deaths (vital statistics, 95% band)", "избыточные смерти мужчин (статистика, 95 %)"),
                               color: "#009E73", points: excessPoints))
        }
        let kinds: [(quantity: String, en: String, ru: String, color: String)] = [
            ("killed", "published: killed", "опубликовано: убитые", "#CC79A7"),
            ("killed_and_wounded", "published: killed and wounded", "опубликовано: убитые и раненые", "#E69F00"),
            ("named_dead", "published: named dead", "опубликовано: погибшие по именам", "#56B4E9"),
            ("excess_male_deaths", "published: excess male deaths", "опубликовано: избыточные смерти мужчин", "#117733"),
        ]
        let markers = kinds.compactMap { kind -> CumulativeChart.Markers? in
            let points = volume.estimates.map(\.estimate).filter { $0.quantity == kind.quantity }.map { estimate in
                (date: estimate.asOf, value: estimate.value, low: estimate.low, high: estimate.high,
                 tooltip: "\(estimate.source), \(estimate.asOf): \(format.string(estimate.value, decimals: 0))"
                    + (estimate.low.map { " [\(format.string($0, decimals: 0)), \(format.string(estimate.high ?? $0, decimals: 0))]" } ?? ""))
            }
            return points.isEmpty ? nil : .init(label: language.pick(kind.en, kind.ru), color: kind.color, points: points)
        }
        let chart = CumulativeChart(
            lines: lines, bands: bands, markers: markers, yTitle: language.pick("people, cumulative", "человек, нарастающим итогом"),
            format: format)
        let title = language.pick("Losses on one scale: claimed, named and estimated", "Потери на одной шкале: заявленные, поимённые, оценённые")
        let caption = language.pick(
            "Each line counts something different: the claim counts killed and wounded; the list, the dead confirmed by name; the excess, deaths of men of the ages estimated from vital statistics. Published figures that are not cumulative (per year, per month) are listed in the table, not drawn.",
            "Каждая линия считает разное: заявление — убитых и раненых; список — погибших, подтверждённых по именам; избыточная смертность — смерти мужчин оценённых возрастов по статистике. Опубликованные нецелые (за год, за месяц) оценки приведены в таблице.")
        return ReportFigure(id: "volume", section: .volume, title: title, caption: caption, svg: chart.svg(title: title, description: caption))
    }
}
