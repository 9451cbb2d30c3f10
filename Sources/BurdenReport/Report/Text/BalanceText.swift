/// The texts of the section of the replacement balance and its chart.
struct BalanceText: ReportStrings {
    let title: String
    let intro: String
    /// The formulas, `(return to duty)`.
    let formulas: Phrase1
    /// The table's caption, `(claimant of the losses, author of the estimate)`.
    let tableCaption: Phrase2
    let contracts: String
    let volunteers: String
    let conscripts: String
    let claimed: String
    let estimated: String
    let wounded: String
    let permanent: String
    let balance: String
    let range: String
    let withVolunteers: String
    /// A period without a balance, `(period, what it lacks)`.
    let notCovered: Phrase2
    let lacksContracts: String
    let lacksClaimed: String
    let lacksEstimate: String
    let sourcesSummary: String
    /// One claim used, `(period, what, figure, source)`.
    let sourceLine: Phrase4
    let contractsWord: String
    let volunteersWord: String
    let togetherWord: String
    let assumptionsHeading: String
    /// The Monte Carlo line, `(level, draws, seed)`.
    let drawsLine: Phrase3
    let returnToDuty: String
    let intakeFactor: String
    let claimedLossesFactor: String
    let estimateFactor: String
    let missing: String
    let captured: String
    let deserted: String
    /// The sensitivity table's caption, `(period)`.
    let sensitivityCaption: Phrase1
    let assumption: String
    let atLow: String
    let atHigh: String
    let swing: String
    let leavesOut: String
    let axisTitle: String
    let chartTitle: String
    let chartCaption: String
    let intakeBand: String
    let intakeWithVolunteersLine: String
    let permanentBand: String
    let balanceBand: String
    let balanceWithVolunteersLine: String

    static let english = BalanceText(
        title: "Replacement balance",
        intro: "Are the losses at the front replaced? The intake the Russian state claims (contracts; volunteers apart) stands against the men lost for good: the killed and wounded the claimant reports, less the wounded who return to duty, with the killed from an estimate. Conscripts are shown apart: by law they are not sent to the war zone. Every figure says who claimed it; every assumption is a range.",
        formulas: .init { r in
            "wounded = claimed killed and wounded − estimated killed; permanent losses = killed + wounded × (1 − r) + missing, captured and deserted; balance = intake − permanent losses; r, the share of the wounded who return to duty: \(r)."
        },
        tableCaption: .init { claimant, estimator in
            "Per year: contracts and volunteers as claimed by Russian officials, conscripts called up (apart, not added), killed and wounded as claimed by \(claimant), killed as estimated by \(estimator); the balance at the middle of the assumptions, with its range over them. * a figure covers part of the year."
        },
        contracts: "Contracts", volunteers: "Volunteers", conscripts: "Conscripts (apart)", claimed: "Claimed killed and wounded",
        estimated: "Estimated killed", wounded: "Wounded", permanent: "Permanent losses", balance: "Balance (contracts)",
        range: "Range", withVolunteers: "With volunteers",
        notCovered: .init { period, lacks in "\(period): no balance — \(lacks)." },
        lacksContracts: "no claim of contracts", lacksClaimed: "the claimed series does not reach it",
        lacksEstimate: "no week of the estimate",
        sourcesSummary: "Who claimed each figure",
        sourceLine: .init { period, what, figure, source in "\(period), \(what): \(figure) — claimed by \(source)" },
        contractsWord: "contracts", volunteersWord: "volunteers", togetherWord: "contracts and volunteers",
        assumptionsHeading: "Assumptions",
        drawsLine: .init { level, draws, seed in
            "Ranges are exact over the assumptions (each figure is affine in each of them); the Monte Carlo interval holds the central \(level)% of \(draws) draws, each assumption uniform in its range (seed \(seed))."
        },
        returnToDuty: "Wounded returning to duty (r)", intakeFactor: "Reliability of the recruitment claims (factor)",
        claimedLossesFactor: "Reliability of the claimed killed and wounded (factor)", estimateFactor: "The estimate's interval (factor)",
        missing: "Missing for good, per year", captured: "Captured, per year", deserted: "Deserted, per year",
        sensitivityCaption: .init { period in
            "Which assumption moves the balance most (\(period), contracts alone): the balance with each assumption at the ends of its range, the others at their middle."
        },
        assumption: "Assumption", atLow: "At the low end", atHigh: "At the high end", swing: "Swing",
        leavesOut: "Left out: the training pipeline (recruits reach the front months after they sign), rotation, wounded who return in a later year, the mobilisation of 2022 (no claim of it is in the claims), and men who leave when their contracts end.",
        axisTitle: "people, cumulative", chartTitle: "Recruits against permanent losses, cumulative",
        chartCaption: "Permanent losses are summed from the war's start; the intake from the first year a claim covers, and the balance over the same years. Bands: the range over the assumptions.",
        intakeBand: "intake claimed: contracts", intakeWithVolunteersLine: "intake claimed: contracts and volunteers",
        permanentBand: "permanent losses since the war's start", balanceBand: "balance: contracts less permanent losses",
        balanceWithVolunteersLine: "balance with volunteers")

