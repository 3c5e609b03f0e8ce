enum E: Error { case tooBig(Int) }
func check(_ n: Int) throws -> Int {
    if n > 1 { throw E.tooBig(n) }
    return n
}
func apply(_ f: (Int) throws -> Int) rethrows -> Int { try f(1) }
print(apply { $0 + 1 }) // expect: 2
print(try apply { try check($0) }) // expect: 1
do { print(try [1, 2].map { try check($0) }) } catch { print("caught", error) } // expect: caught tooBig(2)
print((try? [0, 1].map { try check($0) }) as Any) // expect: Optional([0, 1])
let safe = { (n: Int) -> Int in
    do { return try check(n) } catch { return -1 }
}
print([1, 5].map(safe), [1, 5].map { n in (try? check(n)) ?? 0 }) // expect: [1, -1] [1, 0]
let risky: () throws -> Int = { try check(5) }
print((try? risky()) as Any) // expect: nil
print([3, 1, 2].sorted { a, b in a < b }, [3, 1].map { String($0) }) // expect: [1, 2, 3] ["3", "1"]
