"""Method calls: a struct-like Vec2's dot and in-place scale, and a class's add, 400,000 times each
(free_calls.py is the same bodies as free functions)."""


class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def scale(self, s):
        self.x *= s
        self.y *= s


class Accumulator:
    def __init__(self):
        self.total = 0.0

    def add(self, value):
        self.total += value


def main():
    v = Vec2(0.5, 0.25)
    w = Vec2(1.0, 1.0)
    accumulator = Accumulator()
    for _ in range(400_000):
        accumulator.add(v.dot(w))
        w.scale(0.999999)
    print("%.9f %.9f" % (accumulator.total, w.x))
