def main():
    xs = []
    for i in range(200_000):
        xs.append(i * 2)
    ys = list(map(lambda x: x + 1, xs))
    print(len(ys))
