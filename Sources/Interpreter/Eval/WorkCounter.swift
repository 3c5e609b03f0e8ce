/// The evaluation's progress counter, read on every loop iteration and call: one word holding the
/// interpreted call depth (low 32 bits) and a count of iterations and calls (high 32 bits), so that
/// entering a call updates both with one addition. Every 1024th count the caller reads the clock
/// (the time limit); a depth past the limit is a stack overflow.
///
/// The word lives behind a pointer so the hot paths are free of exclusivity checks.
struct WorkCounter {
    private let word: UnsafeMutablePointer<Int>
    private static let countUnit = 1 << 32
    private static let depthMask = (1 << 32) - 1
    /// Every 1024th count has these bits clear.
    private static let clockMask = 1023 << 32

    /// A counter at zero; `deallocate` releases it.
    static func make() -> WorkCounter {
        let word = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        word.initialize(to: 0)
        return WorkCounter(word: word)
    }

    func deallocate() {
        word.deallocate()
    }

    /// Starts a new cell at depth zero.
    func reset() {
        word.pointee = 0
    }

    /// The current interpreted call depth.
    var depth: Int { word.pointee & WorkCounter.depthMask }

    /// Counts one loop iteration; true when the clock should be read.
    @inline(__always)
    func tick() -> Bool {
        let value = word.pointee &+ WorkCounter.countUnit
        word.pointee = value
        return value & WorkCounter.clockMask == 0
    }

    /// Enters a call one level deeper; true when the depth exceeds `maxDepth` or the clock should be
    /// read. Every `enter` is paired with a `leave`.
    @inline(__always)
    func enter(maxDepth: Int) -> Bool {
        let value = word.pointee &+ (WorkCounter.countUnit + 1)
        word.pointee = value
        return value & WorkCounter.depthMask > maxDepth || value & WorkCounter.clockMask == 0
    }

    /// Returns from the level `enter` went into.
    @inline(__always)
    func leave() {
        word.pointee &-= 1
    }
}
