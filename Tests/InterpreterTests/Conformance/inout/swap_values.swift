func exchange(_ a: inout String, _ b: inout String) {
    let t = a
    a = b
    b = t
}
var x = "left", y = "right"
exchange(&x, &y)
print(x, y) // expect: right left
