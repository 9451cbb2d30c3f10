/// An unevaluated sum hi + lo of two doubles, |lo| ≤ ½ulp(hi): about 32 significant
/// digits, for the few steps where double precision cancels.
///
/// Built from the error-free transformations two-sum (Knuth, TAOCP vol. 2, §4.2.2)
/// and two-product by a fused multiply-add; addition, multiplication and division
/// follow Dekker (1971) with the accurate (not "sloppy") addition, so that sums of
/// nearly opposite numbers keep their relative accuracy.
///
/// Dekker, T. J. (1971). A floating-point technique for extending the available
/// precision. Numerische Mathematik 18(3):224–242.
struct DoubleDouble: Sendable {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// The double nearest to the sum.
    var value: Double { hi + lo }

    /// s + e = a + b exactly.
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        return DoubleDouble(s, (a - (s - bb)) + (b - bb))
    }

    /// s + e = a + b exactly, for |a| ≥ |b|.
    @inline(__always)
    static func quickTwoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(s, b - (s - a))
    }

    /// p + e = a·b exactly.
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(p, (-p).addingProduct(a, b))
    }

    static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let s = twoSum(x.hi, y.hi)
        let t = twoSum(x.lo, y.lo)
        let u = quickTwoSum(s.hi, s.lo + t.hi)
        return quickTwoSum(u.hi, u.lo + t.lo)
    }

    static prefix func - (x: DoubleDouble) -> DoubleDouble { DoubleDouble(-x.hi, -x.lo) }

    static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble { x + (-y) }

    static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let p = twoProduct(x.hi, y.hi)
        return quickTwoSum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi))
    }

    static func / (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let q1 = x.hi / y.hi
        let r = x - y * DoubleDouble(q1)
        let q2 = r.hi / y.hi
        let r2 = r - y * DoubleDouble(q2)
        let q3 = r2.hi / y.hi
        let q = quickTwoSum(q1, q2)
        return q + DoubleDouble(q3)
    }
}
