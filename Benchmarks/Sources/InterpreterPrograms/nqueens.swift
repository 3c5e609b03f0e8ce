let n = 8
var cols = [Bool](repeating: false, count: n)
var diag1 = [Bool](repeating: false, count: 2 * n)
var diag2 = [Bool](repeating: false, count: 2 * n)
func solve(_ row: Int) -> Int {
    if row == n {
        return 1
    }
    var total = 0
    for c in 0..<n {
        if !cols[c] && !diag1[row + c] && !diag2[row - c + n - 1] {
            cols[c] = true
            diag1[row + c] = true
            diag2[row - c + n - 1] = true
            total += solve(row + 1)
            cols[c] = false
            diag1[row + c] = false
            diag2[row - c + n - 1] = false
        }
    }
    return total
}
print(solve(0))
