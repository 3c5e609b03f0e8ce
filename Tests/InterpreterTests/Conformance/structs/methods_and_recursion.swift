struct Fibonacci {
    var memo: [Int: Int] = [:]

    mutating func value(_ n: Int) -> Int {
        if n < 2 {
            return n
        }
        if let known = memo[n] {
            return known
        }
        let result = value(n - 1) + value(n - 2)
        memo[n] = result
        return result
    }
}
var fib = Fibonacci()
print(fib.value(50), fib.memo.count) // expect: 12586269025 49

struct Stack {
    var items: [Int] = []
    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ x: Int) {
        items.append(x)
    }

    mutating func pop() -> Int? {
        items.popLast()
    }
}
var stack = Stack()
for i in 1...4 {
    stack.push(i * i)
}
var popped: [Int] = []
while !stack.isEmpty {
    popped.append(stack.pop()!)
}
print(popped, stack.pop() == nil) // expect: [16, 9, 4, 1] true
