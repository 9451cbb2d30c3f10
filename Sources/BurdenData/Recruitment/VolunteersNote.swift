/// The volunteers a note beside a contract claim states, as `recruitment_claims.csv`
/// writes them: `plus 32,000 volunteers`, `plus >36,000 volunteers`, `plus >40,000
/// joined volunteer formations` — "plus", an optional `>` (or "more than", "over"), a
/// whole number with or without thousands commas, an optional "joined", and a word
/// beginning "volunteer". Case is ignored; any other note states none (`~1000/day
/// contracts+volunteers` is a rate, not a count).
struct VolunteersNote: Hashable {
    /// The number stated.
    let value: Double
    /// Whether it was stated as a lower bound (`>`, "more than", "over").
    let isLowerBound: Bool

    /// The volunteers `notes` states; `nil` when it states none.
    ///
    /// - Complexity: O(length of the notes).
    init?(_ notes: String) {
        let pattern = /plus\s+(>\s*|more\s+than\s+|over\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:joined\s+)?volunteer/.ignoresCase()
        guard let match = notes.firstMatch(of: pattern), let value = Double(match.output.2.filter { $0 != "," }),
            value <= FieldText.maximumMagnitude
        else { return nil }
        self.value = value
        isLowerBound = match.output.1 != nil
    }
}
