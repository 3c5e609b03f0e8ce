var s = "  hi "
s.removeFirst(); s.removeLast()
print("[\(s)]")
var word = "swift"
let first = word.removeFirst()
let last = word.removeLast()
print(first, last, word)
var xs = [1, 2, 3, 4, 5]
xs.removeFirst(2)
xs.removeLast(1)
print(xs)
var t = "abcdef"
t.removeFirst(2)
t.removeLast(3)
print(t)
import Foundation
let title = "hello wORLD of swift"
print(title.capitalized, "o'neil mc-donald".capitalized, title.capitalized.count)
// expect: [ hi]
// expect: s t wif
// expect: [3, 4]
// expect: c
// expect: Hello World Of Swift O'neil Mc-Donald 20
