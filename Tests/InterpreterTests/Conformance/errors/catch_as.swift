enum A: Error { case one }
enum B: Error { case two(Int) }
func fail(_ first: Bool) throws { if first { throw A.one } else { throw B.two(2) } }
for flag in [true, false] {
    do {
        try fail(flag)
    } catch let e as A {
        print("A", e) // expect: A one
    } catch let e as B {
        print("B", e) // expect: B two(2)
    } catch {
        print("?")
    }
}
do { try fail(true) } catch is A { print("is A") } catch { print("not A") } // expect: is A
