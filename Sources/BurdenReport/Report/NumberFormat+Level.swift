extension NumberFormat {
    /// A confidence level (0–1) as the percentage a report names it by, without the
    /// sign and with as few decimals as it needs: `95` for 0.95, `99.5` (`99,5` in
    /// Russian) for 0.995 — so that the texts say `95% CI` or `95-процентные`.
    func level(_ confidence: Double) -> String {
        let percent = confidence * 100
        var scale = 1.0
        for decimals in 0..<4 {
            if abs((percent * scale).rounded() - percent * scale) < 1e-6 { return string(percent, decimals: decimals) }
            scale *= 10
        }
        return string(percent, decimals: 4)
    }

    /// A confidence level as a percentage with its sign: `95%`, `95 %` in Russian.
    func levelPercent(_ confidence: Double) -> String {
        level(confidence) + percentSpacing + "%"
    }
}
