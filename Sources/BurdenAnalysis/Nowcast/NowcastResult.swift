import BurdenData

/// What `warburden nowcast` and `GET /nowcast` answer: the nowcast, and, when asked
/// for, its backtest and the nowcast of each region with how their delays differ.
public struct NowcastResult: Sendable, Codable, Equatable {
    /// The nowcast of the deaths selected (every death, or the regions given).
    public let nowcast: Nowcast
    /// The backtest (`--backtest`).
    public let backtest: NowcastBacktest?
    /// Each region's nowcast and the spread of the delays (`--by-region`).
    public let regions: NowcastRegions?
    /// Where the snapshots came from, in words (`a snapshot table`, `3 list files`, `4 versions`).
    public let source: String

    /// A result of its parts.
    public init(nowcast: Nowcast, backtest: NowcastBacktest?, regions: NowcastRegions?, source: String) {
        self.nowcast = nowcast
        self.backtest = backtest
        self.regions = regions
        self.source = source
    }
}
