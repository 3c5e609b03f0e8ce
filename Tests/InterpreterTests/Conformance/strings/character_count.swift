// String.count counts Characters: an ASCII string's bytes, except that CR LF is one Character;
// other strings through Unicode segmentation.
let samples = ["", "a", "ab\r\ncd", "\r\n\r\n", "\r\r\n\n", "é", "e\u{301}x", "x\r\n", "\n\r", "héllo\r\n", String(repeating: "ab\r\n", count: 1000)]
print(samples.map { $0.count }) // expect: [0, 1, 5, 2, 3, 1, 2, 2, 2, 6, 3000]
var s = ""
for i in 0..<300 { s += "\(i)\r" ; if i % 7 == 0 { s += "\n" } }
print(s.count) // expect: 1090
