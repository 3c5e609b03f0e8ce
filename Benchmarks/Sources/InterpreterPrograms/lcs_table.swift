let alphabet = Array("ACGT")
var seed = 3
var left: [Character] = []
var right: [Character] = []
for _ in 0..<300 {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    left.append(alphabet[(seed / 65_536) % 4])
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    right.append(alphabet[(seed / 65_536) % 4])
}
let n = left.count
var table = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: n + 1)
for i in 1...n {
    for j in 1...n {
        if left[i - 1] == right[j - 1] {
            table[i][j] = table[i - 1][j - 1] + 1
        } else {
            table[i][j] = max(table[i - 1][j], table[i][j - 1])
        }
    }
}
print(table[n][n])
