/// Generates synthetic named-casualty lists with known truth (``SimulationModel``).
///
/// The same seed gives the same list, byte for byte, on every platform: the
/// generator, the samplers and the weights use integer and correctly rounded
/// floating-point operations only.
///
/// ```swift
/// let simulator = try CasualtySimulator(seed: 7)
/// for index in 0..<1000 {
///     let row = simulator.row(at: index)   // rows are independent of each other
/// }
/// ```
public struct CasualtySimulator: Sendable {
    /// One simulated row, in the terms of the published list layout.
    public struct Row: Sendable, Hashable {
        /// The list identifier, 1-based.
        public let id: Int
        /// The region the row was drawn from (the truth), `nil` when the row lost its region.
        public let regionCode: String?
        /// The region as written in the list: the short English name, another
        /// spelling, or empty.
        public let regionText: String
        /// The date of death as written: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty.
        public let dateText: String
        /// The true date of death (also when the row writes less of it).
        public let deathDate: PartialDate?
        /// The unit type.
        public let unitType: UnitType
        /// The age at death, when written.
        public let age: Int?
        /// The birth year, when written.
        public let birthYear: Int?
        /// The source links, possibly with a line break; empty when missing.
        public let source: String

        /// The record a correct import of the written row gives: the date as written
        /// (the layout's `deathConfirmedDate` is a confirmation date), the age derived
        /// from the birth year and the date's year when only they are written, no source
        /// (the importer drops it unless asked).
        public var record: CasualtyRecord {
            let written = writtenDate
            var derivedAge = age
            if derivedAge == nil, let year = birthYear, let date = written { derivedAge = date.year - year }
            return CasualtyRecord(
                id: String(id), regionCode: regionCode,
                birthDate: birthYear.flatMap { PartialDate(year: $0) },
                confirmationDate: written, age: derivedAge, unitType: unitType)
        }

        /// The date at the precision written (`nil` when the row has none).
        public var writtenDate: PartialDate? {
            guard let date = deathDate, !dateText.isEmpty else { return nil }
            switch dateText.count {
            case 4: return PartialDate(year: date.year)
            case 7: return PartialDate(year: date.year, month: date.month)
            default: return date
            }
        }
    }

    /// The model rows are drawn from.
    public let model: SimulationModel
    /// The seed.
    public let seed: UInt64
    /// The regions rows can be drawn from, in table order.
    public let regions: [Region]
    /// Each drawable region's probability wᵢ/Σw.
    public let regionProbabilities: [Double]

    private let regionSampler: DiscreteSampler
    private let spellings: [[String]]
    private let months: [(year: Int, month: Int, firstDay: Int, lastDay: Int)]
    private let monthSampler: DiscreteSampler
    /// The unit-type mix of each month in ``months``, looked up once.
    private let monthMixes: [[(unit: UnitType, share: Double, ages: (Int, Int, Int))]]

