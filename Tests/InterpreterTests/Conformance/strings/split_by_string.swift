print("a, b, c".split(separator: ", "), "x--y----z".split(separator: "--"), "a, b".split(separator: ", ", maxSplits: 0))
print("one  two".split(separator: " "), "k=v=w".split(separator: "=", maxSplits: 1))
// expect: ["a", "b", "c"] ["x", "y", "z"] ["a, b"]
// expect: ["one", "two"] ["k", "v=w"]
