let points = [(0, 0), (3, 0), (0, -2), (1, 1)]
for p in points {
    switch p {
    case (0, 0): print("origin") // expect: origin
    case (_, 0): print("on x axis") // expect: on x axis
    case (0, let y): print("on y axis at", y) // expect: on y axis at -2
    case let (x, y): print("at", x, y) // expect: at 1 1
    }
}