    /// Creates a simulator for a region table and model.
    ///
    /// - Throws: ``DataError`` when the model names a column the table lacks or no
    ///   region has the denominator and every covariate.
    public init(
        table: RegionTable = RussiaReference.table, model: SimulationModel = .standard, seed: UInt64
    ) throws(DataError) {
        for name in [model.denominator] + model.coefficients.map(\.column) where table.column(named: name) == nil {
            throw DataError(.invalidArgument, "the simulation model needs column '\(name)', which the region table lacks")
        }
        var regions: [Region] = []
        var weights: [Double] = []
        for region in table.regions {
            guard let population = table.value(model.denominator, for: region.code), population > 0 else { continue }
            var linear = region.isNationalRepublic ? model.republicEffect : 0
            var complete = true
            for coefficient in model.coefficients {
                guard let x = table.value(coefficient.column, for: region.code) else {
                    complete = false
                    break
                }
                linear += coefficient.value * x
            }
            guard complete else { continue }
            regions.append(region)
            weights.append(population * PortableExp.exp(linear))
        }
        guard !regions.isEmpty else {
            throw DataError(.invalidArgument, "no region has the denominator and every covariate of the model")
        }
        let total = weights.reduce(0, +)
        self.model = model
        self.seed = seed
        self.regions = regions
        self.regionProbabilities = weights.map { $0 / total }
        self.regionSampler = DiscreteSampler(weights: weights)
        self.spellings = regions.map(Self.alternateSpellings)

        var months: [(year: Int, month: Int, firstDay: Int, lastDay: Int)] = []
        var year = model.start.year
        var month = model.start.month ?? 1
        while (year, month) <= (model.end.year, model.end.month ?? 12) {
            let first = (year, month) == (model.start.year, model.start.month ?? 1) ? model.start.day ?? 1 : 1
            let daysInMonth = PartialDate.daysIn(month: month, year: year)
            let last = (year, month) == (model.end.year, model.end.month ?? 12) ? model.end.day ?? daysInMonth : daysInMonth
            months.append((year, month, first, last))
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        self.months = months
        self.monthMixes = months.map { SimulationModel.unitMix(for: PartialDate(year: $0.year, month: $0.month)!) }
        self.monthSampler = DiscreteSampler(weights: months.map {
            SimulationModel.monthlyWeight(year: $0.year, month: $0.month) * Double($0.lastDay - $0.firstDay + 1)
                / Double(PartialDate.daysIn(month: $0.month, year: $0.year))
        })
    }

    /// The row at a 0-based position. Rows are independent: each has its own random
    /// stream derived from the seed and the position, so any slice can be generated
    /// alone (and in parallel).
    public func row(at index: Int) -> Row {
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let mess = model.messiness
        let id = index + 1

        let regionIndex = regionSampler.draw(using: &random)
        let region = regions[regionIndex]
        var regionCode: String? = region.code
        var regionText = region.name
        if random.nextUnit() < mess.missingRegion {
            regionCode = nil
            regionText = ""
        } else if random.nextUnit() < mess.alternateSpelling {
            let choices = spellings[regionIndex]
            regionText = choices[random.nextInt(below: choices.count)]
        }

        let monthIndex = monthSampler.draw(using: &random)
        let month = months[monthIndex]
        let day = month.firstDay + random.nextInt(below: month.lastDay - month.firstDay + 1)
        let date = PartialDate(year: month.year, month: month.month, day: day)!
        let dateStyle = random.nextUnit()
        let dateText: String
        if dateStyle < mess.missingDate {
            dateText = ""
        } else if dateStyle < mess.missingDate + mess.yearOnlyDate {
            dateText = String(date.year)
        } else if dateStyle < mess.missingDate + mess.yearOnlyDate + mess.yearMonthDate {
            dateText = PartialDate(year: date.year, month: date.month)!.description
        } else {
            dateText = date.description
        }

        let mix = monthMixes[monthIndex]
        var pick = random.nextUnit() * mix.reduce(0) { $0 + $1.share }
        var chosen = mix[mix.count - 1]
        for entry in mix {
            if pick < entry.share {
                chosen = entry
                break
            }
            pick -= entry.share
        }
        let age = Self.triangular(chosen.ages, using: &random)
        let dayOfYear = Self.dayOfYear(date)
        let hadBirthday = random.nextUnit() * Double(PartialDate.isLeapYear(date.year) ? 366 : 365) < Double(dayOfYear)
        let birthYear = date.year - age - (hadBirthday ? 0 : 1)
        let ageStyle = random.nextUnit()
        var writtenAge: Int? = age
        var writtenBirthYear: Int? = birthYear
        if ageStyle < mess.missingAgeAndBirthYear {
            (writtenAge, writtenBirthYear) = (nil, nil)
        } else if ageStyle < mess.missingAgeAndBirthYear + mess.missingAge {
            writtenAge = nil
        } else if ageStyle < mess.missingAgeAndBirthYear + mess.missingAge + mess.missingBirthYear {
            writtenBirthYear = nil
        }

        let sourceStyle = random.nextUnit()
        let link = "https://example.org/sim/\(id)"
        let source: String
        if sourceStyle < mess.missingSource {
            source = ""
        } else if sourceStyle < mess.missingSource + mess.multilineSource {
            source = link + "\n" + link + "/b"
        } else {
            source = link
        }
        return Row(
            id: id, regionCode: regionCode, regionText: regionText, dateText: dateText, deathDate: date,
            unitType: chosen.unit, age: writtenAge, birthYear: writtenBirthYear, source: source)
    }

    /// Draws from the triangular law (lowest, commonest, highest) by inverting its
    /// distribution function, and rounds down to whole years.
    private static func triangular(_ law: (Int, Int, Int), using random: inout SeededGenerator) -> Int {
        let (a, c, b) = (Double(law.0), Double(law.1), Double(law.2) + 1)
        let u = random.nextUnit()
        let split = (c - a) / (b - a)
        let x = u < split ? a + ((b - a) * (c - a) * u).squareRoot() : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
        return Int(x.rounded(.down))
    }

    private static func dayOfYear(_ date: PartialDate) -> Int {
        var days = date.day ?? 1
        for month in 1..<(date.month ?? 1) { days += PartialDate.daysIn(month: month, year: date.year) }
        return days
    }

    /// Other ways lists write a region: Russian official and short names, the official
    /// English name, upper case, a republic's short name, «г.» before a federal city.
    private static func alternateSpellings(_ region: Region) -> [String] {
        var choices = [region.nativeName, region.officialName, region.name.uppercased()].compactMap { $0 }
        if region.kind == .republic, let short = region.nativeShortName { choices.append(short) }
        if region.kind == .federalCity, let native = region.nativeName { choices.append("г. " + native) }
        return choices
    }
}
