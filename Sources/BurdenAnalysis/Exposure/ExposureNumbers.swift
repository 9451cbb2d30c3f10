// The numbers the options of observed against expected take (``ExposureOptions``),
// each with the range its meaning allows.

/// A count of people (members of a group, deaths observed in it): a whole number from
/// 0 to 10⁹.
public enum PeopleCountMeaning: NumberMeaning {
    public static let range = NumberRange.whole(0, 1_000_000_000)
}

/// A count of people, from 0 to 10⁹.
public typealias PeopleCount = Bounded<PeopleCountMeaning>

/// The members of a group: a whole number from 1 to 10⁹.
public enum MembersMeaning: NumberMeaning {
    public static let range = NumberRange.whole(1, 1_000_000_000)
}

/// The members of a group, from 1 to 10⁹.
public typealias MemberCount = Bounded<MembersMeaning>

/// The deaths a group is expected to show: above 0, up to 10⁹.
public enum ExpectedCountMeaning: NumberMeaning {
    public static let range = NumberRange.above(0, upTo: 1_000_000_000)
}

/// An expected count, above 0 up to 10⁹.
public typealias ExpectedCount = Bounded<ExpectedCountMeaning>

/// Relatives of the kind that counts per member (or their Poisson mean): from 0 to 1,000.
public enum RelativesMeaning: NumberMeaning {
    public static let range = NumberRange.closed(0, 1000)
}

/// The probability that one relative was affected: a share from 0 to 1.
public enum ShareMeaning: NumberMeaning {
    public static let range = NumberRange.closed(0, 1)
}

/// People who took part (a participation figure): a whole number from 0 to 10⁹.
public typealias ParticipantCount = NumberOrRange<PeopleCountMeaning>
