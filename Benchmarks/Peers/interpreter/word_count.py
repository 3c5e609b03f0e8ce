def main():
    vocabulary = ["the", "tape", "records", "every", "operation", "on", "a", "variable", "gradient", "of", "loss"]
    seed = 42
    words = []
    for _ in range(100_000):
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        words.append(vocabulary[seed % len(vocabulary)])
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    for word in vocabulary:
        print(word, counts.get(word, 0))
