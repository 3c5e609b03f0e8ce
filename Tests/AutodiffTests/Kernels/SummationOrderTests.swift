import Testing

@testable import Autodiff

/// Sums and matrix products add in one fixed order, from zero with the index ascending, one
/// IEEE addition at a time; no vector width or CPU changes it. Each test recomputes that order
/// with a plain loop and compares bits.
@Suite struct SummationOrderTests {
    /// Values whose sums round differently in different orders (mixed magnitudes and signs).
    private static func values(_ count: Int, salt: Int = 0) -> [Double] {
        (0..<count).map { i in
            let k = (i * 7919 + salt * 104_729) % 1009
            return (Double(k) - 504) * (k % 3 == 0 ? 1e-3 : 1.37)
        }
    }

    @Test(arguments: [1, 2, 7, 8, 9, 15, 16, 17, 31, 33, 64, 70, 1000, 4099])
    func sumOfAVectorIsALeftFold(count: Int) throws {
        let x = Self.values(count)
        let floats = x.map { Float($0) }
        let folded = floats.reduce(Float(0)) { $0 + $1 }
        let total = try reduceSum(Tensor(shape: [count], scalars: x)).floats ?? []
        #expect(total.map(\.bitPattern) == [folded.bitPattern])
        let doubles = try reduceSum(Tensor(shape: [count], scalars: x, dtype: .float64)).float64Values ?? []
        #expect(doubles.map(\.bitPattern) == [x.reduce(0) { $0 + $1 }.bitPattern])
    }

    @Test(arguments: [(3, 70), (70, 3), (33, 17), (5, 1000)])
    func sumsAlongEitherAxisAreLeftFolds(rows: Int, columns: Int) throws {
        let x = Self.values(rows * columns).map { Float($0) }
        let t = try Tensor(shape: [rows, columns], scalars: x.map { Double($0) })
        let rowSums = (0..<rows).map { r in (0..<columns).reduce(Float(0)) { $0 + x[r * columns + $1] } }
        let columnSums = (0..<columns).map { c in (0..<rows).reduce(Float(0)) { $0 + x[$1 * columns + c] } }
        #expect(try reduceSum(t, axis: 1).floats?.map(\.bitPattern) == rowSums.map(\.bitPattern))
        #expect(try reduceSum(t, axis: 0).floats?.map(\.bitPattern) == columnSums.map(\.bitPattern))
    }

    /// Below `MatmulKernel.blasThreshold` products run in Swift; each element is a left fold of
    /// products without fused multiply-adds.
    @Test(arguments: [(1, 70, 1), (7, 9, 33), (16, 16, 15), (3, 40, 17)])
    func smallProductsAreLeftFoldsOfProducts(m: Int, k: Int, n: Int) throws {
        #expect(m * k * n < MatmulKernel.blasThreshold)
        let a = Self.values(m * k).map { Float($0) }
        let b = Self.values(k * n, salt: 3).map { Float($0) }
        var expected = [Float]()
        for i in 0..<m {
            for j in 0..<n { expected.append((0..<k).reduce(Float(0)) { $0 + a[i * k + $1] * b[$1 * n + j] }) }
        }
        let product = try matmul(
            Tensor(shape: [m, k], scalars: a.map { Double($0) }), Tensor(shape: [k, n], scalars: b.map { Double($0) }))
        #expect(product.floats?.map(\.bitPattern) == expected.map(\.bitPattern))
    }

    /// Larger products use OpenBLAS, pinned to one kernel family on every CPU with AVX2 (its
    /// families add in different orders); `scripts/test-blas-cores.sh` runs the tests and the
    /// notebooks with OpenBLAS told to use each family and checks the results are the same.
    @Test func openBLASUsesThePinnedKernelFamily() {
        #expect(NativeKernels.vectorLevel >= 1, "this CPU has no AVX2: OpenBLAS keeps its own choice")
        #expect(NativeKernels.coreName == NativeKernels.pinnedCore)
    }
}
