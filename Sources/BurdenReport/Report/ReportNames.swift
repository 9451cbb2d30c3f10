import BurdenAnalysis
import BurdenData

/// Names of what a report shows, in its language: regions, groups, unit types,
/// covariates, periods and dates.
struct ReportNames: Sendable {
    let language: ReportLanguage
    let table: RegionTable

    /// A region's name: the short English name, or in Russian the usual short form
    /// («Курская обл.», «Ненецкий АО», «Тыва»); the code when the table lacks it.
    func region(_ code: String) -> String {
        guard let region = table.region(code: code) else { return code }
        return Self.name(of: region, in: language)
    }

    static func name(of region: Region, in language: ReportLanguage) -> String {
        guard language == .ru, let native = region.nativeName else { return region.name }
        switch region.kind {
        case .oblast, .krai, .autonomousOkrug, .autonomousOblast:
            let main = native.split(separator: " - ", maxSplits: 1).first.map(String.init) ?? native
            return main.replacing("автономный округ", with: "АО").replacing("автономная область", with: "АО")
                .replacing("область", with: "обл.")
        default:
            return region.nativeShortName ?? native
        }
    }

    /// The label of a unit type.
    func unitType(_ raw: String) -> String {
        switch (UnitType(rawValue: raw), language) {
        case (.conscripted?, .en): "conscripted"
        case (.conscripted?, .ru): "призывники"
        case (.mobilised?, .en): "mobilised"
        case (.mobilised?, .ru): "мобилизованные"
        case (.volunteer?, .en): "volunteers"
        case (.volunteer?, .ru): "добровольцы"
        case (.contract?, .en): "professional army"
        case (.contract?, .ru): "кадровая армия"
        case (.inmate?, .en): "inmates"
        case (.inmate?, .ru): "заключённые"
        case (.privateMilitaryCompany?, .en): "private military companies"
        case (.privateMilitaryCompany?, .ru): "ЧВК"
        case (.securityForces?, .en): "police, National Guard, FSB"
        case (.securityForces?, .ru): "полиция, Росгвардия, ФСБ"
        case (.other?, .en): "other"
        case (.other?, .ru): "другие"
        case (.unknown?, .en): "not stated"
        case (.unknown?, .ru): "не указано"
        case (nil, _): raw
        }
    }

    /// The label of a group of a region grouping (`capital_regions`, `volga`, `Q1`…).
    func group(_ group: String, by grouping: String) -> String {
        if grouping == "unit-type" { return unitType(group) }
        if let district = FederalDistrict(rawValue: group) {
            return language == .en ? district.name : Self.russianDistricts[district]!
        }
        switch group {
        case "capital_regions": return language.pick("Capital regions", "Столичные регионы")
        case "crimea": return language.pick("Crimea and Sevastopol (occupied)", "Крым и Севастополь (оккупированы)")
        case "annexed_2022": return language.pick("Ukrainian oblasts claimed in 2022", "Области Украины, заявленные в 2022 г.")
        case "national_republic": return language.pick("National republics", "Национальные республики")
        case "other" where grouping == "republic": return language.pick("Other regions", "Остальные регионы")
        case "other": return language.pick("Other", "Прочие")
        case "unknown": return language.pick("No region", "Регион не указан")
        case "all": return language.pick("All", "Все")
        default: break
        }
        if grouping.hasSuffix("-quintile"), group.hasPrefix("Q"), let fifth = Int(group.dropFirst()) {
            let end: String =
                switch fifth {
                case 1: language.pick(" (lowest)", " (наименьшая)")
                case 5: language.pick(" (highest)", " (наибольшая)")
                default: ""
                }
            return language.pick("Fifth \(fifth)", "\(fifth)-я пятая часть") + end
        }
        return group
    }

    /// The title of a grouping.
    func grouping(_ grouping: String) -> String {
        switch grouping {
        case "macro-region": return language.pick("Macro-regions", "Макрорегионы")
        case "republic": return language.pick("National republics", "Национальные республики")
        case "unit-type": return language.pick("Unit types", "Виды формирований")
        default: break
        }
        if grouping.hasSuffix("-quintile") {
            let column = String(grouping.dropLast("-quintile".count))
            return language.pick("Fifths of the population by ", "Пятые части населения по показателю: ") + covariateShort(column)
        }
        return grouping
    }

