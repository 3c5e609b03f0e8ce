// A type parameter constrained by two of the notebook's protocols (`P & Q`, or `where T: Q`) has both's members.
protocol P { var a: Int { get } }
protocol Q { var b: Int { get } }
struct S: P, Q { var a = 1; var b = 2 }
func f<T: P & Q>(_ x: T) -> Int { x.a + x.b }
func g<T: P>(_ x: T) -> Int where T: Q { x.a * 10 + x.b }
print(f(S()), g(S(a: 3, b: 4))) // expect: 3 34
