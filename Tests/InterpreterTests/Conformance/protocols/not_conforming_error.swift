protocol P {
    func f() -> Int
}
struct S {}
let p: P = S() // expect error: 5:12: value of type 'S' does not conform to specified type 'P'
