/// A presidential decree calling up conscripts: the campaign, the days of the call-up
/// and the quota. Conscripts serve a year and by law are not sent to the war zone, so
/// the analyses show them apart from the men who join for the war.
public struct ConscriptionDecree: Sendable, Hashable {
    /// When the decree was signed (to the day, month or year the table gives).
    public let decreeDate: PartialDate?
    /// The campaign's name (`autumn 2025`).
    public let campaign: String
    /// The first and the last day of the call-up.
    public let periodStart: PartialDate
    public let periodEnd: PartialDate
    /// The number of men to be called up.
    public let quota: Int
    /// The ages called (`18-30`).
    public let ageRange: String
    /// The decree's number, when known.
    public let decreeNumber: String
    /// The notes of the row.
    public let notes: String
    /// Where it was reported.
    public let url: String
    /// The physical line of the row in the file.
    public let line: Int

    /// Creates a decree.
    public init(
        decreeDate: PartialDate?, campaign: String, periodStart: PartialDate, periodEnd: PartialDate, quota: Int,
        ageRange: String = "", decreeNumber: String = "", notes: String = "", url: String = "", line: Int = 0
    ) {
        self.decreeDate = decreeDate
        self.campaign = campaign
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.quota = quota
        self.ageRange = ageRange
        self.decreeNumber = decreeNumber
        self.notes = notes
        self.url = url
        self.line = line
    }
}
