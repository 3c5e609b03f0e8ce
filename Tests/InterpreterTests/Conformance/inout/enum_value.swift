enum Light { case on, off }
func toggle(_ l: inout Light) { l = l == .on ? .off : .on }
var l = Light.off
toggle(&l)
print(l) // expect: on
