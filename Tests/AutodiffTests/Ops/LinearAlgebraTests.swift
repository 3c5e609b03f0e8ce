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
}
