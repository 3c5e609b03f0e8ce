// `.some` as a pattern without a value pattern (`if case .some = x`, an exhaustive `switch` with `.none`),
// and `count(where:)`.
let x: Int? = 3
let n: Int? = nil
if case .some = x { print("has") } // expect: has
if case .none = n { print("none") } // expect: none
func describe(_ v: Int?) -> String {
    switch v {
    case .some(let k) where k > 2: return "big \(k)"
    case .some: return "small"
    case .none: return "nothing"
    }
}
print(describe(x), describe(1), describe(n)) // expect: big 3 small nothing
print([1, 2, 3, 4].count(where: { $0 % 2 == 0 })) // expect: 2
