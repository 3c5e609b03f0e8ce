for x in [10, 20] { print(x) }
// expect: 10
// expect: 20
for i in 0..<10 where i % 3 == 0 { print(i, terminator: ",") }
print() // expect: 0,3,6,9,
for i in stride(from: 0, to: 10, by: 4) { print(i, terminator: " ") }
print() // expect: 0 4 8 
for x in stride(from: 1.0, through: 2.0, by: 0.5) { print(x, terminator: " ") }
print() // expect: 1.0 1.5 2.0 
for (i, w) in ["a", "b"].enumerated() { print(i, w) }
// expect: 0 a
// expect: 1 b
for (a, b) in zip([1, 2, 3], ["x", "y"]) { print(a, b) }
// expect: 1 x
// expect: 2 y
let xs = [5, 6, 7]
for i in xs.indices { print(i, xs[i], terminator: "; ") }
print() // expect: 0 5; 1 6; 2 7; 
for _ in 0..<2 { print("hi") }
// expect: hi
// expect: hi
for c in "ab" { print(c) }
// expect: a
// expect: b
for i in 1...3 {
    if i == 2 { continue }
    print(i) 
}
// expect: 1
// expect: 3
for p in [(1, 2), (3, 4)] { print(p.0 + p.1) }
// expect: 3
// expect: 7
