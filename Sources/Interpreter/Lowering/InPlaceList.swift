/// Compiled parts (argument codes, interpolation segments) kept where they lie and run in order
/// without being copied out: reading an element of an array, or iterating over it, copies the
/// element, which retains and releases the closure it holds on every run.
final class InPlaceList<Element> {
    private let buffer: UnsafeMutableBufferPointer<Element>

    /// A list of `elements`, in order.
    init(_ elements: [Element]) {
        buffer = .allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// How many elements there are.
    var count: Int { buffer.count }

    /// Element `i`, borrowed where it lies.
    @inline(__always)
    subscript(i: Int) -> Element {
        unsafeAddress { UnsafePointer(buffer.baseAddress! + i) }
    }
}
