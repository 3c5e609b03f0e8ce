import Testing

@testable import Autodiff

@Suite struct ConversionTests {
    @Test func castBetweenDtypes() throws {
        let x = try Tensor(nested: [1.7, -2.5, 0])
        #expect(try cast(x, to: .int32).int32s == [1, -2, 0])
        #expect(try cast(x, to: .bool).bools == [true, true, false])
        #expect(try cast(Tensor(Double.nan), to: .int32).int32s == [0])
        #expect(try cast(Tensor(1e20), to: .int32).int32s == [Int32.max])
        #expect(try cast(x, to: .float64).dtype == .float64)
        #expect(try cast(try cast(x, to: .int32), to: .float32).doubles == [1, -2, 0])
        // Through float32 and back: finite differences would lose precision, so the value is checked directly.
        let source = try f64([0.5, 1.5])
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            tape.watch(source)
            return try cast(try square(try cast(source, to: .float32)), to: .float64)
        }
        let g = try tape.gradient(y, source)
        #expect(g?.dtype == .float64)
        #expect(g?.doubles == [1, 3])
    }

    @Test func stopGradientCutsTheTape() throws {
        let x = Tensor(3, dtype: .float64)
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            tape.watch(x)
            return try x * stopGradient(x)
        }
        #expect(try tape.gradient(y, x)?.doubles == [3])
    }
}
