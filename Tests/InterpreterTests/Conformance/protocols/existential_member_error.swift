protocol P {
    func f() -> Int
}
struct S: P {
    func f() -> Int { 1 }
    func g() -> Int { 2 }
}
let p: P = S()
print(p.g()) // expect error: 9:9: value of type 'any P' has no member 'g'
