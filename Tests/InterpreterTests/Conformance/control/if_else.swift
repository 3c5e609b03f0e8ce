func grade(_ s: Int) -> String {
    if s >= 90 {
        return "A"
    } else if s >= 80 {
        return "B"
    } else {
        return "C"
    }
}
print(grade(95), grade(85), grade(10)) // expect: A B C
let v: Int? = 4
if let w = v, w > 3 {
    print("big", w) // expect: big 4
}
if let v {
    print("shorthand", v) // expect: shorthand 4
}
let none: Int? = nil
if let u = none {
    print(u)
} else {
    print("none") // expect: none
}
if v != nil && v! > 1 { print("ok") } // expect: ok
