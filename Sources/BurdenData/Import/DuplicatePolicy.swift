/// Which repeated rows the importer sets aside as duplicates (`--duplicates`).
///
/// A repeated id is evidence of a duplicate only when the rows also agree: lists put
/// out with the names removed cannot tell two people who share a mistyped id from one
/// person entered twice, and the published analyses of such lists counted both rows.
///
/// | policy | set aside as `same_id` | set aside as `same_person` | a repeated id whose other fields differ |
/// |---|---|---|---|
/// | `conflicts-kept` (default) | same id and every other field equal | same names, birth year, region, date | kept, with the warning `id_conflict` naming the earlier row |
/// | `by-id` | same id | same names, birth year, region, date | set aside as `same_id` |
/// | `none` | — | — | kept, no warning |
///
/// Fields are compared as the file writes them, trimmed, every column but the id (the
/// names too, hashed with the run's salt and never kept).
public enum DuplicatePolicy: String, Sendable, Hashable, CaseIterable, Codable {
    /// Exact repeats and repeats of a named person are duplicates; a repeated id whose
    /// other fields differ is kept with a warning.
    case conflictsKept = "conflicts-kept"
    /// Any repeated id is a duplicate, and so is a repeat of a named person.
    case byID = "by-id"
    /// No row is a duplicate.
    case none

    /// The policy the importer uses unless told otherwise.
    public static let standard = DuplicatePolicy.conflictsKept

    /// What the policy sets aside, in a sentence (for help texts).
    public var meaning: String {
        switch self {
        case .conflictsKept:
            "a repeated id is a duplicate when every other field agrees; when they differ both rows are counted, with the warning id_conflict naming the earlier row; a repeat of a named person is a duplicate"
        case .byID: "any repeated id is a duplicate, and so is a repeat of a named person"
        case .none: "no row is a duplicate"
        }
    }
}
