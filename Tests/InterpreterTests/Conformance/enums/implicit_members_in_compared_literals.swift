enum T: Equatable { case a(Int), b }
let xs: [T] = [.a(1), .b]
print(xs == [.a(1), .b], xs != [.b])
let ds = [1.0, 2.0]
print(ds == [1, 2])
// expect: true true
// expect: true
