func firstOver(_ limit: Int, in rows: [[Int]]) -> (Int, Int)? {
    search: for (r, row) in rows.enumerated() {
        for (c, v) in row.enumerated() {
            let describe = { "\(r),\(c)=\(v)" }
            if v < 0 { continue search }
            if v > limit { print("found", describe()); return (r, c) }
        }
    }
    return nil
}
print(firstOver(5, in: [[1, -1, 9], [2, 7]]) ?? (-1, -1))
func check(_ xs: [Int]) -> Int {
    var total = 0
    for x in xs {
        let twice = { x * 2 }
        do {
            if x == 3 { throw CancellationError() }
            total += twice()
        } catch {
            total += 100
        }
    }
    return total
}
struct CancellationError: Error {}
print(check([1, 2, 3]))
outer: for it in 0..<5 {
    let xs = [1, 2, 3].map { $0 * it }
    if it > 1 { break outer }
    print(xs)
}
// expect: found 1,1=7
// expect: (1, 1)
// expect: 106
// expect: [0, 0, 0]
// expect: [1, 2, 3]
