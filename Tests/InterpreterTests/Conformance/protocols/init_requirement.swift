protocol Resettable {
    init()
    var value: Int { get }
}
struct Knob: Resettable {
    var value = 5
}
let k = Knob()
print(k.value) // expect: 5
