enum Mode { case a, b }
print(Mode.b) // expect: b
// cell
enum Mode { case x }
print(Mode.x) // expect: x
