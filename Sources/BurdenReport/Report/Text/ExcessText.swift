/// The texts of the section on excess male mortality and the list's coverage of it,
/// and of its charts.
struct ExcessText: ReportStrings {
    let title: String
    let intro: String
    /// The national table's caption, `(ages, baseline, fit)`.
    let nationalCaption: Phrase3
    let observed: String
    let expected: String
    let allYears: String
    let russia: String
    /// `(per)`.
    let excessPer: Phrase1
    /// `(per)`.
    let namedPer: Phrase1
    let coverageSummary: String
    /// The coverage table's caption, `(years, ages, without an age, of other years)`.
    let coverageCaption: Phrase4
    /// The models' caption, `(per)`.
    let modelsCaption: Phrase1
    let excessEstimate: String
    let namedEstimate: String
    let modelsFailed: String
    /// `(age groups of regions)`.
    let notEstimable: Phrase1
    let dataChecks: String
    /// What an estimate covers, `(ages, years)`: `ages 15–49, 2022`.
    let scope: Phrase2
    /// An age group's tooltip, `(age group, excess, ±, observed, expected)`.
    let ageTooltip: Phrase5
    let agesAxis: String
    /// `(years)`.
    let agesTitle: Phrase1
    /// `(baseline, z, level)`.
    let agesCaption: Phrase3
    let inAll: String
    let noUpperLimit: String
    /// A region's tooltip, `(region, named, excess, ±)`.
    let coverageTooltip: Phrase4
    /// The line of the whole country, `(share)`.
    let russiaShare: Phrase1
    let coverageAxis: String
    let coverageTitle: String
    /// `(scope, level, cap, regions not shown)`.
    let coverageChartCaption: Phrase4
    /// A region's tooltip, `(region, excess per, named per, per)`.
    let scatterTooltip: Phrase4
    /// `(per)`.
    let scatterExcessAxis: Phrase1
    /// `(per)`.
    let scatterNamedAxis: Phrase1
    /// `(per)`.
    let scatterTitle: Phrase1
    /// `(scope, per, population)`.
    let scatterCaption: Phrase3

    static let english = ExcessText(
        title: "Excess male mortality",
        intro: "The named list counts only the deaths someone confirmed by name. Vital statistics show the war as excess male mortality: the men's deaths above those expected from the women's, by the pre-war trend of the sex ratio of deaths (Kobak et al. 2025). The estimate is independent of who gets an obituary.",
        nationalCaption: .init { ages, baseline, fit in
            "Male deaths at ages \(ages), the country as a whole; ± is one prediction standard deviation, z = excess / ±. Baseline \(baseline), \(fit) trend."
        },
        observed: "Observed", expected: "Expected", allYears: "all", russia: "Russia", excessPer: .init { per in "Excess per \(per)" },
        namedPer: .init { per in "Named per \(per)" }, coverageSummary: "Coverage of every region as a table",
        coverageCaption: .init { years, ages, withoutAge, otherYears in
            "Named: the list's deaths in \(years) at ages \(ages) (\(withoutAge) without an age and \(otherYears) of other years are not counted). Share: named / excess, with the interval of the excess."
        },
        modelsCaption: .init { per in
            "The published model fitted to the excess per \(per) and to the named deaths per \(per) of the same regions and years: does the relationship of the list hold on the estimated toll?"
        },
        excessEstimate: "Excess: estimate", namedEstimate: "Named: estimate", modelsFailed: "The models could not be fitted: ",
        notEstimable: .init { count in
            "\(count) age groups of regions could not be estimated (see results.json, not_estimable); their regions' sums leave them out."
        },
        dataChecks: "Rows of the vital statistics whose age groups do not add up to their total: ",
        scope: .init { ages, years in "ages \(ages), \(years)" },
        ageTooltip: .init { label, excess, plusMinus, observed, expected in
            "\(label): excess \(excess) ± \(plusMinus) (observed \(observed), expected \(expected))"
        },
        agesAxis: "Excess male deaths", agesTitle: .init { years in "Excess male deaths by age group, \(years)" },
        agesCaption: .init { baseline, z, level in
            "Male deaths observed minus those expected from the trend of the sex ratio of deaths over \(baseline) (Kobak et al. 2025); lines: ± \(z) × the prediction standard deviation (\(level)%)."
        },
        inAll: " In all: ", noUpperLimit: "no upper limit",
        coverageTooltip: .init { region, named, excess, plusMinus in "\(region): named \(named) of \(excess) ± \(plusMinus)" },
        russiaShare: .init { share in "Russia: \(share)" }, coverageAxis: "Named deaths as % of the excess male deaths",
        coverageTitle: "How much of the excess the list names, by region",
        coverageChartCaption: .init { scope, level, cap, left in
            "Named deaths (\(scope), by year of death or of confirmation) over the estimated excess, with the interval of the excess (\(level)%); arrows: no upper limit, or beyond \(cap)%. Above 100%: the list names more than the excess — the estimate is uncertain in small regions. Not shown: \(left) regions whose excess is not above zero or not estimable in every age group."
        },
        scatterTooltip: .init { region, excess, named, per in "\(region): excess \(excess), named \(named) per \(per)" },
        scatterExcessAxis: .init { per in "Excess male deaths per \(per)" }, scatterNamedAxis: .init { per in "Named deaths per \(per)" },
        scatterTitle: .init { per in "Named deaths against the excess, per \(per)" },
        scatterCaption: .init { scope, per, population in
            "Each dot a region (\(scope)), both per \(per) \(population). ρ: Spearman's correlation of the two rankings — does the regional pattern of the list hold on the estimated toll?"
        })

