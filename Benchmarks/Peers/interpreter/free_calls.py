"""Free-function calls with the same bodies as method_calls.py's methods, 400,000 times each."""


class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Accumulator:
    def __init__(self):
        self.total = 0.0


def dot(a, o):
    return a.x * o.x + a.y * o.y


def scale(a, s):
    a.x *= s
    a.y *= s


def add(a, value):
    a.total += value


def main():
    v = Vec2(0.5, 0.25)
    w = Vec2(1.0, 1.0)
    accumulator = Accumulator()
    for _ in range(400_000):
        add(accumulator, dot(v, w))
        scale(w, 0.999999)
    print("%.9f %.9f" % (accumulator.total, w.x))