    static let russian = BalanceText(
        title: "Баланс пополнения",
        intro: "Восполняются ли потери на фронте? Пополнение, о котором заявляет российское государство (контракты; добровольцы отдельно), сопоставлено с безвозвратными потерями: убитыми и ранеными по заявлению другой стороны, за вычетом раненых, вернувшихся в строй, и с числом убитых по оценке. Срочники показаны отдельно: по закону их не отправляют в зону боевых действий. У каждой цифры указано, кто её заявил; каждое допущение задано диапазоном.",
        formulas: .init { r in
            "раненые = заявленные убитые и раненые − оценка убитых; безвозвратные потери = убитые + раненые × (1 − r) + пропавшие, пленные и дезертиры; баланс = пополнение − безвозвратные потери; r, доля раненых, вернувшихся в строй: \(r)."
        },
        tableCaption: .init { claimant, estimator in
            "По годам: контракты и добровольцы по заявлениям российских официальных лиц, призыв (отдельно, не прибавляется), убитые и раненые по заявлению: \(claimant), убитые по оценке: \(estimator); баланс при средних значениях допущений и его диапазон. * цифра охватывает часть года."
        },
        contracts: "Контракты", volunteers: "Добровольцы", conscripts: "Призыв (отдельно)", claimed: "Заявлено убитых и раненых",
        estimated: "Оценка убитых", wounded: "Раненые", permanent: "Безвозвратные потери", balance: "Баланс (контракты)",
        range: "Диапазон", withVolunteers: "С добровольцами",
        notCovered: .init { period, lacks in "\(period): баланса нет — \(lacks)." },
        lacksContracts: "нет заявления о контрактах", lacksClaimed: "ряд заявленных потерь до него не доходит",
        lacksEstimate: "нет недель оценки",
        sourcesSummary: "Кто заявил каждую цифру",
        sourceLine: .init { period, what, figure, source in "\(period), \(what): \(figure) — заявил: \(source)" },
        contractsWord: "контракты", volunteersWord: "добровольцы", togetherWord: "контракты и добровольцы",
        assumptionsHeading: "Допущения",
        drawsLine: .init { level, draws, seed in
            "Диапазоны точны по допущениям (каждая цифра линейна по каждому из них); интервал Монте-Карло содержит центральные \(level) % из \(draws) розыгрышей, каждое допущение равномерно в своём диапазоне (seed \(seed))."
        },
        returnToDuty: "Раненые, вернувшиеся в строй (r)", intakeFactor: "Достоверность заявлений о наборе (множитель)",
        claimedLossesFactor: "Достоверность заявленных убитых и раненых (множитель)", estimateFactor: "Интервал оценки (множитель)",
        missing: "Пропавшие без вести, в год", captured: "Пленные, в год", deserted: "Дезертиры, в год",
        sensitivityCaption: .init { period in
            "Какое допущение сильнее всего меняет баланс (\(period), только контракты): баланс при каждом допущении на концах его диапазона, остальные в середине."
        },
        assumption: "Допущение", atLow: "На нижнем конце", atHigh: "На верхнем конце", swing: "Размах",
        leavesOut: "Не учтены: подготовка (новобранцы попадают на фронт через месяцы после подписания), ротация, раненые, вернувшиеся в следующем году, мобилизация 2022 года (заявлений о ней в данных нет) и уход по окончании контрактов.",
        axisTitle: "человек, нарастающим итогом", chartTitle: "Пополнение и безвозвратные потери нарастающим итогом",
        chartCaption: "Безвозвратные потери суммируются с начала войны; пополнение — с первого года, который охватывает заявление, и баланс — за те же годы. Полосы: диапазон по допущениям.",
        intakeBand: "заявленное пополнение: контракты", intakeWithVolunteersLine: "заявленное пополнение: контракты и добровольцы",
        permanentBand: "безвозвратные потери с начала войны", balanceBand: "баланс: контракты минус безвозвратные потери",
        balanceWithVolunteersLine: "баланс с добровольцами")
}
