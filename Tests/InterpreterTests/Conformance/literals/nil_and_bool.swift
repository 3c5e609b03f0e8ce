var x: Int? = nil
print(x as Any) // expect: nil
x = 5
print(x as Any) // expect: Optional(5)
print(x == nil, x != nil) // expect: false true
let flag = !true
print(flag) // expect: false
