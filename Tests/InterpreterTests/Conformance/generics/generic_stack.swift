struct Stack<Element> {
    var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
    func reversed() -> Stack { Stack(items: items.reversed()) }
}
var numbers = Stack<Int>()
print(numbers) // expect: Stack<Int>(items: [])
numbers.push(1)
numbers.push(2)
numbers.push(3)
print(numbers, numbers.count, numbers.peek() ?? -1) // expect: Stack<Int>(items: [1, 2, 3]) 3 3
print(numbers.reversed()) // expect: Stack<Int>(items: [3, 2, 1])
let copy = numbers
print(numbers.pop() ?? -1, numbers.pop() ?? -1) // expect: 3 2
print(numbers, copy) // expect: Stack<Int>(items: [1]) Stack<Int>(items: [1, 2, 3])
var words: Stack<String> = Stack()
words.push("a")
print(words, words.isEmpty) // expect: Stack<String>(items: ["a"]) false
var empty: Stack<[Double]> = Stack()
print(empty, empty.pop() == nil) // expect: Stack<Array<Double>>(items: []) true
