import Testing
@testable import Interpreter

/// The payload helpers reach the array, struct value or instance a `Value` holds where it lies: the
/// layout they rely on (payload at offset 0), changes made in place, copy-on-write kept for shared
/// storage, and nil for every other kind.
@Suite struct PayloadAccessTests {
    @Test func anArrayIsReadAndChangedWhereItLies() {
        var value = Value.array([.int(1), .int(2)])
        let count = withUnsafeMutablePointer(to: &value) { holder in
            holder.withArrayPayload { items -> Int in
                items.append(.int(3))
                items[0] = .int(10)
                return items.count
            }
        }
        #expect(count == 3)
        #expect(value.description == "[10, 2, 3]")
    }

    @Test func aSharedArrayIsCopiedBeforeItChanges() {
        var value = Value.array([.int(1)])
        let earlier = value
        _ = withUnsafeMutablePointer(to: &value) { holder in holder.withArrayPayload { $0[0] = .int(5) } }
        #expect(value.description == "[5]")
        #expect(earlier.description == "[1]")
    }

    @Test func aStructValuesFieldsAndTypeAreReachedInPlace() {
        let type = NominalType(name: "Point", kind: .structure)
        var value = Value.structure(StructValue(type: type, fields: [.double(1), .double(2)]))
        let copy = value
        let name = withUnsafeMutablePointer(to: &value) { holder in
            holder.withStructPayload { s -> String in
                s.fields[1] = .double(7)
                return s.type.name
            }
        }
        #expect(name == "Point")
        guard case .structure(let changed) = value, case .structure(let original) = copy else {
            Issue.record("expected struct values")
            return
        }
        #expect(changed.fields.map(\.description) == ["1.0", "7.0"])
        #expect(original.fields.map(\.description) == ["1.0", "2.0"])
    }

    @Test func anInstanceIsTheSharedObject() {
        let type = NominalType(name: "Counter", kind: .classType)
        let instance = ObjectInstance(type: type, fields: [.int(0)])
        var value = Value.object(instance)
        let same = withUnsafeMutablePointer(to: &value) { holder in
            holder.withObjectPayload { o -> Bool in
                o.fields[0] = .int(4)
                return o === instance
            }
        }
        #expect(same == true)
        #expect(instance.fields[0].description == "4")
    }

    @Test func otherKindsGiveNil() {
        for var value in [Value.int(3), .double(1.5), .string("a"), .void, .none, .some(.int(1)), .bool(true)] {
            withUnsafeMutablePointer(to: &value) { holder in
                #expect(holder.withArrayPayload { _ in 0 } == nil)
                #expect(holder.withStructPayload { _ in 0 } == nil)
                #expect(holder.withObjectPayload { _ in 0 } == nil)
            }
        }
    }
}

/// The scalar readers take an Int, Double or Bool from where the value lies, and nothing from a value
/// of another kind (a Double's bits are never read as an Int, a Bool's never as a Double); only
/// values that refer to nothing counted may be copied as bits.
@Suite struct ScalarPayloadTests {
    @Test func eachScalarIsReadOnlyFromItsOwnKind() {
        var values: [Value] = [.int(-7), .double(2.5), .bool(true), .bool(false), .string("x"), .none]
        values.withUnsafeBufferPointer { buffer in
            let p = buffer.baseAddress!
            #expect(p.intPayload == -7)
            #expect((p + 1).doublePayload == 2.5)
            #expect((p + 2).boolPayload == true)
            #expect((p + 3).boolPayload == false)
            #expect((p + 1).intPayload == nil)
            #expect(p.doublePayload == nil)
            #expect((p + 2).intPayload == nil)
            #expect((p + 4).boolPayload == nil)
            #expect((p + 5).intPayload == nil)
        }
        values.withUnsafeBufferPointer { buffer in
            #expect((0..<4).allSatisfy { (buffer.baseAddress! + $0).holdsNoReference })
            #expect(!(buffer.baseAddress! + 4).holdsNoReference)
            #expect((buffer.baseAddress! + 5).holdsNoReference)
        }
        var counted: [Value] = [.array([.int(1)]), .function(Function(name: "f", parameterCount: 0, body: .builtin { _ in .void }))]
        counted.withUnsafeBufferPointer { buffer in
            #expect(!buffer.baseAddress!.holdsNoReference)
            #expect(!(buffer.baseAddress! + 1).holdsNoReference)
        }
        counted.removeAll()
        values[0] = .int(Int.min)
        values[1] = .double(-.infinity)
        values.withUnsafeBufferPointer { buffer in
            #expect(buffer.baseAddress!.intPayload == Int.min)
            #expect((buffer.baseAddress! + 1).doublePayload == -.infinity)
        }
    }
}

/// `withArrayElements` and `withStoredProperties` read through the in-place access: they see the
/// elements and fields as they are, leave a shared array shared, and give nil for other kinds.
@Suite struct BorrowedElementsTests {
    @Test func elementsAndFieldsAreReadWithoutChangingTheirOwners() {
        var value = Value.array([.int(4), .string("b")])
        let shared = value
        let read = withUnsafePointer(to: &value) { holder in
            holder.withArrayElements { items in items.map(\.description) }
        }
        #expect(read == ["4", "b"])
        #expect(shared.description == value.description)
        let type = NominalType(name: "P", kind: .structure)
        var point = Value.structure(StructValue(type: type, fields: [.double(1.5), .double(-2)]))
        let fields = withUnsafePointer(to: &point) { holder in holder.withStoredProperties { $0.map(\.description) } }
        #expect(fields == ["1.5", "-2.0"])
        var number = Value.int(3)
        #expect(withUnsafePointer(to: &number) { $0.withArrayElements { $0.count } } == nil)
        #expect(withUnsafePointer(to: &number) { $0.withStoredProperties { $0.count } } == nil)
    }
}
