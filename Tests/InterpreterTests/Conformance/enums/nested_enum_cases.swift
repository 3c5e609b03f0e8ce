// A nested enum's cases with payloads: made by the bare nested name inside the outer type's members, and
// matched by the full path (`Outer.E.bad(let n)`) in `switch`, `if case` and `catch`.
struct S {
    enum E: Error { case bad(Int), fine }
    func f() -> E { E.bad(1) }
    func g() throws { throw E.bad(2) }
}
print(S().f()) // expect: bad(1)
do { try S().g() } catch { print(error) } // expect: bad(2)
let e = S.E.bad(3)
switch e {
case S.E.bad(let n): print("bad", n) // expect: bad 3
case S.E.fine: print("fine")
}
if case S.E.bad(let n) = e { print(n * 2) } // expect: 6
do { throw S.E.bad(4) } catch S.E.bad(let n) { print("caught", n) } catch { print("other") } // expect: caught 4
