struct A {
    struct B {
        struct C {
            var x: Int
        }
        var c: C
    }
    var b: B
}
let v = A(b: A.B(c: A.B.C(x: 4)))
print(v) // expect: A(b: main.A.B(c: main.A.B.C(x: 4)))
print(v.b.c.x) // expect: 4
