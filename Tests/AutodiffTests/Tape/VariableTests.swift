import Testing

@testable import Autodiff

@Suite struct VariableTests {
    @Test func assignmentsCheckShapeAndDtype() throws {
        let v = try Variable([1, 2], name: "v")
        try v.assign(try Tensor(nested: [3, 4]))
        try v.assignAdd(try Tensor(nested: [1, 1]))
        try v.assignSub(try Tensor(nested: [0.5, 0.5]))
        #expect(v.value.doubles == [3.5, 4.5])
        let error = #expect(throws: TensorError.self) { try v.assign(Tensor(1)) }
        #expect(error?.message == "assign: variable 'v' has shape [2], cannot assign shape []")
        #expect(throws: TensorError.self) { try v.assignAdd(try Tensor(nested: [1, 1], dtype: .float64)) }
    }

    @Test func updatesInsideRecordAreNotRecorded() throws {
        let w = Variable(Tensor(1.0))
        let tape = GradientTape()
        let loss = try tape.record { () throws -> Tensor in
            let l = try w.value * 3.0
            try w.assignSub(Tensor(0.5))
            return l
        }
        #expect(try tape.gradient(loss, w)?.doubles == [3])
        #expect(w.value.doubles == [0.5])
    }

    @Test func trainingLoopConverges() throws {
        let w = Variable(Tensor(0.0), name: "w")
        for _ in 0..<100 {
            let tape = GradientTape()
            let loss = try tape.record { try square(w.value - 3.0) }
            let g = try #require(try tape.gradient(loss, w))
            try w.assignSub(try g * 0.1)
        }
        #expect(Swift.abs(try w.value.scalarValue() - 3) < 1e-4)
    }

    @Test func descriptionShowsNameShapeDtypeAndValue() throws {
        #expect(Variable(Tensor(3.0), name: "x").description == "Variable(name: \"x\", shape: [], dtype: float32, value: 3.0)")
        let m = try Variable([[1, 2], [3, 4]])
        let prefix = "Variable(name: \"Variable\", shape: [2, 2], dtype: float32, value: "
        let continuation = String(repeating: " ", count: prefix.count + 1)
        #expect(m.description == prefix + "[[1.0, 2.0],\n" + continuation + "[3.0, 4.0]])")
    }
}
