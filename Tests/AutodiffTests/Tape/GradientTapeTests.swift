import Testing

@testable import Autodiff

@Suite struct GradientTapeTests {
    @Test func variableIsWatchedAutomatically() throws {
        let x = Variable(Tensor(3.0), name: "x")
        let tape = GradientTape()
        let y = try tape.record { try x.value ** 2 }
        #expect(try tape.gradient(y, x)?.doubles == [6])
    }

    @Test func constantsNeedWatch() throws {
        let x = Tensor(3.0)
        let unwatched = GradientTape()
        let y1 = try unwatched.record { try x ** 2 }
        #expect(try unwatched.gradient(y1, x) == nil)
        let watched = GradientTape()
        let y2 = try watched.record { () throws -> Tensor in
            watched.watch(x)
            return try x ** 2
        }
        #expect(try watched.gradient(y2, x)?.doubles == [6])
    }

    @Test func secondCallOnNonPersistentTapeIsAnError() throws {
        let x = Variable(Tensor(2.0))
        let tape = GradientTape()
        let y = try tape.record { try x.value * x.value }
        #expect(try tape.gradient(y, x)?.doubles == [4])
        let error = #expect(throws: TensorError.self) { try tape.gradient(y, x) }
        #expect(error?.message.contains("A non-persistent GradientTape can only be used to compute one set of gradients") == true)
        #expect(error?.message.contains("persistent: true") == true)
    }

    @Test func persistentTapeAnswersManyCalls() throws {
        let x = Variable(Tensor(2.0))
        let y = Variable(Tensor(3.0))
        let tape = GradientTape(persistent: true)
        let (z1, z2) = try tape.record { () throws -> (Tensor, Tensor) in
            (try x.value ** 2 + y.value ** 2, try x.value * y.value)
        }
        #expect(try tape.gradient(z1, [x, y]).map { $0?.doubles } == [[4], [6]])
        #expect(try tape.gradient(z2, [x, y]).map { $0?.doubles } == [[3], [2]])
        #expect(try tape.jacobian(z1, x)?.doubles == [4])
    }

