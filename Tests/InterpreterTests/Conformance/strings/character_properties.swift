// `Character`'s properties (`isLetter`, `isNumber`, `isWhitespace`, `isUppercase`, `asciiValue`,
// `wholeNumberValue`) and `Character("a")`.
let ch: Character = "7"
print(ch.isNumber, ch.isLetter, Character("a").isLetter, Character(" ").isWhitespace, Character("Q").isUppercase) // expect: true false true true true
print("a1 b2".filter { $0.isNumber }, "Hello World".filter { $0.isUppercase }) // expect: 12 HW
print(Character("A").asciiValue as Any, ch.wholeNumberValue as Any, Character("x").wholeNumberValue as Any) // expect: Optional(65) Optional(7) nil
var letters = 0
for c in "Ab1 c!" where c.isLetter { letters += 1 }
print(letters) // expect: 3
