/// The texts of the section on groups of regions and its forest plot.
struct GroupsText: ReportStrings {
    let title: String
    let tableSummary: String
    let grouping: String
    let group: String
    let shareOfDeaths: String
    let shareOfPopulation: String
    let relativeRisk: String
    /// A group's tooltip, `(group, deaths, share of deaths, share of population, relative risk)`.
    let tooltip: Phrase5
    let axisTitle: String
    let chartTitle: String
    /// `(level)`.
    let chartCaption: Phrase1

    static let english = GroupsText(
        title: "Groups of regions", tableSummary: "The groups as a table", grouping: "Grouping", group: "Group",
        shareOfDeaths: "Share of deaths", shareOfPopulation: "Share of population", relativeRisk: "Relative risk",
        tooltip: .init { group, deaths, deathShare, populationShare, risk in
            "\(group): deaths \(deaths) (\(deathShare)), population \(populationShare); RR \(risk)"
        },
        axisTitle: "Relative risk against all other regions (log scale)", chartTitle: "Relative risk of death by group of regions",
        chartCaption: .init { level in
            "Each group's rate over the rate of all other regions, with \(level)% Koopman score intervals; 1 means the same rate. Capital regions: Moscow, St Petersburg, Moscow Oblast and Leningrad Oblast. Fifths: regions sorted by the covariate and cut where the population passes each fifth, each region whole in the fifth that holds the middle of its population."
        })

    static let russian = GroupsText(
        title: "Группы регионов", tableSummary: "Группы в таблице", grouping: "Группировка", group: "Группа",
        shareOfDeaths: "Доля погибших", shareOfPopulation: "Доля населения", relativeRisk: "Относительный риск",
        tooltip: .init { group, deaths, deathShare, populationShare, risk in
            "\(group): погибших \(deaths) (\(deathShare)), население \(populationShare); RR \(risk)"
        },
        axisTitle: "Относительный риск по сравнению с остальными регионами (лог. шкала)",
        chartTitle: "Относительный риск гибели по группам регионов",
        chartCaption: .init { level in
            "Показатель группы, делённый на показатель всех остальных регионов, с \(level)-процентными интервалами Купмана; 1 — одинаковый показатель. Столичные регионы — Москва, Петербург, Московская и Ленинградская области. Пятые части: регионы упорядочены по признаку и разрезаны там, где население переходит каждую пятую часть; регион целиком попадает в ту часть, где лежит середина его населения."
        })
}
