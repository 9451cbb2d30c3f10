import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// Identities of the factorizations on seeded random matrices.
struct LinearAlgebraTests {
    /// A seeded random matrix with entries of mixed scale (columns scaled by up to 10³).
    static func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
        var random = SeededRandom(seed: seed)
        let scales = (0..<columns).map { _ in random.uniform(-3, 3) }.map { pow(10, $0) }
        var matrix = Matrix(rows: rows, columns: columns)
        for i in 0..<rows {
            for j in 0..<columns { matrix[i, j] = random.normal() * scales[j] }
        }
        return matrix
    }

    /// A seeded symmetric positive-definite matrix BᵀB + I.
    static func randomSPD(size: Int, seed: UInt64) -> Matrix {
        let b = randomMatrix(rows: size + 3, columns: size, seed: seed)
        var a = b.gram()
        for i in 0..<size { a[i, i] += 1 }
        return a
    }

    static let shapes: [(rows: Int, columns: Int, seed: UInt64)] = [
        (1, 1, 1), (5, 5, 2), (20, 3, 3), (85, 7, 4), (300, 10, 5), (50, 1, 6), (12, 12, 7),
    ]

    @Test("QR reconstructs X, Q has orthonormal columns, R is upper triangular", arguments: shapes)
    func qrReconstructsTheMatrix(rows: Int, columns: Int, seed: UInt64) throws {
        let x = Self.randomMatrix(rows: rows, columns: columns, seed: seed)
        let qr = try HouseholderQR(x)
        let q = qr.thinQ
        let r = qr.r
        let product = q * r
        for j in 0..<columns {
            let norm = x.column(j).reduce(0) { $0 + $1 * $1 }.squareRoot()
            for i in 0..<rows {
                #expect(abs(product[i, j] - x[i, j]) <= 1e-14 * Double(rows) * norm, "(\(i), \(j))")
            }
        }
        let qtq = q.transposed() * q
        let identity = Matrix.identity(columns)
        #expect((qtq - identity).maxAbsoluteElement <= 1e-14 * Double(rows))
        for i in 0..<columns {
            for j in 0..<i { #expect(r[i, j] == 0) }
        }
    }

    @Test("least-squares solutions make the residual orthogonal to every column", arguments: shapes)
    func leastSquaresResidualIsOrthogonal(rows: Int, columns: Int, seed: UInt64) throws {
        let x = Self.randomMatrix(rows: rows, columns: columns, seed: seed)
        var random = SeededRandom(seed: seed + 100)
        let y = (0..<rows).map { _ in random.normal() * 10 }
        let beta = try HouseholderQR(x).solve(y)
        let fitted = x * beta
        let residual = zip(y, fitted).map { $0 - $1 }
        let yNorm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for j in 0..<columns {
            let column = x.column(j)
            let columnNorm = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let dot = zip(column, residual).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(abs(dot) <= 1e-12 * columnNorm * yNorm, "column \(j): Xᵀr = \(dot)")
        }
        if rows == columns {
            // A square system is solved exactly: Ax = b to ~1e-12 relative.
            for i in 0..<rows { #expect(isClose(fitted[i], y[i], relative: 1e-12, absolute: 1e-12 * yNorm)) }
        }
    }

    @Test("(XᵀX)⁻¹ from R inverts the Gram matrix", arguments: shapes)
    func inverseGramInvertsTheGramMatrix(rows: Int, columns: Int, seed: UInt64) throws {
        let x = Self.randomMatrix(rows: rows, columns: columns, seed: seed)
        let inverse = try HouseholderQR(x).inverseGram()
        let gram = x.gram()
        // Scale-free check: D(XᵀX)(XᵀX)⁻¹D⁻¹ = I with D = diag(‖xⱼ‖).
        let product = gram * inverse
        for i in 0..<columns {
            for j in 0..<columns {
                let scaled = product[i, j] * (gram[j, j] / gram[i, i]).squareRoot()
                #expect(abs(scaled - (i == j ? 1 : 0)) <= 1e-10, "(\(i), \(j)): \(scaled)")
            }
        }
        let rInverse = try HouseholderQR(x).rInverse()
        let r = try HouseholderQR(x).r
        #expect((r * rInverse - .identity(columns)).maxAbsoluteElement <= 1e-12)
    }

    @Test func dependentColumnIsReportedByName() throws {
        var random = SeededRandom(seed: 11)
        let a = (0..<30).map { _ in random.normal() }
        let b = (0..<30).map { _ in random.normal() }
        let combination = zip(a, b).map { 2 * $0 - 0.5 * $1 }
        let x = Matrix(columnArrays: [[Double](repeating: 1, count: 30), a, b, combination])
        let named = #expect(throws: StatsError.self) { try HouseholderQR(x, columnNames: ["(Intercept)", "a", "b", "c"]) }
        #expect(named?.code == .rankDeficient)
        #expect(named?.description == "rank-deficient design: column 'c' is a linear combination of earlier columns")
        let unnamed = #expect(throws: StatsError.self) { try HouseholderQR(x) }
        #expect(unnamed?.description == "rank-deficient design: column 4 is a linear combination of earlier columns")
        let zero = Matrix(columnArrays: [a, [Double](repeating: 0, count: 30)])
        let zeroError = #expect(throws: StatsError.self) { try HouseholderQR(zero, columnNames: ["a", "z"]) }
        #expect(zeroError?.description == "rank-deficient design: column 'z' is all zeros")
    }

    /// A column whose part independent of the earlier ones is 10⁻⁹ of its norm is dependent
    /// at the default tolerance 10⁻⁷; one at 10⁻⁴ is not.
    @Test(arguments: [(1e-9, true), (1e-4, false)])
    func rankToleranceIsRelativeToTheColumnNorm(independentPart: Double, dependent: Bool) throws {
        var random = SeededRandom(seed: 12)
        let a = (0..<40).map { _ in random.normal() * 1e6 }
        let noise = (0..<40).map { _ in random.normal() }
        let noiseNorm = noise.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let aNorm = a.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let near = zip(a, noise).map { $0 + independentPart * aNorm * $1 / noiseNorm }
        let x = Matrix(columnArrays: [a, near])
        if dependent {
            #expect(throws: StatsError.self) { try HouseholderQR(x) }
        } else {
            #expect(throws: Never.self) { try HouseholderQR(x) }
        }
    }

    @Test func tooFewRowsOrNonFiniteValuesAreErrors() {
        let wide = Matrix(rows: 2, columns: 3, repeating: 1)
        #expect((#expect(throws: StatsError.self) { try HouseholderQR(wide) })?.code == .tooFewObservations)
        let bad = Matrix(rowArrays: [[1, 2], [3, .nan], [4, 5]])
        #expect((#expect(throws: StatsError.self) { try HouseholderQR(bad) })?.code == .invalidInput)
    }

    @Test("Cholesky reconstructs A = LLᵀ, solves Ax = b and inverts A", arguments: [1, 2, 5, 7, 11, 20])
    func choleskyReconstructsAndSolves(size: Int) throws {
        let a = Self.randomSPD(size: size, seed: UInt64(size) * 31)
        let cholesky = try Cholesky(a)
        let l = cholesky.lower
        let reconstructed = l * l.transposed()
        for i in 0..<size {
            for j in 0..<size {
                let scale = (a[i, i] * a[j, j]).squareRoot()
                #expect(abs(reconstructed[i, j] - a[i, j]) <= 1e-14 * Double(size) * scale)
            }
            for j in (i + 1)..<max(i + 1, size) { #expect(l[i, j] == 0) }
        }
        var random = SeededRandom(seed: UInt64(size))
        let b = (0..<size).map { _ in random.normal() }
        let x = cholesky.solve(b)
        let ax = a * x
        let bNorm = b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for i in 0..<size { #expect(abs(ax[i] - b[i]) <= 1e-12 * bNorm * Double(size), "row \(i)") }
        let product = a * cholesky.inverse()
        for i in 0..<size {
            for j in 0..<size {
                let scaled = product[i, j] * (a[j, j] / a[i, i]).squareRoot()
                #expect(abs(scaled - (i == j ? 1 : 0)) <= 1e-10)
            }
        }
    }

    @Test func choleskyRejectsIndefiniteMatrices() {
        let indefinite = Matrix(rowArrays: [[1, 2], [2, 1]])
        let error = #expect(throws: StatsError.self) { try Cholesky(indefinite) }
        #expect(error?.code == .notPositiveDefinite)
        #expect(error?.description.hasPrefix("matrix is not positive definite (pivot 2") == true)
    }

    @Test("triangular solves satisfy their systems; the triangular inverse inverts", arguments: [1, 3, 8, 15])
    func triangularSolvesSatisfyTheirSystems(size: Int) throws {
        let r = try HouseholderQR(Self.randomMatrix(rows: size + 5, columns: size, seed: UInt64(size) + 40)).r
        let l = r.transposed()
        var random = SeededRandom(seed: UInt64(size) + 50)
        let b = (0..<size).map { _ in random.normal() }
        let bNorm = b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for (matrix, solution) in [
            (r, r.solveUpperTriangular(b)), (l, l.solveLowerTriangular(b)), (r, l.solveLowerTriangularTransposed(b)),
        ] {
            let product = matrix * solution
            for i in 0..<size { #expect(abs(product[i] - b[i]) <= 1e-12 * bNorm * Double(size)) }
        }
        #expect((r * r.upperTriangularInverse() - .identity(size)).maxAbsoluteElement <= 1e-12)
    }

    @Test func matrixLayoutIsRowByRow() {
        let m = Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])
        #expect(m.elements == [1, 2, 3, 4, 5, 6])
        #expect(m == Matrix(columnArrays: [[1, 4], [2, 5], [3, 6]]))
        #expect(m.transposed().transposed() == m)
        #expect(m.row(1) == [4, 5, 6] && m.column(2) == [3, 6] && m.diagonal == [1, 5])
        #expect(m * [1, 0, -1] == [-2, -2])
        #expect(m.gram() == m.transposed() * m)
    }

    @Test func matrixRoundTripsThroughJSONAndRejectsAMismatchedShape() throws {
        let m = Matrix(rowArrays: [[1, 2], [3, 4], [5, 6.5]])
        let decoded = try JSONDecoder().decode(Matrix.self, from: JSONEncoder().encode(m))
        #expect(decoded == m)
        let corrupt = Data(#"{"rows": 2, "columns": 2, "elements": [1, 2, 3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: corrupt) }
    }
}
