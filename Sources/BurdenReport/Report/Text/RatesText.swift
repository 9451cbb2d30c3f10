/// The texts of the rates section and its chart of every region's rate.
struct RatesText: ReportStrings {
    let title: String
    /// The table's caption, `(per, population, deaths without a region)`.
    let tableCaption: Phrase3
    let rank: String
    let population: String
    let rate: String
    let smoothed: String
    /// The summary of the folded table, `(regions)`.
    let tableSummary: Phrase1
    /// The chart's line of all regions, `(rate)`.
    let allRegions: Phrase1
    /// The chart's axis, `(per, population)`.
    let axisTitle: Phrase2
    /// `(level)`.
    let chartTitle: Phrase1
    /// `(level, interval method)`.
    let chartCaption: Phrase2
    let notShown: String
    /// The interval methods' names.
    let wilsonCC: String
    let wilson: String
    let wald: String

    static let english = RatesText(
        title: "Rates by region",
        tableCaption: .init { per, population, unassigned in
            "Deaths per \(per) \(population); smoothed: empirical Bayes (Marshall 1991), which pulls small regions towards the mean. Deaths without a region: \(unassigned)."
        },
        rank: "Rank", population: "Population", rate: "Rate", smoothed: "Smoothed",
        tableSummary: .init { regions in "The table of all \(regions) regions" }, allRegions: .init { rate in "all regions: \(rate)" },
        axisTitle: .init { per, population in "Named deaths per \(per) \(population)" },
        chartTitle: .init { level in "Rates with \(level)% confidence intervals, every region" },
        chartCaption: .init { level, method in
            "Dots: rates, coloured as on the map; lines: \(level)% intervals (\(method)). Dashed line: all regions with a population figure together."
        },
        notShown: " Not shown, with no population figure: ",
        wilsonCC: "Wilson score with continuity correction, as R's prop.test", wilson: "Wilson score", wald: "Wald")

    static let russian = RatesText(
        title: "Показатели по регионам",
        tableCaption: .init { per, population, unassigned in
            "Погибших на \(per) \(population); сглаженный показатель — эмпирический Байес (Marshall 1991), приближающий малые регионы к среднему. Погибших без указания региона: \(unassigned)."
        },
        rank: "Место", population: "Население", rate: "Показатель", smoothed: "Сглаженный",
        tableSummary: .init { regions in "Таблица всех регионов (\(regions))" }, allRegions: .init { rate in "все регионы: \(rate)" },
        axisTitle: .init { per, population in "Погибших на \(per) \(population)" },
        chartTitle: .init { level in "Показатели с \(level)-процентными доверительными интервалами, все регионы" },
        chartCaption: .init { level, method in
            "Точки — показатели (цвет как на карте), линии — \(level)-процентные интервалы (\(method)). Пунктир — все регионы с численностью населения вместе."
        },
        notShown: " Не показаны (нет численности населения): ",
        wilsonCC: "Уилсона с поправкой на непрерывность, как prop.test в R", wilson: "Уилсона", wald: "Вальда")
}
