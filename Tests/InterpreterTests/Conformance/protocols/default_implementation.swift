protocol Named {
    var name: String { get }
    func greeting() -> String
}
extension Named {
    func greeting() -> String { "Hello, \(name)" }
    func shout() -> String { greeting().uppercased() }
}
struct Person: Named {
    var name: String
}
struct Robot: Named {
    var name: String { "R2" }
    func greeting() -> String { "Beep, \(name)" }
}
let p = Person(name: "Ada")
print(p.greeting()) // expect: Hello, Ada
print(p.shout()) // expect: HELLO, ADA
let r = Robot()
print(r.greeting(), r.shout()) // expect: Beep, R2 BEEP, R2
let all: [Named] = [p, r]
for n in all { print(n.shout()) } // expect: HELLO, ADA
// expect: BEEP, R2
