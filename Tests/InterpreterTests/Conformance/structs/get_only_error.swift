struct Square {
    var side: Double
    var area: Double { side * side }
}
var s = Square(side: 2)
s.area = 9 // expect error: 6:3: cannot assign to property: 'area' is a get-only property
