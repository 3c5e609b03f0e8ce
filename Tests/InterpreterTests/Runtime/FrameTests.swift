import Testing
@testable import Interpreter

/// A frame's slots: `setNumber` replaces whatever a slot holds (a number in place, a counted value
/// released), `take` moves a value out, and a fresh frame's slots hold `()`.
@Suite struct FrameTests {
    @Test func setNumberReplacesNumbersAndCountedValuesAlike() {
        let frame = Frame.make(size: 3, parent: nil)
        #expect((0..<3).allSatisfy { frame.slots[$0].description == "()" })
        frame.setNumber(.int(7), at: 0)
        frame.setNumber(.int(8), at: 0)
        #expect(frame.slots[0].description == "8")
        weak var released: ObjectInstance?
        do {
            let instance = ObjectInstance(type: NominalType(name: "Probe", kind: .classType), fields: [])
            released = instance
            frame.slots[1] = .array([.object(instance)])
        }
        #expect(released != nil)
        frame.setNumber(.double(2.5), at: 1)
        #expect(released == nil)
        #expect(frame.slots[1].description == "2.5")
        frame.setNumber(.bool(true), at: 2)
        #expect(frame.take(2).description == "true")
        #expect(frame.slots[2].description == "()")
    }

    @Test func returnCopyCopiesNumbersAndCountedValues() {
        let frame = Frame.make(size: 2, parent: nil)
        frame.slots[0] = .int(41)
        frame.returnCopy(of: 0)
        #expect(frame.returnValue.description == "41")
        frame.slots[1] = .array([.string("kept")])
        frame.returnCopy(of: 1)
        frame.slots[1] = .void
        #expect(frame.returnValue.description == "[\"kept\"]")
        frame.returnCopy(of: 0)
        #expect(frame.returnValue.description == "41")
    }
}
