/// Whether `actual` agrees with `expected` to `relative` (and, near zero, `absolute`).
///
/// NaN agrees with NaN only; ±∞ with the same infinity only; +0 and −0 agree.
/// Use one tolerance per kind of quantity and never widen it to make a test pass:
/// a mismatch is a bug to find.
public func isClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0) -> Bool {
    if expected.isNaN || actual.isNaN { return expected.isNaN && actual.isNaN }
    if expected.isInfinite || actual.isInfinite { return expected == actual }
    let difference = abs(actual - expected)
    return difference <= absolute || difference <= relative * abs(expected)
}

/// The relative difference |actual − expected| / |expected| (the absolute difference when expected is 0).
public func relativeError(_ actual: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(actual) : abs(actual - expected) / abs(expected)
}
