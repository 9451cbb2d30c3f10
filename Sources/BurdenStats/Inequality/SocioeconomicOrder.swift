/// Which end of a ranking covariate is the poorer one.
///
/// The concentration index ranks regions from poorest to richest and the quintile ratio
/// compares the poorest fifth with the richest, so they need to know whether a low value
/// of the covariate means poor (mean income) or rich (the share below the subsistence level).
public enum SocioeconomicOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// The lowest value is the poorest: income, wages.
    case lowestIsPoorest = "lowest-is-poorest"
    /// The highest value is the poorest: poverty rate, unemployment.
    case highestIsPoorest = "highest-is-poorest"
}
