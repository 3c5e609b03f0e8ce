from functools import reduce


def main():
    xs = list(range(100_000))
    squares = list(map(lambda x: x * x % 1000, xs))
    evens = list(filter(lambda x: x % 2 == 0, squares))
    total = reduce(lambda a, b: a + b, evens, 0)
    scaled = reduce(lambda a, b: a + b, filter(lambda x: x > 100.0, map(lambda x: float(x) * 0.5, xs)), 0.0)
    print(total)
    print(scaled)
