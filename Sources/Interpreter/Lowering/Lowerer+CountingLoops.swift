extension Lowerer {
    /// `for i in a..<b { ... }` (or `a...b`, or `for _ in`) whose body creates no closures and has no
    /// `where` clause: the hot loop of numeric code, written as one closure that counts, ticks and
    /// runs the body in the current frame.
    ///
    /// The loop variable is a `let` of type Int, so while the loop runs its slot only ever holds the
    /// Ints stored here: each store overwrites a plain number and needs no release.
    func countingLoop(_ lo: @escaping Code, _ hi: @escaping Code, closed: Bool, slot: Int?,
                      _ body: @escaping StmtCode, _ position: SourcePosition) -> StmtCode {
        let rt = self.rt
        let work = rt.work
        return { f in
            let low = try asInt(try lo(f))
            let end = try rangeEnd(low, try asInt(try hi(f)), closed: closed, position)
            let variable: UnsafeMutablePointer<Value>? = slot.map { f.slots + $0 }
            variable?.pointee = .int(low)
            var i = low
            while i < end {
                variable?.initialize(to: .int(i))
                if work.tick() { try rt.checkDeadline(position) }
                let flow = try body(f)
                guard flow.continuesLoop else { return flow.afterLoop }
                i &+= 1
            }
            return .normal
        }
    }
}
