extension CategoryMapping {
    /// The built-in reference: common labels in English and Russian, the named list's
    /// texts, Mediazona's weekly category keys. The common labels come first, so a name
    /// that a dated source's vocabulary also lists (`pmc`, `fsb`) is credited to that
    /// release; a user's table, added after, overrides them all.
    public static let builtIn = CategoryMapping([commonLabels, namedList, mediazonaWeekly])

    /// The unit types of the Mediazona/BBC Russian named list as published by Bessudnov
    /// (the list of 12 April 2023; the list of December 2022 uses the same texts).
    ///
    /// In the 2023 list `conscripted` is the label of men whose ages (mean 35) show them
    /// to be mostly the mobilised; it is kept as ``UnitType/conscripted``, as the list
    /// writes it.
    public static let namedList = Vocabulary(
        name: "mediazona-bbc-list",
        source: "Mediazona/BBC Russian named list, unitType as published in github.com/abessudnov/ruCasualtiesPublic",
        date: "2023-04-12",
        entries: [
            .init("professional army", .contract), .init("inmates", .inmate), .init("volunteers", .volunteer),
            .init("conscripted", .conscripted), .init("private military company", .privateMilitaryCompany),
            .init("police / national guard / FSB", .securityForces), .init("other", .other),
        ])

    /// Mediazona's categories of the weekly counts of named deaths (release of
    /// 2026-05-22), by their short keys. The keys of the army's branches — motor rifles,
    /// airborne troops, pilots, sailors, marines, tank crews, artillery, engineers,
    /// special forces, signals, air defence, chemical troops, army aviation — hold the
    /// regular army (``UnitType/contract``, the list's `professional army`); `nd`
    /// (branch not determined) is ``UnitType/unknown``.
    public static let mediazonaWeekly = Vocabulary(
        name: "mediazona-weekly",
        source: "Mediazona, named deaths per week by category (zona.media/casualties), "
            + "as github.com/Narretz/sbs-stats scripts/mediazona/source/confirmed_losses_per_week.csv",
        date: "2026-05-22",
        entries: [
            .init("nguard", .securityForces), .init("rifle", .contract), .init("air", .contract), .init("pilot", .contract),
            .init("seaman", .contract), .init("marine", .contract), .init("tank", .contract), .init("art", .contract),
            .init("eng", .contract), .init("other", .other), .init("nd", .unknown), .init("special", .contract),
            .init("vol", .volunteer), .init("mob", .mobilised), .init("signal", .contract), .init("airdef", .contract),
            .init("chem", .contract), .init("pmc", .privateMilitaryCompany), .init("fsb", .securityForces),
            .init("groundavia", .contract), .init("inmates", .inmate),
        ])

    /// Labels lists commonly write, in English and Russian.
    public static let commonLabels = Vocabulary(
        name: "common-labels",
        source: "warburden: English and Russian labels of lists",
        date: nil,
        entries: [
            ("unknown", UnitType.unknown), ("неизвестно", .unknown), ("не указано", .unknown), ("na", .unknown),
            ("n/a", .unknown), ("none", .unknown),
            ("conscript", .conscripted), ("conscripts", .conscripted), ("срочник", .conscripted), ("срочники", .conscripted),
            ("срочная служба", .conscripted), ("призывник", .conscripted),
            ("mobilised", .mobilised), ("mobilized", .mobilised), ("mobilisation", .mobilised), ("mobilization", .mobilised),
            ("мобилизованный", .mobilised), ("мобилизованные", .mobilised), ("мобилизация", .mobilised),
            ("volunteer", .volunteer), ("доброволец", .volunteer), ("добровольцы", .volunteer),
            ("добровольческие формирования", .volunteer),
            ("contract", .contract), ("contract soldier", .contract), ("contract soldiers", .contract),
            ("contractor", .contract), ("army", .contract), ("контрактник", .contract), ("контрактники", .contract),
            ("кадровый военный", .contract), ("кадровые военные", .contract), ("армия", .contract),
            ("inmate", .inmate), ("prisoner", .inmate), ("prisoners", .inmate), ("storm z", .inmate),
            ("заключенный", .inmate), ("заключенные", .inmate), ("зэк", .inmate), ("шторм z", .inmate),
            ("pmc", .privateMilitaryCompany), ("wagner", .privateMilitaryCompany), ("чвк", .privateMilitaryCompany),
            ("вагнер", .privateMilitaryCompany), ("чвк вагнер", .privateMilitaryCompany),
            ("police", .securityForces), ("national guard", .securityForces), ("rosgvardia", .securityForces),
            ("fsb", .securityForces), ("полиция", .securityForces), ("росгвардия", .securityForces), ("фсб", .securityForces),
            ("мвд", .securityForces), ("силовые структуры", .securityForces),
            ("другое", .other), ("прочие", .other),
        ].map { Vocabulary.Entry($0.0, $0.1) })
}
