let pairs = [(1, "a"), (2, "b"), (1, "c")]
for case (1, let s) in pairs { print(s) } // expect: a
// expect: c
