enum E: Error { case nope }
func half(_ n: Int) throws -> Int {
    if n % 2 != 0 { throw E.nope }
    return n / 2
}
print((try? half(8)) as Any) // expect: Optional(4)
print((try? half(7)) as Any) // expect: nil
let values = [4, 5, 6].compactMap { try? half($0) }
print(values) // expect: [2, 3]
if let h = try? half(10) { print(h) } // expect: 5
let v = (try? half(3)) ?? -1
print(v) // expect: -1
