def main():
    # stride(from: 0.0, to: 1000.0, by: 0.001) computes each element as start + i * step, as here.
    total = 0.0
    i = 0
    x = 0.0
    while x < 1000.0:
        total += x * 0.5
        i += 1
        x = 0.0 + i * 0.001
    count = 0
    for i in range(0, 3_000_000, 3):
        count += i % 5
    print("%.3f" % total)
    print(count)
