def main():
    longest = 0
    start = 0
    for n in range(1, 15_000):
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > longest:
            longest = steps
            start = n
    print(start, longest)
