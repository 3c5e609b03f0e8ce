let s = "Hello"
print(s.count, s.isEmpty, "".isEmpty) // expect: 5 false true
print(s.uppercased(), s.lowercased()) // expect: HELLO hello
print(s.hasPrefix("He"), s.hasSuffix("lo"), s.contains("ell")) // expect: true true true
print("a,b,c".split(separator: ","), String(s.reversed())) // expect: ["a", "b", "c"] olleH
var t = "ab"
t += "cd"
t.append("e")
print(t) // expect: abcde
print(String(repeating: "-", count: 5)) // expect: -----
print(s.first!, s.last!) // expect: H o
print(["b", "a"].sorted()) // expect: ["a", "b"]
print("x" == "x", "Hello" + ", " + "World") // expect: true Hello, World
