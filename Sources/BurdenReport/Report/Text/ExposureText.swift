/// The texts of the block "Observed and expected": a group's count against what it
/// would show if it were like everyone else (`warburden report --exposure`).
struct ExposureText: ReportStrings {
    let title: String
    let intro: String
    let observed: String
    /// An observed count known only as a bound, `(count)`: `at most 13`.
    let atMost: Phrase1
    let expected: String
    /// How the deaths expected were found, `(bands at their ages' rate, bands at the all-ages rate)`.
    let expectedAtRates: Phrase2
    let expectedGiven: String
    let ratio: String
    /// The ratio with its intervals, `(ratio, level, exact interval, mid-p interval)`.
    let ratioWithIntervals: Phrase4
    /// An upper bound, `(value)`: `≤ 0.435`.
    let upperBound: Phrase1
    /// A lower bound, `(value)`: `≥ 23.13`.
    let lowerBound: Phrase1
    let members: String
    let withRelative: String
    /// The observed share, `(count, share, level, interval)`.
    let observedShare: Phrase4
    let expectedShare: String
    /// Over ranges, `(low, high)`: `8.41 % to 23.10 % over the ranges`.
    let overRanges: Phrase2
    let expectedToObserved: String
    /// The ratio of shares with its interval's lower limit, `(ratio, level, lower limit)`.
    let ratioLowerLimit: Phrase3
    /// The ratio of shares with its interval, `(ratio, level, interval)`.
    let ratioInterval: Phrase3
    let pValue: String
    /// A one-sided p-value of fewer than expected, `(p)`.
    let fewerThanExpected: Phrase1
    /// A two-sided p-value, `(p)`.
    let twoSided: Phrase1
    let inputs: String
    /// One input with its source, `(name, value, source)`.
    let input: Phrase3

    static let english = ExposureText(
        title: "Observed and expected",
        intro: "Each group's count against what it would show if it were like everyone else — the deaths expected at the list's rates, or the share of members with an affected relative that families like theirs would show — with every input and where it comes from. The methods section gives the command that computes each again.",
        observed: "Observed", atMost: .init { count in "at most \(count)" }, expected: "Expected",
        expectedAtRates: .init { banded, allAges in "at the list's rates: \(banded) bands at the rate of their ages, \(allAges) at the all-ages rate" },
        expectedGiven: "given", ratio: "Standardised ratio O/E",
        ratioWithIntervals: .init { ratio, level, exact, midP in "\(ratio); \(level) interval \(exact) (Garwood), mid-p \(midP)" },
        upperBound: .init { value in "≤ \(value)" }, lowerBound: .init { value in "≥ \(value)" },
        members: "Members", withRelative: "With an affected relative",
        observedShare: .init { count, share, level, interval in "\(count) (\(share)); \(level) interval \(interval) (Clopper–Pearson)" },
        expectedShare: "Expected share", overRanges: .init { low, high in "\(low) to \(high) over the ranges" },
        expectedToObserved: "Expected / observed",
        ratioLowerLimit: .init { ratio, level, lower in "\(ratio); \(level) interval from \(lower)" },
        ratioInterval: .init { ratio, level, interval in "\(ratio); \(level) interval \(interval)" },
        pValue: "p-value", fewerThanExpected: .init { p in "\(p), fewer than expected (exact, one-sided; a bound)" },
        twoSided: .init { p in "\(p) (exact, two-sided)" }, inputs: "Inputs and their sources",
        input: .init { name, value, source in "\(name): \(value) — \(source)" })

    static let russian = ExposureText(
        title: "Наблюдаемое и ожидаемое",
        intro: "Число в каждой группе против того, что она показала бы, будь она как все: смерти, ожидаемые при показателях списка, или доля членов группы с родственником, затронутым войной, какой она была бы в таких же семьях, — с каждым входным значением и его источником. В разделе о методах указана команда, которая вычисляет каждый ответ заново.",
        observed: "Наблюдается", atMost: .init { count in "не более \(count)" }, expected: "Ожидается",
        expectedAtRates: .init { banded, allAges in "по показателям списка: \(banded) возрастных групп по показателю своего возраста, \(allAges) по общему показателю" },
        expectedGiven: "задано", ratio: "Стандартизованное отношение Н/О",
        ratioWithIntervals: .init { ratio, level, exact, midP in "\(ratio); \(level)-процентный интервал \(exact) (Гарвуд), mid-p \(midP)" },
        upperBound: .init { value in "≤ \(value)" }, lowerBound: .init { value in "≥ \(value)" },
        members: "Членов группы", withRelative: "С затронутым родственником",
        observedShare: .init { count, share, level, interval in "\(count) (\(share)); \(level)-процентный интервал \(interval) (Клоппер — Пирсон)" },
        expectedShare: "Ожидаемая доля", overRanges: .init { low, high in "от \(low) до \(high) по диапазонам" },
        expectedToObserved: "Ожидаемое / наблюдаемое",
        ratioLowerLimit: .init { ratio, level, lower in "\(ratio); \(level)-процентный интервал от \(lower)" },
        ratioInterval: .init { ratio, level, interval in "\(ratio); \(level)-процентный интервал \(interval)" },
        pValue: "p-значение", fewerThanExpected: .init { p in "\(p), меньше ожидаемого (точный односторонний; граница)" },
        twoSided: .init { p in "\(p) (точный двусторонний)" }, inputs: "Входные значения и их источники",
        input: .init { name, value, source in "\(name): \(value) — \(source)" })
}
