class Rect {
    var width: Double
    var height: Double
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    convenience init(side: Double) {
        self.init(width: side, height: side)
    }
    var area: Double { width * height }
}
let r = Rect(side: 3)
print(r.width, r.height, r.area) // expect: 3.0 3.0 9.0
let t = Rect(width: 2, height: 5)
print(t.area) // expect: 10.0