    @Test func nestedTapesGiveHigherDerivatives() throws {
        let x = Variable(Tensor(2.0))
        let t3 = GradientTape()
        let t2 = GradientTape()
        let t1 = GradientTape()
        let (first, second) = try t3.record { () throws -> (Tensor, Tensor) in
            let (first, second) = try t2.record { () throws -> (Tensor, Tensor) in
                let y = try t1.record { try x.value ** 4 }
                let first = try #require(try t1.gradient(y, x))
                return (first, first)
            }
            return (first, try #require(try t2.gradient(second, x)))
        }
        #expect(first.doubles == [32])
        #expect(second.doubles == [48])
        #expect(try t3.gradient(second, x)?.doubles == [48])
    }

    @Test func unconnectedSourcesGiveNil() throws {
        let x = Variable(Tensor(2.0))
        let frozen = Variable(Tensor(5.0), trainable: false)
        let outside = try x.value ** 2
        let tape = GradientTape(persistent: true)
        let (viaInt, viaOutside, viaStop, viaFrozen) = try tape.record { () throws -> (Tensor, Tensor, Tensor, Tensor) in
            let viaInt = try cast(try cast(x.value, to: .int32), to: .float32) + 1.0
            return (viaInt, try outside + 1.0, try stopGradient(x.value) * 3.0, try frozen.value * x.value)
        }
        #expect(try tape.gradient(viaInt, x) == nil)
        #expect(try tape.gradient(viaOutside, x) == nil)
        #expect(try tape.gradient(viaStop, x) == nil)
        #expect(try tape.gradient(viaFrozen, frozen) == nil)
        #expect(try tape.gradient(viaFrozen, x)?.doubles == [5])
        #expect(try tape.gradient(viaInt, x, unconnected: .zero)?.doubles == [0])
    }

    @Test func watchAccessedVariablesFalseNeedsExplicitWatch() throws {
        let x = Variable(Tensor(2.0))
        let y = Variable(Tensor(3.0))
        let tape = GradientTape(watchAccessedVariables: false)
        let z = try tape.record { () throws -> Tensor in
            tape.watch(y)
            return try x.value * y.value
        }
        let grads = try tape.gradient(z, [x, y])
        #expect(grads[0] == nil)
        #expect(grads[1]?.doubles == [2])
    }

    @Test func sourcesAsDictionaryAndIntermediates() throws {
        let x = Variable(Tensor(2.0))
        let tape = GradientTape(persistent: true)
        let (mid, out) = try tape.record { () throws -> (Tensor, Tensor) in
            let mid = try x.value * 3.0
            return (mid, try mid * mid)
        }
        let named = try tape.gradient(out, ["x": .variable(x), "mid": .tensor(mid)])
        #expect(named["x"]??.doubles == [36])
        #expect(named["mid"]??.doubles == [12])
        #expect(try tape.gradient(mid, mid)?.doubles == [1])
    }

    @Test func nonScalarTargetsAreSummedOrWeighted() throws {
        let w = Variable(try Tensor(nested: [1, 2, 3]))
        let tape = GradientTape(persistent: true)
        let y = try tape.record { try w.value * w.value }
        #expect(try tape.gradient(y, w)?.doubles == [2, 4, 6])
        let weighted = try tape.gradient(y, w, outputGradients: try Tensor(nested: [1, 0, -1]))
        #expect(weighted?.doubles == [2, 0, -6])
        let error = #expect(throws: TensorError.self) { try tape.gradient(y, w, outputGradients: Tensor(1)) }
        #expect(error?.message == "gradient: outputGradients has shape [] but the target has shape [3]")
    }

    @Test func gradientsHaveTheSourceDtype() throws {
        let x = Variable(Tensor(1.5, dtype: .float64))
        let tape = GradientTape()
        let y = try tape.record { try sin(x.value) }
        let g = try #require(try tape.gradient(y, x))
        #expect(g.dtype == .float64)
    }
}

@Suite struct PersistentSelfRecordingTests {
    @Test func persistentTapeRecordsItsOwnGradientInsideRecord() throws {
        let x = Variable(Tensor(3.0))
        let tape = GradientTape(persistent: true)
        let first = try tape.record { () throws -> Tensor? in
            let y = try x.value ** 3
            return try tape.gradient(y, x)
        }
        let g = try #require(first)
        #expect(g.doubles == [27])
        #expect(try tape.gradient(g, x)?.doubles == [18])
    }

    @Test func nonPersistentTapeDoesNotRecordItsOwnGradient() throws {
        let x = Variable(Tensor(3.0))
        let outer = GradientTape()
        let tape = GradientTape()
        let first = try outer.record { () throws -> Tensor? in
            try tape.record { () throws -> Tensor? in
                let y = try x.value ** 3
                return try tape.gradient(y, x)
            }
        }
        let g = try #require(first)
        #expect(try outer.gradient(g, x)?.doubles == [18])
    }
}

@Suite struct TapeReentryTests {
    @Test func recordingTheSameTapeTwiceNestedCountsOnce() throws {
        let x = Variable(Tensor(3.0))
        let tape = GradientTape()
        let y = try tape.record { try tape.record { try x.value * 2.0 } }
        #expect(try tape.gradient(y, x)?.doubles == [2])
    }

    @Test func severalRecordBlocksOnOneTapeAccumulate() throws {
        let x = Variable(Tensor(3.0))
        let tape = GradientTape()
        let y = try tape.record { try x.value * x.value }
        let z = try tape.record { try y + x.value }
        #expect(try tape.gradient(z, x)?.doubles == [7])
    }

    @Test(arguments: [5, 40])
    func longRecordingsKeepTheirSlots(steps: Int) throws {
        // 40 steps record well over the tape's 32 scanned slots, so slots move to a table mid-recording.
        let x = Variable(Tensor(1.0))
        let watched = Tensor(2.0)
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            tape.watch(watched)
            var sum = try x.value * watched
            for _ in 1..<steps { sum = try sum + x.value * watched }
            return sum
        }
        let grads = try tape.gradient(y, [.variable(x), .tensor(watched)])
        #expect(grads.map { $0?.doubles } == [[2 * Double(steps)], [Double(steps)]])
    }
}

