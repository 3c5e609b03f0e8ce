"""CPython peers of the interpreter benchmarks: the same programs, timed in-process (best of N)."""
import json
import sys
from timing import best_of


def numeric_loop():
    s = 0.0
    for i in range(3_000_000):
        s += (i % 7) * 0.5
    return s


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def array_building():
    xs = []
    for i in range(200_000):
        xs.append(i * 2)
    ys = list(map(lambda x: x + 1, xs))
    return len(ys)




if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(json.dumps({
        "numeric_loop": best_of(runs, numeric_loop),
        "fib27": best_of(runs, lambda: fib(27)),
        "array_building": best_of(runs, array_building),
        "python": sys.version.split()[0],
    }))
