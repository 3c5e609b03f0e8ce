import Foundation
import Testing

@testable import Autodiff

@Suite struct VectorExpTests {
    /// The distance in units in the last place between two finite positive floats.
    private func ulps(_ a: Float, _ b: Float) -> Int {
        abs(Int(a.bitPattern) - Int(b.bitPattern))
    }

    private func vectorExp(_ values: [Float]) -> [Float] {
        values.withUnsafeBufferPointer { source in
            [Float](unsafeUninitializedCapacity: values.count) { destination, initialized in
                VectorExp.apply(source, destination)
                initialized = values.count
            }
        }
    }

    @Test func withinTwoUlpsOfTheCLibraryAcrossTheNormalRange() {
        let inputs = (0...200_000).map { Float(-87 + Double($0) * (175.0 / 200_000)) }
        let results = vectorExp(inputs)
        var worst = 0
        for (x, y) in zip(inputs, results) { worst = max(worst, ulps(y, Foundation.expf(x))) }
        #expect(worst <= 2)
    }

    @Test func specialValuesMatchTheCLibrary() {
        let special: [Float] = [0, -0.0, 1, -1, 88.7, 88.73, 89, 1000, .infinity, -87.5, -100, -103.9, -104, -1000, -.infinity]
        // Three copies: long enough that the AVX kernels see them, not only the Swift tail loop.
        let inputs = special + special + special
        let results = vectorExp(inputs)
        for (x, y) in zip(inputs, results) {
            let expected = Foundation.expf(x)
            // Subnormal results may differ in their last bits (two roundings); they stay tiny and non-negative.
            if expected < Float.leastNormalMagnitude {
                #expect(y >= 0 && y < Float.leastNormalMagnitude, "exp(\(x)) = \(y)")
            } else {
                #expect(y == expected || ulps(y, expected) <= 2, "exp(\(x)) = \(y), C library \(expected)")
            }
        }
        let nans = vectorExp([Float](repeating: .nan, count: 33))
        #expect(nans.count == 33 && nans.filter { !$0.isNaN }.isEmpty)
    }

    private func vectorExp(_ values: [Float], level: Int) -> [UInt32] {
        values.withUnsafeBufferPointer { source in
            [Float](unsafeUninitializedCapacity: values.count) { destination, initialized in
                VectorExp.apply(source, destination, level: level)
                initialized = values.count
            }
        }.map(\.bitPattern)
    }

    /// The plain Swift loop (level 0), AVX2 (1) and AVX-512 (2, where the CPU has it) give the
    /// same bits: the kernels take the same steps with no fused multiply-add.
    @Test func everyVectorWidthGivesTheSameBits() {
        let special: [Float] = [0, -0.0, 1e-30, -4.595, 88.72, 89, .infinity, -87.5, -103.9, -104, -.infinity, .nan]
        // 100,003 elements: a partial last vector for both widths.
        let inputs = special + (0..<99_991).map { Float(-104 + Double($0) * (194.0 / 99_991)) }
        let plain = vectorExp(inputs, level: 0)
        #expect(NativeKernels.vectorLevel >= 1, "this CPU has no AVX2: only the Swift loop ran")
        for level in 1...max(1, NativeKernels.vectorLevel) {
            let vector = vectorExp(inputs, level: level)
            let differing = zip(plain, vector).filter { $0 != $1 }.count
            #expect(differing == 0, "level \(level): \(differing) of \(inputs.count) results differ from the Swift loop")
        }
    }

    @Test func tensorExpUsesItForFloat32() throws {
        let x = try Tensor(shape: [3], scalars: [0, 1, -2])
        let y = try exp(x).floats ?? []
        #expect(y[0] == 1)
        #expect(ulps(y[1], Foundation.expf(1)) <= 2 && ulps(y[2], Foundation.expf(-2)) <= 2)
    }
}
