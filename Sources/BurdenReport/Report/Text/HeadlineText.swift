/// The texts of the headline numbers.
struct HeadlineText: ReportStrings {
    let title: String
    /// The first card's label.
    let namedDeaths: String
    /// `(with a region, their share, without)`.
    let withRegion: Phrase3
    let deathDates: String
    let confirmationDates: String
    let period: String
    /// The rate card's label, `(per, population)`: `deaths per 100,000 men aged 16–61`.
    let ratePer: Phrase2
    /// After the rate's interval, `(regions)`.
    let regionsTogether: Phrase1
    /// The fifths card's label, `(covariate)`.
    let poorestFifth: Phrase1
    let capitals: String
    /// `(share of the deaths, share of the population)`.
    let capitalsShares: Phrase2
    /// The excess card's detail, `(ages, years)`.
    let excessScope: Phrase2
    /// `(share named)`.
    let excessNamed: Phrase1
    let excess: String
    /// `(per)`.
    let highestRate: Phrase1
    let lowest: String
    /// The paragraph under the cards.
    let note: String

    static let english = HeadlineText(
        title: "Headline numbers", namedDeaths: "named deaths",
        withRegion: .init { with, share, without in "\(with) with a region (\(share)), \(without) without" },
        deathDates: "dates of death", confirmationDates: "dates the deaths were confirmed", period: "period covered",
        ratePer: .init { per, population in "deaths per \(per) \(population)" },
        regionsTogether: .init { regions in ", \(regions) regions together" },
        poorestFifth: .init { covariate in "rate of the poorest fifth of the population to the richest fifth (by \(covariate))" },
        capitals: "rate of Moscow, St Petersburg and Moscow Oblast to all other regions",
        capitalsShares: .init { deaths, population in "\(deaths) of the deaths, \(population) of the population at risk" },
        excessScope: .init { ages, years in "ages \(ages), \(years); ± one standard deviation" },
        excessNamed: .init { share in "; the list names \(share)" }, excess: "excess male deaths in the vital statistics",
        highestRate: .init { per in "highest rate per \(per)" }, lowest: "lowest: ",
        note: "Counts are of deaths confirmed by name, not of all deaths: they are a lower bound, and how complete they are may differ between regions. Rates divide them by the population at risk at the 2021 census.")

    static let russian = HeadlineText(
        title: "Главные числа", namedDeaths: "погибших, известных по именам",
        withRegion: .init { with, share, without in "\(with) с указанием региона (\(share)), \(without) без" },
        deathDates: "даты гибели", confirmationDates: "даты подтверждения гибели", period: "период",
        ratePer: .init { per, population in "погибших на \(per) \(population)" },
        regionsTogether: .init { regions in ", \(regions) регионов вместе" },
        poorestFifth: .init { covariate in "отношение показателей беднейшей и богатейшей пятых частей населения (по признаку: \(covariate))" },
        capitals: "отношение показателя Москвы, Петербурга и Московской области к остальным регионам",
        capitalsShares: .init { deaths, population in "\(deaths) погибших, \(population) населения" },
        excessScope: .init { ages, years in "возраст \(ages), \(years); ± одно стандартное отклонение" },
        excessNamed: .init { share in "; список называет \(share)" }, excess: "избыточных смертей мужчин по статистике смертности",
        highestRate: .init { per in "наибольший показатель на \(per)" }, lowest: "наименьший: ",
        note: "Считаются смерти, подтверждённые по именам, а не все смерти: это нижняя граница, и полнота может различаться между регионами. Показатели — отношение к населению соответствующего возраста по переписи 2021 года.")
}
