/// The texts of the methods section: how to compute every part again, the options,
/// the import, the inputs, the version and the sources.
struct MethodsText: ReportStrings {
    let title: String
    let intro: String
    let optionsHeading: String
    let population: String
    let rateIntervals: String
    let filter: String
    let noFilter: String
    let modelCovariates: String
    let ranking: String
    let fifthsBy: String
    let leftOut: String
    /// `(outside the range, undated, dates too coarse, kept)`.
    let leftOutCounts: Phrase4
    let importHeading: String
    let rows: String
    let accepted: String
    let acceptedWithWarnings: String
    let duplicates: String
    let rejected: String
    let withRegion: String
    let layout: String
    let reasonsCaption: String
    let outcome: String
    let reason: String
    /// `(spellings, shown)`.
    let unresolvedCaption: Phrase2
    let spelling: String
    let problem: String
    let closest: String
    let skippedTotals: String
    let inputsHeading: String
    let checksums: String
    let role: String
    let file: String
    let bytes: String
    let tool: String
    let made: String
    let reference: String
    let builtIn: String
    let userTable: String
    let sourcesHeading: String
    let notComputed: String
    let references: String

    static let english = MethodsText(
        title: "Methods and data",
        intro: "Every number of this report is computed by warburden's analyses with the options below, and is in results.json at full precision; the tables are in tables/ as CSV. Each analysis can be run alone, with the same result:",
        optionsHeading: "Options", population: "Population at risk", rateIntervals: "Rate intervals", filter: "Filter",
        noFilter: "none: every record", modelCovariates: "Model covariates", ranking: "Ranking for inequality",
        fifthsBy: "Fifths by", leftOut: "Left out by the filter",
        leftOutCounts: .init { excluded, undated, imprecise, kept in
            "\(excluded) outside, \(undated) undated, \(imprecise) with dates too coarse; \(kept) kept"
        },
        importHeading: "Import", rows: "Rows", accepted: "Accepted", acceptedWithWarnings: "Accepted with warnings",
        duplicates: "Duplicates", rejected: "Rejected", withRegion: "With a region / without", layout: "Layout",
        reasonsCaption: "Warnings, duplicates and rejections by reason.", outcome: "Outcome", reason: "Reason",
        unresolvedCaption: .init { count, shown in
            "Region spellings that did not resolve (\(count); the first \(shown)): their deaths count as without a region."
        },
        spelling: "Spelling", problem: "Problem", closest: "Closest known",
        skippedTotals: "Total rows skipped in the counts table: ", inputsHeading: "Inputs and version",
        checksums: "SHA-256 checksums of the files read: a reader with the same files gets the same report.", role: "Role",
        file: "File", bytes: "Bytes", tool: "Tool", made: "Made", reference: "Region reference",
        builtIn: "built-in (Rosstat; see docs/DATA.md)", userTable: "a user's table",
        sourcesHeading: "Sources of the regional figures", notComputed: "Not computed",
        references: "Methods are specified, with their sources and tests, in docs/METHODS.md of warburden. References: Bessudnov, A. (2023), Ethnic and regional inequalities in the Russian military fatalities in Ukraine, SocArXiv s43yf; Marshall, R. J. (1991), Mapping disease and mortality rates using empirical Bayes estimators, Applied Statistics 40(2).")

    static let russian = MethodsText(
        title: "Методы и данные",
        intro: "Все числа отчёта вычислены анализами warburden с параметрами ниже и приведены с полной точностью в results.json; таблицы — в папке tables/ в формате CSV. Каждый анализ можно запустить отдельно, с тем же результатом:",
        optionsHeading: "Параметры", population: "Население", rateIntervals: "Интервалы показателей", filter: "Фильтр",
        noFilter: "нет: все записи", modelCovariates: "Признаки моделей", ranking: "Упорядочение для неравенства",
        fifthsBy: "Пятые части по", leftOut: "Исключены фильтром",
        leftOutCounts: .init { excluded, undated, imprecise, kept in
            "\(excluded) вне диапазона, \(undated) без даты, \(imprecise) с неточной датой; оставлено \(kept)"
        },
        importHeading: "Импорт", rows: "Строк", accepted: "Приняты", acceptedWithWarnings: "Приняты с предупреждениями",
        duplicates: "Повторы", rejected: "Отклонены", withRegion: "С регионом / без", layout: "Формат",
        reasonsCaption: "Предупреждения, повторы и отказы по причинам.", outcome: "Исход", reason: "Причина",
        unresolvedCaption: .init { count, shown in
            "Нераспознанные написания регионов (\(count); первые \(shown)): эти погибшие считаются без региона."
        },
        spelling: "Написание", problem: "Проблема", closest: "Ближайшие известные",
        skippedTotals: "Итоговые строки, пропущенные в таблице: ", inputsHeading: "Входные файлы и версия",
        checksums: "Контрольные суммы SHA-256 прочитанных файлов: с теми же файлами получится тот же отчёт.", role: "Роль",
        file: "Файл", bytes: "Байт", tool: "Программа", made: "Создан", reference: "Справочник регионов",
        builtIn: "встроенный (Росстат; см. docs/DATA.md)", userTable: "таблица пользователя",
        sourcesHeading: "Источники региональных данных", notComputed: "Не вычислено",
        references: "Методы с источниками и тестами описаны в docs/METHODS.md программы warburden. Литература: Bessudnov, A. (2023), Ethnic and regional inequalities in the Russian military fatalities in Ukraine, SocArXiv s43yf; Marshall, R. J. (1991), Mapping disease and mortality rates using empirical Bayes estimators, Applied Statistics 40(2).")
}
