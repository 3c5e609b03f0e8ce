// `zip(1..., xs)`: an unbounded range pairs with as many elements as the other sequence has
// (numbering epochs from 1), on either side.
let losses = [2.3, 1.7, 0.9]
var lines: [String] = []
for (epoch, loss) in zip(1..., losses) where epoch > 1 {
    lines.append("epoch \(epoch): \(loss)")
}
print(lines) // expect: ["epoch 2: 1.7", "epoch 3: 0.9"]
print(Array(zip(losses, 10...)).count, zip(0..., "ab").map { "\($0)\($1)" }) // expect: 3 ["0a", "1b"]
