func half(_ x: Int?) -> Int {
    guard let x = x else {
        return -1
    }
    guard x % 2 == 0 else { return 0 }
    return x / 2
}
print(half(nil), half(3), half(8)) // expect: -1 0 4
for i in 0..<5 {
    guard i != 2 else { continue }
    print(i, terminator: " ")
}
print() // expect: 0 1 3 4 
