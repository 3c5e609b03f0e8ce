def main():
    s = 0.0
    for i in range(3_000_000):
        s += (i % 7) * 0.5
    print(s)
