let name = "World"
print("Hello, \(name)!") // expect: Hello, World!
let n = 3
print("\(n) + \(n) = \(n + n)") // expect: 3 + 3 = 6
print("tab\tquote\" backslash\\") // expect: tab	quote" backslash\
let text = """
    line one
      line two
    end
    """
print(text)
// expect: line one
// expect:   line two
// expect: end
print("\([1, 2]) \(["k": "v"]) \(Optional(1) as Any)") // expect: [1, 2] ["k": "v"] Optional(1)
print("unicode: \u{1F600} é") // expect: unicode: 😀 é
print("a" + "b") // expect: ab
