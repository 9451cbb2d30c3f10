/// The sex of a vital-statistics count.
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable {
    /// Men and boys.
    case male
    /// Women and girls.
    case female

    /// Reads a label: `m`, `male`, `men`, `f`, `female`, `women` in any case, or the
    /// Russian `м`, `мужчины`, `ж`, `женщины`; `nil` otherwise.
    public init?(label: String) {
        switch label.trimmingSpaces().lowercased() {
        case "m", "male", "males", "men", "м", "муж", "мужчины", "мужской": self = .male
        case "f", "female", "females", "women", "ж", "жен", "женщины", "женский": self = .female
        default: return nil
        }
    }
}
