import BurdenData

extension ReportContent.Options {
    // The specifications of the report's parts: each analysis's own options, at their
    // defaults but for the report's choices — the filter of the data set, the
    // denominator, the confidence level and the covariates. Each throws
    // ``AnalysisError`` when a choice is outside the option's range.

    /// The rate table's: `rates`.
    func rates(_ filter: RecordFilter) throws(AnalysisError) -> RatesOptions {
        try RatesOptions.make {
            select(&$0.selection, filter)
            $0.ci = rateInterval
            $0.confidence = ConfidenceLevel(confidence)
        }
    }

    /// The inequality measures': `inequality`, ranked by ``rankBy``.
    func inequality(_ filter: RecordFilter) throws(AnalysisError) -> InequalityOptions {
        try InequalityOptions.make {
            select(&$0.selection, filter)
            $0.rankBy = ColumnName(argument: rankBy) ?? $0.rankBy
            $0.confidence = ConfidenceLevel(confidence)
        }
    }

    /// The groups': `groups --by grouping`.
    func groups(_ grouping: GroupsGrouping, _ filter: RecordFilter) throws(AnalysisError) -> GroupsOptions {
        try GroupsOptions.make(required: [grouping]) {
            select(&$0.selection, filter)
            $0.confidence = ConfidenceLevel(confidence)
        }
    }

    /// The model's: `model` of ``modelCovariates``.
    func model(_ family: RegionalModel.Family, _ filter: RecordFilter) throws(AnalysisError) -> ModelOptions {
        try ModelOptions.make(required: [modelCovariates.joined(separator: ",")]) {
            select(&$0.selection, filter)
            $0.family = family
            $0.confidence = ConfidenceLevel(confidence)
        }
    }

    /// The trends': `trends --by grouping --period period`.
    func trends(_ grouping: Grouping, _ period: Trends.Period, _ filter: RecordFilter) throws(AnalysisError) -> TrendsOptions {
        try TrendsOptions.make {
            select(&$0.selection, filter)
            $0.by = grouping
            $0.period = period
        }
    }

    /// The excess mortality's: `excess --by region`, with ``excessSettings``.
    func excess() throws(AnalysisError) -> ExcessOptions {
        try ExcessOptions.make {
            set(&$0.settings)
            $0.by = .region
            $0.denominator = denominator.flatMap(ColumnName.init(argument:))
        }
    }

    /// The coverage's: `coverage`, with ``excessSettings`` and the models of ``modelCovariates``.
    func coverage(_ filter: RecordFilter) throws(AnalysisError) -> CoverageOptions {
        try CoverageOptions.make {
            select(&$0.selection, filter)
            set(&$0.settings)
            $0.covariates = ColumnList(argument: modelCovariates.joined(separator: ",")) ?? $0.covariates
            $0.confidence = ConfidenceLevel(confidence)
        }
    }

    /// Who within the regions': `within --by split`.
    func within(_ split: WithinSettings.Split, _ filter: RecordFilter) throws(AnalysisError) -> WithinOptions {
        try WithinOptions.make {
            select(&$0.selection, filter)
            $0.by = split
            $0.confidence = ConfidenceLevel(confidence)
        }
    }

    /// Sets the filter of a data set and the denominator.
    private func select(_ selection: inout SelectionOptions, _ filter: RecordFilter) {
        selection.from = filter.from.flatMap { OptionDate(argument: $0.description) }
        selection.to = filter.to.flatMap { OptionDate(argument: $0.description) }
        selection.unitType = filter.unitTypes.sorted { $0.rawValue < $1.rawValue }
        selection.denominator = denominator.flatMap(ColumnName.init(argument:))
    }

    /// Sets the excess settings, when the options choose them.
    private func set(_ options: inout ExcessSettingsOptions) {
        guard let settings = excessSettings else { return }
        options.baseline = YearList(settings.baseline + settings.leftOutOfBaseline)
        options.fit = settings.fit
        options.ages = AgeBand(settings.ages)
        options.years = settings.years.map(YearList.init)
        options.keepPandemicYears = settings.keepsPandemicYears
    }
}
