func gate(_ a: Bool, _ b: Bool) -> String {
    switch (a, b) {
    case (true, true): return "both"
    case (true, false), (false, true): return "one"
    case (false, false): return "none"
    }
}
print(gate(true, true), gate(false, true), gate(false, false)) // expect: both one none