    static let russian = ExcessText(
        title: "Избыточная смертность мужчин",
        intro: "Именной список учитывает только смерти, подтверждённые по именам. В статистике смертности война видна как избыточная смертность мужчин: смерти мужчин сверх ожидаемых по смертям женщин при довоенном тренде их соотношения (Kobak et al. 2025). Эта оценка не зависит от того, о ком написали некролог.",
        nationalCaption: .init { ages, baseline, fit in
            "Смерти мужчин в возрасте \(ages), страна в целом; ± — одно стандартное отклонение прогноза, z = избыток / ±. База \(baseline), тренд: \(fit)."
        },
        observed: "Наблюдалось", expected: "Ожидалось", allYears: "все", russia: "Россия", excessPer: .init { per in "Избыток на \(per)" },
        namedPer: .init { per in "По именам на \(per)" }, coverageSummary: "Покрытие по всем регионам в таблице",
        coverageCaption: .init { years, ages, withoutAge, otherYears in
            "По именам — погибшие из списка за \(years) в возрасте \(ages) (не учтены \(withoutAge) без возраста и \(otherYears) за другие годы). Доля — по именам / избыток, с интервалом оценки избытка."
        },
        modelsCaption: .init { per in
            "Опубликованная модель, оценённая на избыточной смертности на \(per) и на погибших по именам на \(per) в тех же регионах и годах: сохраняется ли зависимость, найденная по списку, на оценке полных потерь?"
        },
        excessEstimate: "Избыток: оценка", namedEstimate: "По именам: оценка", modelsFailed: "Модели не оценены: ",
        notEstimable: .init { count in
            "\(count) возрастных групп в регионах не оцениваются (см. results.json, not_estimable); суммы по этим регионам их не включают."
        },
        dataChecks: "Строки статистики смертности, где возрастные группы не дают итог: ",
        scope: .init { ages, years in "возраст \(ages), \(years)" },
        ageTooltip: .init { label, excess, plusMinus, observed, expected in
            "\(label): избыточных \(excess) ± \(plusMinus) (наблюдалось \(observed), ожидалось \(expected))"
        },
        agesAxis: "Избыточные смерти мужчин", agesTitle: .init { years in "Избыточная смертность мужчин по возрастам, \(years)" },
        agesCaption: .init { baseline, z, level in
            "Наблюдавшиеся смерти мужчин минус ожидаемые по тренду соотношения смертей мужчин и женщин за \(baseline) (Kobak et al. 2025); линии — ± \(z) стандартного отклонения прогноза (\(level) %)."
        },
        inAll: " Всего: ", noUpperLimit: "без верхней границы",
        coverageTooltip: .init { region, named, excess, plusMinus in "\(region): по именам \(named) из \(excess) ± \(plusMinus)" },
        russiaShare: .init { share in "Россия: \(share)" }, coverageAxis: "Погибшие по именам, % от избыточной смертности мужчин",
        coverageTitle: "Какую долю избыточной смертности покрывает список, по регионам",
        coverageChartCaption: .init { scope, level, cap, left in
            "Погибшие по именам (\(scope), по году гибели или подтверждения), делённые на оценку избыточной смертности, с интервалом оценки (\(level) %); стрелки — нет верхней границы или она больше \(cap) %. Больше 100 % — список называет больше, чем оценка: в малых регионах оценка неточна. Не показаны \(left) регионов, где избыток не больше нуля или не оценивается во всех возрастах."
        },
        scatterTooltip: .init { region, excess, named, per in "\(region): избыток \(excess), по именам \(named) на \(per)" },
        scatterExcessAxis: .init { per in "Избыточных смертей мужчин на \(per)" }, scatterNamedAxis: .init { per in "Погибших по именам на \(per)" },
        scatterTitle: .init { per in "Погибшие по именам и избыточная смертность на \(per)" },
        scatterCaption: .init { scope, per, population in
            "Каждая точка — регион (\(scope)), оба показателя на \(per) \(population). ρ — корреляция Спирмена двух рейтингов: сохраняется ли региональная картина списка на оценке полных потерь?"
        })
}
