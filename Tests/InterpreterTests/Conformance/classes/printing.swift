class Plain {
    var x = 1
}
let p = Plain()
print(p) // expect: main.Plain
print([p, p]) // expect: [main.Plain, main.Plain]
print("value: \(p)") // expect: value: main.Plain
let o: Plain? = p
print(o!) // expect: main.Plain
class Sub: Plain {}
print(Sub()) // expect: main.Sub
