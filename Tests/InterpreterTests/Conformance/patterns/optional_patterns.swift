let values: [Int?] = [3, nil, 12]
for v in values {
    switch v {
    case .some(let x) where x > 10: print("big", x) // expect: value 3
    case let x?: print("value", x) // expect: nothing
    case nil: print("nothing") // expect: big 12
    }
}
let maybe: String? = "hi"
if case let s? = maybe { print(s) } // expect: hi
if case .none = maybe { print("none") } else { print("has value") } // expect: has value
