// Foundation's `padding(toLength:withPad:startingAt:)`: aligned columns of a printed table; cut when longer.
import Foundation
let rows = [("epoch", "loss"), ("1", "0.693"), ("10", "0.12")]
let table = rows.map { a, b in a.padding(toLength: 8, withPad: " ", startingAt: 0) + "|" + b.padding(toLength: 6, withPad: ".", startingAt: 0) + "|" }
print(table) // expect: ["epoch   |loss..|", "1       |0.693.|", "10      |0.12..|"]
print("abcdef".padding(toLength: 3, withPad: "-", startingAt: 0), "ab".padding(toLength: 7, withPad: "xyz", startingAt: 1)) // expect: abc abyzxyz
