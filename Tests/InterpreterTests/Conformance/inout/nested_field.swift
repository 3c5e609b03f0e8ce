struct Inner { var v: Int }
struct Outer { var inner: Inner; var items: [Int] }
func inc(_ x: inout Int) { x += 10 }
var o = Outer(inner: Inner(v: 1), items: [1, 2])
inc(&o.inner.v)
inc(&o.items[1])
print(o) // expect: Outer(inner: main.Inner(v: 11), items: [1, 12])
