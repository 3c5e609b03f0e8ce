var total = 1
// cell
total += 1
let bad = [1][5] // expect runtime error: 4:11: Index out of range
