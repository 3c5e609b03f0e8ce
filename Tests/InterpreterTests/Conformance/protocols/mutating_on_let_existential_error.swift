protocol P {
    mutating func f()
}
struct S: P {
    mutating func f() {}
}
let p: P = S()
p.f() // expect error: 8:3: cannot use mutating member on immutable value: 'p' is a 'let' constant
