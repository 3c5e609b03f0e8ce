// A subclass's instances run the observers of the stored properties they inherit, whatever the static
// type they are reached through, and from the subclass's own methods.
class A {
    var v = 0 { didSet { print("didSet", oldValue, v) } }
    var w = 0 { willSet { print("willSet", newValue) } }
}
class B: A {
    func set() { w = 3 }
}
let b = B()
b.v = 5 // expect: didSet 0 5
b.set() // expect: willSet 3
b.w += 1 // expect: willSet 4
let a: A = B()
a.v = 9 // expect: didSet 0 9
print(b.v, b.w) // expect: 5 4
