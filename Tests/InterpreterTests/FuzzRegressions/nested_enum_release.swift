// Overflowed the stack of the thread that released the session (one recursion per level).
indirect enum L { case n(L), e }
var l = L.e
for _ in 0..<200000 { l = .n(l) }
print("ok") // expect: ok
