// `as?`, `as!` and `is` from `Any` to built-in types (numbers, text, truth values, arrays of them), checked at run time.
let row: [Any] = [1, "two", 3.5, true, [1, 2]]
var numbers: [Double] = []
for item in row {
    if let i = item as? Int { numbers.append(Double(i)) }
    else if let d = item as? Double { numbers.append(d) }
    else if let s = item as? String { print("text", s) } // expect: text two
    else if item is Bool { print("flag") } // expect: flag
    else if let xs = item as? [Int] { print("list", xs.count) } // expect: list 2
}
print(numbers) // expect: [1.0, 3.5]
let x: Any = 42
print(x as? String as Any, (x as? Int).map { $0 + 1 } as Any, x as! Int) // expect: nil Optional(43) 42
