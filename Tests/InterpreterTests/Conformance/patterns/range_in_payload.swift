enum Sample { case reading(Int), missing }
for s in [Sample.reading(5), .reading(50), .missing] {
    switch s {
    case .reading(0..<10): print("low") // expect: low
    case .reading(let v): print("value", v) // expect: value 50
    case .missing: print("missing") // expect: missing
    }
}
