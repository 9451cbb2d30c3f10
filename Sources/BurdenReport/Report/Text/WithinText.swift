/// The texts of the section "Who within the regions" and its chart.
struct WithinText: ReportStrings {
    let title: String
    /// `(split name)`: the heading of one split.
    let splitHeading: Phrase1
    /// `(deaths, regions)`: what the estimates rest on.
    let intro: Phrase2
    let caution: String
    let method: String
    let group: String
    let rate: String
    let shareOfDead: String
    let shareOfMen: String
    let ratio: String
    let withoutCapitals: String
    let decompositionSummary: String
    let gap: String
    let part: String
    let estimate: String
    /// `(per)`.
    let axisTitle: Phrase1
    /// `(split name)`.
    let chartTitle: Phrase1
    /// `(level)`.
    let chartCaption: Phrase1
    /// `(group, method, rate, interval)`.
    let tooltip: Phrase4
    let urbanSplit: String
    let ethnicSplit: String
    let otherSplit: String
    /// Group names of the built-in splits: urban, rural, russian, other.
    let urban: String, rural: String, russian: String, other: String
    /// Method names.
    let bounds: String, goodmanPoisson: String, goodmanNegbin: String, extendedPoisson: String, extendedNegbin: String
    let hierarchical: String
    /// Parts of a decomposition.
    let observed: String, composition: String, rates: String, remainder: String

    static let english = WithinText(
        title: "Who within the regions", splitHeading: .init { split in "By \(split)" },
        intro: .init { deaths, regions in
            "The list gives where the dead came from, not whether they were urban or rural men, ethnic Russians or not. The rates below are inferred from how the \(deaths) deaths vary across \(regions) regions whose men differ in composition."
        },
        caution: "These are ecological estimates. Only the bounds need no assumption; Goodman's regression assumes each group dies at the same rate in every region, the hierarchical model lets every region have its own rates around a common mean. Where the methods disagree, the data do not decide.",
        method: "Method", group: "Group", rate: "Rate", shareOfDead: "Share of the dead", shareOfMen: "Share of the men", ratio: "Ratio",
        withoutCapitals: "Without Moscow, St Petersburg and Moscow Oblast", decompositionSummary: "What composition explains of the gaps between regions",
        gap: "Gap", part: "Part", estimate: "Estimate",
        axisTitle: .init { per in "Deaths per \(per) men of the group" },
        chartTitle: .init { split in "Death rates by group, \(split), by each method" },
        chartCaption: .init { level in
            "Bars without a dot: the bounds, what each group's rate can be given only the regional totals (Duncan–Davis). Dots: the estimates of each method, with \(level)% intervals (profile likelihood for Goodman's regression, posterior for the hierarchical model)."
        },
        tooltip: .init { group, method, rate, interval in "\(group), \(method): \(rate) \(interval)" },
        urbanSplit: "urban and rural men", ethnicSplit: "ethnic Russians and others", otherSplit: "group",
        urban: "urban", rural: "rural", russian: "ethnic Russian", other: "other",
        bounds: "bounds", goodmanPoisson: "Goodman, Poisson", goodmanNegbin: "Goodman, NB2",
        extendedPoisson: "extended, Poisson", extendedNegbin: "extended, NB2", hierarchical: "hierarchical",
        observed: "observed gap", composition: "composition", rates: "rates", remainder: "remainder")

    static let russian = WithinText(
        title: "Кто внутри регионов", splitHeading: .init { split in "По группам: \(split)" },
        intro: .init { deaths, regions in
            "Список показывает, откуда погибшие, но не то, были ли они горожанами или сельскими жителями, русскими или нет. Показатели ниже выведены из того, как \(deaths) погибших распределены по \(regions) регионам с разным составом мужчин."
        },
        caution: "Это экологические оценки. Только границы не требуют допущений; регрессия Гудмана предполагает одинаковый показатель группы во всех регионах, иерархическая модель даёт каждому региону свои показатели вокруг общего среднего. Там, где методы расходятся, данные не решают вопрос.",
        method: "Метод", group: "Группа", rate: "Показатель", shareOfDead: "Доля погибших", shareOfMen: "Доля мужчин", ratio: "Отношение",
        withoutCapitals: "Без Москвы, Петербурга и Московской области", decompositionSummary: "Что состав объясняет в разрывах между регионами",
        gap: "Разрыв", part: "Часть", estimate: "Оценка",
        axisTitle: .init { per in "Погибших на \(per) мужчин группы" },
        chartTitle: .init { split in "Показатели гибели по группам (\(split)) каждым методом" },
        chartCaption: .init { level in
            "Полосы без точки — границы: каким может быть показатель группы при одних только итогах по регионам (Дункан — Дэвис). Точки — оценки каждого метода с \(level)-процентными интервалами (профильное правдоподобие для регрессии Гудмана, апостериорные для иерархической модели)."
        },
        tooltip: .init { group, method, rate, interval in "\(group), \(method): \(rate) \(interval)" },
        urbanSplit: "городские и сельские мужчины", ethnicSplit: "русские и остальные", otherSplit: "группа",
        urban: "городские", rural: "сельские", russian: "русские", other: "остальные",
        bounds: "границы", goodmanPoisson: "Гудман, Пуассон", goodmanNegbin: "Гудман, NB2",
        extendedPoisson: "расширенная, Пуассон", extendedNegbin: "расширенная, NB2",
        hierarchical: "иерархическая", observed: "наблюдаемый разрыв", composition: "состав", rates: "показатели", remainder: "остаток")

    /// The name of a split.
    func split(_ name: String) -> String {
        switch name {
        case "urban": urbanSplit
        case "ethnic-russian": ethnicSplit
        default: name
        }
    }

    /// The name of a group (a user's groups keep their own names).
    func group(_ term: String) -> String {
        switch term {
        case "urban": urban
        case "rural": rural
        case "russian": russian
        case "other": other
        default: term
        }
    }

    /// The name of a method or of a decomposition's method.
    func method(_ name: String) -> String {
        switch name {
        case "bounds": bounds
        case "goodman-poisson": goodmanPoisson
        case "goodman-negbin": goodmanNegbin
        case "extended-poisson": extendedPoisson
        case "extended-negbin": extendedNegbin
        case "hierarchical": hierarchical
        case "observed": observed
        default: name
        }
    }

    /// The name of a part of a decomposition.
    func part(_ term: String) -> String {
        switch term {
        case "gap": observed
        case "composition": composition
        case "rates": rates
        case "remainder", "unexplained": remainder
        default: term
        }
    }
}
