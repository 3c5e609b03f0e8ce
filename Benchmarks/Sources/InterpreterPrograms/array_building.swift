var xs: [Int] = []
for i in 0..<200_000 {
    xs.append(i * 2)
}
let ys = xs.map { $0 + 1 }
print(ys.count)
