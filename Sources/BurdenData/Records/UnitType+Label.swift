extension UnitType {
    /// The category of a label as lists write it, in English or Russian, by the built-in
    /// reference (``CategoryMapping/builtIn``); `nil` for a label it does not know (the
    /// importer counts it as ``other`` with a warning). Empty and "unknown" labels are
    /// ``unknown``.
    public init?(label: String) {
        guard let unitType = CategoryMapping.builtIn.unitType(for: label) else { return nil }
        self = unitType
    }
}
