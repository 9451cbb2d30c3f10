/// eˣ from additions, multiplications and divisions only, so that simulated weights
/// (and hence simulated lists) are bit-identical on every platform, whatever its
/// `libm`. Accurate to a few units in the last place for |x| < 700.
///
/// Range reduction x = k·ln 2 + r with |r| ≤ ½ln 2 (ln 2 split into a high part exact
/// in 32 bits and a low part), then eʳ = 1 + r + r²/2 + …: the 20 terms after 1 summed
/// by Horner's rule from the smallest, and the leading 1 added last; scaling by 2ᵏ is exact.
enum PortableExp {
    static func exp(_ x: Double) -> Double {
        precondition(abs(x) < 700, "PortableExp.exp is for moderate arguments")
        let ln2High = 0.693_147_180_369_123_816_49
        let ln2Low = 1.908_214_929_270_587_700_02e-10
        let k = (x / (ln2High + ln2Low)).rounded()
        let r = (x - k * ln2High) - k * ln2Low
        // tail = r/1! + r²/2! + … + r²⁰/20!  =  r·(1 + r/2·(1 + r/3·(… (1 + r/20))))
        var tail = 1.0
        for n in stride(from: 20, through: 2, by: -1) { tail = 1 + tail * r / Double(n) }
        let sum = 1 + r * tail
        var scale = 1.0
        let two: Double = k >= 0 ? 2 : 0.5
        for _ in 0..<Int(abs(k)) { scale *= two }
        return sum * scale
    }
}
