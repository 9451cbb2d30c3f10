/// A table of the texts of one part of a report page, one value per language:
/// ``english`` and ``russian`` are each made by the table's memberwise initializer,
/// which takes every text, so a text missing in a language does not compile — and a
/// language added to ``ReportLanguage`` does not compile until every table has it.
///
/// Texts that hold numbers or names are functions of them, already formatted in the
/// language (`(_ per: String, _ population: String) -> String`), so that the
/// layout formats numbers and the tables say everything else.
protocol ReportStrings: Sendable {
    /// The texts in English.
    static var english: Self { get }
    /// The texts in Russian.
    static var russian: Self { get }
}

extension ReportStrings {
    /// The texts in `language`.
    static func `in`(_ language: ReportLanguage) -> Self {
        switch language {
        case .en: english
        case .ru: russian
        }
    }
}

/// A text with values put in: a function of the values, already formatted in the
/// language, that says the words around them — `Phrase2 { per, population in
/// "deaths per \(per) \(population)" }`, called as `text.ratePer(per, population)`.
struct Phrase<each Value>: Sendable {
    private let make: @Sendable (repeat each Value) -> String

    /// A phrase made by `make`.
    init(_ make: @escaping @Sendable (repeat each Value) -> String) {
        self.make = make
    }

    /// The text with `value` put in.
    func callAsFunction(_ value: repeat each Value) -> String {
        make(repeat each value)
    }
}

/// A text with one value put in.
typealias Phrase1 = Phrase<String>
/// A text with two values put in.
typealias Phrase2 = Phrase<String, String>
/// A text with three values put in.
typealias Phrase3 = Phrase<String, String, String>
/// A text with four values put in.
typealias Phrase4 = Phrase<String, String, String, String>
/// A text with five values put in.
typealias Phrase5 = Phrase<String, String, String, String, String>
/// A text with six values put in.
typealias Phrase6 = Phrase<String, String, String, String, String, String>
