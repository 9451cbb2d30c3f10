/// The language a report is written in: its labels, region names and number format.
/// Tables for programs (CSV, JSON) are the same in every language.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    /// English: `1,234.5`.
    case en
    /// Russian: `1 234,5`, Russian labels and region names.
    case ru

    /// How numbers are written.
    public var numberFormat: NumberFormat {
        switch self {
        case .en: .english
        case .ru: .russian
        }
    }

    /// The text in this language.
    func pick(_ english: String, _ russian: String) -> String {
        switch self {
        case .en: english
        case .ru: russian
        }
    }
}
