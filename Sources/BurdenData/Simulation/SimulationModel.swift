/// The documented model behind simulated casualty lists: known truth that tests and
/// benchmarks can recover.
///
/// **Regions.** Each record's region is drawn from the regions that have the
/// denominator and every covariate, with probability proportional to
///
///     wᵢ = Nᵢ · exp(Σₖ βₖ·xᵢₖ + β_republic·[national republic])
///
/// where Nᵢ is the denominator column (men aged 16–61 by default). The regional
/// counts are therefore multinomial with expected value n·wᵢ/Σw, and a Poisson model
/// `count ~ covariates + republic, offset = log N` recovers the βs (its intercept
/// absorbs n/Σw).
///
/// **Time.** Death dates follow ``monthlyWeights`` from ``start`` to ``end`` (days
/// uniform within a month). **Unit types** follow three phases of the war
/// (``unitMix(for:)``), **ages** a triangular law per unit type, and a small share of
/// rows is messy (``Messiness``).
public struct SimulationModel: Sendable {
    /// One covariate of the log-linear region model.
    public struct Coefficient: Sendable, Hashable {
        /// The region-table column.
        public let column: String
        /// The log-rate change per unit of the column.
        public let value: Double
    }

    /// The column used as the population at risk Nᵢ.
    public var denominator: String
    /// The covariates and their coefficients βₖ.
    public var coefficients: [Coefficient]
    /// The coefficient of the national-republic indicator.
    public var republicEffect: Double
    /// The first day of simulated deaths.
    public var start: PartialDate
    /// The last day of simulated deaths.
    public var end: PartialDate
    /// The shares of messy rows.
    public var messiness: Messiness

    /// The model of the demo, the tests and the benchmarks.
    ///
    /// β = 0.04 per percentage point of the population below the subsistence minimum
    /// (2020), −0.02 per percentage point of urban population (2021 census), and
    /// +0.30 for a national republic; deaths from 24 February 2022 to 31 December 2025.
    public static let standard = SimulationModel(
        denominator: "men_16_61_2021",
        coefficients: [
            Coefficient(column: "below_subsistence_pct_2020", value: 0.04),
            Coefficient(column: "urban_share_2021", value: -0.02),
        ],
        republicEffect: 0.30,
        start: PartialDate(year: 2022, month: 2, day: 24)!,
        end: PartialDate(year: 2025, month: 12, day: 31)!,
        messiness: .standard
    )

    /// Creates a model.
    public init(
        denominator: String, coefficients: [Coefficient], republicEffect: Double,
        start: PartialDate, end: PartialDate, messiness: Messiness
    ) {
        self.denominator = denominator
        self.coefficients = coefficients
        self.republicEffect = republicEffect
        self.start = start
        self.end = end
        self.messiness = messiness
    }

    /// The shares of rows the simulator makes messy, as real lists are.
    public struct Messiness: Sendable, Hashable {
        /// Rows with an empty region (the 2023 list: 358 of 20,253).
        public var missingRegion: Double
        /// Rows whose region is spelled another way (Russian, official English, upper case).
        public var alternateSpelling: Double
        /// Rows with no date.
        public var missingDate: Double
        /// Rows whose date is the year only.
        public var yearOnlyDate: Double
        /// Rows whose date is the year and month only.
        public var yearMonthDate: Double
        /// Rows with neither age nor birth year (the 2023 list: about a third).
        public var missingAgeAndBirthYear: Double
        /// Rows with a birth year but no age (derivable).
        public var missingAge: Double
        /// Rows with an age but no birth year.
        public var missingBirthYear: Double
        /// Rows with no source.
        public var missingSource: Double
        /// Rows whose source has two links separated by a line break (quoted in CSV).
        public var multilineSource: Double

