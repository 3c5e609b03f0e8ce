let vocabulary = ["the", "tape", "records", "every", "operation", "on", "a", "variable", "gradient", "of", "loss"]
var seed = 42
var words: [String] = []
for _ in 0..<100_000 {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    words.append(vocabulary[seed % vocabulary.count])
}
var counts: [String: Int] = [:]
for word in words {
    counts[word, default: 0] += 1
}
for word in vocabulary {
    print(word, counts[word, default: 0])
}
