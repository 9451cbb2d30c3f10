/// The texts of the section on burden, poverty and ethnicity: the scatter plots of
/// the rates against each covariate, their correlations, the models and the
/// inequality measures.
struct CovariatesText: ReportStrings {
    let title: String
    let intro: String
    /// The correlations' caption, `(per)`.
    let correlationsCaption: Phrase1
    let characteristic: String
    /// `(level)`.
    let pearson: Phrase1
    let spearman: String
    let slope: String
    let linearHeading: String
    /// `(per, covariates, R², adjusted R², F-test's p, regions)`.
    let linearText: Phrase6
    let stdError: String
    let poissonHeading: String
    /// `(covariates, dispersion)`.
    let poissonText: Phrase2
    let overdispersed: String
    let rateRatio: String
    let quasiPoissonSE: String
    let leftOutOfModel: String
    let gini: String
    /// `(covariate)`.
    let concentration: Phrase1
    /// `(covariate)`.
    let poorestFifth: Phrase1
    let capitals: String
    let inequalityHeading: String
    /// `(covariate)`.
    let inequalityCaption: Phrase1
    let measure: String
    /// A scatter plot's vertical axis, `(per)`.
    let scatterAxis: Phrase1
    /// A scatter plot's title, `(covariate)`.
    let scatterTitle: Phrase1
    /// A scatter plot's caption, `(slope, level)`.
    let scatterCaption: Phrase2

    static let english = CovariatesText(
        title: "Burden, poverty and ethnicity",
        intro: "Are the dead drawn from poorer regions and from the national republics? Each chart sets the regional rate against one regional characteristic.",
        correlationsCaption: .init { per in
            "Correlations of the rate with each characteristic over the regions that have both; slope: change of the rate per \(per) per unit of the characteristic (least squares)."
        },
        characteristic: "Characteristic", pearson: .init { level in "Pearson r [\(level)% CI]" }, spearman: "Spearman ρ", slope: "Slope",
        linearHeading: "Linear model of the rate (the published model)",
        linearText: .init { per, covariates, rSquared, adjusted, fTest, regions in
            "Least squares of the rate per \(per) on \(covariates), as Bessudnov (2023) fitted it: R² = \(rSquared), adjusted \(adjusted), F-test \(fTest), n = \(regions) regions."
        },
        stdError: "Std. error", poissonHeading: "Poisson model of deaths",
        poissonText: .init { covariates, dispersion in
            "Deaths on \(covariates) with the log of the population as offset: rate ratios, the factor by which the rate changes per unit. Dispersion \(dispersion) (1 for a Poisson variable)."
        },
        overdispersed: " The regions vary far more than chance allows: trust the quasi-Poisson standard errors, √dispersion times the Poisson ones, and read the Poisson intervals and p-values as too narrow.",
        rateRatio: "Rate ratio", quasiPoissonSE: "Quasi-Poisson SE", leftOutOfModel: "Left out of the model: ",
        gini: "Gini of regional rates",
        concentration: .init { by in "Concentration index by \(by) (negative: deaths concentrate in poorer regions)" },
        poorestFifth: .init { by in "Rate of the poorest fifth over the richest (by \(by))" },
        capitals: "Rate of Moscow, St Petersburg and Moscow Oblast over the rest", inequalityHeading: "Inequality of the burden",
        inequalityCaption: .init { by in
            "Gini: population-weighted, regions counted as internally equal (a lower bound). Concentration index: deaths ranked by \(by), poorest first, with its delta-method interval. Fifths: regions sorted poorest first and cut at fifths of the population, log-Wald interval. Capitals: Koopman score interval."
        },
        measure: "Measure", scatterAxis: .init { per in "Deaths per \(per)" }, scatterTitle: .init { covariate in "Rates and \(covariate)" },
        scatterCaption: .init { slope, level in
            "Each dot a region. Red line: least squares fit of the rate on the covariate (slope \(slope) per unit). r: Pearson's correlation with its \(level)% interval (Fisher's z); ρ: Spearman's rank correlation. Labels: the regions farthest from the line, where there is room; point at a dot for any region."
        })

    static let russian = CovariatesText(
        title: "Бремя, бедность и национальный состав",
        intro: "Больше ли погибших в бедных регионах и национальных республиках? Каждый график сопоставляет показатель региона с одной его характеристикой.",
        correlationsCaption: .init { per in
            "Корреляции показателя с каждой характеристикой по регионам, где известны оба; наклон — изменение показателя на \(per) на единицу характеристики (МНК)."
        },
        characteristic: "Характеристика", pearson: .init { level in "r Пирсона [\(level)% ДИ]" }, spearman: "ρ Спирмена", slope: "Наклон",
        linearHeading: "Линейная модель показателя (опубликованная модель)",
        linearText: .init { per, covariates, rSquared, adjusted, fTest, regions in
            "МНК-регрессия показателя на \(per) на \(covariates), как у Бессуднова (2023): R² = \(rSquared), скорректированный \(adjusted), F-критерий: \(fTest), n = \(regions) регионов."
        },
        stdError: "Ст. ошибка", poissonHeading: "Пуассоновская модель числа погибших",
        poissonText: .init { covariates, dispersion in
            "Число погибших на \(covariates) со смещением — логарифмом населения: отношения показателей (во сколько раз меняется показатель на единицу признака). Дисперсия \(dispersion) (у пуассоновской величины — 1)."
        },
        overdispersed: " Регионы различаются гораздо сильнее случайного: следует ориентироваться на квазипуассоновские стандартные ошибки (в √дисперсии раз больше), а пуассоновские интервалы и p-значения считать слишком узкими.",
        rateRatio: "Отношение", quasiPoissonSE: "Квазипуассоновская ст. ошибка", leftOutOfModel: "Не вошли в модель: ",
        gini: "Джини региональных показателей",
        concentration: .init { by in "Индекс концентрации по признаку «\(by)» (отрицательный — смерти сосредоточены в бедных регионах)" },
        poorestFifth: .init { by in "Отношение показателей беднейшей и богатейшей пятых частей (по признаку «\(by)»)" },
        capitals: "Отношение показателя Москвы, Петербурга и Московской области к остальным", inequalityHeading: "Неравенство бремени",
        inequalityCaption: .init { by in
            "Джини — взвешенный по населению, регионы считаются внутренне однородными (нижняя граница). Индекс концентрации — смерти, упорядоченные по признаку «\(by)» от бедных к богатым, интервал дельта-методом. Пятые части — регионы от беднейших, разрезанные по пятым частям населения, логарифмический интервал Вальда. Столицы — интервал Купмана."
        },
        measure: "Мера", scatterAxis: .init { per in "Погибших на \(per)" }, scatterTitle: .init { covariate in "Показатели и \(covariate)" },
        scatterCaption: .init { slope, level in
            "Каждая точка — регион. Красная линия — регрессия показателя на признак методом наименьших квадратов (наклон \(slope) на единицу). r — корреляция Пирсона с \(level)-процентным интервалом (z Фишера); ρ — ранговая корреляция Спирмена. Подписаны регионы, дальше всего отстоящие от линии, где хватает места; наведите указатель на точку, чтобы увидеть любой регион."
        })
}
