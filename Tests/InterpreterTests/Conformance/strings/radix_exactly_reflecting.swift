import Foundation
struct P { var x = 1 }
print(Int("ff", radix: 16) as Any, Int("zz", radix: 16) as Any, Int("ff", radix: 16)! + 1)
print(Int(exactly: 3.0) as Any, Int(exactly: 3.5) as Any)
print(String(255, radix: 16, uppercase: true), String(255, radix: 2), String(reflecting: P()), String(reflecting: "q"))
// expect: Optional(255) nil 256
// expect: Optional(3) nil
// expect: FF 11111111 main.P(x: 1) "q"
