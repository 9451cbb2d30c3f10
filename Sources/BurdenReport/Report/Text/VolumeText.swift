/// The texts of the section of losses on one scale and its chart.
struct VolumeText: ReportStrings {
    let title: String
    let intro: String
    /// The table's caption, `(ages of the excess)`.
    let tableCaption: Phrase1
    let claimed: String
    /// `(findings)`.
    let checksSummary: Phrase1
    /// The chart's line of the claimed series, `(its label)`.
    let claimedLine: Phrase1
    let namedLine: String
    /// The band of the excess, `(level)`.
    let excessBand: Phrase1
    let publishedKilled: String
    let publishedKilledAndWounded: String
    let publishedNamedDead: String
    let publishedExcess: String
    let axisTitle: String
    let chartTitle: String
    let chartCaption: String

    static let english = VolumeText(
        title: "Losses on one scale",
        intro: "Claims, named lists and estimates count different things: the claim, killed and wounded; the list, the dead confirmed by name; the excess, men's deaths above those expected. Here they stand on one time axis, and every ratio says what it divides.",
        tableCaption: .init { ages in
            "Per year: the claimed increase (the series on 1 January of the next year minus on 1 January), the named deaths dated in the year, and the excess male deaths (\(ages)); * the source stops within the year."
        },
        claimed: "Claimed", checksSummary: .init { findings in "Checks of the claimed series: \(findings) findings" },
        claimedLine: .init { label in "claimed killed and wounded (\(label))" }, namedLine: "named dead (the list, by date)",
        excessBand: .init { level in "excess male deaths (vital statistics, \(level)% band)" },
        publishedKilled: "published: killed", publishedKilledAndWounded: "published: killed and wounded",
        publishedNamedDead: "published: named dead", publishedExcess: "published: excess male deaths",
        axisTitle: "people, cumulative", chartTitle: "Losses on one scale: claimed, named and estimated",
        chartCaption: "Each line counts something different: the claim counts killed and wounded; the list, the dead confirmed by name; the excess, deaths of men of the ages estimated from vital statistics. Published figures that are not cumulative (per year, per month) are listed in the table, not drawn.")

    static let russian = VolumeText(
        title: "Потери на одной шкале",
        intro: "Заявления, именные списки и оценки считают разное: заявление — убитых и раненых; список — погибших, подтверждённых по именам; избыточная смертность — смерти мужчин сверх ожидаемых. Здесь они на одной оси времени, и каждое отношение называет, что на что делится.",
        tableCaption: .init { ages in
            "По годам: прирост заявленных потерь (значение на 1 января следующего года минус на 1 января), погибшие по именам с датой в этом году и избыточные смерти мужчин (\(ages)); * источник обрывается внутри года."
        },
        claimed: "Заявлено", checksSummary: .init { findings in "Проверки ряда заявленных потерь: \(findings)" },
        claimedLine: .init { label in "заявленные убитые и раненые (\(label))" }, namedLine: "погибшие по именам (список, по дате)",
        excessBand: .init { level in "избыточные смерти мужчин (статистика, \(level) %)" },
        publishedKilled: "опубликовано: убитые", publishedKilledAndWounded: "опубликовано: убитые и раненые",
        publishedNamedDead: "опубликовано: погибшие по именам", publishedExcess: "опубликовано: избыточные смерти мужчин",
        axisTitle: "человек, нарастающим итогом", chartTitle: "Потери на одной шкале: заявленные, поимённые, оценённые",
        chartCaption: "Каждая линия считает разное: заявление — убитых и раненых; список — погибших, подтверждённых по именам; избыточная смертность — смерти мужчин оценённых возрастов по статистике. Опубликованные нецелые (за год, за месяц) оценки приведены в таблице.")
}
