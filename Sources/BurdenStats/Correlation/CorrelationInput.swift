// Checks shared by the correlations: aligned, finite pairs, enough of them; and
// Pearson's r from centred sums.

/// The number of pairs, after checking the arrays align, are finite and number at least `minimum`.
func validatePairs(_ x: [Double], _ y: [Double], minimum: Int, method: String) throws -> Int {
    guard x.count == y.count else {
        throw StatsError(.invalidInput, "x has \(x.count) values and y \(y.count): pairs must align")
    }
    guard x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else {
        throw StatsError(.invalidInput, "a value is missing or not finite: remove incomplete pairs first")
    }
    guard x.count >= minimum else {
        throw StatsError(.tooFewObservations, "\(method) needs at least \(minimum) pairs, got \(x.count)")
    }
    return x.count
}

/// Pearson's r from centred sums, clamped to [−1, 1] against rounding.
func correlationCoefficient(_ x: [Double], _ y: [Double]) throws -> Double {
    let n = Double(x.count)
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var sxx = 0.0
    var syy = 0.0
    var sxy = 0.0
    for (a, b) in zip(x, y) {
        let dx = a - meanX
        let dy = b - meanY
        sxx += dx * dx
        syy += dy * dy
        sxy += dx * dy
    }
    guard sxx > 0, syy > 0 else {
        throw StatsError(.noVariation, "\(sxx > 0 ? "y" : "x") is constant: the correlation is undefined")
    }
    return min(1, max(-1, sxy / (sxx * syy).squareRoot()))
}
