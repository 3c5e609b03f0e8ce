protocol P {
    func f() -> Int
}
struct S {}
extension S: P {} // expect error: 5:1: type 'S' does not conform to protocol 'P'
