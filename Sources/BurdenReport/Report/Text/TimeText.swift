/// The texts of the section over time: deaths per month by unit type, each
/// macro-region's share by quarter, and the deaths by unit type.
struct TimeText: ReportStrings {
    let title: String
    let unitTypesCaption: String
    let unitType: String
    let meanAge: String
    let monthlyAxis: String
    let monthlyByUnitTitle: String
    let monthlyTitle: String
    let byDeathDate: String
    let byConfirmationDate: String
    /// `(undated, dated to the year only)`.
    let notShown: Phrase2
    let lastMonth: String
    let sharesAxis: String
    let sharesTitle: String
    let sharesCaption: String

    static let english = TimeText(
        title: "Over time", unitTypesCaption: "Deaths by unit type, as the list labels them.", unitType: "Unit type",
        meanAge: "Mean age", monthlyAxis: "Named deaths per month", monthlyByUnitTitle: "Named deaths per month, by unit type",
        monthlyTitle: "Named deaths per month", byDeathDate: "By the date of death (of confirmation where the list gives none).",
        byConfirmationDate: "By the date the death was confirmed: the list gives no date of death, and confirmation lags death by weeks or months.",
        notShown: .init { undated, yearOnly in " Not shown: \(undated) without a date, \(yearOnly) with a date known only to the year." },
        lastMonth: " The last month may be incomplete.", sharesAxis: "Share of named deaths",
        sharesTitle: "Each macro-region's share of the named deaths, by quarter",
        sharesCaption: "Macro-regions: the federal districts, with the capital regions — Moscow, St Petersburg, Moscow Oblast and Leningrad Oblast — taken out as one group, and Crimea with Sevastopol as another. Shares of each quarter's deaths, including those without a region (grey). The last quarter may be incomplete.")

    static let russian = TimeText(
        title: "Во времени", unitTypesCaption: "Погибшие по видам формирований, как они обозначены в списке.",
        unitType: "Вид формирования", meanAge: "Средний возраст", monthlyAxis: "Погибших в месяц",
        monthlyByUnitTitle: "Погибшие по месяцам и видам формирований", monthlyTitle: "Погибшие по месяцам",
        byDeathDate: "По дате гибели (подтверждения, если дата гибели не указана).",
        byConfirmationDate: "По дате подтверждения гибели: дат гибели в списке нет, а подтверждение запаздывает на недели и месяцы.",
        notShown: .init { undated, yearOnly in " Не показаны: \(undated) без даты, \(yearOnly) с датой, известной лишь до года." },
        lastMonth: " Последний месяц может быть неполным.", sharesAxis: "Доля погибших",
        sharesTitle: "Доля макрорегионов среди погибших по кварталам",
        sharesCaption: "Макрорегионы — федеральные округа, из которых выделены столичные регионы — Москва, Петербург, Московская и Ленинградская области (одна группа) — и Крым с Севастополем (другая). Доли погибших в каждом квартале, включая погибших без указания региона (серый). Последний квартал может быть неполным.")
}
