let x = 1
var y = 2.5
print(x, y) // expect: 1 2.5
print([1, 2], ["a": 1], (1, "a")) // expect: [1, 2] ["a": 1] (1, "a")
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(15)) // expect: 610
var s = 0.0
for i in 0..<10 { s += Double(i % 7) * 0.5 }
print(s) // expect: 12.0
