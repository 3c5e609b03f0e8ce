protocol Shape { func area() -> Double }
struct Square: Shape { func area() -> Double { 1 } }
struct Circle: Shape { func area() -> Double { 3 } }
struct Factory {
    func make(_ round: Bool) -> some Shape { // expect error: 5:10: function declares an opaque return type 'some Shape', but the return statements in its body do not have matching underlying types
        if round { return Circle() }
        return Square()
    }
}
