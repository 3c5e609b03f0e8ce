enum Shape { case circle(radius: Double), rect(Double, Double), dot }
func describe(_ s: Shape) -> String {
    switch s {
    case .circle(let r): return "circle \(r)"
    case let .rect(w, h): return "rect \(w)x\(h)"
    case .dot: return "dot"
    }
}
print(describe(.circle(radius: 2))) // expect: circle 2.0
print(describe(.rect(1, 2))) // expect: rect 1.0x2.0
print(describe(.dot)) // expect: dot
