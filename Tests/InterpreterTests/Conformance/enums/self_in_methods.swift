enum Dir: Int, CaseIterable {
    case n, e, s, w
    func turned() -> Dir { Dir(rawValue: (rawValue + 1) % 4)! }
}
var d = Dir.w
print(d.turned(), Dir.n.turned().turned()) // expect: n s
