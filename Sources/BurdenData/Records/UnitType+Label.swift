extension UnitType {
    /// The category of a label as lists write it, in English or Russian; `nil` for a
    /// label the project does not know (the importer counts it as ``other`` with a
    /// warning). Empty and "unknown" labels are ``unknown``.
    ///
    /// Note: in the 2023 list as published by Bessudnov, `conscripted` is the label of
    /// men whose ages (mean 35) show them to be mostly the mobilised; it is kept as
    /// ``conscripted`` here, as the list writes it.
    public init?(label: String) {
        let key = label.lowercased().replacing("ё", with: "е").split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
        if key.isEmpty {
            self = .unknown
            return
        }
        for (unit, labels) in Self.labels where labels.contains(key) {
            self = unit
            return
        }
        return nil
    }

    private static let labels: [(UnitType, Set<String>)] = [
        (.unknown, ["unknown", "неизвестно", "не указано", "na", "n a", "none"]),
        (.conscripted, ["conscripted", "conscript", "conscripts", "срочник", "срочники", "срочная служба", "призывник"]),
        (.mobilised, ["mobilised", "mobilized", "mobilisation", "mobilization", "мобилизованный", "мобилизованные", "мобилизация"]),
        (.volunteer, ["volunteers", "volunteer", "доброволец", "добровольцы", "добровольческие формирования"]),
        (.contract, ["professional army", "contract", "contract soldier", "contract soldiers", "contractor", "army",
                     "контрактник", "контрактники", "кадровый военный", "кадровые военные", "армия"]),
        (.inmate, ["inmates", "inmate", "prisoner", "prisoners", "storm z", "заключенный", "заключенные", "зэк", "шторм z"]),
        (.privateMilitaryCompany, ["private military company", "pmc", "wagner", "чвк", "вагнер", "чвк вагнер"]),
        (.securityForces, ["police national guard fsb", "police", "national guard", "rosgvardia", "fsb",
                           "полиция", "росгвардия", "фсб", "мвд", "силовые структуры"]),
        (.other, ["other", "другое", "прочие"]),
    ]
}
