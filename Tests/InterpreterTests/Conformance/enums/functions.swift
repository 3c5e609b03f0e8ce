enum Op { case add, sub }
func apply(_ op: Op, _ a: Int, _ b: Int) -> Int {
    op == .add ? a + b : a - b
}
func opposite(_ op: Op) -> Op { op == .add ? .sub : .add }
print(apply(.add, 2, 3), apply(.sub, 2, 3)) // expect: 5 -1
print(opposite(.add)) // expect: sub
let ops: [Op] = [.add, .sub, .add]
print(ops.map { apply($0, 10, 1) }) // expect: [11, 9, 11]