    /// A covariate's label with its unit and year (axis titles).
    func covariate(_ column: String) -> String {
        switch (column, language) {
        case ("below_subsistence_pct_2020", .en): "Population below the subsistence minimum, % (2020)"
        case ("below_subsistence_pct_2020", .ru): "Доходы ниже прожиточного минимума, % населения (2020)"
        case ("mean_income_2020", .en): "Mean per-capita income, roubles a month (2020)"
        case ("mean_income_2020", .ru): "Среднедушевые денежные доходы, руб. в месяц (2020)"
        case ("unemployment_pct_2020", .en): "Unemployment, % (ILO, 2020)"
        case ("unemployment_pct_2020", .ru): "Безработица, % (МОТ, 2020)"
        case ("urban_share_2021", .en): "Urban population, % (2021 census)"
        case ("urban_share_2021", .ru): "Городское население, % (перепись 2021)"
        case ("non_russian_share_men_2010", .en): "Men of other ethnicity than Russian, % (2010 census)"
        case ("non_russian_share_men_2010", .ru): "Мужчины нерусской национальности, % (перепись 2010)"
        case ("russian_share_men_2010", .en): "Ethnic Russian men, % (2010 census)"
        case ("russian_share_men_2010", .ru): "Мужчины русской национальности, % (перепись 2010)"
        case ("subsistence_level_2020", .en): "Subsistence minimum, roubles a month (2020)"
        case ("subsistence_level_2020", .ru): "Прожиточный минимум, руб. в месяц (2020)"
        case ("national_republic", .en): "National republic (1) or not (0)"
        case ("national_republic", .ru): "Национальная республика (1) или нет (0)"
        default: table.column(named: column).map { "\($0.label) (\($0.unit))" } ?? column
        }
    }

    /// A covariate's short name (titles, tables).
    func covariateShort(_ column: String) -> String {
        switch (column, language) {
        case ("below_subsistence_pct_2020", .en): "poverty"
        case ("below_subsistence_pct_2020", .ru): "бедность"
        case ("mean_income_2020", .en): "income"
        case ("mean_income_2020", .ru): "доходы"
        case ("unemployment_pct_2020", .en): "unemployment"
        case ("unemployment_pct_2020", .ru): "безработица"
        case ("urban_share_2021", .en): "urban share"
        case ("urban_share_2021", .ru): "доля горожан"
        case ("non_russian_share_men_2010", .en): "non-Russian share"
        case ("non_russian_share_men_2010", .ru): "доля нерусских"
        case ("russian_share_men_2010", .en): "Russian share"
        case ("russian_share_men_2010", .ru): "доля русских"
        default: table.column(named: column)?.label ?? column
        }
    }

    /// The population at risk, as a phrase after "per 100,000": `men aged 16–61`.
    func denominator(_ column: String) -> String {
        switch (column, language) {
        case ("men_16_61_2021", .en): "men aged 16–61"
        case ("men_16_61_2021", .ru): "мужчин 16–61 года"
        case ("men_2021", .en): "men"
        case ("men_2021", .ru): "мужчин"
        case ("population_2021", .en), ("population_avg_2021", .en): "people"
        case ("population_2021", .ru), ("population_avg_2021", .ru): "жителей"
        default: table.column(named: column)?.label ?? column
        }
    }

    /// A model term: the covariate's short name, or the intercept.
    func term(_ term: String) -> String {
        if term == "(Intercept)" { return language.pick("(intercept)", "(константа)") }
        if let column = CovariateName.publishedNames[term] { return "\(covariateShort(column)) (\(term))" }
        return covariateShort(term)
    }

    private static let monthsShort = [
        ReportLanguage.en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        .ru: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
    ]
    private static let monthsFull = [
        ReportLanguage.en: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December"],
        .ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
              "декабрь"],
    ]
    private static let monthsGenitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    private static let russianDistricts: [FederalDistrict: String] = [
        .central: "Центральный ФО", .northwestern: "Северо-Западный ФО", .southern: "Южный ФО",
        .northCaucasian: "Северо-Кавказский ФО", .volga: "Приволжский ФО", .ural: "Уральский ФО",
        .siberian: "Сибирский ФО", .farEastern: "Дальневосточный ФО",
    ]

    /// The axis label of a period of a trend (`2022-03`, `2022-Q1`, `2022`); `first`
    /// marks the first period, which always shows its year.
    func period(_ text: String, first: Bool) -> PeriodLabel {
        let parts = text.split(separator: "-")
        let year = String(parts.first ?? "")
        if parts.count == 2, parts[1].hasPrefix("Q") {
            let quarter = String(parts[1])
            let showsYear = first || quarter == "Q1"
            return PeriodLabel(
                primary: language.pick(quarter, "\(quarter.dropFirst()) кв."), secondary: showsYear ? year : nil,
                full: language.pick("\(quarter) \(year)", "\(quarter.dropFirst())-й кв. \(year)"))
        }
        if parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            return PeriodLabel(
                primary: Self.monthsShort[language]![month - 1], secondary: first || month == 1 ? year : nil,
                full: "\(Self.monthsFull[language]![month - 1]) \(year)")
        }
        return PeriodLabel(primary: text, secondary: nil, full: text)
    }

    /// A date as people write it: `24 Feb 2022`, `24 февраля 2022`; month or year only as given.
    func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        guard let day = date.day else { return "\(Self.monthsFull[language]![month - 1]) \(date.year)" }
        return language == .en
            ? "\(day) \(Self.monthsShort[.en]![month - 1]) \(date.year)" : "\(day) \(Self.monthsGenitive[month - 1]) \(date.year)"
    }
}