        /// The shares of ``SimulationModel/standard``.
        public static let standard = Messiness(
            missingRegion: 0.018, alternateSpelling: 0.01, missingDate: 0.003, yearOnlyDate: 0.004,
            yearMonthDate: 0.003, missingAgeAndBirthYear: 0.3, missingAge: 0.01, missingBirthYear: 0.01,
            missingSource: 0.07, multilineSource: 0.2
        )

        /// No messy rows at all.
        public static let none = Messiness(
            missingRegion: 0, alternateSpelling: 0, missingDate: 0, yearOnlyDate: 0, yearMonthDate: 0,
            missingAgeAndBirthYear: 0, missingAge: 0, missingBirthYear: 0, missingSource: 0, multilineSource: 0)

        /// Creates shares of messy rows.
        public init(
            missingRegion: Double, alternateSpelling: Double, missingDate: Double, yearOnlyDate: Double,
            yearMonthDate: Double, missingAgeAndBirthYear: Double, missingAge: Double,
            missingBirthYear: Double, missingSource: Double, multilineSource: Double
        ) {
            self.missingRegion = missingRegion
            self.alternateSpelling = alternateSpelling
            self.missingDate = missingDate
            self.yearOnlyDate = yearOnlyDate
            self.yearMonthDate = yearMonthDate
            self.missingAgeAndBirthYear = missingAgeAndBirthYear
            self.missingAge = missingAge
            self.missingBirthYear = missingBirthYear
            self.missingSource = missingSource
            self.multilineSource = multilineSource
        }
    }

    /// The relative intensity of deaths in a calendar month: low in spring–summer
    /// 2022, rising with mobilisation and the winter battles of 2022–23, highest
    /// through 2024, easing slowly in 2025. Months outside 2022–2025 have weight 10.
    public static func monthlyWeight(year: Int, month: Int) -> Double {
        let table: [Int: [Double]] = [
            2022: [0, 10, 10, 6, 6, 5, 5, 5, 6, 8, 9, 10],
            2023: [12, 13, 13, 11, 11, 10, 10, 10, 10, 13, 14, 13],
            2024: [14, 15, 15, 15, 16, 16, 17, 18, 18, 20, 21, 21],
            2025: [20, 19, 19, 19, 19, 19, 19, 18, 18, 18, 17, 16],
        ]
        return table[year]?[month - 1] ?? 10
    }

    /// The unit types of the published list and their shares in a phase of the war:
    /// before mobilisation (to September 2022), mobilisation and the prisoner
    /// recruitment (October 2022 – June 2023), and the volunteer era (from July 2023).
    /// Each unit type comes with the triangular age law (lowest, commonest, highest).
    public static func unitMix(for date: PartialDate) -> [(unit: UnitType, share: Double, ages: (Int, Int, Int))] {
        let ages: [UnitType: (Int, Int, Int)] = [
            .unknown: (18, 26, 60), .securityForces: (19, 30, 57), .conscripted: (19, 32, 58),
            .contract: (18, 23, 55), .privateMilitaryCompany: (20, 33, 60), .inmate: (19, 35, 62),
            .volunteer: (19, 38, 68),
        ]
        let shares: [(UnitType, Double)]
        if (date.year, date.month ?? 1) < (2022, 10) {
            shares = [(.contract, 0.55), (.securityForces, 0.06), (.volunteer, 0.04), (.conscripted, 0.02),
                      (.privateMilitaryCompany, 0.03), (.unknown, 0.30)]
        } else if (date.year, date.month ?? 1) < (2023, 7) {
            shares = [(.conscripted, 0.20), (.inmate, 0.20), (.privateMilitaryCompany, 0.08), (.contract, 0.20),
                      (.volunteer, 0.07), (.securityForces, 0.02), (.unknown, 0.23)]
        } else {
            shares = [(.volunteer, 0.25), (.conscripted, 0.12), (.inmate, 0.12), (.contract, 0.18),
                      (.privateMilitaryCompany, 0.01), (.securityForces, 0.02), (.unknown, 0.30)]
        }
        return shares.map { ($0.0, $0.1, ages[$0.0]!) }
    }
}
