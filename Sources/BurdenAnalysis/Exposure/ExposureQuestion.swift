import BurdenStats

/// Which of the two questions of observed against expected the options ask, with what
/// each needs (``ExposureOptions/question()``).
public enum ExposureQuestion: Sendable, Hashable {
    /// Where the expected deaths of a group come from.
    public enum Expected: Sendable, Hashable {
        /// Given (`--expected E`).
        case given(Double)
        /// The group's size by age band at the reference rates of a list (`--group`).
        case group(GroupArgument)
    }

    /// Where P, the probability that one relative was affected, comes from.
    public enum Share: Sendable, Hashable {
        /// Given: a number or a range (`--share`).
        case given(NumberOrRange<ShareMeaning>)
        /// The list's named deaths over the denominator (`--share list`).
        case list
        /// A number of participants over the denominator (`--participants`).
        case participants(ParticipantCount)
    }

    /// Deaths (or any events) in a group against those expected at a population's
    /// rates: the standardised ratio O/E.
    case standardisedRatio(observed: ObservedCount, expected: Expected)
    /// Members with at least one affected relative against the share expected.
    case shareWithRelative(members: Int, observed: ObservedCount, relatives: RelativesArgument, share: Share)

    /// The name of the question in outputs: `standardised_ratio` or `share_with_relative`.
    public var name: String {
        switch self {
        case .standardisedRatio: "standardised_ratio"
        case .shareWithRelative: "share_with_relative"
        }
    }

    /// Whether answering needs a list: the reference rates of a group, or a share from
    /// the list's named deaths.
    public var needsList: Bool {
        switch self {
        case .standardisedRatio(_, .group): true
        case .shareWithRelative(_, _, _, .list): true
        default: false
        }
    }

    /// Whether answering needs the list's records (their ages), not only its counts.
    public var needsRecords: Bool {
        if case .standardisedRatio(_, .group) = self { return true }
        return false
    }
}
