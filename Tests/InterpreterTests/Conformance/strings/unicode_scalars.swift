// Unicode scalars: `UnicodeScalar(n)`, `Unicode.Scalar(n)`, `s.unicodeScalars`, `scalar.value`, `Character(scalar)` (a Caesar cipher).
func caesar(_ text: String, shift: Int) -> String {
    var out = ""
    for ch in text {
        guard let ascii = ch.asciiValue, ch.isLetter else { out.append(ch); continue }
        let base = ch.isUppercase ? 65 : 97
        let shifted = (Int(ascii) - base + shift + 26) % 26 + base
        out.append(Character(UnicodeScalar(shifted)!))
    }
    return out
}
print(caesar("Hello, World", shift: 3), caesar(caesar("abc xyz", shift: 5), shift: -5)) // expect: Khoor, Zruog abc xyz
let s = "hé"
print(s.unicodeScalars.count, s.unicodeScalars.map { $0.value }, UnicodeScalar(99)!, Unicode.Scalar(0x1F600) != nil) // expect: 2 [104, 233] c true
let codes = "ABC".unicodeScalars.map { Int($0.value) }
print(codes, String(codes.map { Character(UnicodeScalar($0 + 1)!) })) // expect: [65, 66, 67] BCD
