import Testing
@testable import Interpreter

/// Stored-property reads and writes through a variable (`Lowerer+FieldReads.swift`,
/// `Lowerer+FieldStores.swift`), run as notebook cells of one session: values declared in one cell
/// and changed in place in the next, copies that must not see the change, and located errors.
@Suite struct FieldStoresTests {
    /// Runs `cells` in order in one session; returns what they printed and each cell's diagnostics.
    func run(_ cells: [String]) -> (printed: String, diagnostics: [[Diagnostic]]) {
        let session = InterpreterSession()
        var printed = ""
        let diagnostics = cells.map { session.run($0, timeLimit: .seconds(10)) { printed += $0 } }
        return (printed, diagnostics)
    }

    @Test func copiesTakenInEarlierCellsKeepTheirFields() {
        let (printed, diagnostics) = run([
            """
            struct Vec { var x: Double; var y: Double }
            struct Body { var position: Vec; var hits: Int }
            var a = Body(position: Vec(x: 1, y: 2), hits: 0)
            var b = a
            """,
            "a.position.x += 0.5\na.hits += 1\na.position.y = -a.position.y",
            "print(a, b)\nb.hits -= 3\nprint(a.hits, b.hits)",
        ])
        #expect(diagnostics.allSatisfy { $0.isEmpty })
        #expect(printed == """
            Body(position: main.Vec(x: 1.5, y: -2.0), hits: 1) Body(position: main.Vec(x: 1.0, y: 2.0), hits: 0)
            1 -3

            """)
    }

    @Test func capturedVariablesChangeInTheirOwnFrame() {
        let (printed, diagnostics) = run([
            """
            struct Counter { var count = 0; var total = 0.0 }
            func makeCounter() -> (Double) -> Counter {
                var counter = Counter()
                return { step in
                    counter.count += 1
                    counter.total += step
                    return counter
                }
            }
            let tick = makeCounter()
            let first = tick(0.25)
            let second = tick(0.5)
            print(first.count, first.total, second.count, second.total)
            """,
        ])
        #expect(diagnostics.allSatisfy { $0.isEmpty })
        #expect(printed == "1 0.25 2 0.75\n")
    }

    @Test func classInstancesChangeForEveryReference() {
        let (printed, diagnostics) = run([
            "final class Box { var value = 1; var scale = 1.0 }\nlet box = Box()\nlet same = box\nvar boxes = [box, Box()]",
            "same.value += 41\nboxes[0].scale *= 3\nbox.scale /= 2",
            "print(box.value, boxes[0].value, boxes[1].value, box.scale, box === boxes[0])",
        ])
        #expect(diagnostics.allSatisfy { $0.isEmpty })
        #expect(printed == "42 42 1 1.5 true\n")
    }

    @Test func overflowInAFieldStoreIsLocatedAtItsOperator() {
        let (printed, diagnostics) = run([
            "struct Tally { var n: Int }\nvar t = Tally(n: Int.max)",
            "print(t.n)\n  t.n += 1\nprint(\"not reached\")",
        ])
        #expect(printed == "9223372036854775807\n")
        #expect(diagnostics[1].map(\.description) == ["2:7: Arithmetic operation resulted in an overflow"])
    }

    @Test func divisionByZeroInAFieldStoreTraps() {
        let (_, diagnostics) = run(["struct Tally { var n: Int }\nvar t = Tally(n: 4)\nlet zero = 0\nt.n /= zero"])
        #expect(diagnostics[0].map(\.description) == ["4:5: Division by zero"])
    }

    @Test func storesThroughConstantsAreRejectedBeforeRunning() {
        let (printed, diagnostics) = run([
            "struct Vec { var x: Double }\nstruct Body { var position: Vec; let mass: Double }",
            "print(1)\nlet b = Body(position: Vec(x: 1), mass: 2)\nb.position.x += 1",
            "var c = Body(position: Vec(x: 1), mass: 2)\nc.mass = 3",
            """
            struct Walker {
                var step = 0
                func walk() { step += 1 }
            }
            """,
        ])
        #expect(printed.isEmpty)
        #expect(diagnostics[0].isEmpty)
        #expect(diagnostics[1].map(\.description) == ["3:3: cannot assign to property: 'b' is a 'let' constant"])
        #expect(diagnostics[2].map(\.description) == ["2:3: cannot assign to property: 'mass' is a 'let' constant"])
        #expect(diagnostics[3].map(\.description) == ["3:19: cannot assign to property: 'self' is immutable"])
    }
}

/// `updatePlace` on a stored property changes a uniquely held struct's fields where they are (no
/// copy-on-write copy), and copies them when another value shares them (Swift's value semantics).
@Suite struct UpdateFieldTests {
    /// The address of a struct value's fields storage.
    func fieldsAddress(_ value: Value) -> UnsafeRawPointer? {
        guard case .structure(let s) = value else { return nil }
        return s.fields.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    func makeValue() -> Value {
        let type = NominalType(name: "P", kind: .structure)
        return .structure(StructValue(type: type, fields: [.double(1), .double(2)]))
    }

    /// Stores `new` into stored property `index` of `value`, as a one-step place.
    func store(_ new: Value, into value: inout Value, field index: Int) throws {
        var step = PlacePath.Step.field(index)
        var none = 0
        try updatePlace(&value, &step, 1, &none, .assign(new))
    }

    @Test func uniqueFieldsChangeInPlace() throws {
        var value = makeValue()
        let before = fieldsAddress(value)
        try store(.double(5), into: &value, field: 1)
        #expect(fieldsAddress(value) == before)
        guard case .structure(let s) = value, case .double(let y) = s.fields[1] else { Issue.record("not a struct"); return }
        #expect(y == 5)
    }

    @Test func sharedFieldsAreCopiedFirst() throws {
        var value = makeValue()
        let copy = value
        try store(.double(-1), into: &value, field: 0)
        #expect(fieldsAddress(value) != fieldsAddress(copy))
        guard case .structure(let s) = copy, case .double(let x) = s.fields[0] else { Issue.record("not a struct"); return }
        #expect(x == 1)
    }
}
