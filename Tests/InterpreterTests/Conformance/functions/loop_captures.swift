var closures: [() -> Int] = []
for i in 0..<3 {
    closures.append { i * 10 }
}
print(closures.map { $0() }) // expect: [0, 10, 20]
var makers: [() -> String] = []
var n = 0
while n < 2 {
    let label = "item \(n)"
    makers.append { label }
    n += 1
}
print(makers.map { $0() }) // expect: ["item 0", "item 1"]
var shared = 0
var bumpers: [() -> Void] = []
for _ in 0..<3 {
    bumpers.append { shared += 1 }
}
for b in bumpers { b() }
print(shared) // expect: 3
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs {
        let check = { x % 2 == 0 }
        if check() { return x }
    }
    return nil
}
print(firstEven([1, 3, 4, 6]) as Any) // expect: Optional(4)
for i in 1...2 {
    func square() -> Int { i * i }
    print(square())
}
// expect: 1
// expect: 4
