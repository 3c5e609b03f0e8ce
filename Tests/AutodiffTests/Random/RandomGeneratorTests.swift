import Testing

@testable import Autodiff

@Suite struct RandomGeneratorTests {
    @Test func splitmix64MatchesTheReferenceSequence() {
        // Reference outputs of splitmix64 seeded with 0 (Vigna's splitmix64.c).
        let generator = RandomGenerator(seed: 0)
        let expected: [UInt64] = [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F]
        #expect(generator.uniforms(3) == expected.map { Double($0 >> 11) * 0x1.0p-53 })
    }

    @Test func sameSeedSameNumbers() {
        let a = RandomGenerator(seed: 42)
        let b = RandomGenerator(seed: 42)
        #expect(a.normals(5) == b.normals(5))
        a.reseed(7)
        b.reseed(7)
        #expect(a.uniforms(4) == b.uniforms(4))
        #expect(a.uniforms(4) != RandomGenerator(seed: 8).uniforms(4))
    }

    @Test func normalsHaveTheRightMoments() {
        let values = RandomGenerator(seed: 1).normals(20_001)
        #expect(values.count == 20_001)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
        #expect(Swift.abs(mean) < 0.03)
        #expect(Swift.abs(variance - 1) < 0.05)
    }

    @Test func tensorCreatorsUseTheSeededGlobalGenerator() throws {
        setSeed(42)
        let first = try Tensor.randomNormal([3, 2], mean: 1, stddev: 2, dtype: .float64)
        let uniform = try Tensor.randomUniform([100], min: -1, max: 1)
        setSeed(42)
        #expect(try Tensor.randomNormal([3, 2], mean: 1, stddev: 2, dtype: .float64).doubles == first.doubles)
        #expect(uniform.doubles.allSatisfy { $0 >= -1 && $0 < 1 })
        let ints = try Tensor.randomUniform([50], min: 0, max: 3, dtype: .int32)
        #expect(ints.int32s?.allSatisfy { (0..<3).contains($0) } == true)
    }
}
