import Foundation
import Testing

@testable import Autodiff

@Suite struct LinearAlgebraTests {
    @Test func matmulValuesAndGradients() throws {
        let a = try f64([[1, 2, 3], [4, 5, 6]])
        let b = try f64([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
        let c = try matmul(a, b)
        #expect(c.shape == [2, 2])
        #expect(Swift.abs(c.doubles[0] - 2.2) < 1e-12)
        try GradCheck.check([a, b]) { xs in try matmul(xs[0], xs[1]) }
        try GradCheck.checkSecondOrder([a, b]) { xs in try square(try matmul(xs[0], xs[1])) }
    }

    @Test func matmulErrors() throws {
        let error = #expect(throws: TensorError.self) { try matmul(try Tensor.ones([2, 3]), try Tensor.ones([2, 2])) }
        #expect(error?.message == "matmul: cannot multiply [2, 3] by [2, 2]")
        #expect(throws: TensorError.self) { try matmul(try Tensor.ones([3]), try Tensor.ones([3, 1])) }
        #expect(throws: TensorError.self) { try matmul(try Tensor.ones([1, 1], dtype: .int32), try Tensor.ones([1, 1], dtype: .int32)) }
    }

    @Test func blockedKernelMatchesNaiveProductAcrossBlockEdges() throws {
        let (m, k, n) = (37, 130, 515)
        let a = (0..<(m * k)).map { Float(($0 * 7) % 11) - 5 }
        let b = (0..<(k * n)).map { Float(($0 * 5) % 13) - 6 }
        let c = MatmulKernel.multiply(a, b, m: m, k: k, n: n)
        for (i, j) in [(0, 0), (36, 514), (17, 511), (31, 512), (32, 3)] {
            let expected = (0..<k).reduce(Float(0)) { $0 + a[i * k + $1] * b[$1 * n + j] }
            #expect(c[i * n + j] == expected)
        }
    }

    @Test func blasProductMatchesSwiftKernelAndIsRepeatable() throws {
        let (m, k, n) = (70, 90, 110)
        let a = (0..<(m * k)).map { Float(($0 * 7) % 11) - 5 }
        let b = (0..<(k * n)).map { Float(($0 * 5) % 13) - 6 }
        // Small integers: every partial sum is exact, so BLAS and the Swift loop agree bit for bit.
        let blas = MatmulKernel.product(a, b, m: m, k: k, n: n)
        #expect(blas == MatmulKernel.multiply(a, b, m: m, k: k, n: n))
        #expect(blas == MatmulKernel.product(a, b, m: m, k: k, n: n))
        let a64 = a.map(Double.init)
        let b64 = b.map(Double.init)
        #expect(MatmulKernel.product(a64, b64, m: m, k: k, n: n) == blas.map(Double.init))
    }

    @Test func blasProductOfEmptyMatricesIsZeros() throws {
        #expect(try matmul(try Tensor.ones([64, 0]), try Tensor.ones([0, 64])).floats == [Float](repeating: 0, count: 4096))
        #expect(try matmul(try Tensor.ones([0, 64]), try Tensor.ones([64, 64])).shape == [0, 64])
    }

    @Test func largeMatmulGradientsGoThroughBLAS() throws {
        // 12 * 20 * 18 multiply-adds is above the BLAS threshold; fixed values, not the shared generator.
        let a = try Tensor(shape: [12, 20], scalars: (0..<240).map { Foundation.sin(Double($0)) }, dtype: .float64)
        let b = try Tensor(shape: [20, 18], scalars: (0..<360).map { Foundation.cos(Double($0)) }, dtype: .float64)
        try GradCheck.check([a, b]) { xs in try matmul(xs[0], xs[1]) }
    }

    @Test(arguments: [(100, 1), (1, 100), (7, 300), (3, 0)])
    func matrixVectorProductSumsInTheBlockedLoopsOrder(m: Int, k: Int) {
        let a = (0..<(m * k)).map { Float(Foundation.sin(Double($0))) }
        let b = (0..<k).map { Float(Foundation.cos(Double($0))) }
        let c = MatmulKernel.multiply(a, b, m: m, k: k, n: 1)
        #expect(c.count == m)
        for i in 0..<m {
            let expected = (0..<k).reduce(Float(0)) { $0 + a[i * k + $1] * b[$1] }
            #expect(c[i].bitPattern == expected.bitPattern)
        }
    }

    @Test func largeProductsUseTwoThreadsAndStayExactAndRepeatable() async throws {
        // 160³ multiply-adds is above the two-thread threshold; small integers make every partial sum exact.
        let n = 160
        #expect(n * n * n >= NativeKernels.parallelThreshold)
        let a = (0..<(n * n)).map { Float(($0 * 7) % 11) - 5 }
        let b = (0..<(n * n)).map { Float(($0 * 5) % 13) - 6 }
        let expected = MatmulKernel.multiply(a, b, m: n, k: n, n: n)
        #expect(MatmulKernel.product(a, b, m: n, k: n, n: n) == expected)
        // Products on several threads at once (large and small) each keep their own thread count.
        let results = await withTaskGroup(of: (Int, [Float]).self) { group in
            for task in 0..<6 {
                group.addTask {
                    let size = task.isMultiple(of: 2) ? n : 20
                    return (size, MatmulKernel.product(a, b, m: size, k: size, n: size))
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let small = MatmulKernel.multiply(a, b, m: 20, k: 20, n: 20)
        #expect(results.count == 6)
        for (size, product) in results { #expect(product == (size == n ? expected : small)) }
    }
}
