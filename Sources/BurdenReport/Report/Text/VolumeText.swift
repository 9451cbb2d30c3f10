import BurdenAnalysis

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
    /// The chart's line of the estimate series, `(its label)`.
    let estimatedLine: Phrase1
    /// The chart's line of the named deaths the estimate's source gives, `(its label)`.
    let estimateNamedLine: Phrase1
    /// The table's column of the estimated killed.
    let estimated: String
    /// The table's column of the named deaths the estimate's source gives.
    let estimateNamed: String
    /// The table's note on the estimate series, `(its last day)`.
    let estimateNote: Phrase1
    /// Each ratio by what it divides, and the difference of scope of its two sides.
    let namedOverExcess: String
    let claimedOverNamed: String
    let namedOverEstimated: String
    let claimedOverEstimated: String

    /// The ratio of `kind`, named with the difference of scope of its sides.
    func ratio(_ kind: LossVolume.Ratio.Kind) -> String {
        switch kind {
        case .namedOverExcess: namedOverExcess
        case .claimedOverNamed: claimedOverNamed
        case .namedOverEstimated: namedOverEstimated
        case .claimedOverEstimated: claimedOverEstimated
        }
    }

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
        chartCaption: "Each line counts something different: the claim counts killed and wounded; the list, the dead confirmed by name; the excess, deaths of men of the ages estimated from vital statistics; the weekly estimate, all the dead it estimates. Published figures that are not cumulative (per year, per month) are listed in the table, not drawn.",
        estimatedLine: .init { label in "estimated killed (weekly estimate, \(label))" },
        estimateNamedLine: .init { label in "named dead as of the estimate's release (\(label))" },
        estimated: "Estimated killed", estimateNamed: "Named (estimate's source)",
        estimateNote: .init { day in "The weekly estimate counts each week in the year its first day falls in; it stops on \(day)." },
        namedOverExcess: "named dead / excess male deaths — the list, every age, against men of the ages estimated from vital statistics",
        claimedOverNamed: "claimed killed and wounded / named dead — casualties as the other side claims them, against the dead confirmed by name",
        namedOverEstimated: "named dead / estimated killed — the share of the estimated dead that are named, same weeks",
        claimedOverEstimated: "claimed killed and wounded / estimated killed — casualties as the other side claims them, against the estimated dead")

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
        chartCaption: "Каждая линия считает разное: заявление — убитых и раненых; список — погибших, подтверждённых по именам; избыточная смертность — смерти мужчин оценённых возрастов по статистике; недельная оценка — всех погибших, которых она оценивает. Опубликованные нецелые (за год, за месяц) оценки приведены в таблице.",
        estimatedLine: .init { label in "оценка погибших (по неделям, \(label))" },
        estimateNamedLine: .init { label in "погибшие по именам на дату оценки (\(label))" },
        estimated: "Оценка погибших", estimateNamed: "По именам (источник оценки)",
        estimateNote: .init { day in "Недельная оценка относит каждую неделю к году её первого дня; она заканчивается \(day)." },
        namedOverExcess: "погибшие по именам / избыточные смерти мужчин — список, все возрасты, против мужчин оценённых возрастов по статистике",
        claimedOverNamed: "заявленные убитые и раненые / погибшие по именам — потери по заявлению другой стороны против подтверждённых по именам",
        namedOverEstimated: "погибшие по именам / оценка погибших — доля оценённых погибших, известных по именам, за те же недели",
        claimedOverEstimated: "заявленные убитые и раненые / оценка погибших — потери по заявлению другой стороны против оценки погибших")
}
